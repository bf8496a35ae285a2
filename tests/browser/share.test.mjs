// Sharing, files, printing and embedding: links carry the whole state, files round-trip and bad
// ones are refused, the print report fits one A4 page, the app works under a sub-path, and a
// host page on another origin sizes the iframe with embed.js.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';

import { serve } from '../support/server.mjs';
import { withApp } from '../support/fixture.mjs';
import { foreignRequests, openPage, untilReady } from '../support/browser.mjs';
import { compressedFragment, craftedFragment, lejreFragment, linkJson } from '../support/links.mjs';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const app = withApp();
let scratch;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'jobmaal-'));
  await mkdir(ARTIFACTS, { recursive: true });
});

async function open(context, query) {
  const page = untilReady(await context.newPage());
  await page.goto(app.server.url + query);
  await page.locator('#view-heading').waitFor();
  return page;
}

async function loadLejre(page) {
  await page.getByRole('button', { name: /Lejre Kommune 2019/ }).click();
  await page.locator('.notice-undo', { hasText: 'Lejre' }).waitFor();
}

const coverage = (page) => page.locator('.coverage-list').innerText();

describe('links', () => {
  test('copy link, open it elsewhere: the same state, and the saved state is untouched', async () => {
    const a = await openPage(app.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await a.page.goto(app.server.url + '?view=goals&year=2019');
    await loadLejre(a.page);
    await a.page.getByRole('navigation').getByRole('link', { name: 'Del' }).click();
    await a.page.bringToFront(); // the clipboard is written only by a page that has focus
    await a.page.getByRole('button', { name: 'Kopiér link' }).click();
    await a.page.getByText('Linket er kopieret.').waitFor();
    const link = await a.page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /#z=[A-Za-z0-9_-]+$/);
    assert.equal(link, await a.page.locator('#share-link').inputValue());

    // Another browser that has its own saved figures.
    const b = await openPage(app.browser);
    const own = await open(b.context, '?view=figures&year=2019');
    await own.locator('input[name="population_total"]').fill('100');
    await own.goto(link);
    await own.locator('#view-heading').waitFor();
    assert.match(await own.locator('.coverage h2').innerText(), /Lejre Kommune/);
    assert.match(await own.locator('.notice-link').innerText(), /delt link/);
    const stored = await own.evaluate(() => localStorage.getItem('jobmaal/state'));
    assert.equal(JSON.parse(stored).figures['2019'].population_total, 100, 'the link did not overwrite the saved state');
    await own.getByRole('button', { name: 'Tilbage til mine egne tal' }).click();
    assert.doesNotMatch(await own.locator('.coverage h2').innerText(), /Lejre/);
    // The saved state is read after the link's view is up: going back shows it, not a default.
    await own.getByRole('navigation').getByRole('link', { name: 'Tal' }).click();
    assert.equal(await own.locator('input[name="population_total"]').inputValue(), '100');
    assert.deepEqual(a.problems.concat(b.problems), []);
    await a.context.close();
    await b.context.close();
  });

  test('the link opens the view it was copied from, says so, and carries compact JSON', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + '?view=goals&year=2019');
    await loadLejre(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Gab', exact: true }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Del' }).click();
    const input = page.getByLabel('Link, der åbner visningen »Gab« med dine tal');
    const link = await input.inputValue();
    assert.match(link, /view=gaps/);
    const json = linkJson(link);
    assert.equal(json, JSON.stringify(JSON.parse(json)), 'no white space between the tokens');
    const other = await openPage(app.browser);
    await other.page.goto(link);
    assert.match(await other.page.locator('#view-heading').innerText(), /Gab/);
    await other.context.close();
    await context.close();
  });

  test('figures in an address edited by hand keep their year, whichever page it goes to', async () => {
    const { page, context, problems } = await openPage(app.browser);
    const lejre = await lejreFragment(); // Lejre Kommune's 2019 figures
    for (const address of [`?lang=en${lejre}`, `2018-en.html${lejre}`, `2020-da.html?view=gaps${lejre}`]) {
      await page.goto(app.server.url + address);
      assert.match(page.url(), /[?&]year=2019(&|#)/, address);
      assert.match(await page.locator('html').getAttribute('lang'), address.includes('da.html') ? /da/ : /en/);
      assert.equal(await page.locator('input[name=year]:checked').getAttribute('value'), '2019', address);
      // Lejre's share on public support, from the link's figures.
      assert.match(await page.locator('main').innerText(), /14,2 %|14\.2%/, address);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('keeping a linked state saves it and takes the link out of the address', async () => {
    const a = await openPage(app.browser);
    await a.page.goto(app.server.url + '?view=share&year=2019');
    await loadLejre(a.page);
    const link = await a.page.locator('#share-link').inputValue();
    const b = await openPage(app.browser);
    await b.page.goto(link);
    await b.page.getByRole('button', { name: 'Behold disse tal' }).click();
    assert.doesNotMatch(b.page.url(), /#s=/);
    await b.page.reload();
    await b.page.locator('#view-heading').waitFor();
    assert.match(await b.page.locator('.coverage h2').innerText(), /Lejre Kommune/);
    assert.equal(await b.page.locator('.notice-link').count(), 0);
    await a.context.close();
    await b.context.close();
  });

  test('a crafted 256 KiB link with tens of thousands of members opens, and the page works after it', async () => {
    const { page, context, problems } = await openPage(app.browser);
    const crafted = await craftedFragment();
    assert.ok(crafted.length > 300_000, `${crafted.length}`);
    await page.goto(app.server.url + '?view=goals&year=2019' + crafted);
    await page.locator('#view-heading').waitFor();
    assert.match(await page.locator('.coverage h2').innerText(), /Lejre Kommune/);
    await page.getByRole('navigation').getByRole('link', { name: 'Tal', exact: true }).click();
    const input = page.locator('input[name="public_support_fte"]');
    assert.equal(await input.inputValue(), '2.395');
    const share = page.locator('[data-indicator="public_support_share"] .group-result-value');
    const before = await share.innerText();
    await input.fill('1000');
    await page.waitForFunction((b) => document.querySelector('[data-indicator="public_support_share"] .group-result-value').textContent !== b, before);
    assert.match(await share.innerText(), /5,9/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a corrupted or cut link shows a message and the saved state stays', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + '?view=figures&year=2019');
    await page.locator('input[name="population_total"]').fill('4242');
    const cutShort = (await lejreFragment()).slice(0, 200);
    // Compressed with dynamic codes, as the app never writes it: not read.
    const dynamic = '#z=' + deflateRawSync(linkJson(await lejreFragment())).toString('base64url');
    for (const fragment of ['#s=eyJmb3JtYXQiOiJqb2JtYWFsLzEiLCJ5ZWFyIjoyMD', '#s=%%%not-base64', '#s=eyJmb3JtYXQiOiJvdGhlciJ9', cutShort, '#z=%%%', '#z=AAAA', dynamic]) {
      await page.goto(app.server.url + '?view=figures&year=2019' + fragment);
      await page.locator('#view-heading').waitFor();
      assert.match(await page.getByRole('alert').innerText(), /Linket kunne ikke læses/, fragment);
      // A cut link is a broken link, never "not a JSON file".
      assert.doesNotMatch(await page.getByRole('alert').innerText(), /JSON-fil/, fragment);
      assert.equal(await page.locator('input[name="population_total"]').inputValue(), '4.242');
      const stored = await page.evaluate(() => localStorage.getItem('jobmaal/state'));
      assert.equal(JSON.parse(stored).figures['2019'].population_total, 4242);
    }
    // A compressed link that would inflate past 256 KiB is refused as too large, unread.
    const bomb = compressedFragment({ format: 'jobmaal/2', year: 2019, extra_focus: ['x'.repeat(300 * 1024)] });
    assert.ok(bomb.length < 5000, `${bomb.length}`);
    await page.goto(app.server.url + '?view=figures&year=2019' + bomb);
    await page.locator('#view-heading').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /Linket kunne ikke læses.*for stor/s);
    assert.equal(await page.locator('input[name="population_total"]').inputValue(), '4.242');
    await context.close();
  });
});

describe('files', () => {
  test('export JSON, import it in a fresh browser: the same state', async () => {
    const a = await openPage(app.browser);
    await a.page.goto(app.server.url + '?view=share&year=2019');
    await loadLejre(a.page);
    const [download] = await Promise.all([
      a.page.waitForEvent('download'),
      a.page.getByRole('button', { name: 'Gem som fil (.json)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'jobmaal-lejre-kommune-2019.json');
    const file = join(scratch, download.suggestedFilename());
    await download.saveAs(file);
    const json = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(json.format, 'jobmaal/2');
    assert.equal(json.figures['2019'].population_16_66, 16884);

    const b = await openPage(app.browser);
    await b.page.goto(app.server.url + '?view=share&year=2020');
    await b.page.setInputFiles('#import-file', file);
    await b.page.locator('#import-message', { hasText: 'Filen er åbnet.' }).waitFor();
    await b.page.getByRole('navigation').getByRole('link', { name: 'Mål' }).click();
    assert.match(await b.page.locator('#view-heading').innerText(), /2019/);
    assert.match(await coverage(b.page), /6 af 6 mål har lokale sigtelinjer/);
    assert.match(await b.page.locator('.indicator[data-indicator="public_support_share"]').innerText(), /577 personer/);
    await a.context.close();
    await b.context.close();
  });

  test('five kinds of bad file are each refused with their reason, and nothing changes', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + '?view=figures&year=2019');
    await page.locator('input[name="population_total"]').fill('777');
    await page.getByRole('navigation').getByRole('link', { name: 'Del' }).click();
    const bad = [
      ['not-json.json', 'hello, world', /ikke en Jobmål-fil \(\.json\)\. Filen er ikke en tabel fra Jobindsats\.dk eller Statistikbanken/],
      ['other-format.json', '{"format": "regneark/2", "year": 2019}', /Ukendt format »regneark\/2«/],
      ['wrong-type.json', '{"format": "jobmaal/1", "figures": {"population_total": [1, 2]}}', /figures\.population_total.*et tal eller en tekst/],
      ['unknown-year.json', '{"format": "jobmaal/1", "year": 2031}', /Året 2031 findes ikke/],
      ['too-large.json', '{"format": "jobmaal/1", "extra_focus": ["' + 'x'.repeat(300 * 1024) + '"]}', /for stor/],
      ['not-a-state.json', '[1, 2, 3]', /ikke en Jobmål-fil/],
    ];
    for (const [name, content, reason] of bad) {
      const file = join(scratch, name);
      await writeFile(file, content);
      await page.setInputFiles('#import-file', file);
      const message = page.locator('#import-message');
      await message.filter({ hasText: reason }).waitFor();
      assert.match(await message.innerText(), /intet er ændret/, name);
    }
    await page.getByRole('navigation').getByRole('link', { name: 'Tal' }).click();
    assert.equal(await page.locator('input[name="population_total"]').inputValue(), '777');
    await context.close();
  });

  test('the gap table downloads as CSV for Danish Excel and with commas', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + '?view=share&year=2019');
    await loadLejre(page);
    for (const [button, start, row] of [
      // Whose figures and which year on every row; the persons gap with the gap's sign.
      [/dansk Excel/, '\ufeffkommune;målår;indikator;tema;', 'Lejre Kommune;2019;public_support_share;Færre på offentlig forsørgelse;Andel på offentlig forsørgelse;14,185;;%;17,6;indbygget;-3,415;-577;;;;på sporet;;Fuldtidspersoner på offentlig forsørgelse: 2395 | Borgere 16–66 år: 16884'],
      [/CSV på engelsk/, 'municipality,goal year,indicator,theme,', 'Lejre Kommune,2019,public_support_share,Fewer people on public support,Share on public support,14.185,,%,17.6,built-in,-3.415,-577,,,,on track,,Full-time persons on public support: 2395 | Citizens aged 16–66: 16884'],
    ]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      const file = join(scratch, download.suggestedFilename());
      await download.saveAs(file);
      const csv = await readFile(file, 'utf8');
      assert.ok(csv.startsWith(start), csv.slice(0, 40));
      assert.ok(csv.split('\r\n').includes(row), csv);
    }
    await context.close();
  });
});

describe('print', () => {
  test('print shows a one-page A4 report with coverage, gaps and sources, and no controls', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + '?view=goals&year=2019');
    await loadLejre(page);
    const report = page.locator('.print-report');
    assert.equal(await report.count(), 0, 'the report is drawn only for printing');
    await page.emulateMedia({ media: 'print' });
    await report.waitFor();
    assert.equal(await report.isVisible(), true);
    assert.equal(await page.locator('.screen').isVisible(), false);
    assert.equal(await page.getByRole('button').filter({ visible: true }).count(), 0);
    const text = await report.innerText();
    assert.match(text, /Beskæftigelsespolitiske mål 2019 – Lejre Kommune/);
    assert.match(text, /2 af 6 mål har tal/);
    assert.match(text, /14,2 %/);
    assert.match(text, /Tre nye målinger for ministerens mål 2019/);
    await page.screenshot({ path: join(ARTIFACTS, 'print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(join(ARTIFACTS, 'print.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, 'the report fits one A4 page');
    await context.close();
  });

  test('with every 2019 figure entered and a long name, the report is still one A4 page, with extra focus, kroner and development', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + '?view=goals&year=2019');
    await loadLejre(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Tal', exact: true }).click();
    await page.locator('html[data-ready] #view-heading').waitFor();
    // Every figure of the form: a long name, and plausible numbers in every empty input.
    await page.locator('input[name="municipality"]').fill('Høje-Taastrup Kommune og Albertslund Kommune, fælles jobcenter for begge');
    for (const input of await page.locator('.figures-view input[inputmode="decimal"]').all()) {
      if (!(await input.inputValue())) await input.fill('12');
    }
    await page.locator('input[name="cost_per_fte_kr"]').fill('250.000');
    await page.getByRole('navigation').getByRole('link', { name: 'Mål', exact: true }).click();
    await page.emulateMedia({ media: 'print' });
    const report = page.locator('.print-report');
    await report.waitFor();
    const text = await report.innerText();
    assert.match(text, /Lokalt ekstra fokus/);
    assert.match(text, /Udvikling/);
    assert.match(text, /kr\./);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(join(ARTIFACTS, 'print-full.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, 'the report fits one A4 page');
    await context.close();
  });

  test('the report is drawn when the browser is about to print, and goes after', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + '?view=goals&year=2019');
    await loadLejre(page);
    const report = page.locator('.print-report');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    assert.match(await report.textContent(), /2 af 6 mål har tal/);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await report.waitFor({ state: 'detached' });
    await context.close();
  });
});

/**
 * A plain page (not one whose navigation waits for the app) whose wasm is held back until
 * `release()`, so the view rendered at build time is what shows.
 */
async function pageWithAppHeld() {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return { context, page, release };
}

/**
 * Whether the page's stylesheet applies, as an expression the page evaluates: it sets the
 * body's margin to 0 (the browser's is 8px). A test that looks only at styled frames also
 * asserts that it saw one, so that it fails, not passes, if the stylesheet changes.
 */
const STYLED = "getComputedStyle(document.body).marginTop === '0px'";

/** Waits until the stylesheet applies. */
function stylesheetApplied(page) {
  return page.waitForFunction(STYLED);
}

describe('publishing and embedding', () => {
  test('the app served under /jobmaal/ loads every asset and works', async () => {
    const sub = await serve({ prefix: '/jobmaal/' });
    const { page, context, problems, requests } = await openPage(app.browser);
    await page.goto(sub.url + '?view=goals', { waitUntil: 'networkidle' });
    await page.getByText('2018', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /2018/ }).waitFor();
    assert.equal(await page.locator('.goal').count(), 5);
    assert.deepEqual(problems, []);
    assert.ok(requests.every((url) => url.startsWith(sub.url) || url.startsWith('data:')), requests.join('\n'));
    const embed = await page.evaluate(() => fetch('embed.js').then((r) => r.status));
    assert.equal(embed, 200);
    await context.close();
    await sub.close();
  });

  test('a server that sends the wasm with another type still gets a working app, on a link and on the default page', async () => {
    // The head's script has the browser compile the wasm while the page loads, which needs
    // `application/wasm`; without it, the loader must still start the app the usual way.
    for (const address of [`?year=2019&view=goals${await lejreFragment()}`, '']) {
      const { page, context, problems } = await openPage(app.browser);
      const wasmRequests = [];
      await page.route(/\.wasm$/, async (route) => {
        wasmRequests.push(route.request().url());
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
      });
      await page.goto(app.server.url + address);
      await page.getByRole('heading', { level: 1, name: address ? /2019/ : /2020/ }).waitFor();
      const municipality = await page.locator('.coverage h2').innerText();
      if (address) assert.match(municipality, /Lejre Kommune/);
      await page.getByRole('navigation').getByRole('link', { name: 'Tal', exact: true }).click();
      await page.locator('#view-heading', { hasText: 'Tal' }).waitFor();
      assert.deepEqual(problems, []);
      // The first module once, or twice when compiling it while the page loads failed; the
      // part with the views after the first (src/later.rs) once.
      const first = wasmRequests.filter((url) => /_bg\.wasm$/.test(url)).length;
      const part = wasmRequests.filter((url) => /\/split_views-[0-9a-f]+\.wasm$/.test(url)).length;
      assert.ok(first >= 1 && first <= 2 && part === 1 && first + part === wasmRequests.length, wasmRequests.join('\n'));
      await context.close();
    }
  });

  test('a host page on another origin sizes the iframe with embed.js and ignores other windows', async () => {
    const appUrl = app.server.url;
    const host = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      if (req.url.startsWith('/other')) {
        res.end('<!doctype html><title>other</title><p>other</p>');
        return;
      }
      res.end(`<!doctype html><html lang="da"><title>Kommune</title>
        <h1>Kommunens side</h1>
        <iframe id="jobmaal" src="${appUrl}?embed=1&year=2019&view=goals" title="Jobmål" style="width:100%;border:0" height="300"></iframe>
        <iframe id="other" src="/other" title="other" height="50"></iframe>
        <script src="${appUrl}embed.js"></script>`);
    });
    await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
    const hostUrl = `http://127.0.0.1:${host.address().port}/`;
    assert.notEqual(new URL(hostUrl).origin, new URL(appUrl).origin);

    const { page, context, problems } = await openPage(app.browser, { viewport: { width: 1000, height: 700 } });
    await page.goto(hostUrl);
    const iframe = page.locator('#jobmaal');
    const frame = page.frameLocator('#jobmaal');
    await frame.locator('html[data-ready]').waitFor({ state: 'attached' });
    const contentHeight = () => page.frame({ url: /embed=1/ }).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const frameHeight = () => iframe.evaluate((el) => el.getBoundingClientRect().height);
    // The frame follows its content (which may still grow as the texts a view names come).
    const settled = async () => {
      for (let i = 0; i < 50 && (await frameHeight()) !== (await contentHeight()); i++) await page.waitForTimeout(100);
      assert.equal(await frameHeight(), await contentHeight());
    };
    await page.waitForFunction(() => document.getElementById('jobmaal').getBoundingClientRect().height > 1000);
    await settled();
    assert.equal(await frame.locator('.site-header').count(), 0, 'no page chrome in embed mode');

    const tall = await frameHeight();
    await frame.getByRole('link', { name: 'År' }).click();
    await page.waitForFunction((h) => document.getElementById('jobmaal').getBoundingClientRect().height !== h, tall);
    await settled();
    assert.ok((await frameHeight()) < tall, 'the Years view is shorter than the Goals view');

    // Messages from other windows are ignored: the host page itself and another iframe, which
    // may not resize itself either.
    const before = await frameHeight();
    const otherHeight = () => page.locator('#other').evaluate((el) => el.getBoundingClientRect().height);
    const otherBefore = await otherHeight();
    await page.evaluate(() => window.postMessage({ 'jobmaal-height': 12 }, '*'));
    await page.frame({ url: /\/other/ }).evaluate(() => window.parent.postMessage({ 'jobmaal-height': 13 }, '*'));
    // From the Jobmål frame: another shape is ignored, an absurd height is kept in range.
    const inner = page.frame({ url: /embed=1/ });
    await inner.evaluate(() => window.parent.postMessage({ 'jobmaal-height': 432, x: 1 }, '*'));
    await page.waitForTimeout(200);
    assert.equal(await frameHeight(), before);
    assert.equal(await otherHeight(), otherBefore, 'another iframe cannot resize itself');
    await inner.evaluate(() => window.parent.postMessage({ 'jobmaal-height': 0.01 }, '*'));
    await page.waitForTimeout(200);
    assert.ok((await frameHeight()) >= 150, `clamped: ${await frameHeight()}`);
    await inner.evaluate(() => window.parent.postMessage({ 'jobmaal-height': 1e9 }, '*'));
    await page.waitForTimeout(200);
    assert.ok((await frameHeight()) <= 20000, `clamped: ${await frameHeight()}`);
    assert.deepEqual(problems, []);
    await context.close();
    await new Promise((ok) => host.close(ok));
  });

  test("embed.js sizes only iframes in its own folder: another site on the same origin cannot resize itself", async () => {
    // As on GitHub Pages, where one owner's project sites share an origin.
    const sub = await serve({ prefix: '/jobmaal/' });
    const host = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="da"><title>Kommune</title>
        <iframe id="jobmaal" src="${sub.url}?embed=1&year=2019&view=goals" title="Jobmål" style="width:100%;border:0" height="300"></iframe>
        <iframe id="sibling" src="${sub.origin}/jobmaal-other/" title="other site" height="50"></iframe>
        <script src="${sub.url}embed.js"></script>`);
    });
    await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
    const context = await app.browser.newContext({ viewport: { width: 1000, height: 700 } });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${host.address().port}/`);
      await page.frameLocator('#jobmaal').locator('html[data-ready]').waitFor({ state: 'attached' });
      await page.waitForFunction(() => document.getElementById('jobmaal').getBoundingClientRect().height > 1000);
      const height = () => page.locator('#sibling').evaluate((el) => el.getBoundingClientRect().height);
      const before = await height();
      await page.frame({ url: /jobmaal-other/ }).evaluate(() => window.parent.postMessage({ 'jobmaal-height': 777 }, '*'));
      await page.waitForTimeout(200);
      assert.equal(await height(), before);
    } finally {
      await context.close();
      await new Promise((ok) => host.close(ok));
      await sub.close();
    }
  });

  test('the share view builds an embed snippet with the current state, and refuses a pale accent', async () => {
    const { page, context, requests } = await openPage(app.browser);
    await page.goto(app.server.url + '?view=share&year=2019');
    await loadLejre(page);
    const code = page.locator('#embed-code');
    let snippet = await code.inputValue();
    assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/2019-da\.html\?year=2019&amp;lang=da&amp;view=goals&amp;embed=1&amp;kommune=350#z=[\w-]+" title="Jobmål/);
    assert.match(snippet, /loading="lazy" style="width:100%;border:0"/);
    assert.match(snippet, /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" defer><\/script>$/);
    await page.getByLabel('Farve (hex, fx 004b87)').fill('#ffee00');
    assert.match(await page.locator('#embed-accent-error').innerText(), /for lav kontrast/);
    await page.getByLabel('Farve (hex, fx 004b87)').fill('#7a0019');
    await page.getByLabel('Visning', { exact: true }).selectOption('gaps');
    await page.getByLabel('Medtag de nuværende tal').uncheck();
    snippet = await code.inputValue();
    assert.match(snippet, /view=gaps&amp;embed=1&amp;accent=7a0019&amp;kommune=350"/);
    assert.doesNotMatch(snippet, /#[sz]=/);
    // The preview loads again with each change, and an earlier page may still be up, its app
    // ready: read the preview from this page, in one step, once the page up is the last one
    // asked for and its app runs.
    const accent = await (await page.waitForFunction(() => {
      const doc = document.querySelector('.embed-preview').contentDocument;
      const last = doc && /view=gaps&embed=1&accent=7a0019&kommune=350$/.test(doc.location.href);
      const ready = last && doc.documentElement?.hasAttribute('data-ready')
        && doc.querySelector('#view-heading')?.textContent.includes('Gab til reference');
      return ready && getComputedStyle(doc.querySelector('h1')).color;
    })).jsonValue();
    assert.equal(accent, 'rgb(122, 0, 25)');
    assert.deepEqual(foreignRequests(requests, app.server.origin), []);
    await context.close();
  });

  test('embedded, the page chrome is hidden even before the app runs', async () => {
    const { context, page, release } = await pageWithAppHeld();
    await page.goto(app.server.url + '?embed=1&view=goals', { waitUntil: 'commit' });
    await page.locator('#prerendered .goal').first().waitFor();
    await stylesheetApplied(page);
    assert.equal(await page.locator('html[data-ready]').count(), 0, 'the app is not running yet');
    assert.equal(await page.locator('#prerendered .site-header').isVisible(), false);
    release();
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    assert.equal(await page.locator('.site-header').count(), 0);
    await context.close();
  });

  test("an address asking for another year or language goes to that page, its goals shown before the app runs; another view keeps them, loading", async () => {
    const { context, page, release } = await pageWithAppHeld();
    const shown = async (address) => {
      await page.goto(app.server.url + address, { waitUntil: 'commit' });
      await page.locator('#prerendered .goal').first().waitFor({ state: 'attached' });
      await stylesheetApplied(page);
      return page.locator('#prerendered').isVisible();
    };
    // The rendered view is the default year, in Danish, on the Goals view.
    assert.equal(await shown('?year=2020&lang=da&view=goals'), true);
    // Another year or language: that page, with its goals, the address kept and filled.
    for (const [address, page_, title] of [
      ['?year=2019', '2019-da.html?year=2019&lang=da&view=goals', /Beskæftigelsespolitiske mål 2019/],
      ['?lang=en', '2020-en.html?lang=en&year=2020&view=goals', /Employment-policy goals 2020/],
      ['2019-en.html?year=2020&lang=da&view=gaps#s=e30', '?year=2020&lang=da&view=gaps#s=e30', /Beskæftigelsespolitiske mål 2020/],
      ['2018-da.html?year=2019&lang=en', '2019-en.html?year=2019&lang=en&view=goals', /Employment-policy goals 2019/],
    ]) {
      await page.goto(app.server.url + address, { waitUntil: 'commit' });
      await page.waitForURL(app.server.url + page_);
      await page.locator('#prerendered h1', { hasText: title }).waitFor();
    }
    // A year or language with no page: the view rendered at build time stays in sight, the
    // default year in Danish, which the app shows too.
    assert.equal(await shown('?year=2017'), true);
    assert.equal(await shown('?lang=de'), true);
    assert.match(page.url(), /\/\?lang=de$/);
    // Another view of the same year and language: its goals, the figures marked as loading.
    for (const address of ['?view=gaps', '?view=gaps#s=eyJmb3JtYXQiOiJqb2JtYWFsLzEifQ']) {
      await page.goto(app.server.url + address, { waitUntil: 'commit' });
      await page.locator('#prerendered .goal-title').first().waitFor();
      assert.equal(await page.locator('#prerendered .coverage-loading').innerText(), 'Indlæser tallene …', address);
    }
    // The page of another year and language shows its own goals.
    assert.equal(await shown('2019-en.html?year=2019&lang=en&view=goals'), true);
    assert.match(await page.locator('#prerendered h1').innerText(), /Employment-policy goals 2019/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    // Its tab is named as the app names it, in its language, before the app runs.
    assert.equal(await page.title(), 'Goals · 2019 · Jobmål');
    assert.match(await page.locator('meta[name=description]').getAttribute('content'), /^See the municipality's figures/);
    release();
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    assert.equal(await page.locator('#prerendered').count(), 0);
    await context.close();
  });

  test("on a slow line a link shows its year's goals before the app runs, the places of its figures marked as loading", async () => {
    const { context, page, release } = await pageWithAppHeld();
    const a = await openPage(app.browser);
    await a.page.goto(app.server.url + '?view=goals&year=2019');
    await loadLejre(a.page);
    await a.page.getByRole('navigation').getByRole('link', { name: 'Del' }).click();
    const link = await a.page.locator('#share-link').inputValue();
    await a.context.close();
    assert.match(link, /\/2019-da\.html\?year=2019&lang=da&view=goals#z=/, 'the link opens the page of its year');
    await page.goto(link, { waitUntil: 'commit' });
    // A goal card's content is laid out once the browser has found it in sight (a frame
    // after the card itself).
    await page.locator('#prerendered .goal-title').first().waitFor();
    await stylesheetApplied(page);
    assert.equal(await page.locator('html[data-ready]').count(), 0, 'the app is not running yet');
    assert.match(await page.locator('#prerendered h1').innerText(), /Beskæftigelsespolitiske mål 2019/);
    // The empty figures it was built with are not shown as the link's: they are loading.
    assert.equal(await page.locator('#prerendered .coverage-list').isVisible(), false);
    assert.equal(await page.locator('#prerendered .goal .status').first().isVisible(), false);
    assert.equal(await page.locator('#prerendered .coverage-loading').innerText(), 'Indlæser tallene …');
    // And busy, for assistive technology, until the figures are shown.
    await page.locator('#prerendered .coverage[aria-busy="true"]').waitFor({ state: 'attached' });
    // The line the app shows above the view behind a link is there already (nothing moves).
    const line = await page.locator('#prerendered .link-line').innerText();
    assert.match(line, /^Du ser tal fra et delt link\./);
    release();
    await page.locator('html[data-ready] .link-line', { hasText: line }).waitFor();
    await page.locator('html[data-ready] .coverage h2', { hasText: 'Lejre Kommune' }).waitFor();
    assert.equal(await page.locator('[aria-busy="true"]').count(), 0, 'nothing is busy once the figures are shown');
    await context.close();
  });

  test("before the app runs, an embed shows neither the app's buttons nor its tabs, and a link's tabs keep its figures", async () => {
    const fragment = await lejreFragment();
    const embedded = await pageWithAppHeld();
    await embedded.page.goto(app.server.url + '2019-da.html?year=2019&lang=da&view=goals&embed=1' + fragment, { waitUntil: 'commit' });
    await embedded.page.locator('#prerendered .goal-title').first().waitFor();
    // The page's own stylesheet hides them (on a busy machine the markup can come first).
    await stylesheetApplied(embedded.page);
    assert.equal(await embedded.page.locator('#prerendered #clear-all').isVisible(), false);
    assert.equal(await embedded.page.locator('#prerendered .views').isVisible(), false);
    await embedded.context.close();

    const { context, page, release } = await pageWithAppHeld();
    const address = app.server.url + '2019-da.html?year=2019&lang=da&view=goals' + fragment;
    await page.goto(address, { waitUntil: 'commit' });
    // Shown once the hold is over (the app's code is held back here, as on a slow line).
    await page.waitForFunction(() => !document.documentElement.classList.contains('held') && document.querySelector('#prerendered .views a')?.checkVisibility());
    const tab = await page.locator('#prerendered .views a', { hasText: 'Gab' }).boundingBox();
    await page.mouse.click(tab.x + tab.width / 2, tab.y + tab.height / 2);
    await page.waitForTimeout(300);
    assert.equal(page.url(), address, 'the tab did not take the page away from the link');
    release();
    await page.locator('html[data-ready] .coverage h2', { hasText: 'Lejre Kommune' }).waitFor();
    await context.close();
  });

  test('a page of another year and language opened without its address shows that year and language', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + '2019-en.html');
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    assert.match(await page.locator('#view-heading').innerText(), /2019/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.title(), 'Goals · 2019 · Jobmål');
    assert.match(page.url(), /2019-en\.html\?year=2019&lang=en&view=goals$/);
    await context.close();
  });

  test("on a fast line a link's page shows its figures at once, with no loading state before them", async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    // Every frame until the app is up: was the view rendered at build time in sight?
    await page.addInitScript(`
      window.__prerenderSeen = false;
      window.__styledFrames = 0;
      const look = () => {
        const view = document.getElementById('prerendered');
        const styled = document.body && ${STYLED};
        if (styled) window.__styledFrames++;
        if (view && styled && view.checkVisibility()) window.__prerenderSeen = true;
        if (!document.documentElement.hasAttribute('data-ready')) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    `);
    await page.goto(app.server.url + '2019-da.html?year=2019&lang=da&view=goals' + (await lejreFragment()));
    await page.locator('html[data-ready] .coverage h2', { hasText: 'Lejre Kommune' }).waitFor();
    assert.ok(await page.evaluate(() => window.__styledFrames) > 0, 'no frame was seen with the stylesheet applied');
    assert.equal(await page.evaluate(() => window.__prerenderSeen), false, 'the goals waited for the figures');
    await context.close();
  });

  test("a link's page shows its goals when the app's code was compiled but the app does not come", async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    // The wasm compiles (the head's script has the browser do it), but the app cannot start.
    await page.addInitScript(() => {
      WebAssembly.instantiate = () => Promise.reject(new Error('the app does not come'));
    });
    await page.goto(app.server.url + '2019-da.html?year=2019&lang=da&view=goals' + (await lejreFragment()), { waitUntil: 'commit' });
    await page.locator('#prerendered .goal-title').first().waitFor({ timeout: 5000 });
    assert.match(await page.locator('#prerendered h1').innerText(), /Beskæftigelsespolitiske mål 2019/);
    await context.close();
  });

  test('a pale accent colour in the address is refused and the default kept', async () => {
    const { page, context } = await openPage(app.browser);
    await page.goto(app.server.url + '?accent=ffff66');
    await page.locator('#view-heading').waitFor();
    assert.match(await page.locator('.notice-warning').innerText(), /Farven fra adressen bruges ikke.*for lav kontrast/s);
    const colour = await page.evaluate(() => getComputedStyle(document.querySelector('h1')).color);
    assert.equal(colour, 'rgb(0, 75, 135)');
    // Embedded, citizens are not shown the instruction meant for the web editor.
    await page.goto(app.server.url + '?embed=1&accent=ffff66');
    await page.locator('#view-heading').waitFor();
    assert.equal(await page.locator('.notice-warning').count(), 0);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('h1')).color), 'rgb(0, 75, 135)');
    await context.close();
  });
});
