// Trunk post-build hook, after minify-js.mjs (whose integrity it copies) and before csp.mjs
// (which hashes the head's script as it leaves it here). Trunk puts the preloads of the
// wasm-bindgen glue and the wasm at the end of <head>. This moves them to just after Trunk's
// loader, at the end of <body>: on the default page, the view rendered at build time is parsed
// before the app's code is requested. And it gives them to the head's script, in place of
// "APP_PRELOADS", which adds them at once when the address asks for another view than that one.
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
html = html.replace(loader, (script) => script + preloads.join(''));
html = html.replace(placeholder, () => JSON.stringify(preloads.join('')));
await writeFile(file, html);
console.log('preloads: after the loader, and in the head for other views');
