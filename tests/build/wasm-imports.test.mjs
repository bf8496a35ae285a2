// scripts/wasm-imports.mjs edits the wasm binary: tested here on a module of a few bytes, built
// by hand, with imports from wasm-bindgen's module and from the split parts' loaders.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { shortenImports } from '../../scripts/wasm-imports.mjs';

const utf8 = new TextEncoder();
const name = (text) => [text.length, ...utf8.encode(text)];
const leb = (n) => (n < 128 ? [n] : [(n % 128) | 128, ...leb(Math.floor(n / 128))]);
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];

/** A module importing `imports` ([module, name] pairs), each a function of type () -> (). */
function moduleImporting(imports) {
  const types = section(1, [1, 0x60, 0, 0]);
  const entries = imports.flatMap(([module, field]) => [...name(module), ...name(field), 0, 0]);
  return new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...section(2, [imports.length, ...entries])]);
}

const GLUE = `function getImports() {
    const import0 = { __proto__: null, __wbg_alert_0123456789abcdef: function() {}, __wbg_log_fedcba9876543210: function() {} };
    return { __proto__: null, "./jobmaal_bg.js": import0, "./__wasm_split.js": import1 };
}`;

test('the imports from wasm-bindgen get short names in both files; the loaders keep theirs', () => {
  const wasm = moduleImporting([
    ['./jobmaal_bg.js', '__wbg_alert_0123456789abcdef'],
    ['./__wasm_split.js', '__wasm_split_load_views'],
    ['./jobmaal_bg.js', '__wbg_log_fedcba9876543210'],
  ]);
  const out = shortenImports(wasm, GLUE);
  assert.ok(WebAssembly.validate(out.wasm));
  assert.deepEqual(
    WebAssembly.Module.imports(new WebAssembly.Module(out.wasm)).map((i) => `${i.module} ${i.name}`),
    ['w a', './__wasm_split.js __wasm_split_load_views', 'w b'],
  );
  assert.equal(out.count, 2);
  assert.match(out.glue, /\ba: function\(\) \{\}, b: function\(\) \{\}/);
  assert.match(out.glue, /"w": import0, "\.\/__wasm_split\.js": import1/);
  assert.ok(out.wasm.length < wasm.length);
});

test('a module importing from an unknown place, or a name the glue lacks, is refused', () => {
  const third = moduleImporting([
    ['./jobmaal_bg.js', '__wbg_alert_0123456789abcdef'],
    ['env', 'surprise'],
  ]);
  assert.throws(() => shortenImports(third, GLUE), /one module besides/);
  const missing = moduleImporting([['./jobmaal_bg.js', '__wbg_missing_0000000000000000']]);
  assert.throws(() => shortenImports(missing, GLUE), /once in the glue/);
});
