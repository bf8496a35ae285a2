// The views after the first (Figures, Gaps, Years, Plan, Share) come in a part of the app's code
// of their own (`src/later.rs`, split off by tools/split-wasm): requested in idle time after the
// first view, or when one of them is opened first. A part that cannot be fetched is said so,
// with a retry, and nothing the user has is lost.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { withApp } from '../support/fixture.mjs';
import { openPage } from '../support/browser.mjs';
import { lejreFragment } from '../support/links.mjs';

const app = withApp();
const PART = /\/split_views-[0-9a-f]{16}\.wasm$/;
// The later views' stylesheet (static/later.css), which comes with the part.
const STYLE = /\/later-[0-9a-f]{16}\.css$/;

/** The part's requests on `page` go through `handler(route)`. */
async function routePart(page, handler) {
  await page.route((url) => PART.test(url.pathname), handler);
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the part of the app loaded later', () => {
  test('is requested once, after the first view is up, and a view opened later shows at once', async () => {
    const { page, context, requests, problems } = await openPage(app.browser);
    let requestedBeforeReady = 0;
    page.on('request', async (request) => {
      if (PART.test(new URL(request.url()).pathname)) {
        const ready = await page.evaluate(() => document.documentElement.hasAttribute('data-ready')).catch(() => true);
        if (!ready) requestedBeforeReady++;
      }
    });
    await page.goto(app.server.url);
    await page.waitForLoadState('networkidle');
    assert.equal(requests.filter((r) => PART.test(new URL(r).pathname)).length, 1, requests.join('\n'));
    assert.equal(requestedBeforeReady, 0, 'the part waits for the first view');
    await page.getByRole('navigation').getByRole('link', { name: 'Gab', exact: true }).click();
    await page.locator('.gaps-view').waitFor();
    assert.equal(await page.locator('.later-view').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('is not asked for by the default page until the browser is idle', async () => {
    const { page, context, requests, problems } = await openPage(app.browser);
    // A browser that is never idle: nothing but a view of the part may ask for it.
    await context.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await page.goto(app.server.url + '?year=2019');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2500);
    assert.deepEqual(requests.filter((r) => PART.test(new URL(r).pathname)), [], 'not requested');
    // The first view works without it: another year, saved as the user's own.
    await page.locator('.year-option:has(input[value="2018"])').click();
    await page.waitForFunction(() => document.title.includes('2018'));
    await page.getByRole('navigation').getByRole('link', { name: 'Gab', exact: true }).click();
    await page.locator('.gaps-view').waitFor();
    // Once the part is here, what waited for it is saved.
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('jobmaal/state') ?? '{}').year === 2018);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('that cannot be fetched: the view says so, with a retry, and the link\'s figures stay', async () => {
    const { page, context } = await openPage(app.browser);
    let blocked = true;
    await routePart(page, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${app.server.url}2019-da.html?year=2019&lang=da&view=goals${await lejreFragment()}`);
    await page.locator('.coverage h2', { hasText: 'Lejre Kommune' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Tal', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'kunne ikke hentes' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /Dine tal er urørte/);
    assert.equal(await page.locator('#view-heading').innerText(), 'Kommunens tal', 'the heading the view will have');
    assert.equal(await focusedId(page), 'view-heading', 'focus is on the view\'s heading');
    assert.equal(await page.locator('.later-view').getAttribute('aria-busy'), 'false');
    // Still the link's figures in the address (and, below, in the form).
    assert.match(page.url(), /#z=/);

    blocked = false;
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    const input = page.locator('input[name="public_support_fte"]');
    await input.waitFor();
    assert.equal(await input.inputValue(), '2.395');
    assert.equal(await page.getByRole('alert').filter({ hasText: 'kunne ikke hentes' }).count(), 0);
    assert.equal(await focusedId(page), 'view-heading', 'focus moves to the loaded view\'s heading');
    await context.close();
  });

  test('while it loads, the view is busy with its heading focused; when it comes, its own heading is', async () => {
    const { page, context, problems } = await openPage(app.browser);
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await routePart(page, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(app.server.url + '?year=2019');
    await page.getByRole('navigation').getByRole('link', { name: 'Plan', exact: true }).focus();
    await page.keyboard.press('Enter');
    const waiting = page.locator('.later-view[aria-busy="true"]');
    await waiting.waitFor();
    assert.equal(await focusedId(page), 'view-heading');
    assert.match(await waiting.innerText(), /Henter denne del af Jobmål/);
    release();
    await page.locator('.later-view').waitFor({ state: 'detached' });
    await page.locator('#view-heading').waitFor();
    assert.equal(await focusedId(page), 'view-heading');
    assert.equal(await page.locator('#view-heading').innerText(), await page.locator('main h1').first().innerText());
    assert.equal(await page.locator('[aria-busy="true"]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a deep link to a later view requests its part with the app, once, and shows the view', async () => {
    const { page, context, requests, problems } = await openPage(app.browser);
    await page.goto(`${app.server.url}2019-da.html?year=2019&lang=da&view=gaps${await lejreFragment()}`);
    await page.locator('.gaps-view').waitFor();
    assert.match(await page.locator('.gaps-view').innerText(), /14,2/);
    await page.waitForLoadState('networkidle');
    assert.equal(requests.filter((r) => PART.test(new URL(r).pathname)).length, 1, requests.join('\n'));
    // Requested by the page's head (a preload), before the app's glue asked for it.
    const started = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname.split('/').pop(), e.initiatorType])),
    );
    const part = Object.keys(started).find((name) => /^split_views-/.test(name));
    assert.equal(started[part], 'link', JSON.stringify(started));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('printed before it is here, the printout says so (that it could not be had, when it could not) instead of printing the screen; then the report', async () => {
    const { page, context } = await openPage(app.browser);
    let blocked = true;
    await routePart(page, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${app.server.url}2019-da.html?year=2019&lang=da&view=goals${await lejreFragment()}`);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    // Blocked, the part's request fails: the printout says so, not that it is on its way.
    const report = page.locator('.print-report', { hasText: 'kunne ikke hentes' });
    await report.waitFor();
    assert.doesNotMatch(await report.innerText(), /ikke hentet endnu/);
    assert.equal(await page.locator('.screen').isVisible(), false, 'the screen view is not printed');
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    blocked = false;
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.locator('.print-report', { hasText: 'Lejre Kommune' }).waitFor();
    await context.close();
  });

  test('works from a server that sends it with another type than application/wasm', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await routePart(page, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
    });
    await page.goto(app.server.url + '?view=years');
    await page.locator('.years-view').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('its stylesheet comes with it: not before the first view; blocked, the view says so with a retry; then styled', async () => {
    const { page, context } = await openPage(app.browser);
    let blocked = true;
    const requestedWhen = [];
    await page.route((url) => STYLE.test(url.pathname), async (route) => {
      requestedWhen.push(await page.evaluate(() => document.documentElement.hasAttribute('data-ready')).catch(() => true));
      await (blocked ? route.abort('internetdisconnected') : route.continue());
    });
    await page.goto(app.server.url + '?year=2019');
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.getByRole('navigation').getByRole('link', { name: 'Gab', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'kunne ikke hentes' });
    await alert.waitFor();
    assert.equal(await page.locator('.gaps-view').count(), 0, 'no view drawn without its stylesheet');
    assert.ok(requestedWhen.length > 0 && !requestedWhen.includes(false), 'requested only once the first view is up');
    blocked = false;
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await page.locator('.gaps-view').waitFor();
    const scroll = page.locator('.gaps-view .table-scroll').first();
    assert.equal(await scroll.evaluate((el) => getComputedStyle(el).overflowX), 'auto', 'the view is styled');
    assert.equal(await page.locator('link[rel=stylesheet][href*="later-"]').count(), 1, 'added once');
    // A deep link to a later view has its stylesheet from the start.
    await page.goto(app.server.url + '?year=2019&view=gaps');
    await page.locator('.gaps-view .table-scroll').first().waitFor();
    assert.equal(await page.locator('.gaps-view .table-scroll').first().evaluate((el) => getComputedStyle(el).overflowX), 'auto');
    await context.close();
  });

  test('a deep link whose stylesheet cannot be had says so with a retry, and no error escapes', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await page.route((url) => STYLE.test(url.pathname), (route) => route.abort('internetdisconnected'));
    await page.goto(app.server.url + '?year=2019&view=gaps');
    await page.getByRole('alert').filter({ hasText: 'kunne ikke hentes' }).waitFor();
    assert.equal(await page.locator('.gaps-view').count(), 0);
    assert.deepEqual(problems.filter((p) => !/internet_?disconnected|later-/i.test(p)), []);
    await context.close();
  });
});
