// The size budget: every file the default page downloads before its first view is usable, gzip
// -9, printed one by one, within 160 KB in all; and the parts it requests later, in idle time,
// printed beside them. (Speed is the bench's: `bash scripts/dev.sh bench`.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';

import { withApp } from '../support/fixture.mjs';
import { DEFAULT_PAGE_BUDGET, kb, transferSize } from '../support/size.mjs';

const DIST = resolve(import.meta.dirname, '../../dist');
const app = withApp();

const table = ({ total, rows }, what) =>
  `${rows.map(([path, bytes]) => `  ${kb(bytes).padStart(9)}  ${path}`).join('\n')}\n  ${kb(total).padStart(9)}  ${what}`;

test(`the default page's files before its first view stay within ${kb(DEFAULT_PAGE_BUDGET)} (gzip -9)`, async () => {
  const origin = new URL(app.server.url).origin;
  const { first, later } = await transferSize(app.browser, app.server.url, DIST, origin);
  const lines = table(first, `before the first view (budget ${kb(DEFAULT_PAGE_BUDGET)})`);
  console.log(`default page, gzip -9:\n${lines}\n${table(later, 'later, in idle time')}`);
  assert.ok(first.rows.some(([path]) => path.endsWith('_bg.wasm')), 'the app itself was measured');
  assert.ok(
    later.rows.some(([path]) => /\/split_views-[0-9a-f]{16}\.wasm$/.test(path)),
    `the views after the first are a part of their own, requested after the first view:\n${table(later, 'later')}`,
  );
  assert.ok(!first.rows.some(([path]) => /split_/.test(path)), `no part of the later views before the first view:\n${lines}`);
  assert.ok(first.total <= DEFAULT_PAGE_BUDGET, `${kb(first.total)} is over the budget of ${kb(DEFAULT_PAGE_BUDGET)}:\n${lines}`);
});
