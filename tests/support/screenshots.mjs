// Takes screenshots for a person to look at, into tests/browser/artifacts/. Run after a release
// build:   node tests/support/screenshots.mjs
// - every view at 1280 and 320 px, and the gap table at 1024, with the Lejre example loaded;
// - the embed on a host page of another origin, at 1280 and 320 px;
// - the printed report;
// - the 2020 Goals view of two municipalities from the address (`?kommune=`: their benchmark,
//   nothing typed), and the preview of a public data file (Jobindsats.dk's rows for Lejre);
// - a filmstrip (a frame every 200 ms) of the Lejre link opening under the bench's mobile
//   profile (CPU 4× slower, 150 ms round trip, 1.6 Mbit/s down, files gzipped).
import { createServer } from 'node:http';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';
import { lejreFragment } from './links.mjs';

const OUT = resolve(import.meta.dirname, '../browser/artifacts');
const VIEWS = ['goals', 'figures', 'gaps', 'years', 'plan'];

await mkdir(OUT, { recursive: true });
const server = await serve();
const browser = await launch();
const fragment = await lejreFragment();

for (const width of [1280, 1024, 320]) {
  const { page, context, problems } = await openPage(browser, { viewport: { width, height: 900 } });
  await page.goto(`${server.url}?view=goals`);
  await page.getByRole('button', { name: /Lejre/ }).click();
  await page.locator('.notice-undo', { hasText: 'Lejre' }).waitFor();
  for (const view of width === 1024 ? ['gaps'] : VIEWS) {
    await page.goto(`${server.url}?view=${view}&year=2019&lang=da`);
    await page.locator('#view-heading').waitFor();
    await page.screenshot({ path: `${OUT}/${view}-${width}.png`, fullPage: true });
  }
  if (width !== 1024) {
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${OUT}/print-${width}.png`, fullPage: true });
  }
  if (problems.length) console.error(problems);
  await context.close();
}

// The citizen's case: a municipality's benchmark from the address alone; and a file's preview.
for (const code of ['350', '101']) {
  const { page, context, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}?kommune=${code}&year=2020`);
  await page.locator('html[data-ready] .benchmark table').first().waitFor();
  await page.screenshot({ path: `${OUT}/benchmark-2020-${code}.png`, fullPage: true });
  if (problems.length) console.error(problems);
  await context.close();
}
{
  const { page, context, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}?kommune=350&year=2020&view=share`);
  await page.locator('#import-file').waitFor();
  await page.setInputFiles('#import-file', resolve(import.meta.dirname, '../../core/tests/fixtures/import/y30r21-lejre.jsonl'));
  const preview = page.locator('.file-preview');
  await preview.waitFor();
  await preview.screenshot({ path: `${OUT}/import-preview.png` });
  if (problems.length) console.error(problems);
  await context.close();
}

// The embed as the municipality's web editor pastes it, on a page of another origin.
const host = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="da"><meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Lejre Kommune</title><body style="font-family: sans-serif; margin: 0 1rem">
    <h1>Beskæftigelsesplan 2019</h1><p>Sådan står Lejre Kommune over for ministerens mål:</p>
    <iframe src="${server.url}2019-da.html?year=2019&lang=da&view=goals&embed=1&accent=00594f&kontakt=web%40lejre.dk${fragment}"
      title="Jobmål – kommunens tal over for de beskæftigelsespolitiske mål" style="width:100%;border:0" height="800"></iframe>
    <script src="${server.url}embed.js"></script>`);
});
await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
for (const width of [1280, 320]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  await page.frameLocator('iframe').locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/embed-host-${width}.png`, fullPage: true });
  await context.close();
}
host.close();

// A link opening on a phone: a frame every 200 ms.
const gz = await serve({ gzip: true });
const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 675e3 / 8 });
const frames = [];
cdp.on('Page.screencastFrame', async ({ data, sessionId, metadata }) => {
  frames.push({ data, time: metadata.timestamp });
  await cdp.send('Page.screencastFrameAck', { sessionId }).catch(() => {});
});
await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
const start = Date.now() / 1000;
await page.goto(`${gz.url}2019-da.html?year=2019&lang=da&view=goals${fragment}`, { waitUntil: 'commit' });
await page.locator('html[data-ready] .coverage h2', { hasText: 'Lejre' }).waitFor();
await page.waitForTimeout(400);
await cdp.send('Page.stopScreencast');
await context.close();
await gz.close();
// The frame shown at each 200 ms step (the last frame painted at or before it).
const { writeFile } = await import('node:fs/promises');
for (let t = 0, i = 0; t <= 3000; t += 200, i++) {
  const shown = frames.filter((f) => (f.time - start) * 1000 <= t).at(-1);
  if (shown) await writeFile(`${OUT}/filmstrip-${String(t).padStart(4, '0')}ms.png`, Buffer.from(shown.data, 'base64'));
}

await browser.close();
await server.close();
console.log(`screenshots in ${OUT}`);
