// Trunk post-build hook: puts the SHA-256 of every inline script of each staged page of the app
// (index.html and the page of each year and language: every .html file whose policy holds the
// placeholder) into its Content-Security-Policy, in place of 'sha256-TRUNK_LOADER', so no
// 'unsafe-inline' is needed. It changes only those pages, never the hashed assets.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PLACEHOLDER = "'sha256-TRUNK_LOADER'";
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const pages = [];
for (const name of (await readdir(dir)).filter((n) => n.endsWith('.html'))) {
  const html = await readFile(join(dir, name), 'utf8');
  if (html.includes(PLACEHOLDER)) pages.push([join(dir, name), html]);
}
if (!pages.some(([file]) => file.endsWith('index.html'))) throw new Error(`no ${PLACEHOLDER} in the policy of index.html`);

// `trunk serve` adds its live-reload script after this hook has run, so a development build
// allows inline scripts; every release build (tested, published) carries only the hashes.
const release = process.env.TRUNK_PROFILE === 'release';
for (const [file, html] of pages) {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
  );
  await writeFile(file, html.replace(PLACEHOLDER, release ? hashes.join(' ') : "'unsafe-inline'"));
}
console.log(
  release
    ? `csp: the inline scripts' hashes in the policy of ${pages.length} page(s)`
    : `csp: ${process.env.TRUNK_PROFILE ?? 'unknown'} build, inline scripts allowed for live reload`,
);
