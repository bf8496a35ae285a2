// The goals after 2020 (2021–2024), from published sources, and the end of the system: each year
// has its page, its goals with their sources, and says where its list rests on a "continued
// from" statement; the dignity and disability goals say the municipality finds its indicators.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { withApp } from '../support/fixture.mjs';
import { openPage, text, texts, untilReady } from '../support/browser.mjs';
import { axeViolations } from '../support/axe.mjs';

const app = withApp();
const FIVE = [
  'Alle ledige skal have en værdig sagsbehandling',
  'Flere ledige skal opkvalificeres',
  'Flere flygtninge og familiesammenførte skal være selvforsørgende',
  'Flere personer med handicap skal i beskæftigelse',
  'Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft',
];
const titles = (page) => texts(page.locator('#app .goal-title'));

describe('the years after 2020', () => {
  test('?year=2024 shows its five goals, their source, the municipality\'s own indicators and the end of the goals', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await page.goto(`${app.server.url}?year=2024`);
    await untilReady(page);
    assert.match(new URL(page.url()).pathname, /\/2024-da\.html$/, 'its own page');
    assert.deepEqual(await titles(page), FIVE);
    const goals = page.locator('#app .goal');
    assert.match(await text(goals.first()), /STAR.*Beskæftigelsespolitiske mål for 2024, 30\. juni 2023/s);
    for (const i of [0, 3]) {
      assert.match(await text(goals.nth(i)), /Kommunen finder selv sine indikatorer for dette mål/, `goal ${i + 1}`);
      assert.match(await text(goals.nth(i)), /skriv kommunens egen indikator under »Plan«/i, `goal ${i + 1}`);
    }
    for (const i of [1, 2, 4]) {
      assert.doesNotMatch(await text(goals.nth(i)), /finder selv sine indikatorer/, `goal ${i + 1}`);
    }
    // No national indicator for the goals the municipality measures itself, and none of the
    // letters of 2017–2019's explanations under these years' goals.
    for (const i of [0, 3]) {
      assert.equal(await goals.nth(i).locator('.indicator-list').count(), 0, `goal ${i + 1}`);
    }
    for (const i of [2, 3, 4]) {
      assert.equal(await goals.nth(i).locator('.goal-explanation').count(), 0, `goal ${i + 1}`);
    }
    assert.doesNotMatch(await text(goals.nth(0).locator('.goal-explanation')), /STAR/);
    // The page's sources, each with its address and date: STAR's news and the law among them.
    const sources = page.locator('#app .year-sources li');
    assert.deepEqual(await texts(sources.locator('a')), [
      'https://star.dk/om-styrelsen/nyt/nyheder/2023/06/beskaeftigelsespolitiske-maal-for-2024/',
      'https://bm.dk/nyheder/nyheder/2020/02/ledige-skal-have-en-vaerdig-behandling/',
      'https://www.jobindsats.dk/jobindsats/nye-maalinger/2020/mm17-antal-og-andel-ydelsesmodtagere-som-har-paabegyndt-et-opkvalificeringsforloeb/',
      'https://www.ft.dk/ripdf/samling/20241/lovforslag/l75/20241_l75_som_fremsat.pdf',
      await sources.nth(4).locator('a').getAttribute('href'),
    ]);
    assert.match(await sources.nth(4).locator('a').getAttribute('href'), /^https:\/\/www\.lovguiden\.dk\//);
    // A source opens in a tab of its own (in an embed, it would take over the frame).
    assert.equal(await sources.nth(0).locator('a').getAttribute('target'), '_blank');
    assert.match(await text(sources.nth(0)), /Beskæftigelsespolitiske mål for 2024, 30\. juni 2023: https/);
    assert.match(await text(sources.nth(4)), /Lov nr\. 1656 af 30\. december 2024 .*, 30\. december 2024: https/);
    const view = await text(page.locator('#app'));
    assert.match(view, /lov nr\. 1656 af 30\. december 2024 \(lovforslag L 75, fremsat 6\. november 2024\) afskaffede de beskæftigelsespolitiske mål/);
    assert.match(view, /om der blev udmeldt mål for 2025, er ikke fundet/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an address asking for a year with no goals (?year=2025) says which years there are, and shows the default year', async () => {
    const { page, context, problems } = await openPage(app.browser);
    for (const [lang, words] of [['da', /målåret 2025, som Jobmål ikke har mål for \(Jobmål har årene 2018–2024\)\. Siden viser 2020/], ['en', /goal year 2025, which Jobmål has no goals for \(Jobmål has the years 2018–2024\)\. The page shows 2020/]]) {
      await page.goto(`${app.server.url}?year=2025&lang=${lang}`);
      await untilReady(page);
      const notice = page.locator('.notice-warning', { hasText: '2025' });
      await notice.waitFor();
      assert.match(await text(notice), words);
      assert.match(await page.locator('#view-heading').innerText(), /2020/);
    }
    // Once another year is chosen, it is no longer said; a known year or an embed never says it.
    await page.getByText('2019', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /2019/ }).waitFor();
    assert.equal(await page.locator('.notice-warning', { hasText: '2025' }).count(), 0);
    for (const address of ['?year=2019', '?year=2025&embed=1']) {
      await page.goto(app.server.url + address);
      await untilReady(page);
      await page.waitForLoadState('networkidle');
      assert.equal(await page.locator('.notice-warning', { hasText: /2025|målåret/ }).count(), 0, address);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('2023 says that its list rests on STAR\'s statement, and 2021 where each goal comes from', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await page.goto(`${app.server.url}?year=2023`);
    await untilReady(page);
    assert.deepEqual(await titles(page), FIVE);
    assert.match(await text(page.locator('#app')),
      /Målene for 2023 er ikke fundet offentliggjort for sig; STAR skriver, at målene for 2024 er videreført fra 2023\./);
    // The printed report says it too.
    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-report').waitFor();
    assert.match(await text(page.locator('.print-report .report-note')), /Målene for 2023 er ikke fundet offentliggjort for sig/);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('radio', { name: '2021' }).check();
    await page.getByRole('heading', { level: 1, name: /2021/ }).waitFor();
    await page.locator('#app .goal').first().waitFor();
    assert.deepEqual(await titles(page), FIVE);
    const goals = page.locator('#app .goal');
    // A page whose heading was not seen is cited as what it is, with its month.
    assert.match(await text(goals.nth(0)), /Kilde: Politiken, marts 2020 \(debatindlæg om det nye mål for 2021; sidens overskrift er ikke set\)/);
    assert.match(await text(goals.nth(1)), /Ny måling af ministerens beskæftigelsespolitiske mål viser antal og andel ydelsesmodtagere/);
    assert.match(await text(page.locator('#app .year-sources')), /politiken\.dk\/debat/);
    assert.match(await text(goals.nth(1)), /Jobindsats\.dk.*5\. januar 2021/s);
    assert.match(await text(goals.nth(2)), /Svendborg Kommune/);
    assert.match(await text(page.locator('#app')), /mål 3–5 og rækkefølgen kendes kun fra kilderne til 2022/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an embed of 2024 says the municipality finds its own indicators, and sends no one to a Plan view it does not have', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await page.goto(`${app.server.url}?year=2024&embed=1`);
    await untilReady(page);
    const goals = page.locator('#app .goal');
    assert.match(await text(goals.nth(0)), /Kommunen finder selv sine indikatorer for dette mål \(STAR, 30\. juni 2023\)\./);
    assert.doesNotMatch(await text(page.locator('#app')), /Plan/);
    assert.equal(await page.getByRole('navigation').getByRole('link', { name: 'Plan' }).count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a goal with the municipality's own indicators links to the Plan view; the hint to enter figures names the benchmark on 2020 only", async () => {
    const { page, context, problems } = await openPage(app.browser);
    await page.goto(`${app.server.url}?year=2024`);
    await untilReady(page);
    const hint = page.locator('.coverage .hint');
    assert.equal(await text(hint), 'Indtast kommunens tal under »Tal«, eller prøv eksemplet fra Lejre Kommune.');
    const dignity = page.locator('#app .goal').nth(0);
    await dignity.getByRole('link', { name: 'Skriv kommunens egen indikator' }).click();
    await page.locator('.plan-goal .local-indicator').first().waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'view-heading');
    assert.match(page.url(), /view=plan/);
    await page.goto(`${app.server.url}?year=2020`);
    await untilReady(page);
    assert.match(await text(hint), /Vælg kommunen dér for at se dens benchmark\.$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the Years view shows the municipality's own indicator year by year, with its name in each year", async () => {
    const { page, context, problems } = await openPage(app.browser);
    for (const [year, name, value] of [['2022', 'Tilfredse borgere', '70'], ['2024', 'Tilfredse borgere (ny måling)', '82,5']]) {
      await page.goto(`${app.server.url}?year=${year}&view=plan`);
      await untilReady(page);
      const dignity = page.locator('.plan-goal').nth(0);
      await dignity.getByLabel('Indikatorens navn').pressSequentially(name);
      await dignity.getByLabel('Værdi i målåret').pressSequentially(value);
    }
    await page.getByRole('navigation').getByRole('link', { name: 'År', exact: true }).click();
    const row = page.locator('.series-table tr[data-local="vaerdighed"]');
    await row.waitFor();
    assert.match(await text(row.locator('th')), /^Kommunens egen indikator: Værdig sagsbehandling$/);
    const cells = await row.locator('td[data-label]').evaluateAll((tds) => tds.map((td) => [td.dataset.label, td.innerText.replace(/\s+/g, ' ').trim()]));
    assert.deepEqual(cells, [['2022', '70 Tilfredse borgere'], ['2024', '82,5 Tilfredse borgere (ny måling)']]);
    assert.equal(await row.locator('svg').count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('on the English page each goal keeps its Danish title, with an English gloss', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await page.goto(`${app.server.url}2024-en.html`);
    await untilReady(page);
    assert.deepEqual(await titles(page), FIVE);
    assert.equal(await page.locator('#app .goal-title[lang="da"]').count(), 5);
    const glosses = await texts(page.locator('#app .goal-gloss'));
    assert.equal(glosses.length, 5);
    assert.match(glosses[0], /^Unofficial translation: “All unemployed people are to have their cases handled with dignity”$/);
    assert.match(await text(page.locator('#app')), /Act no\. 1656 of 30 December 2024/);
    assert.deepEqual(await axeViolations(page), []);
    // A source with a title: the Danish citation, and our English title beside it.
    const star = page.locator('#app .year-sources li').filter({ hasText: 'star.dk' });
    assert.match(await text(star), /Beskæftigelsespolitiske mål for 2024, 30\. juni 2023 \(“Employment-policy goals for 2024”\): https/);
    // What the page says of a source in its own words is English; the source's own, Danish.
    await page.getByRole('radio', { name: '2021' }).check();
    await page.locator('#app .goal').first().waitFor();
    const sources = page.locator('#app .year-sources li');
    const politiken = sources.filter({ hasText: 'politiken.dk' });
    assert.match(await text(politiken), /^Politiken, marts 2020 \(opinion piece on the new goal for 2021; the page's heading was not seen\): https/);
    assert.equal(await politiken.locator('span[lang="da"]').innerText(), 'Politiken, marts 2020');
    const favrskov = sources.filter({ hasText: 'Favrskov' });
    assert.match(await text(favrskov), /\(undated; shown on the publisher First Edition's demo site; mentions the minister's announcement of 9 April 2021\)/);
    assert.doesNotMatch(await text(page.locator('#app')), /sidens overskrift|demoside|udateret/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the MM17 figures are asked for in 2024, not in 2019, and give the upskilling share', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await page.goto(`${app.server.url}?year=2024&view=figures`);
    await untilReady(page);
    await page.locator('input[name="upskilling_recipients"]').fill('2.000');
    await page.locator('input[name="upskilling_started"]').fill('300');
    assert.equal(await page.locator('input[name="public_support_fte"]').count(), 0, 'not a measure of 2024');
    assert.equal(await page.locator('input[name="disabled_total"]').count(), 0, 'the municipality measures the disability goal itself');
    await page.getByRole('navigation').getByRole('link', { name: 'Mål', exact: true }).click();
    const goal = page.locator('#app .goal').nth(1);
    await goal.getByText('15,0 %').first().waitFor();
    await page.getByRole('radio', { name: '2019' }).check();
    await page.getByRole('navigation').getByRole('link', { name: 'Tal', exact: true }).click();
    await page.locator('input[name="public_support_fte"]').waitFor();
    assert.equal(await page.locator('input[name="upskilling_recipients"]').count(), 0, 'not a measure of 2019');
    // The gap table holds the year's measures and what has a value: 2019 has no MM17 row
    // without figures, 2024 none of 2018's control measures.
    await page.getByRole('navigation').getByRole('link', { name: 'Gab', exact: true }).click();
    await page.locator('tr[data-indicator="public_support_share"]').waitFor();
    assert.equal(await page.locator('tr[data-indicator="upskilling_share"]').count(), 0);
    await page.getByRole('radio', { name: '2024' }).check();
    await page.locator('tr[data-indicator="upskilling_share"]').waitFor();
    assert.equal(await page.locator('tr[data-indicator="control_change_rate"]').count(), 0);
    assert.equal(await page.locator('tr[data-indicator="public_support_share"]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the dignity and disability goals have room for a local indicator, which the gap table and the report show as local', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await page.goto(`${app.server.url}?year=2024&view=plan`);
    await untilReady(page);
    const sections = page.locator('.plan-goal');
    assert.equal(await sections.nth(0).locator('.local-indicator').count(), 1, 'dignity');
    assert.equal(await sections.nth(1).locator('.local-indicator').count(), 0, 'upskilling has its measure');
    assert.equal(await sections.nth(3).locator('.local-indicator').count(), 1, 'disability');
    // Not STAR's sentence of 2024 on the years before it.
    assert.doesNotMatch(await text(sections.nth(0)), /finder selv sine indikatorer/);
    const dignity = sections.nth(0);
    // A value that is not a number says so beside it, and is kept as typed.
    await dignity.getByLabel('Værdi i målåret').fill('mange');
    const invalid = dignity.getByLabel('Værdi i målåret');
    assert.equal(await invalid.getAttribute('aria-invalid'), 'true');
    assert.match(await text(dignity.locator('.local-field:not(.local-name) .field-error')), /Det er ikke et tal/);
    assert.equal(await invalid.inputValue(), 'mange');
    // A value with no name: the name is asked for, beside its field.
    const name = dignity.getByLabel('Indikatorens navn');
    assert.equal(await name.getAttribute('aria-invalid'), 'true');
    assert.match(await text(dignity.locator('.local-name .field-error')), /^Giv indikatoren et navn/);
    await name.fill('Borgere, der oplever en værdig sagsbehandling');
    assert.equal(await dignity.locator('.local-name .field-error').count(), 0);
    assert.equal(await name.getAttribute('aria-invalid'), null);
    await dignity.getByLabel('Værdi i målåret').fill('82');
    await dignity.getByLabel('Kommunens mål').fill('90');
    await page.getByRole('navigation').getByRole('link', { name: 'Gab', exact: true }).click();
    const row = page.locator('tr[data-local="vaerdighed"]');
    await row.waitFor();
    const cells = await row.innerText();
    assert.match(cells, /Borgere, der oplever en værdig sagsbehandling/);
    assert.match(cells, /lokal · Værdig sagsbehandling/);
    assert.match(cells, /[-−]8/);
    assert.match(cells, /Bagud/);
    assert.match(cells, /90\s*kommunens eget mål/);
    // It counts as the goal's: a value, and its status.
    await page.getByRole('navigation').getByRole('link', { name: 'Mål', exact: true }).click();
    await page.locator('#app .goal').first().waitFor();
    assert.match(await text(page.locator('#app .goal').nth(0).locator('.goal-head')), /Bagud/);
    assert.equal(await text(page.locator('#app .goal').nth(0).locator('.own-indicator')),
      'Kommunens egen indikator: Borgere, der oplever en værdig sagsbehandling: 82 (kommunens eget mål: 90)');
    assert.match(await page.locator('.coverage').innerText(), /1 af 5 mål har tal/);
    assert.match(await page.locator('.coverage').innerText(), /1 af 5 mål er bagud/);
    // Written, the hint to write one goes.
    assert.doesNotMatch(await text(page.locator('#app .goal').nth(0)), /Skriv kommunens egen indikator/);
    assert.match(await text(page.locator('#app .goal').nth(3)), /Skriv kommunens egen indikator/);
    // Thousands are read as the figures are: 1.234 against 1.300 is 66 short.
    await page.getByRole('navigation').getByRole('link', { name: 'Plan', exact: true }).click();
    const disability = page.locator('.plan-goal').nth(3);
    await disability.getByLabel('Indikatorens navn').fill('Borgere med handicap i job');
    await disability.getByLabel('Værdi i målåret').pressSequentially('1.234');
    await disability.getByLabel('Kommunens mål').pressSequentially('1.300');
    assert.equal(await disability.getByLabel('Værdi i målåret').getAttribute('aria-invalid'), null);
    await page.getByRole('navigation').getByRole('link', { name: 'Gab', exact: true }).click();
    const handicap = page.locator('tr[data-local="handicap"]');
    await handicap.waitFor();
    assert.match(await handicap.innerText(), /1\.234[\s\S]*1\.300[\s\S]*[-−]66/);
    assert.match(await handicap.innerText(), /Bagud/);
    // Lower is better: the same numbers are on track.
    await page.getByRole('navigation').getByRole('link', { name: 'Plan', exact: true }).click();
    await page.locator('.plan-goal').nth(0).getByLabel('Bedre er').selectOption('lower');
    await page.getByRole('navigation').getByRole('link', { name: 'Gab', exact: true }).click();
    await page.locator('tr[data-local="vaerdighed"]', { hasText: 'På sporet' }).waitFor();
    // Saved with the year, and in the printed report.
    const saved = await page.evaluate(() => localStorage.getItem('jobmaal/state'));
    assert.match(saved, /"2024\/vaerdighed":\["Borgere, der oplever en værdig sagsbehandling","82","90","lower"\]/);
    await page.getByRole('navigation').getByRole('link', { name: 'Mål', exact: true }).click();
    await page.emulateMedia({ media: 'print' });
    const report = page.locator('.print-report');
    await report.waitFor();
    assert.match(await report.innerText(), /Borgere, der oplever en værdig sagsbehandling \(lokal · Værdig sagsbehandling\)/);
    // The report's sources are the page's, with their addresses, not 2019's plan or 2020's benchmark.
    const reportSources = await texts(report.locator('.report-sources li'));
    assert.equal(reportSources.length, 5);
    assert.match(reportSources.join('\n'), /Lov nr\. 1656.*https:\/\/www\.lovguiden\.dk/);
    assert.doesNotMatch(reportSources.join('\n'), /Lejre|Y30R21/);
    // Not a goal of 2019: no room for it there, and no row.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('radio', { name: '2019' }).check();
    await page.getByRole('navigation').getByRole('link', { name: 'Gab', exact: true }).click();
    await page.locator('.gaps-view').waitFor();
    assert.equal(await page.locator('tr[data-local]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
