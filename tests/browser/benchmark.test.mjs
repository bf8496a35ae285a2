// Real data in: the municipality picked from the 98 (type-ahead that folds Danish letters), named
// by the address (`?kommune=350`), and its benchmark from Jobindsats' table Y30R21 on the 2020
// Goals view, from a data file of its own that is downloaded only when it is shown. The figures
// asserted are the published ones (core/data/benchmark-y30r21.csv: Lejre, 2020QMAT02, expected
// 1,120, actual 1,170, 6.58 % and 6.87 %, rank 73).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { withApp } from '../support/fixture.mjs';
import { openPage, texts, text, untilReady } from '../support/browser.mjs';
import { axeViolations } from '../support/axe.mjs';
import { linkJson } from '../support/links.mjs';
import { DIST } from '../support/server.mjs';
import { brokenWords, sideways, tableRoles } from '../support/narrow.mjs';

const app = withApp();
const DATA = /\/benchmark-[0-9a-f]{16}\.txt$/;

/** A page opened at `address` (after the server's root), once the app is up. */
async function opened(address) {
  const opened = await openPage(app.browser);
  await opened.page.goto(`${app.server.url}${address}`);
  await untilReady(opened.page);
  return opened;
}

/** The benchmark table's row for `period` (its cells' texts). */
async function periodRow(page, period) {
  const row = page.locator('.benchmark table').first().locator('tr', { has: page.locator(`th:text-is("${period}")`) });
  return texts(row.locator('td'));
}

describe('the benchmark', () => {
  test('is a file of its own, under 25 KB gzipped, that the default page does not download', async () => {
    const name = (await readdir(DIST)).find((file) => DATA.test(`/${file}`));
    assert.ok(name, 'a benchmark-<hash>.txt in dist');
    const gzipped = gzipSync(await readFile(join(DIST, name)), { level: 9 }).length;
    assert.ok(gzipped <= 25 * 1024, `${gzipped} B gzipped`);

    const { page, context, requests, problems } = await openPage(app.browser);
    await page.goto(app.server.url);
    await untilReady(page);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(requests.filter((r) => DATA.test(new URL(r).pathname)), []);
    assert.equal(await page.locator('.benchmark').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("?kommune=350&year=2020 shows Lejre's benchmark with no figure typed, its source and periods as published", async () => {
    const { page, context, problems } = await opened(`?kommune=350&year=2020`);
    const section = page.locator('section.benchmark');
    await section.locator('table').first().waitFor({ state: 'attached' });
    assert.equal(await text(page.locator('#benchmark-heading')), 'Benchmark for Lejre');
    // The address's municipality becomes the document's where it names none: the heading, the
    // Figures view, the saved document and what is shared all have it.
    assert.match(await page.locator('.coverage h2').innerText(), /Lejre/);
    await page.waitForFunction(() => /"municipality":"Lejre"/.test(localStorage.getItem('jobmaal/state') ?? ''));
    assert.deepEqual(await periodRow(page, '2020QMAT02'), ['1.120', '1.170', '+50', '6,58 %', '6,87 %', '+0,29', '73 / 98']);
    const shown = await text(section);
    assert.match(shown, /Kilde: Jobindsats\.dk \(STAR\), tabel Y30R21/);
    assert.match(shown, /»Forventet« er det antal/);
    assert.match(shown, /ikke det samme tal som fuldtidspersoner på offentlig forsørgelse/);
    for (const period of ['2020QMAT02', '2020QMAT04', '2021QMAT02', '2021QMAT04', '2022QMAT02', '2022QMAT04']) {
      assert.equal((await periodRow(page, period)).length, 7, period);
    }
    // Each benefit group, and all 98 in the newest period with Lejre marked.
    assert.equal(await section.locator('details.benchmark-group').count(), 3);
    await section.locator('details.benchmark-all summary').click();
    const all = section.locator('details.benchmark-all table tbody tr');
    await all.nth(97).waitFor({ state: 'attached' });
    assert.equal(await all.count(), 98);
    const marked = section.locator('details.benchmark-all tr[aria-current="true"]');
    assert.match(await text(marked), /Lejre/);
    const ranks = await all.evaluateAll((rows) => rows.map((row) => Number(row.cells[0].textContent)));
    assert.deepEqual(ranks, Array.from({ length: 98 }, (_, i) => i + 1));
    assert.deepEqual(await axeViolations(page), []);
    // The year's sources name the table; the printed report gives the newest period.
    assert.match(await text(page.locator('#app .year-sources')), /Tabel Y30R21/);
    await page.emulateMedia({ media: 'print' });
    const report = page.locator('.print-report');
    await report.waitFor();
    assert.match(
      await text(report),
      /Benchmark for Lejre \(Ydelsesgrupper i alt, 2022QMAT04\): Forventet [\d.]+ · Faktisk [\d.]+ · Forskel \(personer\) [+−]\d+ · Forskel \(pct\.-point\) [+−][\d,]+ · Placering \d+ \/ 98\. Kilde: Jobindsats\.dk \(STAR\), tabel Y30R21\./,
    );
    assert.match(await text(report.locator('.report-sources')), /Tabel Y30R21/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('at 320 px each period, and each of the 98, is a block with its figures named by their column: nothing scrolls sideways, and it is still a table', async () => {
    const { page, context, problems } = await openPage(app.browser, { viewport: { width: 320, height: 800 } });
    await page.goto(`${app.server.url}?kommune=350&year=2020`);
    await untilReady(page);
    const section = page.locator('section.benchmark');
    await section.locator('table').first().waitFor();
    await section.locator('details.benchmark-all summary').click();
    await section.locator('details.benchmark-all tbody tr').nth(97).waitFor();
    assert.deepEqual(await sideways(section), []);
    // The period is the block's heading; each figure named by its column, all in sight.
    const row = section.locator('table').first().locator('tr', { has: page.locator('th:text-is("2020QMAT02")') });
    const cells = row.locator('td');
    assert.deepEqual(await texts(cells), ['1.120', '1.170', '+50', '6,58 %', '6,87 %', '+0,29', '73 / 98']);
    assert.deepEqual(
      await cells.evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content)),
      ['"Forventet"', '"Faktisk"', '"Forskel (personer)"', '"Forventet andel"', '"Faktisk andel"', '"Forskel (pct.-point)"', '"Placering"'],
    );
    for (const cell of await cells.all()) assert.ok(await cell.isVisible());
    const heading = await row.locator('th').boundingBox();
    assert.ok(heading.y < (await cells.first().boundingBox()).y, 'the period above its figures');
    // Lejre among the 98: its name above its rank and shares.
    const lejre = section.locator('details.benchmark-all tr[aria-current="true"]');
    assert.ok((await lejre.locator('th').boundingBox()).y < (await lejre.locator('td').first().boundingBox()).y);
    assert.deepEqual(await brokenWords(section.locator('tbody th')), []);
    const roles = await tableRoles(page, 'Ydelsesgrupper i alt');
    assert.ok(roles, 'a table in the accessibility tree');
    assert.equal(roles.columnheader, 8, JSON.stringify(roles));
    assert.equal(roles.rowheader, 6, JSON.stringify(roles));
    assert.equal(roles.cell, 42, JSON.stringify(roles));
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('belongs with 2020: another year shows none', async () => {
    const { page, context, problems } = await opened(`2019-da.html?kommune=350&year=2019`);
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('.benchmark').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an embed with kommune= shows it too, read-only', async () => {
    const { page, context, problems } = await opened(`?kommune=101&year=2020&embed=1`);
    await page.locator('section.benchmark table').first().waitFor({ state: 'attached' });
    assert.equal(await text(page.locator('#benchmark-heading')), 'Benchmark for København');
    assert.deepEqual((await periodRow(page, '2020QMAT02')).slice(0, 3), ['43.070', '44.010', '+940']);
    assert.equal(await page.evaluate(() => localStorage.getItem('jobmaal/state')), null);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('blocked, it says so next to where it would be, with a retry; the goals and the figures stay', async () => {
    const { page, context, problems } = await openPage(app.browser);
    let blocked = true;
    await page.route((url) => DATA.test(url.pathname), (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${app.server.url}?kommune=350&year=2020`);
    await untilReady(page);
    const alert = page.locator('section.benchmark').getByRole('alert');
    await alert.waitFor({ state: 'attached' });
    assert.match(await text(alert), /Benchmarkets tal kunne ikke hentes/);
    assert.equal(await page.locator('#app .goal').count(), 3);
    blocked = false;
    await alert.getByRole('button', { name: 'Prøv igen' }).click();
    await page.locator('section.benchmark table').first().waitFor({ state: 'attached' });
    assert.equal(await alert.count(), 0);
    assert.deepEqual(problems.filter((p) => !/internet_?disconnected|benchmark-/i.test(p)), []);
    await context.close();
  });

  test('a name that is not one of the 98 (a joint jobcentre) says why no benchmark is shown', async () => {
    const { page, context, problems } = await opened(`?year=2020&view=figures`);
    await page.locator('#figure-municipality').fill('Fælles Jobcenter Nord');
    await page.getByRole('link', { name: 'Mål', exact: true }).click();
    const section = page.locator('section.benchmark');
    await section.waitFor({ state: 'attached' });
    assert.match(await text(section), /»Fælles Jobcenter Nord« er ikke en af de 98 kommuner/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a code in the address that is none of the 98 (?kommune=999) says so, on every year and view, and the goals stay', async () => {
    const { page, context, problems } = await opened(`?kommune=999&year=2020`);
    const section = page.locator('section.benchmark');
    await section.waitFor({ state: 'attached' });
    assert.match(await text(section), /koden »999«, men ingen af de 98 kommuner har den kode/);
    assert.equal(await section.locator('table').count(), 0);
    assert.ok((await page.locator('.goal').count()) > 0);
    // Said there once, not again above the page.
    assert.equal(await page.locator('.notice-warning', { hasText: '999' }).count(), 0);
    // On another year, or another view, the page says it above the view.
    for (const address of ['2019-da.html?kommune=abc&year=2019', '?kommune=abc&year=2020&view=gaps']) {
      await page.goto(app.server.url + address);
      await untilReady(page);
      const notice = page.locator('.notice-warning', { hasText: 'ingen af de 98 kommuner' });
      await notice.waitFor();
      assert.match(await text(notice), /koden »abc«/);
    }
    // With figures that name a municipality, the 2020 Goals view shows its benchmark: the
    // unknown code is said above it.
    await page.goto(`${app.server.url}?view=figures&year=2020`);
    await untilReady(page);
    await page.getByRole('combobox', { name: 'Kommune' }).fill('Roskilde');
    await page.getByRole('combobox', { name: 'Kommune' }).press('Tab');
    await page.goto(`${app.server.url}?kommune=999&year=2020`);
    await untilReady(page);
    await page.locator('.notice-warning', { hasText: 'koden »999«' }).waitFor();
    // A known code says nothing of the kind.
    await page.goto(`${app.server.url}2019-da.html?kommune=350&year=2019`);
    await untilReady(page);
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('.notice-warning', { hasText: 'ingen af de 98' }).count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

test("the address's municipality is the document's where it names none, and is shown beside the user's own figures of another, which wait untouched", async () => {
  const { page, context, problems } = await opened(`?kommune=350&year=2020&view=figures`);
  const input = page.getByRole('combobox', { name: 'Kommune' });
  await page.waitForFunction(() => document.querySelector('#figure-municipality')?.value === 'Lejre');
  // The share link and the embed code carry it.
  await page.getByRole('link', { name: 'Del', exact: true }).click();
  assert.match(await page.locator('#embed-code').inputValue(), /kommune=350/);
  await page.locator('#share-link').waitFor();
  const link = await page.locator('#share-link').inputValue();
  const state = JSON.parse(linkJson(link));
  assert.equal(state.names.municipality, 'Lejre');
  // Another municipality picked and a figure typed: the user's own, saved.
  await page.getByRole('link', { name: 'Tal', exact: true }).click();
  await input.fill('');
  await input.pressSequentially('hoje');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('#figure-population_total').fill('5000');
  await page.getByRole('link', { name: 'Mål', exact: true }).click();
  await page.locator('#benchmark-heading', { hasText: 'Høje-Taastrup' }).waitFor({ state: 'attached' });
  // A link for Lejre: Lejre's page, and the user's figures of Høje-Taastrup wait untouched.
  await page.goto(`${app.server.url}?kommune=350&year=2020`);
  await untilReady(page);
  await page.locator('#benchmark-heading', { hasText: 'Benchmark for Lejre' }).waitFor({ state: 'attached' });
  assert.match(await page.locator('.coverage h2').innerText(), /Lejre/);
  const notice = page.locator('.notice-link');
  assert.match(await text(notice), /Adressen viser siden for en anden kommune end dine gemte tal/);
  assert.match(await page.evaluate(() => localStorage.getItem('jobmaal/state')), /Høje-Taastrup.*5000|5000.*Høje-Taastrup/);
  // And back to them.
  await notice.getByRole('button', { name: 'Tilbage til mine egne tal' }).click();
  await page.locator('#benchmark-heading', { hasText: 'Høje-Taastrup' }).waitFor({ state: 'attached' });
  assert.match(await page.locator('.coverage h2').innerText(), /Høje-Taastrup/);
  // The address leaves the other municipality too: a reload shows one's own figures.
  assert.equal(new URL(page.url()).searchParams.get('kommune'), null);
  assert.equal(new URL(page.url()).searchParams.get('year'), '2020');
  // On another year the address's municipality names the page once the part is here.
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${app.server.url}2021-da.html?kommune=101&year=2021`);
  await untilReady(page);
  await page.locator('.coverage h2', { hasText: 'København' }).waitFor();
  // The benchmark's data, still downloading when a page is left, is dropped by the browser:
  // not a fault (on a busy machine the drop can be reported as the next page starts).
  assert.deepEqual(problems.filter((p) => !/benchmark-[0-9a-f]+\.txt \(net::ERR_ABORTED\)/.test(p)), []);
  await context.close();
});

test("going back to one's own figures from the address's municipality leaves no page of it to go Back to", async () => {
  const { page, context, problems } = await opened(`?view=figures&year=2020`);
  await page.getByRole('combobox', { name: 'Kommune' }).fill('Roskilde');
  await page.getByRole('combobox', { name: 'Kommune' }).press('Tab');
  await page.locator('#figure-population_total').fill('1234');
  await page.goto(`${app.server.url}?kommune=350&year=2020`);
  await untilReady(page);
  const notice = page.locator('.notice-link');
  await notice.getByRole('button', { name: 'Tilbage til mine egne tal' }).click();
  await page.locator('.coverage h2', { hasText: 'Roskilde' }).waitFor();
  await page.goBack();
  await page.waitForFunction(() => !/kommune=/.test(location.search) || document.querySelector('.notice-link'));
  // Back is the page before (one's own figures, on the form), not the other municipality's
  // address over them.
  assert.equal(new URL(page.url()).searchParams.get('kommune'), null, page.url());
  await page.waitForFunction(() => document.querySelector('#figure-municipality')?.value === 'Roskilde');
  assert.deepEqual(problems, []);
  await context.close();
});

describe('the municipality picker', () => {
  test('finds Høje-Taastrup by "hoje" at a machine\'s typing speed, by keyboard, and keeps any other name', async () => {
    const { page, context, problems } = await opened(`?year=2020&view=figures`);
    const input = page.getByRole('combobox', { name: 'Kommune' });
    await input.pressSequentially('hoje');
    const options = page.getByRole('option');
    assert.deepEqual(await options.allInnerTexts(), ['Høje-Taastrup']);
    assert.equal(await input.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    assert.equal(await page.locator(`#${active}`).innerText(), 'Høje-Taastrup');
    assert.equal(await page.locator(`#${active}`).getAttribute('aria-selected'), 'true');
    assert.match(await page.locator('.combobox [role="status"]').innerText(), /^1 kommune\(r\) passer/);
    await page.keyboard.press('Enter');
    assert.equal(await input.inputValue(), 'Høje-Taastrup');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    // Escape closes; a click chooses.
    await input.fill('');
    await input.pressSequentially('aar');
    assert.ok((await options.allInnerTexts()).includes('Aarhus'));
    await page.keyboard.press('Escape');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    await input.pressSequentially('h');
    await page.getByRole('option', { name: 'Aarhus' }).click();
    assert.equal(await input.inputValue(), 'Aarhus');
    // Many matches: how many, every one listed. Enter with none chosen keeps what is typed and
    // closes the list.
    await input.fill('');
    await input.pressSequentially('e');
    const many = await options.count();
    assert.ok(many > 40, `${many}`);
    assert.match(await page.locator('.combobox [role="status"]').innerText(), new RegExp(`^${many} kommune\\(r\\) passer`));
    // With its Danish letters typed, the name that has them first.
    await input.fill('');
    await input.pressSequentially('hørs');
    assert.deepEqual(await options.allInnerTexts(), ['Hørsholm', 'Horsens']);
    await input.fill('');
    await input.pressSequentially('e');
    await page.keyboard.press('Enter');
    assert.equal(await input.inputValue(), 'e');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    // Another name stays as typed, and is saved.
    await input.fill('');
    await input.pressSequentially('Fælles Jobcenter Nord');
    assert.equal(await input.inputValue(), 'Fælles Jobcenter Nord');
    await page.keyboard.press('Tab');
    assert.match(await page.evaluate(() => localStorage.getItem('jobmaal/state')), /Fælles Jobcenter Nord/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a picked municipality's benchmark is on the 2020 Goals view, and the embed generator presets it", async () => {
    const { page, context, problems } = await opened(`?year=2020&view=figures`);
    const input = page.getByRole('combobox', { name: 'Kommune' });
    await input.pressSequentially('lejre');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Mål', exact: true }).click();
    await page.locator('section.benchmark table').first().waitFor({ state: 'attached' });
    assert.equal(await text(page.locator('#benchmark-heading')), 'Benchmark for Lejre');
    await page.getByRole('link', { name: 'Del', exact: true }).click();
    // With the figures, the embed is for theirs; without them, any of the 98, or none.
    const preset = page.getByRole('combobox', { name: /Kommune \(kommune=\)/ });
    assert.equal(await preset.inputValue(), '350');
    assert.equal(await preset.isDisabled(), true);
    assert.match(await page.locator('#embed-code').inputValue(), /kommune=350/);
    await page.getByRole('checkbox', { name: /Medtag de nuværende tal/ }).uncheck();
    assert.equal(await preset.isDisabled(), false);
    assert.doesNotMatch(await page.locator('#embed-code').inputValue(), /#[sz]=/);
    await preset.selectOption({ label: 'København (101)' });
    assert.match(await page.locator('#embed-code').inputValue(), /kommune=101/);
    await preset.selectOption('0');
    assert.doesNotMatch(await page.locator('#embed-code').inputValue(), /kommune=/);
    assert.deepEqual(await axeViolations(page), []);
    // Each choice reloads the embed's preview, which stops what the one before was fetching.
    assert.deepEqual(problems.filter((p) => !/ERR_ABORTED/.test(p)), []);
    await context.close();
  });

  test('the option the arrows make active stays in sight in the list, at either end', async () => {
    const { page, context, problems } = await opened(`?year=2020&view=figures`);
    const input = page.getByRole('combobox', { name: 'Kommune' });
    await input.pressSequentially('k');
    const inSight = () => page.evaluate(() => {
      const input = document.querySelector('[role="combobox"]');
      const active = document.getElementById(input.getAttribute('aria-activedescendant'));
      const list = active.closest('[role="listbox"]').getBoundingClientRect();
      const option = active.getBoundingClientRect();
      return option.top >= list.top - 1 && option.bottom <= list.bottom + 1;
    });
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('ArrowDown');
      assert.ok(await inSight(), `after ${i + 1} × ArrowDown`);
    }
    // From the first, up wraps to the last: in sight too.
    await input.fill('');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    assert.ok(await inSight(), 'the last of the 98');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("picking another municipality takes ?kommune= out of the address, so a reload keeps the choice", async () => {
    const { page, context, problems } = await opened(`?kommune=350&year=2020&view=figures`);
    const input = page.getByRole('combobox', { name: 'Kommune' });
    await page.waitForFunction(() => document.querySelector('[role="combobox"]').value === 'Lejre');
    await input.fill('');
    await input.pressSequentially('roskil');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.equal(await input.inputValue(), 'Roskilde');
    assert.doesNotMatch(page.url(), /kommune=/);
    await page.reload();
    await untilReady(page);
    assert.equal(await page.getByRole('combobox', { name: 'Kommune' }).inputValue(), 'Roskilde');
    assert.deepEqual(problems.filter((p) => !/ERR_ABORTED/.test(p)), []);
    await context.close();
  });

  test('printed from any view of 2020, the report has the benchmark of the municipality', async () => {
    const { page, context, problems, requests } = await opened(`?kommune=350&year=2020&view=share`);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /benchmark-[0-9a-f]+\.txt$/.test(e.name)));
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ media: 'print' });
    const report = page.locator('.print-report');
    await report.locator('.report-goals').waitFor();
    assert.match(await report.innerText(), /Benchmark for Lejre \(Ydelsesgrupper i alt, 2022QMAT04\): Forventet [\d.]+ · Faktisk [\d.]+/);
    assert.ok(requests.length > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
