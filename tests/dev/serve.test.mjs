// `bash scripts/dev.sh serve` must keep working: Trunk's development server builds the app in
// debug mode, through the same post-build steps (the split among them), and the page it serves
// runs, with its live-reload script, and opens a view from the part loaded later.
// Run by `scripts/dev.sh test` after the release build's browser tests (it builds in debug
// mode, into a folder of its own).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

import { launch, openPage } from '../support/browser.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD_TIMEOUT = 15 * 60 * 1000;

/** A free port on loopback. */
async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

test('trunk serve builds, serves and live-reloads a working app', { timeout: BUILD_TIMEOUT + 60000 }, async () => {
  const port = await freePort();
  const trunk = spawn('trunk', ['serve', '--offline', '--port', String(port), '--dist', 'target/serve-dist'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const listening = new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`trunk serve did not serve within 15 minutes:\n${log}`)), BUILD_TIMEOUT);
    const read = (chunk) => {
      log += chunk;
      if (/server listening at/.test(log)) {
        clearTimeout(timer);
        ok();
      }
    };
    trunk.stdout.on('data', read);
    trunk.stderr.on('data', read);
    trunk.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`trunk serve ended (${code}):\n${log}`));
    });
  });
  const browser = await launch();
  try {
    await listening;
    const { page, context, problems } = await openPage(browser);
    const sockets = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await page.goto(`http://127.0.0.1:${port}/?year=2019`);
    await page.getByRole('heading', { level: 1, name: /2019/ }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Tal', exact: true }).click();
    await page.locator('input[name="population_16_66"]').fill('16884');
    assert.equal(await page.locator('input[name="population_16_66"]').inputValue(), '16884');
    // Trunk's live-reload script runs (the development build's policy allows it) and connects.
    assert.ok(sockets.some((url) => /\/\.well-known\/trunk\/ws$/.test(url)), sockets.join('\n'));
    assert.deepEqual(problems.filter((p) => !/favicon/.test(p)), []);
    await context.close();
  } finally {
    await browser.close();
    trunk.kill('SIGINT');
  }
});
