// The set-up every browser test file shares: the release dist/ served on loopback and one
// headless Chromium, started before the file's tests and stopped after them.
import { after, before } from 'node:test';

import { serve } from './server.mjs';
import { launch } from './browser.mjs';

/** Registers before/after hooks; the returned object holds `server` and `browser` once started. */
export function withApp() {
  const app = {};
  before(async () => {
    app.server = await serve();
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
