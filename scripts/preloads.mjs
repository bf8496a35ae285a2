// Trunk post-build hook, after minify-js.mjs (whose integrity it copies) and before csp.mjs
// (which hashes the inline scripts as it leaves them here). Trunk puts the preloads of the
// wasm-bindgen glue and the wasm at the end of <head>, where the browser's preload scanner
// requests them at once. This takes them out of the markup and has one script or the other
// add them, so each page requests the app's code once and at the right time:
// - the head's script, in place of "APP_PRELOADS", at once when the address asks for another
//   view than the one rendered at build time (that view is hidden; the app is what counts);
// - a script just before Trunk's loader, at the end of <body>, otherwise: the rendered view is
//   parsed first.
// With the links in the markup as well, the scanner requested them too, and adding them again
// made the page wait on requests it had already made.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');

const preloads = html.match(/<link[^>]*\brel="?(?:modulepreload|preload)\b[^>]*>/g) ?? [];
const loader = /<script type="?module"?>[\s\S]*?<\/script>/;
const placeholder = /(["'`])APP_PRELOADS\1/;
if (preloads.length !== 2 || !loader.test(html) || !placeholder.test(html)) {
  throw new Error(`expected Trunk's loader, its two preloads and "APP_PRELOADS" in ${file}`);
}
for (const link of preloads) html = html.replace(link, '');
const links = JSON.stringify(preloads.join(''));
const atEnd = `<script>if(!document.documentElement.classList.contains("addressed"))document.head.insertAdjacentHTML("beforeend",${links})</script>`;
html = html.replace(loader, (script) => atEnd + script);
html = html.replace(placeholder, () => links);
await writeFile(file, html);
console.log('preloads: added by the head script for other views, else just before the loader');
