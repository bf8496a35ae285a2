// An English page is English: every text node of every view of every year, outside an element
// marked lang="da" (a goal's verbatim title, a source's Danish citation, a Danish source's
// name), has no Danish word. Allowed: the app's and the 98 municipalities' names, and names of
// places and sections as published (listed below).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { withApp } from '../support/fixture.mjs';
import { openPage } from '../support/browser.mjs';
import { lejreFragment } from '../support/links.mjs';

const app = withApp();
const VIEWS = ['goals', 'figures', 'gaps', 'years', 'plan', 'share'];
/** Danish words that are not English words too (beside any word with æ, ø or å). */
const DANISH = /\b(og|af|ikke|eller|skal|flere|ledige|kommunens|tallene|målet|indsats|borgere|ydelse|tal|mål|fra|til|med|der|som|den|det|er|på|kilde|se|ved|uden)\b/i;
/** Names as published, which stay as they are on an English page. */
const NAMES = ['Jobmål', 'Ministerens mål', 'Lejre Kommune', 'Hjørring', 'Aabenraa', 'Ærø', 'Læsø'];

describe('English pages', () => {
  test('have no Danish word outside an element marked Danish, on every view of every year', async () => {
    const root = join(import.meta.dirname, '../..');
    const catalogue = JSON.parse(await readFile(join(root, 'core/data/catalogue.json'), 'utf8'));
    const csv = await readFile(join(root, 'core/data/municipalities.csv'), 'utf8');
    const municipalities = csv.trim().split('\n').slice(1).map((line) => line.split(';')[1]);
    const names = [...NAMES, ...municipalities].sort((a, b) => b.length - a.length);
    const fragment = await lejreFragment();
    const { page, context, problems } = await openPage(app.browser);
    const found = [];
    let checked = 0;
    for (const { year } of catalogue.years) {
      for (const view of VIEWS) {
        await page.goto(`${app.server.url}${year}-en.html?year=${year}&lang=en&view=${view}${fragment}`);
        await page.locator('html[data-ready] #view-heading').waitFor();
        await page.locator('html[data-ready] #app:not([aria-busy="true"]) .view').first().waitFor();
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        const texts = await page.evaluate(() => {
          const out = [];
          const walker = document.createTreeWalker(document.querySelector('#app'), NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement;
            if (!element || !element.checkVisibility()) continue;
            if (element.closest('[lang]')?.getAttribute('lang') === 'da') continue;
            // What the user typed or chose (a name, the municipality's lines of aim) is theirs,
            // in any language; an address is an address.
            if (element.closest('input, textarea, select, option, pre, .plan-lines, .extra-focus-list')) continue;
            if (element.closest('a') && /^https?:/.test(node.textContent.trim())) continue;
            const text = node.textContent.trim();
            if (text) out.push(text);
          }
          return out;
        });
        // Enough of the view is read (the check cannot pass by reading nothing).
        assert.ok(texts.length >= 20, `${year} ${view}: ${texts.length} texts`);
        checked += texts.length;
        for (const text of texts) {
          let rest = text;
          for (const name of names) rest = rest.split(name).join('');
          const word = rest.match(/\S*[æøåÆØÅ]\S*/)?.[0] ?? rest.match(DANISH)?.[0];
          if (word) found.push(`${year} ${view}: “${word}” in “${text.slice(0, 160)}”`);
        }
      }
    }
    if (process.env.ENGLISH_FOUND) (await import('node:fs')).writeFileSync(process.env.ENGLISH_FOUND, found.join('\n'));
    assert.deepEqual(found, [], `${found.length} of ${checked} texts`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("name a figure's typical source in English where its Danish name is a description, the Danish kept beside it", async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(`${app.server.url}2019-en.html?year=2019&lang=en&view=figures`);
    await page.locator('html[data-ready] #view-heading').waitFor();
    const help = page.locator('.field-help', { hasText: 'Typical source: the municipality' }).first();
    await help.waitFor();
    assert.match(await help.innerText(), /Typical source: the municipality's [a-z ]+ \(Kommunens [a-zæøå]+\)\./);
    assert.equal(await help.locator('span[lang="da"]').innerText(), (await help.innerText()).match(/\((Kommunens [a-zæøå]+)\)/)[1]);
    // A name stays a name: Jobindsats.dk's tables have no English of their own.
    assert.match(await page.locator('.field-help', { hasText: 'Typical source: Jobindsats.dk' }).first().innerText(), /Typical source: Jobindsats\.dk/);
    await context.close();
  });
});
