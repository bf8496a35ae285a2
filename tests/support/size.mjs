// What a page costs to download: the gzip -9 size of every file it fetched from its own origin,
// split into what it fetched before its first view was usable (the app marks <html data-ready>)
// and what it fetched later (the parts of the app requested in idle time, `src/later.rs`). The
// bench prints both for each kind of page; a browser test holds the default page's first to its
// budget.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The size budget of the files the default page fetches before its first view, gzip -9. */
export const DEFAULT_PAGE_BUDGET = 160 * 1024;

/** Records when the app marks itself ready (ms since navigation start), before any script. */
function recordReady() {
  new MutationObserver((_, observer) => {
    if (document.documentElement.hasAttribute('data-ready')) {
      window.__readyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}

/**
 * Gzip -9 size of every file the page at `url` fetched from `origin`, served from `dir`:
 * `first` (before the first view was usable) and `later`, each `{ total, rows }` with rows
 * `[path, bytes]`, largest first. A page with no app (the static floor) has only `first`.
 */
export async function transferSize(browser, url, dir, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(recordReady);
  await page.goto(url, { waitUntil: 'networkidle' });
  const { readyAt, entries } = await page.evaluate(() => ({
    readyAt: window.__readyAt ?? Infinity,
    entries: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .map((e) => ({ url: e.name, start: e.startTime })),
  }));
  await context.close();
  const phases = { first: { total: 0, rows: [] }, later: { total: 0, rows: [] } };
  const seen = new Set();
  for (const { url: address, start } of entries) {
    if (!address.startsWith(origin)) continue;
    const path = decodeURIComponent(new URL(address).pathname);
    if (seen.has(path)) continue;
    seen.add(path);
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    // A file the server did not have (the browser's own guess at /favicon.ico) costs nothing.
    const content = await readFile(file).catch((error) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
    if (content === null) continue;
    const size = gzipSync(content, { level: 9 }).length;
    const phase = phases[start < readyAt ? 'first' : 'later'];
    phase.rows.push([path, size]);
    phase.total += size;
  }
  for (const phase of Object.values(phases)) phase.rows.sort((a, b) => b[1] - a[1]);
  return phases;
}

/** `bytes` as kilobytes (1024) with one decimal. */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
