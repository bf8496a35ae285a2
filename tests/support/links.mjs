// Shared links: `#z=` and the state document's JSON as raw DEFLATE with the fixed codes in
// base64url, as the app writes them, or `#s=` and the JSON as base64url, as earlier versions
// did (still read).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';

/** The `#s=…` fragment of a link to `state` (a state document, as an object). */
export function linkFragment(state) {
  return '#s=' + Buffer.from(JSON.stringify(state)).toString('base64url');
}

/** The `#z=…` fragment of a link to `state`, compressed as the app writes it. */
export function compressedFragment(state) {
  const json = Buffer.from(JSON.stringify(state));
  return '#z=' + deflateRawSync(json, { strategy: constants.Z_FIXED }).toString('base64url');
}

/** The state document's JSON in a link (either kind), as text. */
export function linkJson(link) {
  const [, kind, encoded] = /[#&]([sz])=([\w-]*)/.exec(link) ?? [];
  if (!kind) throw new Error(`no state in ${link}`);
  const bytes = Buffer.from(encoded, 'base64url');
  return (kind === 'z' ? inflateRawSync(bytes) : bytes).toString();
}

/** The Lejre example's state document (`core/data/lejre-2019.json`), as an object. */
async function lejreState() {
  const file = resolve(import.meta.dirname, '../../core/data/lejre-2019.json');
  return JSON.parse(await readFile(file, 'utf8'));
}

/** The fragment of a link to the Lejre example, compressed as the app writes it. */
export async function lejreFragment() {
  return compressedFragment(await lejreState());
}

/**
 * The fragment of a crafted link anyone could send: the Lejre example with its state document
 * padded to 256 KiB by tens of thousands of unknown figure ids (which the app drops).
 */
export async function craftedFragment() {
  const state = await lejreState();
  const limit = 256 * 1024 - 64;
  let size = JSON.stringify(state).length;
  for (let i = 0; size < limit; i++) {
    const member = `"x${i}":${i},`;
    if (size + member.length > limit) break;
    state.figures[`x${i}`] = i;
    size += member.length;
  }
  return linkFragment(state);
}
