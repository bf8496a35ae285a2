// axe-core, run on a page as the accessibility tests do.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The WCAG 2.1 A/AA violations axe-core finds on `page`, and any landmark whose name does not
 * tell it from the others (evaluated through the devtools protocol, so the page's CSP stays on).
 */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    const landmarks = await window.axe.run(document, { runOnly: { type: 'rule', values: ['landmark-unique'] } });
    return [...result.violations, ...landmarks.violations].map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, WCAG);
}
