// Takes screenshots of every view at 1280 and 320 px (with the Lejre example loaded) into
// tests/browser/artifacts/, for a person to look at. Run after a release build:
//   node tests/support/screenshots.mjs
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const OUT = resolve(import.meta.dirname, '../browser/artifacts');
const VIEWS = ['goals', 'figures', 'gaps', 'years', 'plan'];

await mkdir(OUT, { recursive: true });
const server = await serve();
const browser = await launch();
for (const width of [1280, 320]) {
  const { page, context, problems } = await openPage(browser, { viewport: { width, height: 900 } });
  await page.goto(`${server.url}?view=goals`);
  await page.getByRole('button', { name: /Lejre/ }).click();
  for (const view of VIEWS) {
    await page.goto(`${server.url}?view=${view}&year=2019&lang=da`);
    await page.locator('#view-heading').waitFor();
    await page.screenshot({ path: `${OUT}/${view}-${width}.png`, fullPage: true });
  }
  await page.goto(`${server.url}?view=goals&year=2019&embed=1&accent=7a0019`);
  await page.locator('#view-heading').waitFor();
  await page.screenshot({ path: `${OUT}/embed-${width}.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${OUT}/print-${width}.png`, fullPage: true });
  if (problems.length) console.error(problems);
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${OUT}`);
