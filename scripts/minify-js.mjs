// Trunk post-build hook (release builds): gives the wasm module's imports short names in the
// module and in its wasm-bindgen glue (scripts/wasm-imports.mjs), minifies the glue (Trunk's own
// minifier gives up on its `export default`) and marks it for eager compilation, and minifies
// the staged classic scripts named as arguments (the app's boot script, which its page
// generator writes into each page: `node scripts/minify-js.mjs boot.js`). Used by the app and by
// the bench's Yew counter alike.
//
// Where the staged index.html names the glue and the wasm (Trunk's preloads: the counter's
// page), the glue's integrity attribute gets its new SHA-384, so the browser still checks it,
// and the wasm's preload loses its own: the request that uses the wasm (the glue's `fetch`)
// carries none, so a browser that matched on it would download the wasm twice, and Chrome,
// which ignores it on such a preload, warns about it on every load. The app's pages name
// neither here: its page generator writes them afterwards, from the files.
//
// The changes themselves are `minifyGlue`, `minifyScript` and `withIntegrity` (tested in
// tests/build/); run as a script, it changes the staged files.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minify } from 'terser';

import { shortenImports } from './wasm-imports.mjs';

/** The glue (an ES module), minified, with V8's compile hint on its first line. */
export async function minifyGlue(source) {
  const minified = await minify(source, { module: true, compress: true, mangle: true });
  // Nearly every function of the glue runs while the app starts. V8's explicit compile hint (a
  // magic comment on the file's first line) has it compile them all on a background thread while
  // the file loads, instead of one by one on the main thread when first called.
  return `//# allFunctionsCalledOnLoad\n${minified.code}`;
}

/**
 * A classic script, minified: its top-level names (globals, which other scripts may read) kept,
 * the names inside its functions shortened.
 */
export async function minifyScript(source) {
  return (await minify(source, { compress: true, mangle: true })).code;
}

/**
 * `html` with the integrity attribute of the one tag naming `./file` set to `integrity` (a
 * ` integrity="…"` attribute, or '' to take it out); `html` as it is when no tag names the file.
 */
export function withIntegrity(html, file, integrity) {
  const tag = new RegExp(`<link[^>]*\\./${file.replace(/[.]/g, '\\.')}[^>]*>`, 'g');
  if (html.search(tag) < 0) return html;
  let replaced = 0;
  const out = html.replace(tag, (link) =>
    link.replace(/ integrity=("?)sha384-[A-Za-z0-9+/=]+\1/, () => {
      replaced++;
      return integrity;
    }),
  );
  if (replaced !== 1) throw new Error(`expected one integrity attribute for ${file}, replaced ${replaced}`);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Fails the build with the step's name and what it expected.
  try {
    const dir = process.env.TRUNK_STAGING_DIR;
    if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
    if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

    const glue = (await readdir(dir)).filter((f) => /^[a-z_]+-[0-9a-f]+\.js$/.test(f));
    if (glue.length !== 1) throw new Error(`expected one wasm-bindgen glue file in ${dir}, found ${glue.length}`);
    const [file] = glue;
    const wasmFile = file.replace(/\.js$/, '_bg.wasm');
    const source = await readFile(join(dir, file), 'utf8');
    const shortened = shortenImports(await readFile(join(dir, wasmFile)), source);
    await writeFile(join(dir, wasmFile), shortened.wasm);
    const code = await minifyGlue(shortened.glue);
    await writeFile(join(dir, file), code);

    const scripts = [];
    for (const script of process.argv.slice(2)) {
      const before = await readFile(join(dir, script), 'utf8');
      const after = await minifyScript(before);
      await writeFile(join(dir, script), after);
      scripts.push(`; ${script} ${before.length} -> ${after.length} bytes`);
    }

    const sha384 = (content) => `sha384-${createHash('sha384').update(content).digest('base64')}`;
    const indexFile = join(dir, 'index.html');
    const html = await readFile(indexFile, 'utf8');
    const page = withIntegrity(withIntegrity(html, file, ` integrity="${sha384(code)}"`), wasmFile, '');
    if (page !== html) await writeFile(indexFile, page);
    console.log(`minify-js: ${file} ${source.length} -> ${code.length} bytes; ${shortened.count} imports renamed${scripts.join('')}`);
  } catch (error) {
    console.error(`minify-js: ${error.message}`);
    process.exit(1);
  }
}
