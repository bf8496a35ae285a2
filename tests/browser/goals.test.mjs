// The first screen: the default year's goals, the year picker, and a page that stays on its
// own origin without errors.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { withApp } from '../support/fixture.mjs';
import { foreignRequests, openPage, text } from '../support/browser.mjs';

describe('goals of a year', () => {
  const app = withApp();

  test('the page loads with no console error and no failed request', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await page.goto(app.server.url, { waitUntil: 'networkidle' });
    await page.locator('.goal').first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the default year, 2020, is shown by default, with every year 2018–2024 to pick', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url);
    await page.locator('.goal').first().waitFor();
    assert.equal(await page.getByRole('radio', { name: '2020' }).isChecked(), true);
    assert.equal(await page.locator('.goal').count(), 3);
    const years = await page.locator('input[name="year"]').evaluateAll((inputs) => inputs.map((i) => i.value));
    assert.deepEqual(years, ['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    await context.close();
  });

  test('picking 2018, 2019 and 2020 shows 5, 6 and 3 goals, each with its source, and 2019 its earlier proposal of 7', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await page.goto(app.server.url);
    await page.locator('.goal').first().waitFor();
    for (const [year, count, journal] of [
      ['2018', 5, '2017-5458'],
      ['2019', 6, 'Tre nye målinger for ministerens mål 2019, 15\\. marts 2019'],
      ['2020', 3, '2019-196'],
    ]) {
      await page.getByText(year, { exact: true }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(year) }).waitFor();
      const goals = page.locator('.goal');
      assert.equal(await goals.count(), count, `${year}: number of goals`);
      for (let i = 0; i < count; i++) {
        const goal = goals.nth(i);
        assert.match(await text(goal.locator('.goal-number')), new RegExp(`\\b${i + 1}\\b`));
        assert.notEqual(await text(goal.locator('.goal-title')), '');
        assert.match(await text(goal.locator('.goal-source')), /J\.nr\.|Jobindsats\.dk/);
      }
      assert.match(await text(goals.first().locator('.goal-source')), new RegExp(journal));
      const proposal = page.locator('.proposal');
      if (year === '2019') {
        assert.equal(await proposal.locator('li').count(), 7);
        assert.match(await proposal.innerText(), /Bekæmpelsen af socialt bedrageri/);
        assert.match(await proposal.innerText(), /J\.nr\. 2017-8190/);
      } else {
        assert.equal(await proposal.count(), 0, `${year} has no earlier proposal`);
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("every year's goal titles are the Danish wording of its sources, in the catalogue's order", async () => {
    // The catalogue's titles (core/tests/goal_titles.rs checks each against the quotation of
    // its source kept in the repository): the page shows each of them, and nothing else.
    const catalogue = JSON.parse(await readFile(new URL('../../core/data/catalogue.json', import.meta.url), 'utf8'));
    const { page, context } = await openPage(app.browser);
    let checked = 0;
    for (const year of catalogue.years) {
      await page.goto(`${app.server.url}?year=${year.year}&lang=da`);
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      await page.getByRole('heading', { level: 1, name: new RegExp(year.year) }).waitFor();
      const shown = await page.locator('.goal-title').evaluateAll((titles) => titles.map((t) => t.textContent.trim()));
      const titles = year.goals.map((goal) => goal.title);
      assert.ok(titles.every(Boolean), `${year.year}: a goal without a title`);
      assert.deepEqual(shown, titles, `${year.year}`);
      checked += titles.length;
    }
    assert.equal(checked, 5 + 6 + 3 + 4 * 5);
    await context.close();
  });

  test("every page requests each file of the app's code once: the default page, a link, another view, an embed, English", async () => {
    const found = [];
    for (const address of [
      '',
      '2019-da.html?year=2019&lang=da&view=goals#s=eyJmb3JtYXQiOiJqb2JtYWFsLzEiLCJ5ZWFyIjoyMDE5fQ',
      '?year=2019&view=goals#s=eyJmb3JtYXQiOiJqb2JtYWFsLzEiLCJ5ZWFyIjoyMDE5fQ',
      '?view=figures',
      '?embed=1',
      '2020-en.html?lang=en',
    ]) {
      const { page, context, requests } = await openPage(app.browser);
      await page.goto(app.server.url + address);
      await page.locator('html[data-ready]').waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      // The part with the views after the first too, and its stylesheet (in idle time, or with
      // the app for `?view=figures`, where the page's head preloads it). The glue and the
      // page's stylesheet are in the page: no file of their own is requested.
      if (requests.some((r) => /jobmaal-[0-9a-f]+\.js$|\/style-[0-9a-f]+\.css$/.test(r))) found.push(`${address || 'default page'}: the glue or the stylesheet requested`);
      for (const kind of [/_bg\.wasm$/, /\/split_views-[0-9a-f]{16}\.wasm$/, /\/later-[0-9a-f]{16}\.css$/]) {
        const n = requests.filter((r) => kind.test(r)).length;
        if (n !== 1) found.push(`${address || 'default page'}: ${kind} requested ${n} times`);
      }
      await context.close();
    }
    assert.deepEqual(found, []);
  });

  test('the page makes no request to any origin but its own', async () => {
    const { page, context, requests } = await openPage(app.browser);
    await page.goto(app.server.url, { waitUntil: 'networkidle' });
    await page.getByText('2019', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /2019/ }).waitFor();
    assert.ok(requests.length >= 3, `expected the page's own requests, saw ${requests.length}`);
    assert.deepEqual(foreignRequests(requests, app.server.origin), []);
    await context.close();
  });
});

describe('the view rendered at build time', () => {
  const app = withApp();

  test('the default goals are in the page itself, readable before (and without) any script', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(app.server.url);
    assert.equal(await page.locator('#prerendered .goal').count(), 3);
    assert.match(await page.locator('#view-heading').innerText(), /Beskæftigelsespolitiske mål 2020/);
    // Without a script the year picker does nothing: a line of links reaches every year's page.
    const years = page.getByRole('navigation', { name: 'Målår' });
    assert.equal(await years.getByRole('link').count(), 6);
    await years.getByRole('link', { name: '2024' }).click();
    await page.waitForURL(/2024-da\.html$/);
    assert.match(await page.locator('#view-heading').innerText(), /Beskæftigelsespolitiske mål 2024/);
    assert.equal(await page.locator('#prerendered .goal').count(), 5);
    assert.equal(await page.getByRole('navigation', { name: 'Målår' }).locator('[aria-current=page]').innerText(), '2024');
    await context.close();
  });

  test('with a script, the links for a page without one are not shown', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await page.goto(app.server.url);
    await page.locator('#app .goal').first().waitFor();
    assert.equal(await page.getByRole('navigation', { name: 'Målår' }).count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('once the app runs, it replaces the built view: nothing shows twice', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await page.goto(app.server.url + '?year=2018');
    assert.equal(await page.locator('#prerendered').count(), 0);
    assert.equal(await page.locator('#view-heading').count(), 1);
    assert.equal(await page.locator('.goal').count(), 5);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
