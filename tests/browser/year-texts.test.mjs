// The goals of a year other than the default page's (their titles and notes) are not in the app's
// code every page downloads: that year's own page carries them (inline JSON), and each such year
// has a file of its own (`year-2019-<hash>.json`) that the app fetches when the year is chosen
// elsewhere. Until it is here the view says so; if it cannot be had, it says so with a retry,
// and nothing is lost.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { withApp } from '../support/fixture.mjs';
import { openPage, text, untilReady } from '../support/browser.mjs';
import { DIST } from '../support/server.mjs';

const app = withApp();
const YEAR_2019 = /\/year-2019-[0-9a-f]{16}\.json$/;

/** The dist file whose name matches `pattern`. */
async function distFile(pattern) {
  const name = (await readdir(DIST)).find((file) => pattern.test(`/${file}`));
  assert.ok(name, `a file ${pattern} in dist`);
  return readFile(join(DIST, name));
}

describe("a year's own goals", () => {
  test('are not in the first module but on their year\'s page and in their year\'s file, which that page does not need', async () => {
    const wasm = await distFile(/\/jobmaal-[0-9a-f]+_bg\.wasm$/);
    const defaultPage = (await readFile(join(DIST, 'index.html'), 'utf8')).replace(/&#39;/g, "'");
    const [year, ...texts] = JSON.parse(await distFile(YEAR_2019));
    assert.equal(year, '2019');
    // The 2019 texts that neither the default page (2020) nor the rest of the catalogue (theme
    // names, sources, …) has too.
    const catalogue = JSON.parse(await readFile(join(import.meta.dirname, '../../core/data/catalogue.json'), 'utf8'));
    const elsewhere = JSON.stringify({ ...catalogue, years: undefined });
    const own = texts.filter((text) => text.length >= 30 && !defaultPage.includes(text) && !elsewhere.includes(text));
    assert.ok(own.length >= 3, `the 2019 file holds its own goals: ${own}`);
    for (const text of own) assert.equal(wasm.includes(Buffer.from(text)), false, `in the first module: ${text}`);
    // The default page's goals are in the module (so the check above can find a title).
    const shown = [...defaultPage.matchAll(/<h2 class="goal-title" lang="da">([^<]+)<\/h2>/g)].map((m) => m[1]);
    assert.ok(shown.length >= 3, `the default page shows its goals: ${shown}`);
    for (const title of shown) assert.ok(wasm.includes(Buffer.from(title)), `not in the module: ${title}`);

    const { page, context, requests, problems } = await openPage(app.browser);
    await page.goto(`${app.server.url}2019-da.html`);
    await untilReady(page);
    await page.waitForLoadState('networkidle');
    assert.equal(requests.filter((r) => YEAR_2019.test(new URL(r).pathname)).length, 0, requests.join('\n'));
    assert.equal(await page.locator('#app .goal').count(), 6);
    const view = await text(page.locator('#app'));
    const titles = own.filter((text) => view.includes(text));
    assert.ok(titles.length >= 1, `a 2019 goal of its own in the app's view: ${view}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('include the explanations of themes the default page has no goal of, which the first module does not carry', async () => {
    const wasm = await distFile(/\/jobmaal-[0-9a-f]+_bg\.wasm$/);
    const catalogue = JSON.parse(await readFile(join(import.meta.dirname, '../../core/data/catalogue.json'), 'utf8'));
    const shown = new Set(catalogue.years.find((y) => y.year === catalogue.default_year).goals.map((g) => g.theme));
    const explanation = (id) => catalogue.themes.find((t) => t.id === id).explanation.da;
    const others = catalogue.themes.filter((t) => !shown.has(t.id));
    assert.ok(others.length >= 4, others.map((t) => t.id).join());
    for (const theme of others) {
      assert.equal(wasm.includes(Buffer.from(theme.explanation.da)), false, `in the first module: ${theme.id}`);
    }
    // The default page's own themes are (so the check above can find one).
    for (const id of shown) assert.ok(wasm.includes(Buffer.from(explanation(id))), `not in the module: ${id}`);

    // Chosen from the default page, 2019 and 2024 show them on their goals' cards.
    const { page, context, problems } = await openPage(app.browser);
    await page.goto(app.server.url);
    await untilReady(page);
    await page.getByRole('radio', { name: '2019' }).check();
    await page.locator('#app .goal').nth(5).waitFor();
    const card = (n) => text(page.locator('#app .goal').nth(n).locator('.goal-explanation'));
    assert.equal(await card(0), explanation('forsorgelse'));
    assert.equal(await card(4), explanation('udsatte'));
    await page.getByRole('radio', { name: '2024' }).check();
    await page.locator('#app .goal').nth(4).waitFor();
    assert.equal(await card(0), explanation('vaerdighed'));
    assert.equal(await card(1), explanation('opkvalificering'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("include the names only later years have (their themes', figures' and indicators'), which the first module does not carry, and the default page's Years view shows", async () => {
    const wasm = await distFile(/\/jobmaal-[0-9a-f]+_bg\.wasm$/);
    const catalogue = JSON.parse(await readFile(join(import.meta.dirname, '../../core/data/catalogue.json'), 'utf8'));
    const names = ['vaerdighed', 'opkvalificering'].map((id) => catalogue.themes.find((t) => t.id === id).name.da);
    const upskilling = catalogue.indicators.find((i) => i.theme === 'opkvalificering').name.da;
    const labels = catalogue.figures.filter((f) => f.group === 'opkvalificering').map((f) => f.label.da);
    assert.equal(labels.length, 2);
    for (const name of [...names, upskilling, ...labels]) {
      assert.equal(wasm.includes(Buffer.from(name)), false, `in the first module: ${name}`);
    }
    // Each later year's file has them.
    for (const year of [2021, 2022, 2023, 2024]) {
      const file = JSON.parse(await distFile(new RegExp(`/year-${year}-[0-9a-f]{16}\\.json$`)));
      for (const name of [...names, upskilling, ...labels]) assert.ok(file.includes(name), `${year}: ${name}`);
    }
    // The default page's Years view names every theme, these too, once they are here.
    const { page, context, problems } = await openPage(app.browser);
    await page.goto(`${app.server.url}?view=years`);
    await untilReady(page);
    for (const name of names) {
      await page.locator('.years-table th[scope="row"]', { hasText: name }).waitFor();
    }
    const rows = await page.locator('.years-table th[scope="row"]').allInnerTexts();
    for (const theme of catalogue.themes) assert.ok(rows.includes(theme.name.da), `${theme.id}: ${rows}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('come when the year is chosen; blocked, the view says so with a retry, and the figures stay', async () => {
    const { page, context, problems } = await openPage(app.browser);
    let blocked = true;
    await page.route((url) => YEAR_2019.test(url.pathname), (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(app.server.url);
    await untilReady(page);
    // The example is Lejre Kommune's 2019 figures: it takes the page to 2019.
    await page.getByRole('button', { name: 'Indlæs eksemplet Lejre Kommune 2019' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'kunne ikke hentes' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /Dine tal er urørte/);
    assert.equal(await page.locator('.later-view').getAttribute('aria-busy'), 'false');
    assert.equal(await page.getByRole('radio', { name: '2019' }).isChecked(), true);

    blocked = false;
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await page.locator('#app .goal').first().waitFor();
    assert.equal(await page.locator('#app .goal').count(), 6);
    assert.match(await page.locator('.coverage h2').innerText(), /Lejre Kommune/);
    assert.equal(await alert.count(), 0);
    const saved = await page.evaluate(() => localStorage.getItem('jobmaal/state'));
    assert.match(saved, /Lejre Kommune/);
    // Back to 2020 and again to 2019: the texts are here, nothing is fetched again.
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.getByRole('radio', { name: '2020' }).check();
    await page.getByRole('radio', { name: '2019' }).check();
    assert.equal(await page.locator('.later-view').count(), 0);
    assert.deepEqual(requested.filter((r) => /year-/.test(r)), []);
    assert.deepEqual(problems.filter((p) => !/internet_?disconnected|year-2019/i.test(p)), []);
    await context.close();
  });
});
