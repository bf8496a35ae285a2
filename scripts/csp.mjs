// Trunk post-build hook: puts the SHA-256 of every inline script of the staged index.html
// (Trunk's loader, the head's script) into the Content-Security-Policy, in place of
// 'sha256-TRUNK_LOADER', so no 'unsafe-inline' is needed. It changes only index.html, never the
// hashed assets.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PLACEHOLDER = "'sha256-TRUNK_LOADER'";
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');
if (!html.includes(PLACEHOLDER)) throw new Error(`no ${PLACEHOLDER} in the policy of ${file}`);

// `trunk serve` adds its live-reload script after this hook has run, so a development build
// allows inline scripts; every release build (tested, published) carries only the hashes.
if (process.env.TRUNK_PROFILE !== 'release') {
  await writeFile(file, html.replace(PLACEHOLDER, "'unsafe-inline'"));
  console.log(`csp: ${process.env.TRUNK_PROFILE ?? 'unknown'} build, inline scripts allowed for live reload`);
  process.exit(0);
}
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
);
await writeFile(file, html.replace(PLACEHOLDER, hashes.join(' ')));
console.log(`csp: ${hashes.length} inline script hash(es) in the policy`);
