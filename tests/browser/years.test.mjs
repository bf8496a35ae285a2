// Figures per goal year: a document from before (`jobmaal/1`) opens with the year before's
// figures in the year before, a period is set once for a group, the development names both
// periods, the Years view shows each indicator over the years in a table and a chart (axe
// clean at 1280 and 320 px), and the printed report carries each figure's period on one page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { withApp } from '../support/fixture.mjs';
import { openPage, showView } from '../support/browser.mjs';
import { linkFragment } from '../support/links.mjs';
import { axeViolations } from '../support/axe.mjs';
import { brokenWords, sideways, tableRoles } from '../support/narrow.mjs';

const app = withApp();
const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

/** A document as versions before `jobmaal/2` wrote it: 2019's figures, some of 2018's as `_prev`. */
const FIRST_FORMAT = {
  format: 'jobmaal/1',
  year: 2019,
  lang: 'da',
  figures: {
    municipality: 'Lejre Kommune',
    population_16_66: 16884,
    population_16_66_prev: 17000,
    public_support_fte: 2395,
    public_support_fte_prev: 2500,
    failed_recruitments: 66700,
    failed_recruitments_prev: 20000,
  },
  references: {},
  plan: {},
  extra_focus: [],
};

const figure = (page, id) => page.locator(`input[name="${id}"]`);

const goto = (page, query) => showView(page, app.server.url + query);

async function chooseYear(page, year) {
  await page.locator(`.year-option:has(input[value="${year}"])`).click();
  await page.waitForFunction((y) => new URL(location.href).searchParams.get('year') === String(y), year);
}

async function goToView(page, name) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await page.locator('html[data-ready] #view-heading').waitFor();
}

/** Figures for three years, typed at machine speed. */
async function enterThreeYears(page) {
  await goto(page, '?view=figures&year=2018');
  const years = { 2018: ['17.100', '2.600', 'april 2017'], 2019: ['16.884', '2.395', 'april 2018'], 2020: ['16.800', '2.300', 'april 2019'] };
  for (const [year, [population, fte, period]] of Object.entries(years)) {
    await chooseYear(page, year);
    await figure(page, 'population_16_66').fill(population);
    await figure(page, 'public_support_fte').fill(fte);
    await page.locator('input[name="period_forsorgelse"]').fill(period);
    await page.locator('input[name="period_kommune"]').fill(period);
  }
}

describe('figures per goal year', () => {
  test('a link written before figures had a year opens with the year before in the year before', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await goto(page, `?view=figures&year=2019${linkFragment(FIRST_FORMAT)}`);
    assert.equal(await figure(page, 'public_support_fte').inputValue(), '2.395');
    assert.equal(await figure(page, 'failed_recruitments').inputValue(), '66.700');
    assert.equal(await page.locator('input[name$="_prev"]').count(), 0, 'no separate "a year earlier" inputs');
    await chooseYear(page, 2018);
    assert.equal(await figure(page, 'public_support_fte').inputValue(), '2.500');
    assert.equal(await figure(page, 'population_16_66').inputValue(), '17.000');
    assert.equal(await figure(page, 'failed_recruitments').inputValue(), '20.000');
    assert.equal(await figure(page, 'municipality').inputValue(), 'Lejre Kommune', 'the name holds for every year');
    await chooseYear(page, 2019);
    await goToView(page, 'Gab');
    const share = await page.locator('tr[data-indicator="public_support_share"]').innerText();
    // 2395/16884 against 2500/17000: −0,5 procentpoint, better, 2018 → 2019.
    assert.match(share, /↓ −0,5 procentpoint \(bedre end året før\) · 2018 → 2019/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a file written before figures had a year loads the same, and is saved in the new format', async () => {
    const { page, context } = await openPage(app.browser);
    const folder = await mkdtemp(join(tmpdir(), 'jobmaal-'));
    const file = join(folder, 'gammel.json');
    await writeFile(file, JSON.stringify(FIRST_FORMAT));
    await goto(page, '?view=share&year=2020');
    await page.setInputFiles('#import-file', file);
    await page.locator('.notice-undo').waitFor();
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('jobmaal/state')));
    assert.equal(saved.format, 'jobmaal/2');
    assert.deepEqual(saved.figures['2018'], { failed_recruitments: 20000, population_16_66: 17000, public_support_fte: 2500 });
    assert.equal(saved.figures['2019'].public_support_fte, 2395);
    assert.equal(saved.names.municipality, 'Lejre Kommune');
    await context.close();
  });

  test('a period is set once for a group, and the development names both periods', async () => {
    const { page, context } = await openPage(app.browser);
    await enterThreeYears(page);
    await chooseYear(page, 2020);
    assert.equal(await page.locator('input[name="period_forsorgelse"]').inputValue(), 'april 2019');
    await goToView(page, 'Gab');
    const share = await page.locator('tr[data-indicator="public_support_share"]').innerText();
    assert.match(share, /Periode: april 2019/);
    assert.match(share, /april 2018 → april 2019/);
    // Different periods behind one value: shown, with a warning, and not judged.
    await goToView(page, 'Tal');
    await page.locator('input[name="period_kommune"]').fill('januar 2020');
    await goToView(page, 'Gab');
    const mixed = await page.locator('tr[data-indicator="public_support_share"]').innerText();
    assert.match(mixed, /forskellige perioder \(april 2019, januar 2020\)/);
    assert.match(mixed, /Vurderes ikke/);
    // And where the figures are typed, beside the group's result.
    await goToView(page, 'Tal');
    assert.match(await page.locator('li[data-indicator="public_support_share"]').innerText(), /forskellige perioder/);
    await context.close();
  });

  test("a group whose figures have no one period says what each has, and the field is empty until one is written for all", async () => {
    const { page, context, problems } = await openPage(app.browser);
    const doc = {
      format: 'jobmaal/2',
      year: 2019,
      lang: 'da',
      names: { municipality: 'Lejre Kommune' },
      figures: { 2019: { population_total: 27579, population_16_66: 16884, refugees_total: 300, refugees_employed: 120, refugee_women_total: 140 } },
      periods: { 2019: { '2019K1': ['population_total'], 'dec. 2019': ['refugees_total'], 'nov. 2019': ['refugees_employed'] } },
    };
    await goto(page, `?view=figures&year=2019${linkFragment(doc)}`);
    const kommune = page.locator('input[name="period_kommune"]');
    await kommune.waitFor();
    // One has a period, the other none: not shown as the group's.
    assert.equal(await kommune.inputValue(), '');
    const help = (group) => page.locator(`#period-help-${group}`).innerText();
    assert.match(await help('kommune'), /Gruppens tal har ikke én periode\. .* Nu: Indbyggere: 2019K1; Borgere 16–66 år: ingen\.$/);
    assert.match(await help('integration'), /Nu: Flygtninge og familiesammenførte 18–66 år: dec\. 2019; Heraf i ustøttet beskæftigelse \(flygtninge og familiesammenførte\): nov\. 2019; Kvinder i samme gruppe: ingen\.$/);
    // Written once, it is every figure's.
    await kommune.fill('2019K1');
    await page.waitForFunction(() => !document.querySelector('#period-help-kommune').innerText.includes('Nu:'));
    assert.equal(await kommune.inputValue(), '2019K1');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("2018's changes are counted from 2017's figures, entered on 2018's form with their period", async () => {
    const { page, context, problems } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2018');
    const before = page.locator('fieldset.year-before');
    assert.match(await before.locator('legend').innerText(), /^Tal for 2017, året før$/);
    // The figures 2018's changes need, with the population the share on public support is
    // counted from (its development from 2017), and no other.
    assert.deepEqual(
      await before.locator('input[inputmode="decimal"]').evaluateAll((inputs) => inputs.map((i) => i.name)),
      ['population_16_66_2017', 'public_support_fte_2017', 'failed_recruitments_2017'],
    );
    await before.locator('input[name="public_support_fte_2017"]').pressSequentially('2.500', { delay: 0 });
    await before.locator('input[name="period_before"]').pressSequentially('april 2017', { delay: 0 });
    await page.locator('input[name="public_support_fte"]').fill('2.400');
    await page.locator('input[name="period_forsorgelse"]').fill('april 2018');
    // Bad input is said beside it, and kept.
    await before.locator('input[name="failed_recruitments_2017"]').fill('-5');
    await before.locator('#error-failed_recruitments_2017').filter({ hasText: /./ }).waitFor();
    assert.equal(await before.locator('input[name="failed_recruitments_2017"]').inputValue(), '-5');
    await goToView(page, 'Gab');
    const row = page.locator('tr[data-indicator="public_support_change"]');
    assert.match(await row.innerText(), /−4,0 %/);
    assert.match(await row.innerText(), /april 2017 → april 2018/);
    // Kept in the document as 2017's, with its period.
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('jobmaal/state')));
    assert.equal(saved.figures['2017'].public_support_fte, 2500);
    // (Each of the group's figures has the period, also the one with no value yet.)
    assert.deepEqual(saved.periods['2017'], { 'april 2017': ['failed_recruitments', 'population_16_66', 'public_support_fte'] });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("2017's population from a document before figures had a year is on 2018's form, and gives the share's development", async () => {
    const { page, context, problems } = await openPage(app.browser);
    const doc = {
      ...FIRST_FORMAT,
      year: 2018,
      figures: { municipality: 'Lejre Kommune', population_16_66: 16900, population_16_66_prev: 17000, public_support_fte: 2400, public_support_fte_prev: 2500 },
    };
    await goto(page, `?view=figures&year=2018${linkFragment(doc)}`);
    const before = page.locator('fieldset.year-before');
    assert.equal(await before.locator('input[name="population_16_66_2017"]').inputValue(), '17.000');
    assert.equal(await before.locator('input[name="public_support_fte_2017"]').inputValue(), '2.500');
    // Each 2017 figure has its input: none is listed as only kept.
    assert.equal(await before.locator('.year-before-note').count(), 0);
    await goToView(page, 'Gab');
    // 2400/16900 against 2500/17000: −0,5 procentpoint, 2017 → 2018.
    const share = await page.locator('tr[data-indicator="public_support_share"]').innerText();
    assert.match(share, /↓ −0,5 procentpoint \(bedre end året før\)/);
    // Changed on the form, the development follows.
    await goToView(page, 'Tal');
    await before.locator('input[name="population_16_66_2017"]').fill('');
    await goToView(page, 'Gab');
    assert.doesNotMatch(await page.locator('tr[data-indicator="public_support_share"]').innerText(), /procentpoint \(/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('periods that are not a year apart give no development, and one Jobmål cannot read says so by its field', async () => {
    const { page, context } = await openPage(app.browser);
    await enterThreeYears(page);
    // 2019's figures said to be from after 2020's.
    await chooseYear(page, 2019);
    await page.locator('input[name="period_forsorgelse"]').fill('maj 2021');
    await page.locator('input[name="period_kommune"]').fill('maj 2021');
    await chooseYear(page, 2020);
    await goToView(page, 'Gab');
    const share = await page.locator('tr[data-indicator="public_support_share"]').innerText();
    assert.match(share, /Perioderne \(maj 2021 → april 2019\) viser ikke, at tallene er fra perioder et år efter hinanden/);
    assert.doesNotMatch(share, /bedre end året før|dårligere end året før/);
    await goToView(page, 'Tal');
    const period = page.locator('input[name="period_forsorgelse"]');
    await period.fill('foråret 2020');
    const note = page.locator('#period-note-forsorgelse');
    assert.match(await note.innerText(), /kan ikke læse »foråret 2020«/);
    assert.match(await period.getAttribute('aria-describedby'), /period-note-forsorgelse/);
    assert.equal(await period.inputValue(), 'foråret 2020', 'kept as typed');
    await period.fill('04/2020');
    assert.equal(await note.innerText(), '');
    await context.close();
  });

  test('a file opened on an English page leaves the page in English', async () => {
    const { page, context } = await openPage(app.browser);
    const folder = await mkdtemp(join(tmpdir(), 'jobmaal-'));
    const file = join(folder, 'dansk.json');
    await writeFile(file, JSON.stringify(FIRST_FORMAT));
    await goto(page, '?view=share&lang=en');
    await page.setInputFiles('#import-file', file);
    await page.locator('.notice-undo').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.match(page.url(), /lang=en/);
    assert.match(await page.locator('#view-heading').innerText(), /Share/);
    await context.close();
  });

  test('the Years view shows every indicator over the years entered, in a table and a chart, axe clean at 1280 and 320 px', async () => {
    const found = [];
    for (const width of [1280, 320]) {
      const { page, context } = await openPage(app.browser, { viewport: { width, height: 900 } });
      await enterThreeYears(page);
      await goToView(page, 'År');
      const row = page.locator('.series-table tr[data-indicator="public_support_share"]');
      const cells = await row.locator('td:not(.series-chart)').allInnerTexts();
      // 2600/17100, 2395/16884, 2300/16800: one value per year, with its period.
      assert.match(cells[0], /15,2 %\s*april 2017/);
      assert.match(cells[1], /14,2 %\s*april 2018/);
      assert.match(cells[2], /13,7 %\s*april 2019/);
      assert.equal(await row.locator('svg.line-chart circle').count(), 3, 'a point per year');
      assert.equal(await row.locator('svg.line-chart').getAttribute('aria-hidden'), 'true', 'the row carries the numbers');
      const heads = await page.locator('.series-table thead th').allInnerTexts();
      // The line beside the indicator's name, in sight however many years there are.
      assert.deepEqual(heads.slice(1), ['Forløb', '2018', '2019', '2020']);
      for (const v of await axeViolations(page)) found.push(`years/${width}: ${v}`);
      if (width === 320) {
        // Each indicator a block: nothing in the view reaches past the screen or scrolls
        // sideways, and no name is broken inside a word.
        const view = page.locator('.years-view');
        assert.deepEqual(await sideways(view), []);
        assert.deepEqual(await brokenWords(view.locator('tbody th')), []);
        // Every value and the line are in sight, the line under the values.
        for (const cell of await row.locator('td').all()) {
          assert.ok(await cell.isVisible(), await cell.innerText());
        }
        const chart = await row.locator('svg.line-chart').boundingBox();
        const last = await row.locator('td:not(.series-chart)').last().boundingBox();
        assert.ok(chart.width > 0 && chart.y >= last.y + last.height - 1, 'the line under the values');
        // Each value named by its year on screen.
        assert.deepEqual(
          await row.locator('td:not(.series-chart)').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content)),
          ['"2018"', '"2019"', '"2020"'],
        );
        // Still a table to a screen reader: its column heads, a row head per indicator, a cell
        // per value.
        const roles = await tableRoles(page, 'Indikatorernes værdi i hvert år med tal');
        assert.ok(roles, 'the series is a table in the accessibility tree');
        assert.equal(roles.columnheader, 5, JSON.stringify(roles));
        assert.ok(roles.rowheader >= 1 && roles.cell >= 4 * roles.rowheader, JSON.stringify(roles));
      }
      await context.close();
    }
    assert.deepEqual(found, []);
  });

  test('the Years view prints compactly: its tables with their small lines on one A4 page, in Danish and in English, without the controls', async () => {
    for (const lang of ['da', 'en']) {
      const { page, context, problems } = await openPage(app.browser);
      // The Lejre example (2019) and figures of 2018 beside it.
      await goto(page, '?view=goals&year=2019');
      await page.getByRole('button', { name: /Lejre Kommune 2019/ }).click();
      await page.locator('.notice-undo', { hasText: 'Lejre' }).waitFor();
      await goto(page, '?view=figures&year=2018');
      for (const [id, value] of [['population_total', '27.400'], ['population_16_66', '17.000'], ['public_support_fte', '2.500'], ['gross_unemployment_pct', '2,6']]) {
        await figure(page, id).fill(value);
      }
      await goto(page, `?view=years&year=2019&lang=${lang}`);
      await page.emulateMedia({ media: 'print' });
      // The time series as a table with its lines; no tabs, year picker, buttons or footer.
      assert.equal(await page.locator('.series-table tbody tr').count(), 3);
      assert.ok(await page.locator('.series-table thead').isVisible(), 'the table keeps its columns in print');
      assert.equal(await page.locator('.series-table svg.line-chart').count(), 3);
      for (const hidden of ['.views', '.year-picker', '.toolbar', '.site-footer', 'button']) {
        assert.equal(await page.locator(hidden).filter({ visible: true }).count(), 0, `${hidden} printed`);
      }
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.equal(pages, 1, `the Years view in ${lang} fits one A4 page`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  for (const lang of ['da', 'en']) {
    test(`the printed report gives every 2019 figure with its period and development, on one A4 page (${lang})`, async () => {
      const { page, context } = await openPage(app.browser);
      const en = lang === 'en';
      const at = (query) => goto(page, en ? `2019-en.html?${query}&lang=en` : `?${query}`);
      // Lejre's plan (its lines of aim and extra focus are printed too), then every figure of
      // 2019 and of the year before, so that every indicator has its development, with both
      // periods (every other one the longest as Jobindsats.dk publishes them) and a table for
      // each group; in English each goal has its gloss too.
      await at('view=goals&year=2019');
      await page.getByRole('button', { name: en ? /Load the Lejre/ : /Indlæs eksemplet/ }).click();
      await page.locator('.coverage h2', { hasText: 'Lejre Kommune' }).waitFor();
      await at('view=figures&year=2018');
      const fill = async (value, period, long) => {
        for (const input of await page.locator('.figures-view input[inputmode="decimal"]').all()) {
          await input.fill(value);
        }
        const periods = await page.locator('.figures-view input[name^="period_"]').all();
        for (const [i, input] of periods.entries()) await input.fill(i % 2 ? long : period);
        for (const input of await page.locator('.figures-view input[name^="table_"]').all()) {
          await input.fill(`${(await input.getAttribute('name')).slice(6, 10).toUpperCase()}01`);
        }
      };
      await fill('10', 'april 2018', '2018QMAT02');
      await page.getByRole('radio', { name: '2019' }).check();
      await page.locator('input[name="population_total"]').waitFor();
      await fill('12', 'april 2019', '2019QMAT02');
      // A cost as large as a municipality's (its kroner fill the persons column).
      await page.locator('input[name="cost_per_fte_kr"]').fill('245.000');
      const numbers = await page.locator('.figures-view input[inputmode="decimal"]').all();
      for (const input of await page.locator('.figures-view input[name^="period_"]').all().then((all) => all.slice(0, 2))) {
        await input.fill('april 2019');
      }
      await page.locator('input[name="table_kommune"]').fill('FOLK1A');
      await goToView(page, en ? 'Goals' : 'Mål');
      await page.emulateMedia({ media: 'print' });
      const report = page.locator('.print-report');
      await report.waitFor();
      // A period and a table for a group of figures: said once, then its figures.
      const figures = await report.locator('.report-figures').allInnerTexts();
      assert.equal(figures.length, 1, figures.join('\n'));
      assert.match(figures[0], en
        ? /^The figures for 2019: \(april 2019, FOLK1A\) Inhabitants 12 · Citizens aged 16–66 12; \(april 2019, FORS01\) /
        : /^Tallene for 2019: \(april 2019, FOLK1A\) Indbyggere 12 · Borgere 16–66 år 12; \(april 2019, FORS01\) /);
      assert.equal((figures[0].match(/ (12|245[.,]000)( ·|;|\.$)/g) ?? []).length, numbers.length, 'every figure');
      assert.match(figures[0], /\(2019QMAT02, [A-Z]{4}01\)/);
      // Every indicator with a value has its development, from the year before's periods.
      const developments = await report.locator('tbody tr td:nth-child(6)').allInnerTexts();
      assert.ok(developments.filter((d) => /→/.test(d)).length >= 8, developments.join('\n'));
      // Laid out as on the paper (A4 less its margins): no word is broken in the table.
      await page.setViewportSize({ width: 718, height: 1000 });
      assert.deepEqual(await brokenWords(report.locator('.report-table th, .report-table td')), []);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      await mkdir(ARTIFACTS, { recursive: true });
      await writeFile(join(ARTIFACTS, `print-every-figure-${lang}.pdf`), pdf);
      assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, 'the report fits one A4 page');
      await context.close();
    });
  }
});

