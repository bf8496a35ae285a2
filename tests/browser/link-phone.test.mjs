// A shared link opened on a phone: from the goals' first paint to the link's figures shown, the
// view's heading and the first goal's title keep their place on the screen. The app replaces the
// view built for the page instead of moving it, so a layout-shift score cannot see a jump: the
// positions are recorded frame by frame.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { withApp } from '../support/fixture.mjs';
import { openPage } from '../support/browser.mjs';
import { lejreFragment } from '../support/links.mjs';

const app = withApp();
/** A phone's network (Lighthouse's "slow 4G") and CPU, as the bench's mobile profile. */
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 675e3 / 8 };

describe('a link on a phone', () => {
  for (const lang of ['da', 'en']) {
    test(`keeps the heading and the first goal in place from first paint to the figures (${lang})`, async () => {
      const { page, context, problems } = await openPage(app.browser, {
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      // Every frame: where the visible view heading and first goal title are on the screen,
      // and whether the link's figures are shown.
      await context.addInitScript(() => {
        const frames = (window.positions = []);
        const top = (selector) => {
          const element = [...document.querySelectorAll(selector)].find((e) => e.getClientRects().length > 0);
          return element ? element.getBoundingClientRect().top + window.scrollY : null;
        };
        const frame = () => {
          const heading = top('h1');
          const title = top('.goal-title');
          const shown = /Lejre Kommune/.test(document.querySelector('html[data-ready] .coverage h2')?.textContent ?? '');
          if (heading !== null && title !== null) frames.push({ t: Math.round(performance.now()), heading, title, shown });
          if (!shown) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      await page.goto(`${app.server.url}2019-${lang}.html?year=2019&lang=${lang}&view=goals${await lejreFragment()}`);
      await page.waitForFunction(() => window.positions.some((p) => p.shown), null, { timeout: 60_000 });
      const frames = await page.evaluate(() => window.positions);
      assert.ok(frames.length >= 2, JSON.stringify(frames));
      const [first] = frames;
      const last = frames.at(-1);
      assert.ok(last.t > first.t, 'the goals were painted before the figures came');
      for (const frame of frames) {
        assert.ok(Math.abs(frame.heading - first.heading) <= 8, `heading ${first.heading} -> ${frame.heading} at ${frame.t} ms`);
        assert.ok(Math.abs(frame.title - first.title) <= 8, `first goal ${first.title} -> ${frame.title} at ${frame.t} ms`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
