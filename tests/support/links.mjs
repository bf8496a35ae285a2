// Shared links, as the app writes them: `#s=` and the state document as base64url JSON.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The `#s=…` fragment of a link to `state` (a state document, as an object). */
export function linkFragment(state) {
  return '#s=' + Buffer.from(JSON.stringify(state)).toString('base64url');
}

/** The fragment of a link to the Lejre example (`core/data/lejre-2019.json`). */
export async function lejreFragment() {
  const file = resolve(import.meta.dirname, '../../core/data/lejre-2019.json');
  return linkFragment(JSON.parse(await readFile(file, 'utf8')));
}
