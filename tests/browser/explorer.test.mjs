// The explorer as a user drives it: typing figures, reading results, setting targets, bad input,
// switching year and language, reloading, the plan editor, and the keyboard alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { withApp } from '../support/fixture.mjs';
import { openPage, text as textOf } from '../support/browser.mjs';

const app = withApp();

/** A fresh context on `query` (e.g. '?view=figures'), waiting for the view's heading. */
async function open(query = '', options = {}) {
  const opened = await openPage(app.browser, options);
  await opened.page.goto(app.server.url + query);
  await opened.page.locator('#view-heading').waitFor();
  return opened;
}

const figure = (page, id) => page.locator(`input[name="${id}"]`);
const indicator = (page, id) => page.locator(`.indicator[data-indicator="${id}"]`);
const gapRow = (page, id) => page.locator(`tr[data-indicator="${id}"]`);

/** Types into a figure the way a user does: click, clear, type. */
async function type(page, id, text) {
  const input = figure(page, id);
  await input.click();
  await input.fill('');
  await input.pressSequentially(text);
}

async function enterLejre(page) {
  await type(page, 'population_total', '27.579');
  await type(page, 'population_16_66', '16.884');
  await type(page, 'public_support_fte', '2.395');
  await type(page, 'gross_unemployment_pct', '2,4');
}

async function goToView(page, name) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await page.locator('#view-heading').waitFor();
}

describe('the explorer', () => {
  test('Lejre figures typed as a user types them give the share, gap and persons', async () => {
    const { page, context, problems } = await open('?view=figures&year=2019');
    await enterLejre(page);
    await goToView(page, 'Mål');
    const share = indicator(page, 'public_support_share');
    await assert.doesNotReject(share.getByText('14,2 %').waitFor());
    const text = await share.innerText();
    assert.match(text, /landsgennemsnit, april 2018\): 17,6 %/);
    // A minus sign (U+2212) on screen; the CSV keeps the hyphen Excel reads.
    assert.match(text, /Gab til referencen: −3,4 procentpoint/);
    assert.match(text, /577 personer færre end referencen/);
    assert.match(await share.locator('.status').innerText(), /På sporet/);
    assert.match(await page.locator('.coverage-list').innerText(), /2 af 6 mål har tal/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the benchmark gap is the benchmark's own, a recruitment change is not judged, a published share shows with its check", async () => {
    const { page, context, problems } = await open('?view=figures&year=2019');
    await enterLejre(page);
    // Lejre, Jobindsats Y30R21, 2020QMAT02: actual 1.170, expected 1.120 (not 2.395 − 1.120).
    await type(page, 'benchmark_expected', '1.120');
    await type(page, 'benchmark_actual', '1.170');
    // The year before's survey, in the year before (no period given: which side of the
    // method's change each is on cannot be told).
    await page.locator('.year-option:has(input[value="2018"])').click();
    await type(page, 'failed_recruitments', '20.000');
    await page.locator('.year-option:has(input[value="2019"])').click();
    await type(page, 'failed_recruitments', '66.700');
    await type(page, 'public_support_share_published', '14,1');
    await goToView(page, 'Mål');
    const benchmark = await textOf(indicator(page, 'public_support_vs_expected'));
    assert.equal(await textOf(indicator(page, 'public_support_vs_expected').locator('.indicator-value')), '+50 personer');
    assert.match(benchmark, /\+50 personer/);
    assert.doesNotMatch(benchmark, /1\.275/);
    // Its reference is none above the expected level, which is named with the figure entered
    // for it, not "0 persons" of something.
    assert.match(benchmark, /Referencen \(ingen ud over det forventede niveau – benchmarkens eget tal: 1\.120\): 0 personer/);
    const recruitment = indicator(page, 'failed_recruitments_change');
    assert.match(await recruitment.locator('.status').innerText(), /Vurderes ikke/);
    const warning = await recruitment.innerText();
    assert.match(warning, /\+233,5 %/);
    assert.match(warning, /ny metode fra december 2018/);
    assert.doesNotMatch(warning, /Gab til referencen/);
    const share = await textOf(indicator(page, 'public_support_share'));
    assert.match(share, /14,1 %/);
    assert.match(share, /Beregnet af tallene: 14,2 % \(til kontrol\)/);
    await goToView(page, 'Gab');
    assert.match(await gapRow(page, 'failed_recruitments_change').innerText(), /Vurderes ikke/);
    // The persons column carries the gap's sign.
    const persons = (id) => gapRow(page, id).locator(`td[data-label="Personer (kr. pr. år)"]`).innerText();
    assert.match(await persons('public_support_share'), /^−591 personer/);
    assert.match(await persons('public_support_vs_expected'), /^\+50 personer/);
    // The warning wraps in its cell rather than widening the table.
    const cell = gapRow(page, 'failed_recruitments_change').locator('td.cell-value');
    assert.ok((await cell.evaluate((el) => el.getBoundingClientRect().width)) < 400);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('setting a target changes the status to behind, with persons to reach it', async () => {
    const { page, context } = await open('?view=figures&year=2019');
    await enterLejre(page);
    await goToView(page, 'Gab');
    const row = gapRow(page, 'public_support_share');
    assert.match(await row.locator('.status').innerText(), /På sporet/);
    await row.getByLabel('Lokalt måltal for Andel på offentlig forsørgelse').pressSequentially('14');
    await assert.doesNotReject(row.locator('.status', { hasText: 'Bagud' }).waitFor());
    const cells = await row.locator('td').allInnerTexts();
    assert.ok(cells.some((c) => c.startsWith('14,0 %') && c.includes('Det lokale måltal')), cells.join(' | '));
    assert.ok(cells.includes('+31 personer'), `persons: ${cells.join(' | ')}`);
    await goToView(page, 'Mål');
    assert.match(await textOf(page.locator('.goal').first().locator('.goal-head .status')), /Bagud/);
    assert.match(await page.locator('.coverage-list').innerText(), /1 af 6 mål er bagud/);
    await context.close();
  });

  test('invalid input shows its message by the input and leaves other results intact', async () => {
    const { page, context } = await open('?view=figures&year=2019');
    await enterLejre(page);
    const cases = [
      ['population_total', 'abc', /ikke et tal/],
      ['refugees_total', '-5', /negativt/],
      ['gross_unemployment_pct', '120', /mellem 0 og 100/],
      // A count of people is whole; full-time persons may have decimals.
      ['disabled_total', '120,5', /helt tal/],
    ];
    for (const [id, typed, message] of cases) {
      await type(page, id, typed);
      const input = figure(page, id);
      assert.equal(await input.getAttribute('aria-invalid'), 'true', id);
      assert.match(await page.locator(`#error-${id}`).innerText(), message);
      assert.equal(await input.inputValue(), typed, 'what the user typed is kept');
      const describedBy = await input.getAttribute('aria-describedby');
      assert.ok(describedBy.split(' ').includes(`error-${id}`), 'the message is tied to its input');
    }
    await type(page, 'refugees_total', '10');
    await type(page, 'refugees_employed', '20');
    assert.match(await page.locator('#error-refugees_employed').innerText(), /større end/);
    assert.equal(await page.locator('#error-refugees_total').innerText(), '');

    await goToView(page, 'Gab');
    const share = gapRow(page, 'public_support_share');
    assert.match(await share.locator('.cell-value').innerText(), /14,2 %/);
    assert.match(await gapRow(page, 'refugee_employment_share').locator('.cell-value').innerText(), /–/);
    await goToView(page, 'Mål');
    assert.match(await textOf(indicator(page, 'refugee_employment_share')), /Ret først/);
    await context.close();
  });

  test('figures belong to their year, the language keeps them, and reload restores them', async () => {
    const { page, context } = await open('?view=figures&year=2019');
    await enterLejre(page);
    await type(page, 'municipality', 'Lejre Kommune');
    await page.getByText('2018', { exact: true }).click();
    await page.getByRole('button', { name: 'English' }).click();
    // <html lang> follows in the task after the render.
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    // 2018 has no figures of its own yet; the name holds for every year.
    assert.equal(await figure(page, 'population_16_66').inputValue(), '');
    assert.equal(await figure(page, 'municipality').inputValue(), 'Lejre Kommune');
    await page.getByText('2019', { exact: true }).click();
    assert.equal(await figure(page, 'population_16_66').inputValue(), '16.884');
    await goToView(page, 'Goals');
    assert.match(await page.locator('#view-heading').innerText(), /goals 2019/);
    assert.match(await textOf(indicator(page, 'public_support_share')), /14\.2%/);
    assert.match(page.url(), /year=2019/);
    assert.match(page.url(), /lang=en/);

    await page.reload();
    await page.locator('#view-heading').waitFor();
    assert.match(await page.locator('#view-heading').innerText(), /goals 2019/);
    assert.match(await textOf(indicator(page, 'public_support_share')), /577 persons fewer/);
    await goToView(page, 'Figures');
    // Restored figures are numbers, written the English way now that the page is in English.
    assert.equal(await figure(page, 'gross_unemployment_pct').inputValue(), '2.4');
    assert.equal(await figure(page, 'population_16_66').inputValue(), '16,884');
    await context.close();
  });

  test('every view has its own address, and back returns to the previous one', async () => {
    const { page, context } = await open('?view=years&year=2020&lang=en');
    assert.match(await page.locator('#view-heading').innerText(), /year by year/);
    const table = await page.locator('.years-table').innerText();
    assert.match(table, /goal 6/);
    assert.match(table, /not a goal/);
    await goToView(page, 'Plan');
    assert.match(page.url(), /view=plan/);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /year by year/ }).waitFor();
    assert.equal(await page.locator('a[aria-current="page"]').innerText(), 'Years');
    await context.close();
  });

  test("a goal's link to enter figures opens the Figures view in place, by mouse and by keyboard", async () => {
    const { page, context } = await open('?year=2019');
    let loads = 0;
    page.on('load', () => loads++);
    await indicator(page, 'public_support_share').getByRole('link', { name: 'Indtast tal' }).click();
    await page.getByRole('heading', { level: 1, name: /tal/i }).waitFor();
    assert.match(page.url(), /view=figures/);
    await page.goBack();
    await page.locator('.goal').first().waitFor();
    await indicator(page, 'gross_unemployment').getByRole('link', { name: 'Indtast tal' }).focus();
    await page.keyboard.press('Enter');
    await figure(page, 'gross_unemployment_pct').waitFor();
    assert.equal(loads, 0, 'no page load: the app switched the view itself');
    await context.close();
  });

  test('pasting a column of numbers fills the group in order', async () => {
    const { page, context } = await open('?view=figures');
    await figure(page, 'population_total').focus();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text', '27.579\r\n16.884\r\n');
      const input = document.querySelector('input[name="population_total"]');
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    assert.equal(await figure(page, 'population_total').inputValue(), '27.579');
    assert.equal(await figure(page, 'population_16_66').inputValue(), '16.884');
    assert.match(await page.locator('.announcement').innerText(), /2 tal er indsat/);
    await context.close();
  });

  test('the Lejre example loads in one click and clear all asks first', async () => {
    const { page, context } = await open('?year=2019');
    await page.getByRole('button', { name: 'Indlæs eksemplet Lejre Kommune 2019' }).click();
    await page.locator('.notice-undo', { hasText: 'Lejre' }).waitFor();
    assert.match(await page.locator('.coverage-list').innerText(), /6 af 6 mål har lokale sigtelinjer/);
    assert.match(await page.locator('.coverage h2').innerText(), /Lejre Kommune/);
    await page.getByRole('button', { name: 'Ryd alt' }).click();
    await page.getByRole('button', { name: 'Annullér' }).click();
    assert.match(await page.locator('.coverage-list').innerText(), /2 af 6 mål har tal/);
    await page.getByRole('button', { name: 'Ryd alt' }).click();
    await page.getByRole('button', { name: 'Ja, ryd alt' }).click();
    assert.match(await page.locator('.coverage-list').innerText(), /0 af 6 mål har tal/);
    await context.close();
  });

  test('a view link clicked with Ctrl or Shift, or a goal card link with Ctrl, opens in a new tab as the browser would', async () => {
    const { page, context } = await open('?year=2019');
    for (const [link, modifiers] of [
      [page.getByRole('navigation').getByRole('link', { name: 'Tal', exact: true }), ['Control']],
      [page.getByRole('navigation').getByRole('link', { name: 'Gab', exact: true }), ['Shift']],
      [indicator(page, 'public_support_share').getByRole('link', { name: 'Indtast tal' }), ['Control']],
    ]) {
      const opened = context.waitForEvent('page');
      await link.click({ modifiers });
      const other = await opened;
      await other.waitForLoadState();
      assert.match(other.url(), /view=(figures|gaps)/);
      await other.close();
      assert.doesNotMatch(page.url(), /view=(figures|gaps)/, 'this page stays where it was');
      assert.equal(await page.locator('.goal').count(), 6);
    }
    await context.close();
  });

  test('removing a plan line keeps the other lines in their own inputs', async () => {
    const { page, context } = await open('?view=plan&year=2020');
    const section = page.locator('section.plan-goal', { hasText: 'Mål 1' });
    for (const text of ['A', 'B', 'C']) {
      await section.getByRole('button', { name: 'Tilføj sigtelinje' }).click();
      await page.keyboard.type(text);
    }
    const inputs = section.getByRole('textbox');
    const third = await inputs.nth(2).elementHandle();
    await section.getByRole('button', { name: 'Fjern sigtelinje 2' }).click();
    assert.deepEqual(await inputs.evaluateAll((els) => els.map((el) => el.value)), ['A', 'C']);
    assert.ok(await third.evaluate((el) => el.isConnected && el.value === 'C'), 'line C keeps its own input');
    await context.close();
  });

  test('removing the last line of a theme that is no goal this year moves focus to extra focus', async () => {
    const { page, context } = await open('?view=plan&year=2019');
    await page.getByRole('button', { name: /Lejre Kommune 2019/ }).click();
    await page.locator('.notice-undo', { hasText: 'Lejre' }).waitFor();
    const group = page.locator('#plan-heading-kontrol');
    await group.waitFor();
    for (let i = 0; i < 2; i++) {
      await page.locator('#line-kontrol-0').waitFor();
      await page.locator('#line-kontrol-0').locator('xpath=..').getByRole('button').focus();
      await page.keyboard.press('Enter');
    }
    await group.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'add-extra');
    await context.close();
  });

  test('plan lines are added, edited and removed, and count in the coverage', async () => {
    const { page, context } = await open('?view=plan&year=2020');
    const section = page.locator('section.plan-goal', { hasText: 'Mål 3' });
    await section.getByRole('button', { name: 'Tilføj sigtelinje' }).click();
    const line = section.getByRole('textbox', { name: 'Sigtelinje 1', exact: true });
    assert.ok(await line.evaluate((el) => el === document.activeElement), 'focus moves to the new line');
    await page.keyboard.type('Flere borgere med handicap i job');
    await goToView(page, 'Mål');
    assert.match(await page.locator('.coverage-list').innerText(), /1 af 3 mål har lokale sigtelinjer/);
    assert.match(await textOf(page.locator('.goal').nth(2)), /Flere borgere med handicap i job/);
    await goToView(page, 'Plan');
    await section.getByRole('button', { name: 'Fjern sigtelinje 1' }).click();
    const add = section.getByRole('button', { name: 'Tilføj sigtelinje' });
    assert.ok(await add.evaluate((el) => el === document.activeElement), 'focus lands on the add button');
    assert.equal(await section.getByRole('textbox').count(), 0);
    await context.close();
  });

  test('keyboard alone reaches every view and fills a figure', async () => {
    const { page, context } = await open('?year=2019');
    /** Presses Tab until `match` holds for the focused element; fails after 80 presses. */
    async function tabTo(match) {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const hit = await page.evaluate(match);
        if (hit) return;
      }
      assert.fail(`Tab never reached ${match}`);
    }
    for (const name of ['Tal', 'Gab', 'År', 'Plan', 'Mål']) {
      await tabTo(`document.activeElement?.closest('nav') && document.activeElement.textContent === ${JSON.stringify(name)}`);
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelector('a[aria-current="page"]')?.textContent === n, name);
      const focused = await page.evaluate(() => document.activeElement?.id);
      assert.equal(focused, 'view-heading', `focus moves to the heading of ${name}`);
    }
    await tabTo(`document.activeElement?.closest('nav') && document.activeElement.textContent === 'Tal'`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('a[aria-current="page"]')?.textContent === 'Tal');
    await tabTo(`document.activeElement?.name === 'population_16_66'`);
    await page.keyboard.type('16.884');
    await tabTo(`document.activeElement?.name === 'public_support_fte'`);
    await page.keyboard.type('2.395');
    assert.equal(await figure(page, 'public_support_fte').inputValue(), '2.395');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    const back = await page.evaluate(() => document.activeElement?.name);
    assert.ok(back, 'focus stays on a form control');
    await context.close();
  });

  test('without storage the app works in memory and says so once', async () => {
    const { page, context } = await openPage(app.browser);
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
    });
    await page.goto(app.server.url + '?view=figures');
    await page.locator('#view-heading').waitFor();
    const notice = page.locator('.notice-warning');
    assert.match(await notice.innerText(), /gemmes kun, så længe siden er åben/);
    await type(page, 'population_total', '100');
    assert.equal(await figure(page, 'population_total').inputValue(), '100');
    await notice.getByRole('button', { name: 'Luk' }).click();
    assert.equal(await notice.count(), 0);
    await goToView(page, 'Mål');
    assert.equal(await page.locator('.notice-warning').count(), 0, 'shown once');
    await context.close();
  });
});
