// The size budget: every file the default page downloads, gzip -9, printed one by one, within
// 170 KB in all. (Speed is the bench's: `bash scripts/dev.sh bench`.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';

import { withApp } from '../support/fixture.mjs';
import { DEFAULT_PAGE_BUDGET, kb, transferSize } from '../support/size.mjs';

const DIST = resolve(import.meta.dirname, '../../dist');
const app = withApp();

test(`the default page's files stay within ${kb(DEFAULT_PAGE_BUDGET)} (gzip -9)`, async () => {
  const origin = new URL(app.server.url).origin;
  const { total, rows } = await transferSize(app.browser, app.server.url, DIST, origin);
  const lines = rows.map(([path, bytes]) => `  ${kb(bytes).padStart(9)}  ${path}`);
  console.log(`default page, gzip -9:\n${lines.join('\n')}\n  ${kb(total).padStart(9)}  in all (budget ${kb(DEFAULT_PAGE_BUDGET)})`);
  assert.ok(rows.some(([path]) => path.endsWith('.wasm')), 'the app itself was measured');
  assert.ok(total <= DEFAULT_PAGE_BUDGET, `${kb(total)} is over the budget of ${kb(DEFAULT_PAGE_BUDGET)}:\n${lines.join('\n')}`);
});
