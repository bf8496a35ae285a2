// Trunk post-build hook, after minify-js.mjs (whose integrity it copies) and before csp.mjs
// (which hashes the inline scripts as it leaves them here). Trunk puts the preloads of the
// wasm-bindgen glue and the wasm at the end of <head>, where the browser's preload scanner
// requests them at once. This takes them out of the markup, so each page requests the app's
// code once and at the right time:
// - when the address asks for another view of the year and language rendered at build time,
//   or brings shared figures for it (that view stays, the places of the figures loading), the
//   head's script preloads the glue ("APP_GLUE_PRELOAD") and has the browser compile the wasm
//   ("APP_WASM") while the page is read; Trunk's loader takes that compiled module
//   (`window.jobmaalWasm`) in place of the wasm's address;
// - when it asks for another year or language, the head's script goes to that page: nothing
//   is preloaded here;
// - otherwise a script just before Trunk's loader, at the end of <body>, adds both preloads:
//   the rendered view is parsed first.
// With the links in the markup as well, the scanner requested them too, and requesting them
// again made the page wait on requests it had already made (or download the wasm twice).
// The later views' stylesheet (static/later.css, which Trunk names by its content and links as
// a stylesheet) is taken out of the markup as well and named where the app and the head's
// script look for it ("LATER_CSS"): it comes with the part of the app's code of those views.
// The changes themselves are `movePreloads` and `takeLaterStylesheet` (tested in tests/build/);
// run as a script, it changes the staged index.html.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `html` with Trunk's two preloads moved into the head's script and before its loader. */
export function movePreloads(html) {
  const preloads = html.match(/<link[^>]*\brel="?(?:modulepreload|preload)\b[^>]*>/g) ?? [];
  const glue = preloads.find((link) => /\brel="?modulepreload\b/.test(link));
  const wasm = preloads.find((link) => /\brel="?preload\b/.test(link))?.match(/\bhref="?([^"\s>]+_bg\.wasm)/)?.[1];
  const loader = /<script type="?module"?>[\s\S]*?<\/script>/;
  const wasmArgument = wasm && new RegExp(`module_or_path: (['"])${wasm.replace(/[.]/g, '\\.')}\\1`);
  const placeholders = [/(["'`])APP_GLUE_PRELOAD\1/, /(["'`])APP_WASM\1/g];
  if (
    preloads.length !== 2 || !glue || !wasm || !loader.test(html) ||
    !wasmArgument.test(html.match(loader)[0]) || !placeholders.every((p) => p.test(html))
  ) {
    throw new Error(`expected Trunk's loader, its two preloads, "APP_GLUE_PRELOAD" and "APP_WASM"`);
  }
  for (const link of preloads) html = html.replace(link, '');
  // The head's script marks the page `linked` when it has requested them itself, `addressed`
  // when it goes to another page (its classes are its global `c`).
  const atEnd = `<script>if(!/addressed|linked/.test(c))document.head.insertAdjacentHTML("beforeend",${JSON.stringify(preloads.join(''))})</script>`;
  html = html.replace(loader, (script) =>
    atEnd + script.replace(wasmArgument, (argument) => argument.replace('module_or_path: ', 'module_or_path: window.jobmaalWasm || ')),
  );
  html = html.replace(placeholders[0], () => JSON.stringify(glue));
  return html.replace(placeholders[1], () => JSON.stringify(wasm));
}

/** `html` without Trunk's link to the later views' stylesheet, its address in "LATER_CSS". */
export function takeLaterStylesheet(html) {
  const link = stylesheetLink(html, /later-[0-9a-f]+\.css/);
  if (!link || !/(["'`])LATER_CSS\1/.test(html)) {
    throw new Error(`expected Trunk's one link to later-<hash>.css and "LATER_CSS"`);
  }
  const href = link.match(/\bhref="?([^"\s>]+)/)[1];
  return html.replace(link, '').replace(/(["'`])LATER_CSS\1/g, (_, quote) => `${quote}${href}${quote}`);
}

/** Trunk's one stylesheet link in `html` to a file whose name matches `file`, or null. */
function stylesheetLink(html, file) {
  const links = html.match(new RegExp(`<link[^>]*\\bhref="?\\./${file.source}"?[^>]*>`, 'g')) ?? [];
  return links.length === 1 && /\brel="?stylesheet\b/.test(links[0]) ? links[0] : null;
}

/**
 * `html` with the wasm-bindgen glue (`glue`, the code of the file `name`) written into Trunk's
 * loader instead of imported from its file: on a phone's line the page's HTML arrives while the
 * wasm's request waits for its answer, whereas the glue's own file took its share of the line
 * from the wasm. Its preloads go; the loader gets the glue's two exports as before.
 */
export function inlineGlue(html, name, glue) {
  const escaped = name.replace(/[.]/g, '\\.');
  const importLine = new RegExp(`import init, \\* as bindings from (['"])\\./${escaped}\\1;`);
  const exports = glue.match(/export\s*\{([^}]*)\};?/);
  if (!importLine.test(html) || !exports || /<\/script|<!--/i.test(glue)) {
    throw new Error(`expected Trunk's loader to import ./${name}, and the glue one export statement and no </script>`);
  }
  const names = Object.fromEntries(
    exports[1].split(',').map((pair) => pair.trim().split(/\s+as\s+/)).map(([local, exported]) => [exported ?? local, local]),
  );
  if (!names.default || !names.initSync) throw new Error('expected the glue to export default and initSync');
  // In a block of its own, so that its names (a debug build's glue has a top-level `wasm`) do
  // not meet the loader's; V8's compile hint stays on the first line.
  const hint = glue.match(/^\/\/#[^\n]*\n/)?.[0] ?? '';
  const code = `${hint}let init, bindings;\n{\n${glue.slice(hint.length).replace(exports[0], '')}\n` +
    `init = ${names.default}; bindings = { __proto__: null, default: ${names.default}, initSync: ${names.initSync} };\n}`;
  // Its preloads: in the head's script (a linked page) and the script before the loader.
  const preload = new RegExp(`<link[^>]*\\./${escaped}[^>]*>`, 'g');
  return html
    .replace(importLine, () => code)
    .replace(preload, '')
    .replace(/document\.head\.insertAdjacentHTML\(([`"'])beforeend\1,\s*""\);?/g, '');
}

/**
 * `html` with the page's stylesheet (`css`, the file `name`) in a `<style>` in place of Trunk's
 * link to it: the page is drawn without waiting for a second request, and on a phone's line
 * the stylesheet no longer takes its share of the line from the wasm (scripts/csp.mjs puts its
 * hash into the policy).
 */
export function inlineStylesheet(html, name, css) {
  const link = stylesheetLink(html, new RegExp(name.replace(/[.]/g, '\\.')));
  if (!link || /<\/style/i.test(css)) {
    throw new Error(`expected Trunk's one link to ./${name}, and no </style> in it`);
  }
  return html.replace(link, () => `<style>${css}</style>`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const dir = process.env.TRUNK_STAGING_DIR;
    if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
    const file = join(dir, 'index.html');
    let html = takeLaterStylesheet(movePreloads(await readFile(file, 'utf8')));
    const glue = (await readdir(dir)).filter((f) => /^jobmaal-[0-9a-f]+\.js$/.test(f));
    if (glue.length !== 1) throw new Error(`expected one glue file jobmaal-<hash>.js, found ${glue.length}`);
    html = inlineGlue(html, glue[0], await readFile(join(dir, glue[0]), 'utf8'));
    const style = (await readdir(dir)).filter((f) => /^style-[0-9a-f]+\.css$/.test(f));
    if (style.length !== 1) throw new Error(`expected one stylesheet style-<hash>.css, found ${style.length}`);
    html = inlineStylesheet(html, style[0], await readFile(join(dir, style[0]), 'utf8'));
    await writeFile(file, html);
    await rm(join(dir, glue[0]));
    await rm(join(dir, style[0]));
    console.log("preloads: the app's wasm is requested by the head's script for other views, else just before the loader, which holds the glue; the page's stylesheet is in the page; the later views' stylesheet comes with their part");
  } catch (error) {
    console.error(`preloads: ${error.message}`);
    process.exit(1);
  }
}
