// The user's work is never lost: replacing actions can be undone (after a reload too), tabs
// agree, previews and embeds never save, references and pastes are checked. And the embed as
// citizens see it: a read-only presentation of the municipality's figures.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { withApp } from '../support/fixture.mjs';
import { openPage, showView, text as textOf } from '../support/browser.mjs';
import { compressedFragment, lejreFragment, linkFragment } from '../support/links.mjs';

const app = withApp();

const figure = (page, id) => page.locator(`input[name="${id}"]`);
const saved = (page, key = 'jobmaal/state') => page.evaluate((k) => localStorage.getItem(k), key);

const goto = (page, query) => showView(page, app.server.url + query);
/** A one-year document of 2019 naming `municipality`, for a link. */
const linkDoc = (municipality) => ({ format: 'jobmaal/2', year: 2019, names: { municipality }, figures: { 2019: { population_total: 1000 } } });
/** Puts `hash` in the open page's address, as a link pasted into it. */
const setHash = (page, hash) => page.evaluate((h) => { location.hash = h; }, hash);
/** Until the page's municipality field shows `name`. */
const showsName = (page, name) => page.waitForFunction((n) => document.querySelector('input[name="municipality"]')?.value === n, name);

describe('never lose work', () => {
  test('opening a shared link or an embed leaves the stored copy of replaced figures alone', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2019');
    await figure(page, 'population_total').fill('1234');
    await page.getByRole('button', { name: 'Indlæs eksemplet Lejre Kommune 2019' }).click();
    await page.locator('.notice-undo', { hasText: 'Lejre' }).waitFor();
    const kept = await saved(page, 'jobmaal/state-replaced');
    assert.match(kept, /"population_total":1234/);
    const fragment = await lejreFragment();
    for (const address of [`2019-da.html?year=2019&lang=da&view=goals${fragment}`, `2019-da.html?year=2019&lang=da&view=goals&embed=1${fragment}`]) {
      await page.goto(app.server.url + address);
      await page.locator('html[data-ready] #view-heading').waitFor();
      await page.waitForTimeout(300);
      assert.equal(await saved(page, 'jobmaal/state-replaced'), kept, address);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('loading the example, clearing all and importing a file can be undone, after a reload too', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2019');
    await figure(page, 'population_total').fill('1234');
    await page.getByRole('button', { name: 'Indlæs eksemplet Lejre Kommune 2019' }).click();
    await page.locator('.notice-undo', { hasText: 'Lejre' }).waitFor();
    const undo = page.locator('.notice-undo');
    assert.match(await undo.innerText(), /Dine tal er erstattet af eksemplet Lejre Kommune 2019\. Fortryd henter de tal frem igen, der blev vist før\./);
    assert.equal(await figure(page, 'population_total').inputValue(), '27.579');
    assert.match(await saved(page, 'jobmaal/state-replaced'), /"population_total":1234/);

    // A reload keeps what was replaced, and undo still brings it back.
    await page.reload();
    await page.locator('html[data-ready] #view-heading').waitFor();
    assert.match(await undo.innerText(), /Tallene fra før den seneste erstatning er gemt/);
    await page.getByRole('button', { name: 'Fortryd' }).click();
    assert.equal(await figure(page, 'population_total').inputValue(), '1.234');
    assert.match(await saved(page), /"population_total":1234/);
    // The notice says what each press brings back.
    assert.match(await undo.innerText(), /De tidligere tal er hentet tilbage\. Fortryd henter tallene for Lejre Kommune tilbage\./);
    // Undo is undone the same way.
    await page.getByRole('button', { name: 'Fortryd' }).click();
    assert.equal(await figure(page, 'population_total').inputValue(), '27.579');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'undo', 'focus stays on the button');

    // Clear all, then undo.
    await page.getByRole('button', { name: 'Ryd alt' }).click();
    await page.getByRole('button', { name: 'Ja, ryd alt' }).click();
    assert.equal(await figure(page, 'population_total').inputValue(), '');
    await page.getByRole('button', { name: 'Fortryd' }).click();
    assert.equal(await figure(page, 'population_total').inputValue(), '27.579');

    // The next edit ends the stored copy (undo stays in the page).
    await figure(page, 'refugees_total').fill('12');
    assert.equal(await saved(page, 'jobmaal/state-replaced'), null);
    assert.equal(await page.getByRole('button', { name: 'Fortryd' }).count(), 1);

    // A file opened in the Share view replaces the figures: undo brings them back.
    await goto(page, '?view=share&year=2019');
    await page.locator('#import-file').setInputFiles({
      name: 'anden.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"jobmaal/1","year":2019,"figures":{"municipality":"Andeby"}}'),
    });
    await page.locator('#import-message', { hasText: 'Filen er åbnet.' }).waitFor();
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await goto(page, '?view=figures&year=2019');
    assert.equal(await figure(page, 'refugees_total').inputValue(), '12');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("editing a link's figures replaces the saved ones, which undo brings back", async () => {
    const { page, context } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2019');
    await figure(page, 'municipality').fill('Roskilde Kommune');
    const link = linkFragment({ format: 'jobmaal/1', year: 2019, figures: { municipality: 'Link Kommune', population_total: 1000 } });
    await goto(page, `?view=figures&year=2019${link}`);
    await figure(page, 'population_total').fill('2000');
    assert.match(await page.locator('.notice-undo').innerText(), /Dine gemte tal er erstattet af tallene fra linket/);
    assert.match(await saved(page, 'jobmaal/state-replaced'), /Roskilde Kommune/);
    await page.getByRole('button', { name: 'Fortryd' }).click();
    assert.equal(await figure(page, 'municipality').inputValue(), 'Roskilde Kommune');
    assert.match(await saved(page), /Roskilde Kommune/);
    await context.close();
  });

  test("a link opened with nothing saved offers no way back to figures that do not exist, and keeping it replaces nothing", async () => {
    const { page, context, problems } = await openPage(app.browser);
    await goto(page, `2019-en.html?view=goals&year=2019&lang=en${await lejreFragment()}`);
    const banner = page.locator('.notice-link');
    await banner.waitFor();
    assert.match(await banner.innerText(), /They are not saved in the browser until you edit them or choose to keep them/);
    assert.doesNotMatch(await banner.innerText(), /own saved figures/);
    assert.equal(await banner.getByRole('button').count(), 1);
    // Loading the example or clearing all would replace the link's figures with no way back:
    // in their place, not offered, until the link's figures are kept or left.
    const example = page.getByRole('button', { name: /Load the Lejre/ });
    assert.equal(await example.count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Clear all' }).count(), 0);
    // Nor does the Share view, which says to keep them first (and nothing of going back).
    await page.getByRole('link', { name: 'Share', exact: true }).click();
    const held = page.locator('#files-held');
    await held.waitFor();
    assert.match(await held.innerText(), /Keep them \(at the bottom of the page\) before you open a file/);
    assert.doesNotMatch(await held.innerText(), /go back/);
    await page.getByRole('link', { name: 'Goals', exact: true }).click();
    await banner.getByRole('button', { name: 'Keep these figures' }).click();
    await example.waitFor();
    await page.locator('.announcement', { hasText: 'The figures from the link are saved in the browser.' }).waitFor();
    assert.equal(await page.locator('.notice-undo').count(), 0, 'nothing was replaced');
    assert.match(await saved(page), /Lejre Kommune/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("behind a link's figures no file is opened until they are kept or left, and then one can be", async () => {
    const { page, context, problems } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2019');
    await figure(page, 'municipality').fill('Egen Kommune');
    await goto(page, `2019-da.html?view=share&year=2019&lang=da${await lejreFragment()}`);
    const held = page.locator('#files-held');
    await held.waitFor();
    assert.match(await held.innerText(), /før du åbner en fil/);
    const file = page.locator('#import-file');
    assert.equal(await file.isDisabled(), true);
    assert.equal(await page.locator('#import-text').isDisabled(), true);
    assert.equal(await page.getByRole('button', { name: 'Læs den indsatte tekst' }).isDisabled(), true);
    assert.match(await file.getAttribute('aria-describedby'), /files-held/);
    // A file dropped on the zone changes nothing.
    await page.locator('.drop-zone').evaluate((zone) => {
      const data = new DataTransfer();
      data.items.add(new File(['{"format":"jobmaal/2","year":2019,"names":{"municipality":"Fil Kommune"}}'], 'fil.json', { type: 'application/json' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForTimeout(300);
    await page.getByRole('link', { name: 'Mål', exact: true }).click();
    assert.match(await page.locator('.coverage h2').innerText(), /Lejre Kommune/);
    // Kept: a file may be opened, and undo brings the link's figures (now one's own) back.
    await page.locator('.notice-link').getByRole('button', { name: 'Behold disse tal' }).click();
    await page.getByRole('link', { name: 'Del', exact: true }).click();
    await page.locator('#import-file').waitFor();
    assert.equal(await page.locator('#files-held').count(), 0);
    await page.locator('#import-file').setInputFiles({
      name: 'fil.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"jobmaal/2","year":2019,"names":{"municipality":"Fil Kommune"}}'),
    });
    await page.getByRole('link', { name: 'Mål', exact: true }).click();
    await page.locator('.coverage h2', { hasText: 'Fil Kommune' }).waitFor();
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await page.locator('.coverage h2', { hasText: 'Lejre Kommune' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("going back to one's own figures keeps the page's year and language, and undo or Back brings the link's figures again", async () => {
    const { page, context, problems } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2018&lang=en');
    await figure(page, 'municipality').fill('Egen Kommune');
    await goto(page, `2019-en.html?view=goals&year=2019&lang=en${await lejreFragment()}`);
    const banner = page.locator('.notice-link');
    await banner.getByRole('button', { name: 'Back to my own figures' }).click();
    await page.locator('.notice-undo', { hasText: "Your own saved figures are shown again. Undo brings the link's figures back." }).waitFor();
    const heading = () => page.locator('#view-heading').innerText();
    assert.match(await heading(), /2019/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(new URL(page.url()).searchParams.get('year'), '2019');
    assert.match(await page.locator('.coverage h2').innerText(), /Egen Kommune/);
    // Undo: the link's figures again (now the user's own).
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.coverage h2', { hasText: 'Lejre Kommune' }).waitFor();
    // Back to one's own again, then the browser's Back: the link's address and figures.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.coverage h2', { hasText: 'Egen Kommune' }).waitFor();
    await goto(page, `2019-en.html?view=goals&year=2019&lang=en${await lejreFragment()}`);
    await banner.getByRole('button', { name: 'Back to my own figures' }).click();
    await page.locator('.coverage h2', { hasText: 'Egen Kommune' }).waitFor();
    await page.goBack();
    await page.locator('.coverage h2', { hasText: 'Lejre Kommune' }).waitFor();
    assert.match(page.url(), /#z=/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('buttons that remove themselves leave focus on the view heading, and say what happened', async () => {
    const { page, context } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2019');
    await figure(page, 'municipality').fill('Egen Kommune');
    const heading = () => page.evaluate(() => document.activeElement?.id);
    for (const button of ['Behold disse tal', 'Tilbage til mine egne tal']) {
      await goto(page, `?view=goals&year=2019${await lejreFragment()}`);
      await page.getByRole('button', { name: button }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'view-heading');
      assert.equal(await heading(), 'view-heading', button);
    }
    assert.match(await page.locator('.notice-undo').innerText(), /Dine egne gemte tal vises igen\. Fortryd henter linkets tal frem igen\./);
    // A dismissed message: storage refused in this context.
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
    });
    await goto(page, '?view=goals&year=2019');
    await page.locator('.notice-warning').getByRole('button', { name: 'Luk' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'view-heading');
    await context.close();
  });

  test('local extra focus is shown on Goals after the goals', async () => {
    const { page, context } = await openPage(app.browser);
    await goto(page, `?view=goals&year=2019${await lejreFragment()}`);
    const text = await textOf(page.locator('.goals-view'));
    assert.match(text, /Lokalt ekstra fokus\s*Bekæmpelse af socialt bedrageri: /);
    assert.ok(text.indexOf('Lokalt ekstra fokus') > text.lastIndexOf('Mål 6'), 'after the goals');
    // The gap table says so of that theme's indicators too (as its CSV does).
    await page.getByRole('navigation').getByRole('link', { name: 'Gab', exact: true }).click();
    const row = page.locator('tr[data-indicator="control_change_rate"] th');
    await row.waitFor();
    assert.match(await row.innerText(), /Bekæmpelse af socialt bedrageri \(lokalt ekstra fokus\)/);
    await context.close();
  });

  test("figures for a theme that is no goal of the year (2019's control) are shown the same on Goals, in the gap table and in the report", async () => {
    const { page, context, problems } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2019');
    await figure(page, 'control_cases').fill('100');
    await figure(page, 'control_cases_changed').fill('20');
    await page.getByRole('navigation').getByRole('link', { name: 'Gab', exact: true }).click();
    const row = page.locator('tr[data-indicator="control_change_rate"]');
    await row.waitFor();
    assert.match(await row.innerText(), /20,0 %/);
    await page.getByRole('navigation').getByRole('link', { name: 'Mål', exact: true }).click();
    const shown = page.locator('.goals-view .extra-indicators');
    await shown.waitFor();
    assert.match(await shown.innerText(), /^Tal for temaer, der ikke er årets mål, som gabtabellen også viser: Kontrolsager med ændret eller stoppet ydelse \([^)]+\): 20,0 %\.$/);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.print-report .extra-indicators').innerText(), await shown.innerText());
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the skip link moves focus to the content and keeps a link in the address', async () => {
    const { page, context } = await openPage(app.browser);
    await goto(page, `?view=goals&year=2019${await lejreFragment()}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    assert.match(await page.evaluate(() => location.hash), /^#z=/);
    await context.close();
  });

  test('two tabs agree: an edit in one reaches the other, and neither overwrites the other', async () => {
    const { page: a, context, problems } = await openPage(app.browser);
    await goto(a, '?view=figures&year=2019');
    const b = await context.newPage();
    await goto(b, '?view=figures&year=2019');
    await figure(a, 'population_total').fill('5000');
    await b.locator('.notice-undo', { hasText: 'rettet i en anden fane' }).waitFor();
    assert.equal(await figure(b, 'population_total').inputValue(), '5.000');
    // B types one figure: A's figure is still there, in storage and in A.
    await figure(b, 'refugees_total').fill('7');
    await a.waitForFunction(() => document.querySelector('input[name="refugees_total"]').value === '7');
    // A keeps its own figure as it was typed (B's edit was of another figure).
    assert.equal(await figure(a, 'population_total').inputValue(), '5000');
    const state = JSON.parse(await saved(a));
    assert.equal(state.figures['2019'].population_total, 5000);
    assert.equal(state.figures['2019'].refugees_total, 7);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('three tabs typed in at machine speed, a name, a number and a group\'s period, keep every character in all and in storage', async () => {
    const { page: a, context, problems } = await openPage(app.browser);
    await goto(a, '?view=figures&year=2019');
    const b = await context.newPage();
    await goto(b, '?view=figures&year=2019');
    const c = await context.newPage();
    await goto(c, '?view=figures&year=2019');
    const name = 'Fælles Jobcenter for Lejre og Roskilde Kommuner';
    const period = 'april 2019 til december 2019';
    await Promise.all([
      figure(a, 'municipality').pressSequentially(name, { delay: 0 }),
      figure(b, 'population_16_66').pressSequentially('1234567', { delay: 0 }),
      c.locator('input[name="period_kommune"]').pressSequentially(period, { delay: 0 }),
    ]);
    for (const page of [a, b, c]) {
      await page.waitForFunction(
        ([name, period]) =>
          document.querySelector('input[name="municipality"]').value === name &&
          document.querySelector('input[name="population_16_66"]').value.replace(/\./g, '') === '1234567' &&
          document.querySelector('input[name="period_kommune"]').value === period,
        [name, period],
        { timeout: 10_000 },
      ).catch(async () => assert.fail(`${page === a ? 'A' : page === b ? 'B' : 'C'} shows ${await page.evaluate(() => ['municipality', 'population_16_66', 'period_kommune'].map((n) => document.querySelector(`input[name="${n}"]`).value))}`));
    }
    const state = JSON.parse(await saved(a));
    assert.equal(state.names.municipality, name);
    assert.equal(state.figures['2019'].population_16_66, 1234567);
    assert.deepEqual(state.periods['2019'], { [period]: ['population_16_66', 'population_total'] });
    // A reload keeps the period.
    await c.reload();
    await c.locator('html[data-ready] input[name="period_kommune"]').waitFor();
    assert.equal(await c.locator('input[name="period_kommune"]').inputValue(), period);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a group's period typed before its figures is kept, also after a reload", async () => {
    const { page, context, problems } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2019');
    await page.locator('input[name="period_forsorgelse"]').pressSequentially('april 2019', { delay: 0 });
    await page.locator('input[name="table_forsorgelse"]').pressSequentially('MM14', { delay: 0 });
    await page.reload();
    await page.locator('html[data-ready] input[name="period_forsorgelse"]').waitFor();
    assert.equal(await page.locator('input[name="period_forsorgelse"]').inputValue(), 'april 2019');
    assert.equal(await page.locator('input[name="table_forsorgelse"]').inputValue(), 'MM14');
    // The figure typed then has them.
    await figure(page, 'public_support_fte').fill('2.395');
    const state = JSON.parse(await saved(page));
    assert.ok(state.periods['2019']['april 2019'].includes('public_support_fte'), JSON.stringify(state.periods));
    assert.ok(state.tables['2019'].MM14.includes('public_support_fte'), JSON.stringify(state.tables));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('two tabs typed in at machine speed at once keep every character, in both and in storage, and undo takes back only the other tab\'s', async () => {
    const { page: a, context, problems } = await openPage(app.browser);
    await goto(a, '?view=figures&year=2019');
    const b = await context.newPage();
    await goto(b, '?view=figures&year=2019');
    // Each tab counts the other's writes of the figures kept for undo: not one per key.
    for (const page of [a, b]) {
      await page.evaluate(() => {
        window.__replacedWrites = 0;
        addEventListener('storage', (event) => event.key === 'jobmaal/state-replaced' && window.__replacedWrites++);
      });
    }
    const name = 'Fane A Kommune, et jobcenter med et langt navn';
    // No delay between keys, in both tabs at the same time.
    await Promise.all([
      figure(a, 'municipality').pressSequentially(name, { delay: 0 }),
      figure(b, 'population_total').pressSequentially('40000', { delay: 0 }),
    ]);
    const shown = (page) => page.evaluate(() => ['municipality', 'population_total'].map((id) => document.querySelector(`input[name="${id}"]`).value));
    const settled = async (page) => {
      try {
        await page.waitForFunction(
          ([id, text]) => document.querySelector(`input[name="${id}"]`).value === text,
          ['municipality', name],
          { timeout: 10_000 },
        );
        await page.waitForFunction(() => document.querySelector('input[name="population_total"]').value.replace('.', '') === '40000', null, { timeout: 10_000 });
      } catch (error) {
        // What each tab shows tells which tab missed which edit.
        assert.fail(`A shows ${JSON.stringify(await shown(a))}, B ${JSON.stringify(await shown(b))}`);
      }
    };
    await settled(a);
    await settled(b);
    const state = JSON.parse(await saved(a));
    assert.equal(state.names.municipality, name);
    assert.equal(state.figures['2019'].population_total, 40000);
    // The other tab's edits are one step back, not one per key: undo takes back what they
    // changed (the name, typed in A) and keeps this tab's own (typed in B meanwhile and after).
    await figure(b, 'refugees_total').fill('12');
    await a.waitForFunction(() => document.querySelector('input[name="refugees_total"]').value.startsWith('12'));
    await figure(a, 'municipality').pressSequentially(' Syd', { delay: 0 });
    await b.waitForFunction((text) => document.querySelector('input[name="municipality"]').value === text, `${name} Syd`);
    const notice = b.locator('.notice-undo', { hasText: 'rettet i en anden fane' });
    await notice.waitFor();
    // It says what undo does, and names no figures (a name half typed in the other tab, say).
    assert.match(await notice.innerText(), /Fortryd tager dem tilbage og beholder dine egne\.\s*Fortryd$/);
    await b.getByRole('button', { name: /Fortryd/ }).click();
    await b.waitForFunction(() => document.querySelector('input[name="municipality"]').value === '');
    assert.equal((await figure(b, 'population_total').inputValue()).replace('.', ''), '40000');
    assert.equal(await figure(b, 'refugees_total').inputValue(), '12');
    // Undo is an edit too: the other tab takes it, the name gone there as well.
    await a.waitForFunction(() => document.querySelector('input[name="municipality"]').value === '');
    const writes = await Promise.all([a, b].map((page) => page.evaluate(() => window.__replacedWrites)));
    assert.ok(writes[0] + writes[1] <= 4, `the figures kept for undo were written ${writes} times`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the Share view's preview and an embed never save, and show no example or clear-all buttons", async () => {
    const { page, context } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2019');
    await figure(page, 'population_total').fill('4321');
    const before = await saved(page);
    await goto(page, '?view=share&year=2019');
    const preview = page.frameLocator('.embed-preview');
    await preview.locator('html[data-ready] #view-heading').waitFor();
    assert.equal(await preview.locator('#clear-all').count(), 0);
    assert.equal(await preview.getByRole('button', { name: /Indlæs eksemplet/ }).count(), 0);
    assert.equal(await saved(page), before);
    await context.close();
  });

  test('a link pasted into the address of an open page opens like a link, and Back brings the own figures back', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2019');
    await figure(page, 'municipality').fill('Egen Kommune');
    const own = await saved(page);
    const link = linkFragment(linkDoc('Link Kommune'));
    await setHash(page, link);
    await page.locator('.notice-link').waitFor();
    assert.equal(await figure(page, 'municipality').inputValue(), 'Link Kommune');
    assert.equal(await figure(page, 'population_total').inputValue(), '1.000');
    assert.equal(await saved(page), own, 'the own figures wait in storage, untouched');
    // A broken one says so and changes nothing.
    await setHash(page, '#s=%%%');
    await page.getByRole('alert').filter({ hasText: 'Linket kunne ikke læses' }).waitFor();
    assert.equal(await figure(page, 'municipality').inputValue(), 'Link Kommune');
    await page.goBack();
    await page.goBack();
    await showsName(page, 'Egen Kommune');
    assert.equal(await page.locator('.notice-link').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a compressed link (#z=) pasted into the address of an open page opens like a link', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2019');
    await figure(page, 'municipality').fill('Egen Kommune');
    const own = await saved(page);
    const link = compressedFragment(linkDoc('Link Kommune'));
    await setHash(page, link);
    await page.locator('.notice-link').waitFor();
    await showsName(page, 'Link Kommune');
    assert.equal(await figure(page, 'population_total').inputValue(), '1.000');
    assert.equal(await saved(page), own, 'the own figures wait in storage, untouched');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a link left by emptying the address, with nothing saved, says so truly, and undo brings the link back', async () => {
    const { page, context, problems } = await openPage(app.browser);
    const link = linkFragment(linkDoc('Link Kommune'));
    await goto(page, `?view=figures&year=2019${link}`);
    await showsName(page, 'Link Kommune');
    // A broken link first: its message goes with the link.
    await setHash(page, '#s=%%%');
    await page.getByRole('alert').filter({ hasText: 'Linket kunne ikke læses' }).waitFor();
    await setHash(page, '');
    const notice = page.locator('.notice-undo');
    await notice.waitFor();
    assert.match(await notice.innerText(), /^Linkets tal vises ikke længere\. Fortryd henter linkets tal frem igen\./);
    assert.equal(await page.getByRole('alert').filter({ hasText: 'Linket kunne ikke læses' }).count(), 0);
    await page.locator('#undo').click();
    await showsName(page, 'Link Kommune');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a second link over a link's figures can be undone, both ways, and nothing is saved", async () => {
    const { page, context, problems } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2019');
    await figure(page, 'municipality').fill('Egen Kommune');
    const own = await saved(page);
    await setHash(page, linkFragment(linkDoc('Første Kommune')));
    await showsName(page, 'Første Kommune');
    assert.equal(await page.locator('#undo').count(), 0, "no undo over one's own figures: Tilbage is the way back");
    await setHash(page, compressedFragment(linkDoc('Anden Kommune')));
    await showsName(page, 'Anden Kommune');
    const notice = page.locator('.notice-undo');
    assert.match(await notice.innerText(), /Tallene fra et andet link vises nu\. Fortryd viser de tal, der blev vist før\./);
    await page.locator('#undo').click();
    await showsName(page, 'Første Kommune');
    assert.equal(await page.locator('.notice-link').count(), 1, "still a link's figures");
    await page.locator('#undo').click();
    await showsName(page, 'Anden Kommune');
    assert.equal(await saved(page), own, 'the own figures wait in storage, untouched');
    await page.getByRole('button', { name: /Tilbage til mine egne tal/ }).click();
    await showsName(page, 'Egen Kommune');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the Share view's preview shows what its code says, after the example and after undo", async () => {
    const { page, context } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2019');
    await figure(page, 'municipality').fill('Egen Kommune');
    await goto(page, '?view=share&year=2019');
    const preview = page.frameLocator('.embed-preview');
    await preview.locator('html[data-ready] .coverage h2', { hasText: 'Egen Kommune' }).waitFor();
    await page.getByRole('button', { name: 'Indlæs eksemplet Lejre Kommune 2019' }).click();
    await preview.locator('.coverage h2', { hasText: 'Lejre Kommune' }).waitFor();
    const code = await page.locator('#embed-code').inputValue();
    const src = await page.locator('.embed-preview').getAttribute('src');
    assert.ok(code.includes(src.split('#')[1]), 'the code and the preview carry the same link');
    await page.getByRole('button', { name: /Fortryd/ }).click();
    await preview.locator('.coverage h2', { hasText: 'Egen Kommune' }).waitFor();
    await context.close();
  });

  test('references are checked like figures, next to their input', async () => {
    const { page, context } = await openPage(app.browser);
    await goto(page, '?view=gaps&year=2019');
    const target = page.getByLabel('Lokalt måltal for Andel på offentlig forsørgelse');
    for (const [typed, message] of [['150', /mellem 0 og 100/], ['-5', /ikke være negativt/], ['1e300', /ikke|for stort/]]) {
      await target.fill(typed);
      const id = await target.getAttribute('aria-describedby');
      assert.match(await page.locator(`#${id}`).innerText(), message, typed);
      assert.equal(await target.getAttribute('aria-invalid'), 'true');
    }
    await target.fill('12');
    assert.equal(await target.getAttribute('aria-invalid'), null);
    await context.close();
  });

  test('pasting more values than a group holds says how many were left out', async () => {
    const { page, context } = await openPage(app.browser);
    await goto(page, '?view=figures&year=2019');
    // The inputs from the one pasted into to the end of its group.
    const group = await page.evaluate(() => {
      const input = document.querySelector('input[name="population_total"]');
      const all = [...input.closest('fieldset').querySelectorAll('input')];
      return all.length - all.indexOf(input);
    });
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text', '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n');
      const input = document.querySelector('input[name="population_total"]');
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    assert.match(await page.locator('.announcement').first().innerText(), new RegExp(`${group} tal er indsat; ${20 - group} blev udeladt`));
    await context.close();
  });

  test('a name far too long is cut in headings and file names, and flagged by its input', async () => {
    const { page, context } = await openPage(app.browser);
    const long = 'Kommune'.repeat(2000);
    await goto(page, `?view=goals&year=2019${linkFragment({ format: 'jobmaal/1', year: 2019, figures: { municipality: long } })}`);
    const heading = await page.locator('.coverage h2').innerText();
    assert.ok(heading.length < 120 && heading.endsWith('…'), heading.slice(0, 140));
    assert.ok((await page.title()).length < 120);
    await page.getByRole('button', { name: 'Behold disse tal' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Del' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Gem som fil/ }).click()]);
    assert.ok(download.suggestedFilename().length <= 80, download.suggestedFilename());
    await page.getByRole('navigation').getByRole('link', { name: 'Tal' }).click();
    assert.equal(await figure(page, 'municipality').getAttribute('aria-invalid'), 'true');
    // A name within the limit whose letters grow in a file name: still at most 100 characters.
    await figure(page, 'municipality').fill('Æ'.repeat(80));
    assert.equal(await figure(page, 'municipality').getAttribute('aria-invalid'), null);
    // An amount beyond any municipality gets a message, not arithmetic.
    await figure(page, 'cost_per_fte_kr').fill('1.000.000.000.000.000');
    const id = await figure(page, 'cost_per_fte_kr').getAttribute('aria-describedby');
    assert.match(await page.locator(`[id="${id.split(' ').at(-1)}"]`).innerText(), /for stort/);
    await page.getByRole('navigation').getByRole('link', { name: 'Del' }).click();
    for (const button of [/Gem som fil/, /dansk Excel/, /CSV på engelsk/]) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      assert.ok(file.suggestedFilename().length <= 100, file.suggestedFilename());
    }
    await context.close();
  });
});

describe('the embed as citizens see it', () => {
  test('read-only by default: the figures as content, no banner, buttons or inputs, nothing saved', async () => {
    const { page, context, problems } = await openPage(app.browser);
    await goto(page, `?view=gaps&year=2019&embed=1${await lejreFragment()}`);
    assert.match(await page.locator('#view-heading').innerText(), /Gab til referencen/);
    assert.equal(await page.locator('.notice-link').count(), 0, 'no link banner');
    assert.equal(await page.locator('#clear-all').count(), 0);
    assert.equal(await page.locator('.gap-table input').count(), 0, 'no reference inputs');
    await page.getByRole('navigation').getByRole('link', { name: 'Mål' }).click();
    assert.equal(await page.getByRole('link', { name: 'Indtast tal' }).count(), 0, 'no way into the form');
    await page.getByRole('navigation').getByRole('link', { name: 'Gab' }).click();
    assert.notEqual(await page.locator('#return-ratio').getAttribute('readonly'), null);
    const views = await page.getByRole('navigation').getByRole('link').allInnerTexts();
    assert.deepEqual(views, ['Mål', 'Gab', 'År']);
    await page.getByRole('navigation').getByRole('link', { name: 'Mål' }).click();
    assert.match(await page.locator('.coverage h2').innerText(), /Lejre Kommune/);
    assert.equal(await saved(page), null, 'an embed never saves');
    // The statement's link, small, in a new tab.
    assert.equal(await page.locator('.site-footer a').getAttribute('target'), '_blank');
    // An address asking for a view a read-only embed does not offer shows the goals.
    await goto(page, `?view=figures&year=2019&embed=1${await lejreFragment()}`);
    assert.match(await page.locator('#view-heading').innerText(), /mål 2019/);
    // Without figures: no hint about a form or an example the embed does not have.
    await goto(page, '?view=goals&year=2019&embed=1');
    assert.equal(await page.locator('.hint').count(), 0);
    assert.match(await page.locator('.site-footer a').innerText(), /åbner i en ny fane/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('with edit=1 visitors may try their own figures, marked as theirs and never saved', async () => {
    const { page, context } = await openPage(app.browser);
    await goto(page, `?view=figures&year=2019&embed=1&edit=1${await lejreFragment()}`);
    assert.equal(await page.locator('.notice', { hasText: 'Du prøver dine egne tal' }).count(), 0);
    await figure(page, 'population_total').fill('30000');
    await page.locator('.notice', { hasText: 'Du prøver dine egne tal' }).waitFor();
    assert.equal(await saved(page), null);
    await context.close();
  });

  test('the generator offers read-only or editable embeds and the accessibility contact', async () => {
    const { page, context } = await openPage(app.browser);
    await goto(page, '?view=share&year=2019');
    const code = page.locator('#embed-code');
    assert.doesNotMatch(await code.inputValue(), /edit=1|kontakt=/);
    await page.getByLabel('Lad besøgende prøve deres egne tal (de gemmes ikke)').check();
    await page.getByLabel('Kontakt for tilgængelighed').fill('ikke en adresse');
    assert.match(await page.locator('#embed-contact-error').innerText(), /e-mailadresse/);
    assert.doesNotMatch(await code.inputValue(), /kontakt=/);
    // Over 200 characters: said so, beside it, and the code has no contact (not a cut one).
    const long = `https://www.kommune.dk/${'a'.repeat(178)}`;
    assert.equal(long.length, 201);
    await page.getByLabel('Kontakt for tilgængelighed').fill(long);
    assert.match(await page.locator('#embed-contact-error').innerText(), /^Højst 200 tegn/);
    assert.doesNotMatch(await code.inputValue(), /kontakt=/);
    assert.equal(await page.getByLabel('Kontakt for tilgængelighed').inputValue(), long, 'what was typed stays');
    await page.getByLabel('Kontakt for tilgængelighed').fill(long.slice(0, 200));
    assert.equal(await page.locator('#embed-contact-error').innerText(), '');
    assert.match(await code.inputValue(), /kontakt=https%3A%2F%2Fwww\.kommune\.dk%2Fa{177}[#"]/);
    await page.getByLabel('Kontakt for tilgængelighed').fill('web@lejre.dk');
    assert.match(await code.inputValue(), /&amp;edit=1&amp;kontakt=web%40lejre\.dk/);
    await context.close();
  });
});

describe('English, downloaded when chosen', () => {
  test('?lang=en shows English at once from one request; the default page does not ask for it', async () => {
    const { page, context, requests, problems } = await openPage(app.browser);
    await goto(page, '?view=goals&year=2019');
    assert.equal(requests.filter((r) => /english-[0-9a-f]+\.json/.test(r)).length, 0);
    await goto(page, '?view=goals&year=2019&lang=en');
    assert.match(await page.locator('#view-heading').innerText(), /Employment-policy goals 2019/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(requests.filter((r) => /english-[0-9a-f]+\.json/.test(r)).length, 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('when the English texts cannot be downloaded, the page stays in Danish and says so', async () => {
    const { page, context } = await openPage(app.browser);
    await context.route(/english-[0-9a-f]+\.json/, (route) => route.abort());
    await goto(page, '?view=goals&year=2019');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('English could not be downloaded').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
    assert.match(await page.locator('#view-heading').innerText(), /Beskæftigelsespolitiske mål 2019/);
    await context.close();
  });
});

describe('the gap table', () => {
  test('fits at 1024 px with every column, and at 320 px shows each indicator as a block', async () => {
    for (const width of [1024, 320]) {
      const { page, context } = await openPage(app.browser, { viewport: { width, height: 900 } });
      await goto(page, `?view=gaps&year=2019${await lejreFragment()}`);
      const fit = await page.evaluate(() => {
        const table = document.querySelector('.gap-table');
        const region = table.closest('.table-scroll');
        const inputs = [...table.querySelectorAll('input')].map((i) => i.getBoundingClientRect().right);
        return { table: table.scrollWidth, region: region.clientWidth, right: Math.max(...inputs), page: document.documentElement.clientWidth };
      });
      assert.ok(fit.table <= fit.region, `${width}: table ${fit.table} > ${fit.region}`);
      assert.ok(fit.right <= fit.page, `${width}: an input ends at ${fit.right}`);
      if (width === 320) {
        const label = await page.evaluate(() => getComputedStyle(document.querySelector('.gap-table td'), '::before').content);
        assert.equal(label, '"Status"');
      }
      await context.close();
    }
  });
});
