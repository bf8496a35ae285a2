// What a page costs to download: the gzip -9 size of every file it fetched from its own origin.
// The bench prints it; a browser test holds the default page to its budget.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The size budget of all files of the default page, gzip -9. */
export const DEFAULT_PAGE_BUDGET = 170 * 1024;

/** Gzip -9 size of every file the page at `url` fetched from `origin`, served from `dir`. */
export async function transferSize(browser, url, dir, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Set();
  page.on('requestfinished', (r) => {
    if (r.url().startsWith(origin)) files.add(decodeURIComponent(new URL(r.url()).pathname));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  let total = 0;
  const rows = [];
  for (const path of files) {
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    const size = gzipSync(await readFile(file), { level: 9 }).length;
    rows.push([path, size]);
    total += size;
  }
  rows.sort((a, b) => b[1] - a[1]);
  return { total, rows };
}

/** `bytes` as kilobytes (1024) with one decimal. */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
