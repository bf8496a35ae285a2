// The build steps that change the pages: scripts/preloads.mjs and scripts/csp.mjs, each on a
// page of a few lines shaped as Trunk writes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';

import { inlineGlue, inlineStylesheet, movePreloads, takeLaterStylesheet } from '../../scripts/preloads.mjs';
import { PLACEHOLDER, STYLE_PLACEHOLDER, withScriptHashes } from '../../scripts/csp.mjs';

const PAGE = `<html><head><meta http-equiv=Content-Security-Policy content="script-src 'self' ${PLACEHOLDER}">
<script>var c = document.documentElement.classList; if (c.contains("linked")) { document.head.insertAdjacentHTML("beforeend", "APP_GLUE_PRELOAD"); fetch('APP_WASM'); }</script>
<link crossorigin href=./app-1.js integrity=sha384-x rel=modulepreload><link as=fetch crossorigin href=./app-1_bg.wasm rel=preload type=application/wasm></head>
<body><script type=module>import init, * as bindings from './app-1.js'; await init({ module_or_path: './app-1_bg.wasm' });</script></body></html>`;

test("Trunk's preloads move into the head's script and before the loader, which takes the compiled module", () => {
  const out = movePreloads(PAGE);
  // No preload left in the markup (only in the scripts' strings).
  assert.doesNotMatch(out.replace(/<script[\s\S]*?<\/script>/g, ''), /<link[^>]*rel=(modulepreload|preload)/);
  assert.match(out, /insertAdjacentHTML\("beforeend", "<link crossorigin href=\.\/app-1\.js integrity=sha384-x rel=modulepreload>"\)/);
  assert.match(out, /fetch\("\.\/app-1_bg\.wasm"\)/);
  assert.match(out, /<script>if\(!\/addressed\|linked\/\.test\(c\)\)document\.head\.insertAdjacentHTML\("beforeend",".*app-1\.js.*app-1_bg\.wasm.*"\)<\/script><script type=module>/);
  assert.match(out, /module_or_path: window\.jobmaalWasm \|\| '\.\/app-1_bg\.wasm'/);
});

test('a page not shaped as Trunk writes it is refused, not half changed', () => {
  assert.throws(() => movePreloads(PAGE.replace('APP_WASM', 'elsewhere')), /APP_WASM/);
  assert.throws(() => movePreloads(PAGE.replace(/<link as=fetch[^>]*>/, '')), /two preloads/);
});

test("the later views' stylesheet leaves the markup and is named where the app looks for it", () => {
  const page = `<head><link href=./style-1.css rel=stylesheet><link href=./later-2ab.css integrity=sha384-y rel=stylesheet>
<script>link.href = "LATER_CSS";</script></head>`;
  const out = takeLaterStylesheet(page);
  assert.doesNotMatch(out, /<link[^>]*later-/);
  assert.match(out, /<link href=\.\/style-1\.css rel=stylesheet>/);
  assert.match(out, /link\.href = "\.\/later-2ab\.css";/);
  assert.throws(() => takeLaterStylesheet(page.replace(/<link href=\.\/later[^>]*>/, '')), /later-<hash>\.css/);
  assert.throws(() => takeLaterStylesheet(page.replaceAll('LATER_CSS', 'x')), /LATER_CSS/);
});

test("each inline script's hash goes into the policy; a development build allows inline scripts", () => {
  const hash = (body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
  const scripts = [...PAGE.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => hash(body));
  assert.equal(scripts.length, 2);
  const release = withScriptHashes(PAGE, true);
  assert.match(release, new RegExp(`script-src 'self' ${scripts.join(' ').replace(/[+/=]/g, '\\$&')}"`));
  assert.doesNotMatch(release, /TRUNK_LOADER|unsafe-inline/);
  assert.match(withScriptHashes(PAGE, false), /script-src 'self' 'unsafe-inline'"/);
});

test("the glue is written into Trunk's loader, its preloads gone, its exports the loader's", () => {
  const page = movePreloads(PAGE);
  const glue = '//# allFunctionsCalledOnLoad\nfunction a(){}async function b(){return 1}export{a as initSync,b as default};';
  const out = inlineGlue(page, 'app-1.js', glue);
  assert.doesNotMatch(out, /app-1\.js/);
  assert.match(out, /<script type=module>\/\/# allFunctionsCalledOnLoad\nlet init, bindings;\n\{\nfunction a\(\)\{\}async function b\(\)\{return 1\}\ninit = b; bindings = \{ __proto__: null, default: b, initSync: a \};\n\} await init/);
  assert.doesNotMatch(out, /export\{/);
  // The wasm's preload stays.
  assert.match(out, /app-1_bg\.wasm/);
  assert.throws(() => inlineGlue(page, 'app-2.js', glue), /import \.\/app-2\.js/);
  assert.throws(() => inlineGlue(page, 'app-1.js', glue + '"</script>"'), /no <\/script>/);
});

test("the page's stylesheet goes into a <style>, whose hash the policy allows", () => {
  const page = `<head><meta http-equiv=Content-Security-Policy content="style-src 'self' ${STYLE_PLACEHOLDER}"><link href=./style-1.css integrity=sha384-z rel=stylesheet></head>`;
  const out = inlineStylesheet(page, 'style-1.css', 'body{margin:0}');
  assert.match(out, /<style>body\{margin:0\}<\/style><\/head>/);
  assert.doesNotMatch(out, /<link/);
  const hash = `'sha256-${createHash('sha256').update('body{margin:0}', 'utf8').digest('base64')}'`;
  assert.ok(withScriptHashes(out, true).includes(`style-src 'self' ${hash}"`));
  assert.throws(() => inlineStylesheet(page, 'style-1.css', 'a{}</style>'), /no <\/style>/);
  assert.throws(() => inlineStylesheet(page, 'style-2.css', 'a{}'), /style-2\.css/);
});
