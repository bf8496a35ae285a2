// Figures from public data files: Jobindsats.dk's JSON rows and CSV, and Statistikbanken's CSV
// (the fixtures in core/tests/fixtures/import/, cut from Jobindsats' table Y30R21 for Lejre, and
// Statistikbanken-shaped files whose numbers are made up). A file is shown before anything
// changes (its areas, periods and which figure each column fills), put into the shown goal year
// with its period on each figure, undoably; a file of no known kind is refused and nothing changes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { withApp } from '../support/fixture.mjs';
import { openPage, untilReady } from '../support/browser.mjs';
import { axeViolations } from '../support/axe.mjs';
import { brokenWords, sideways, tableRoles } from '../support/narrow.mjs';

const app = withApp();
const FIXTURES = join(import.meta.dirname, '../../core/tests/fixtures/import');

/** A page on 2020's Share view whose document names Lejre. */
async function lejreShare(browser, options = {}) {
  const opened = await openPage(browser, options);
  const { page } = opened;
  await page.goto(`${app.server.url}?year=2020&view=figures`);
  await untilReady(page);
  await page.locator('#figure-municipality').fill('Lejre Kommune');
  await page.locator('#figure-population_total').fill('777');
  await page.getByRole('link', { name: 'Del', exact: true }).click();
  await page.locator('#import-file').waitFor();
  return opened;
}

/** Opens a file named `name` holding `content` (text, or bytes) in the Share view's file field. */
async function openFile(page, name, content) {
  const path = join(await mkdtemp(join(tmpdir(), 'jobmaal-import-')), name);
  await writeFile(path, content);
  await page.setInputFiles('#import-file', path);
}

/** A column's label in the file ending in `label` after the measure's group (`…: label`). */
const exactLabel = (label) => new RegExp(`: ${label.replace(/[().]/g, '\\$&')}$`);

/** The figure the select of the column labelled `label` (exactly) has chosen. */
async function fills(page, label) {
  const exact = new RegExp(`(^|: )${label.replace(/[()]/g, '\\$&')}$`);
  const row = page.locator('.file-preview tbody tr', { has: page.locator('th', { hasText: exact }) });
  return row.locator('select').evaluate((s) => s.selectedOptions[0].textContent);
}

describe('figures from public data files', () => {
  test("Jobindsats' JSON rows: shown first, the municipality's area and the newest period chosen, put in with the period, undone", async () => {
    const { page, context, problems } = await lejreShare(app.browser);
    await page.setInputFiles('#import-file', join(FIXTURES, 'y30r21-lejre.jsonl'));
    const preview = page.locator('.file-preview');
    await preview.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'preview-heading');
    assert.match(await preview.innerText(), /Tal fra »y30r21-lejre\.jsonl«/);
    assert.match(await preview.innerText(), /Jobindsats\.dk \(JSON\) med 3 område\(r\) og perioderne 2020QMAT02, 2020QMAT04/);
    assert.equal(await page.locator('#import-area').inputValue(), 'Lejre');
    assert.equal(await page.locator('#import-period').inputValue(), '2020QMAT04');
    assert.equal(await fills(page, 'Faktisk antal (Ydelsesgrupper i alt)'), 'Faktisk antal fuldtidspersoner (benchmark)');
    assert.equal(await fills(page, 'Forventet antal (Ydelsesgrupper i alt)'), 'Forventet antal fuldtidspersoner (benchmark)');
    // A benefit group other than the total fills nothing, nor does a difference or a rank.
    assert.equal(await fills(page, 'Faktisk antal (A-dagpenge mv.)'), '– bruges ikke –');
    assert.equal(await fills(page, 'Placering på benchmarkranglisten (Ydelsesgrupper i alt)'), '– bruges ikke –');
    // Nothing has changed yet.
    assert.equal(await page.evaluate(() => localStorage.getItem('jobmaal/state')).then((s) => /benchmark_actual/.test(s)), false);
    await page.locator('#import-period').selectOption('2020QMAT02');
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: 'Sæt 2 tal ind i 2020' }).click();
    await page.locator('#import-message', { hasText: '2 tal fra filen er sat ind' }).waitFor();
    // Focus goes to the message, with undo beside it.
    await page.waitForFunction(() => document.activeElement?.id === 'import-message');
    assert.equal(await page.locator('.share-view').getByRole('button', { name: 'Fortryd' }).count(), 1);
    await page.getByRole('link', { name: 'Tal', exact: true }).click();
    assert.equal(await page.locator('#figure-benchmark_actual').inputValue(), '1.170');
    assert.equal(await page.locator('#figure-benchmark_expected').inputValue(), '1.120');
    assert.equal(await page.locator('#figure-population_total').inputValue(), '777');
    // The period as published, said to be Jobindsats' own code; the source as the table.
    assert.equal(await page.locator('#period-forsorgelse').inputValue(), '2020QMAT02');
    assert.match(await page.locator('fieldset', { has: page.locator('#period-forsorgelse') }).innerText(), /periodekode, som Jobindsats\.dk offentliggør den/);
    assert.equal(await page.locator('#table-forsorgelse').inputValue(), 'Y30R21');
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('jobmaal/state')));
    assert.deepEqual(saved.periods['2020']['2020QMAT02'].sort(), ['benchmark_actual', 'benchmark_expected']);
    // Undo takes them out again.
    await page.getByRole('button', { name: 'Fortryd' }).click();
    assert.equal(await page.locator('#figure-benchmark_actual').inputValue(), '');
    assert.equal(await page.locator('#figure-population_total').inputValue(), '777');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("Jobindsats' CSV and Statistikbanken's CSV, by file and pasted; a column mapped by hand", async () => {
    const { page, context, problems } = await lejreShare(app.browser);
    await page.setInputFiles('#import-file', join(FIXTURES, 'y30r21-lejre.csv'));
    await page.locator('.file-preview').waitFor();
    assert.match(await page.locator('.file-preview').innerText(), /Jobindsats\.dk \(CSV\)/);
    assert.equal(await page.locator('#import-area').inputValue(), 'Lejre');
    await page.getByRole('button', { name: 'Annullér' }).click();
    assert.equal(await page.locator('.file-preview').count(), 0);
    await page.waitForFunction(() => document.activeElement?.id === 'import-file');

    // Statistikbanken, pasted: a byte-order mark, `350 Lejre`, a suppressed value (not 0).
    const text = await readFile(join(FIXTURES, 'folk1a-like.csv'), 'utf8');
    await page.locator('#import-text').fill(text);
    await page.getByRole('button', { name: 'Læs den indsatte tekst' }).click();
    await page.locator('.file-preview').waitFor();
    const shown = await page.locator('.file-preview').innerText();
    assert.match(shown, /Statistikbanken/);
    assert.match(shown, /Tal fra »indsat tekst«/);
    assert.equal(await page.locator('#import-area').inputValue(), '350 Lejre');
    assert.equal(await page.locator('#import-period').inputValue(), '2019K4');
    await page.locator('#import-area').selectOption('101 København');
    assert.match(await page.locator('.file-preview tbody').innerText(), /skjult i kilden \(ikke 0\)/);
    await page.locator('#import-area').selectOption('350 Lejre');
    // Map the column by hand if it is not recognised, then put it in.
    const select = page.locator('.file-preview tbody select').first();
    // A value the figure cannot have (28.010 is no percentage) is shown with the reason, and
    // is not put in.
    await select.selectOption('gross_unemployment_pct');
    assert.match(await page.locator('.file-preview tbody').innerText(), /Sættes ikke ind: En procent skal ligge mellem 0 og 100/);
    await page.getByRole('button', { name: /Sæt 0 tal ind i 2020/ }).waitFor();
    await select.selectOption('population_total');
    assert.doesNotMatch(await page.locator('.file-preview tbody').innerText(), /Sættes ikke ind/);
    await page.getByRole('button', { name: /Sæt 1 tal ind i 2020/ }).click();
    await page.getByRole('link', { name: 'Tal', exact: true }).click();
    assert.equal(await page.locator('#figure-population_total').inputValue(), '28.010');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('at 320 px each column of the file is a block, its value and the figure it fills under its name: nothing scrolls sideways, and it is still a table', async () => {
    const { page, context, problems } = await lejreShare(app.browser, { viewport: { width: 320, height: 800 } });
    await page.setInputFiles('#import-file', join(FIXTURES, 'y30r21-lejre.jsonl'));
    const preview = page.locator('.file-preview');
    await preview.waitFor();
    const row = (label) => preview.locator('tbody tr', { has: page.locator('th', { hasText: exactLabel(label) }) });
    assert.deepEqual(await sideways(preview), []);
    assert.deepEqual(await brokenWords(preview.locator('tbody th')), []);
    // The column's label above its value and its select, each named.
    const first = row('Faktisk antal (Ydelsesgrupper i alt)');
    const [label, value, select] = await Promise.all([first.locator('th'), first.locator('td').first(), first.locator('select')].map((l) => l.boundingBox()));
    assert.ok(label.y < value.y && value.y < select.y, 'label, value, figure under one another');
    assert.ok(select.x + select.width <= 320, 'the select within the screen');
    assert.deepEqual(
      await first.locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content)),
      ['"Værdi"', '"Udfylder tallet"'],
    );
    const caption = await page.locator('#preview-caption').innerText();
    const roles = await tableRoles(page, caption);
    assert.ok(roles, 'a table in the accessibility tree');
    assert.equal(roles.columnheader, 3, JSON.stringify(roles));
    assert.equal(roles.rowheader, 28, JSON.stringify(roles));
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a value is shown as the file wrote it, and a column mapped by hand records the file's own table, as the columns recognised do", async () => {
    const { page, context, problems } = await lejreShare(app.browser);
    await page.setInputFiles('#import-file', join(FIXTURES, 'y30r21-lejre.jsonl'));
    const preview = page.locator('.file-preview');
    await preview.waitFor();
    assert.equal(await page.locator('#import-period').inputValue(), '2020QMAT04');
    // Written "2,10" in the file (a JSON string), shown so, not "2,1"; a JSON number as the
    // page writes numbers.
    const value = (label) => preview.locator('tbody tr', { has: page.locator('th', { hasText: exactLabel(label) }) }).locator('td').first();
    assert.equal(await value('Forventet andel (pct.) (A-dagpenge mv.)').innerText(), '2,10');
    assert.equal(await value('Faktisk antal (Ydelsesgrupper i alt)').innerText(), '1.290');
    // Y30R21's actual share, mapped by hand beside its two recognised counts.
    const share = preview.locator('tbody tr', { has: page.locator('th', { hasText: exactLabel('Faktisk andel (pct.) (Ydelsesgrupper i alt)') }) });
    await share.locator('select').selectOption('public_support_share_published');
    await page.getByRole('button', { name: 'Sæt 3 tal ind i 2020' }).click();
    await page.locator('#import-message', { hasText: '3 tal fra filen er sat ind' }).waitFor();
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('jobmaal/state')));
    assert.deepEqual(saved.tables['2020'], { Y30R21: ['benchmark_actual', 'benchmark_expected', 'public_support_share_published'] });
    await page.getByRole('link', { name: 'Tal', exact: true }).click();
    assert.equal(await page.locator('#table-forsorgelse').inputValue(), 'Y30R21');
    assert.equal(await page.locator('#figure-public_support_share_published').inputValue(), '7,58');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the preview opens on the chosen municipality's newest period, not one only others have", async () => {
    const { page, context, problems } = await lejreShare(app.browser);
    await openFile(page, 'gap.csv', 'OMRÅDE;YDELSESTYPE;TID;INDHOLD\nLejre;Kontanthjælp;2019K3;320\nRoskilde;Kontanthjælp;2019K3;900\nRoskilde;Kontanthjælp;2019K4;910\n');
    const preview = page.locator('.file-preview');
    await preview.waitFor();
    assert.match(await preview.innerText(), /Lejre, 2019K3/);
    assert.ok((await preview.locator('tbody tr').count()) > 0, 'its rows are shown');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a file without the municipality's figures says so, and so does another area chosen", async () => {
    const { page, context, problems } = await lejreShare(app.browser);
    await openFile(page, 'others.csv', 'OMRÅDE;YDELSESTYPE;TID;INDHOLD\nRoskilde;Kontanthjælp;2019K4;910\nKøge;Kontanthjælp;2019K4;700\n');
    const other = page.locator('#import-other-area');
    await other.waitFor();
    assert.equal(await other.innerText(), 'Filen har ingen tal for Lejre Kommune. Tallene her er for Roskilde: vælg området, hvis du vil bruge en anden kommunes tal.');
    await page.getByRole('button', { name: 'Annullér' }).click();
    // A file with Lejre: nothing to say, until another area is chosen.
    await page.setInputFiles('#import-file', join(FIXTURES, 'y30r21-lejre.jsonl'));
    await page.locator('.file-preview').waitFor();
    assert.equal(await other.count(), 0);
    const areas = await page.locator('#import-area option').evaluateAll((os) => os.map((o) => o.value));
    await page.locator('#import-area').selectOption(areas.find((a) => a !== 'Lejre'));
    await other.waitFor();
    assert.match(await other.innerText(), /^Tallene her er for .+, men dine tal er for Lejre Kommune\.$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a file of no known kind is refused, saying what was expected, and nothing changes', async () => {
    const { page, context, problems } = await lejreShare(app.browser);
    await openFile(page, 'table.csv', 'a,b\n1,2\n');
    const message = page.locator('#import-message');
    await message.filter({ hasText: 'intet er ændret' }).waitFor();
    assert.match(await message.innerText(), /^Filen kunne ikke læses, så intet er ændret: den er ikke en Jobmål-fil \(\.json\)\. Filen er ikke en tabel fra Jobindsats\.dk eller Statistikbanken/);
    assert.match(await message.innerText(), /TID;INDHOLD/);
    // In an error's colour, not a success's.
    const colour = (selector) => page.evaluate((s) => getComputedStyle(document.querySelector(s)).color, selector);
    await page.locator('#import-file').evaluate((input) => input.insertAdjacentHTML('afterend', '<p class="field-error" id="probe-error">x</p>'));
    assert.equal(await colour('#import-message'), await colour('#probe-error'));
    assert.equal(await page.locator('.file-preview').count(), 0);
    await page.getByRole('link', { name: 'Tal', exact: true }).click();
    assert.equal(await page.locator('#figure-population_total').inputValue(), '777');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a file read after another's preview replaces it: a refused one leaves no preview to put in; one not saved as UTF-8 says so", async () => {
    const { page, context, problems } = await lejreShare(app.browser);
    await page.setInputFiles('#import-file', join(FIXTURES, 'y30r21-lejre.jsonl'));
    await page.locator('.file-preview').waitFor();
    // Statistikbanken's layout, saved as Windows-1252 (Å as one byte).
    await openFile(page, 'latin1.csv', Buffer.from('OMR\xc5DE;YDELSESTYPE;TID;INDHOLD\nLejre;Kontanthj\xe6lp;2019K4;320\n', 'latin1'));
    const message = page.locator('#import-message');
    await message.filter({ hasText: 'UTF-8' }).waitFor();
    assert.match(await message.innerText(), /^Filen kunne ikke læses, så intet er ændret: dens bogstaver er ikke gemt som UTF-8/);
    assert.equal(await page.locator('.file-preview').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
