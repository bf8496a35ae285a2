// Trunk post-build hook (release builds): gives the wasm module's imports short names in the
// module and in its wasm-bindgen glue (scripts/wasm-imports.mjs), minifies the glue (Trunk's own
// minifier gives up on its `export default`), marks it for eager compilation, and puts its new
// SHA-384 into the integrity attribute that index.html carries for it, so the browser still
// checks it. The wasm's preload loses its integrity attribute: the request that uses the wasm
// (the glue's `fetch`) carries none, so a browser that matched on it would download the wasm
// twice, and Chrome, which ignores it on such a preload, warns about it on every load. Used by
// the app and by the bench's Yew counter alike.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

import { shortenImports } from './wasm-imports.mjs';

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
  const wasmSource = await readFile(join(dir, wasmFile));
  const shortened = shortenImports(wasmSource, source);
  await writeFile(join(dir, wasmFile), shortened.wasm);
  const minified = await minify(shortened.glue, { module: true, compress: true, mangle: true });
  // Nearly every function of the glue runs while the app starts. V8's explicit compile hint (a
  // magic comment on the file's first line) has it compile them all on a background thread while
  // the file loads, instead of one by one on the main thread when first called.
  const code = `//# allFunctionsCalledOnLoad\n${minified.code}`;
  await writeFile(join(dir, file), code);

  const sha384 = (content) => `sha384-${createHash('sha384').update(content).digest('base64')}`;
  const indexFile = join(dir, 'index.html');
  let html = await readFile(indexFile, 'utf8');
  // The one tag that names each file and carries an integrity attribute (Trunk's preloads).
  for (const [name, integrity] of [[file, ` integrity="${sha384(code)}"`], [wasmFile, '']]) {
    const tag = new RegExp(`<link[^>]*\\./${name.replace('.', '\\.')}[^>]*>`, 'g');
    let replaced = 0;
    html = html.replace(tag, (link) =>
      link.replace(/ integrity=("?)sha384-[A-Za-z0-9+/=]+\1/, () => {
        replaced++;
        return integrity;
      }),
    );
    if (replaced !== 1) throw new Error(`expected one integrity attribute for ${name}, replaced ${replaced}`);
  }
  await writeFile(indexFile, html);
  console.log(`minify-js: ${file} ${source.length} -> ${code.length} bytes; ${shortened.count} imports renamed`);
} catch (error) {
  console.error(`minify-js: ${error.message}`);
  process.exit(1);
}
