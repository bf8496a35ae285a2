// Writes the project's own copies of real public data, from the files in ../shared/data (see
// their README):
//   core/data/municipalities.csv     the 98 municipalities: code;name (names as Jobindsats);
//   core/data/benchmark-y30r21.csv   Jobindsats' benchmark table Y30R21, 2020–2022, one row per
//                                    municipality, period and benefit group, shares as published.
// Run by hand when the source changes:  node scripts/benchmark-data.mjs [path/to/shared/data]
// core/tests/data.rs checks the result against the source whenever ../shared is there.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = resolve(process.argv[2] ?? join(ROOT, '../shared/data'));
if (!existsSync(SOURCE)) {
  console.error(`benchmark-data: no source files at ${SOURCE}; give their folder as the argument`);
  process.exit(2);
}
const GROUPS = {
  'Ydelsesgrupper i alt': 'alle',
  'A-dagpenge mv.': 'a-dagpenge',
  'Sygedagpenge mv.': 'sygedagpenge',
  'Kontanthjælp mv.': 'kontanthjaelp',
};
const COLUMN = {
  expected: 'Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Forventet antal',
  actual: 'Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Faktisk antal',
  expectedPct: 'Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Forventet andel (pct.)',
  actualPct: 'Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.)',
  rank: 'Placering på benchmarkranglisten',
};

const municipalities = (await readFile(join(SOURCE, 'municipalities.csv'), 'utf8')).trim().split(/\r?\n/);
if (municipalities[0] !== 'code;name') throw new Error('municipalities.csv: expected the header code;name');
const codes = new Map(municipalities.slice(1).map((line) => line.split(';')).map(([code, name]) => [name, code]));

const rows = (await readFile(join(SOURCE, 'jobindsats-y30r21-benchmark-2020-2022.jsonl'), 'utf8'))
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const lines = rows.map((row) => {
  const code = codes.get(row.Area);
  const group = GROUPS[row.Ydelsesgrupper];
  if (!code || !group) throw new Error(`unknown area or group: ${row.Area}, ${row.Ydelsesgrupper}`);
  return [code, row.Periode, group, row[COLUMN.expected], row[COLUMN.actual], row[COLUMN.expectedPct], row[COLUMN.actualPct], row[COLUMN.rank]].join(';');
});
lines.sort((a, b) => {
  const [x, y] = [a.split(';'), b.split(';')];
  return Number(x[0]) - Number(y[0]) || x[1].localeCompare(y[1]) || Object.values(GROUPS).indexOf(x[2]) - Object.values(GROUPS).indexOf(y[2]);
});
const header = [
  '# Kilde: Jobindsats.dk (STAR), tabel Y30R21 "Forventet og faktisk antal og andel fuldtidspersoner på',
  '# offentlig forsørgelse" (benchmark), 2020-2022, hentet fra Jobindsats\' API. Andele i procent af',
  '# befolkningen, som offentliggjort (decimalkomma). Grupper: alle = Ydelsesgrupper i alt.',
  'kode;periode;gruppe;forventet_antal;faktisk_antal;forventet_pct;faktisk_pct;placering',
];
await writeFile(join(ROOT, 'core/data/benchmark-y30r21.csv'), [...header, ...lines].join('\n') + '\n');
await writeFile(join(ROOT, 'core/data/municipalities.csv'), municipalities.join('\n') + '\n');
console.log(`benchmark-y30r21.csv: ${lines.length} rows; municipalities.csv: ${municipalities.length - 1}`);
