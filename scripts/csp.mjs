// Trunk post-build hook: puts the SHA-256 of every inline script (and of its <style>, the page's
// stylesheet, in place of 'sha256-INLINE_STYLE') of each staged page of the app
// (index.html and the page of each year and language: every .html file whose policy holds the
// placeholder) into its Content-Security-Policy, in place of 'sha256-TRUNK_LOADER' (which
// stands for all of them: the head's script, the one before Trunk's loader, and the loader), so
// no 'unsafe-inline' is needed. It changes only those pages, never the hashed assets. The change
// itself is `withScriptHashes` (tested in tests/build/).
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PLACEHOLDER = "'sha256-TRUNK_LOADER'";
/** Stands for the hashes of the page's `<style>` elements (its stylesheet, scripts/preloads.mjs). */
export const STYLE_PLACEHOLDER = "'sha256-INLINE_STYLE'";

/**
 * `html` with the placeholder in its policy replaced by the hashes of its inline scripts, or,
 * for a development build (`release` false: `trunk serve` adds its live-reload script after the
 * hooks), by 'unsafe-inline'.
 */
export function withScriptHashes(html, release) {
  const hash = ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(hash);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(hash);
  return html
    .replace(PLACEHOLDER, release ? scripts.join(' ') : "'unsafe-inline'")
    .replace(STYLE_PLACEHOLDER, styles.join(' '));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const dir = process.env.TRUNK_STAGING_DIR;
    if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
    const pages = [];
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.html'))) {
      const html = await readFile(join(dir, name), 'utf8');
      if (html.includes(PLACEHOLDER)) pages.push([join(dir, name), html]);
    }
    if (!pages.some(([file]) => file.endsWith('index.html'))) throw new Error(`no ${PLACEHOLDER} in the policy of index.html`);
    const release = process.env.TRUNK_PROFILE === 'release';
    for (const [file, html] of pages) await writeFile(file, withScriptHashes(html, release));
    console.log(
      release
        ? `csp: the inline scripts' hashes in the policy of ${pages.length} page(s)`
        : `csp: ${process.env.TRUNK_PROFILE ?? 'unknown'} build, inline scripts allowed for live reload`,
    );
  } catch (error) {
    console.error(`csp: ${error.message}`);
    process.exit(1);
  }
}
