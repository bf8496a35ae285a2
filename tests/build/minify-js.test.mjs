// scripts/minify-js.mjs, each change on a tiny input: the glue minified with its compile hint, a
// classic script minified with its globals kept, and the integrity of a page's preloads (the
// bench's counter) brought up to date, a page that names neither file left as it is (the app's).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { minifyGlue, minifyScript, withIntegrity } from '../../scripts/minify-js.mjs';

test('the glue is minified, its exports kept, with the compile hint on its first line', async () => {
  const glue = 'function initSync(module) { return module; }\nasync function __wbg_init(path) { return path; }\nexport { initSync, __wbg_init as default };\n';
  const out = await minifyGlue(glue);
  assert.match(out, /^\/\/# allFunctionsCalledOnLoad\n/);
  assert.ok(out.length < glue.length, out);
  assert.match(out, /export\{\w+ as initSync,\w+ as default\};?$/);
  const module = await import(`data:text/javascript,${encodeURIComponent(out)}`);
  assert.equal(await module.default('x'), 'x');
});

test("a classic script is minified, its globals kept and its functions' names shortened", async () => {
  const script = 'var c = 1;\n(function (data) {\n  var longName = data + c;\n  window.answer = longName;\n})(2);\n';
  const out = await minifyScript(script);
  assert.match(out, /^var c=1;/);
  assert.doesNotMatch(out, /longName|data/);
  const window = {};
  new Function('window', out)(window);
  assert.equal(window.answer, 3);
});

test("the glue's integrity is brought up to date and the wasm's preload loses its own", () => {
  const page = '<link crossorigin href=./app-1.js integrity=sha384-old rel=modulepreload><link as=fetch href=./app-1_bg.wasm integrity="sha384-old" rel=preload>';
  const out = withIntegrity(withIntegrity(page, 'app-1.js', ' integrity="sha384-new"'), 'app-1_bg.wasm', '');
  assert.equal(out, '<link crossorigin href=./app-1.js integrity="sha384-new" rel=modulepreload><link as=fetch href=./app-1_bg.wasm rel=preload>');
  assert.equal(withIntegrity('<meta charset=utf-8>', 'app-1.js', ' integrity="x"'), '<meta charset=utf-8>');
  assert.throws(() => withIntegrity('<link href=./app-1.js>', 'app-1.js', ''), /one integrity attribute/);
});
