// No module of the app or of the core imports one that imports it back, directly or through
// others: each crate's modules form layers (ARCHITECTURE.md, "Invariants"). Read from the
// sources' `crate::` paths (and `super::` paths to a sibling), test modules left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/** Every `.rs` file under `dir`, as [module path, source]. */
async function modules(dir) {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.rs') && !f.startsWith(`bin${sep}`));
  return Promise.all(
    files.map(async (file) => {
      const path = relative(dir, join(dir, file)).replace(/\.rs$/, '').split(sep).join('::');
      const name = path === 'lib' || path === 'main' ? '' : path.replace(/::mod$/, '');
      return [name, await readFile(join(dir, file), 'utf8')];
    }),
  );
}

/** The modules each module imports: module path -> set of module paths. */
export function imports(sources) {
  const names = new Set(sources.map(([name]) => name));
  // The longest known module that `path` starts with.
  const owner = (path) => {
    const parts = path.split('::');
    for (let i = parts.length; i > 0; i--) {
      const candidate = parts.slice(0, i).join('::');
      if (names.has(candidate)) return candidate;
    }
    return null;
  };
  const graph = new Map();
  for (const [name, source] of sources) {
    const code = source.split('#[cfg(test)]')[0];
    const found = new Set();
    const paths = [];
    for (const [, path, group] of code.matchAll(/crate::((?:[A-Za-z_]+::)*[A-Za-z_]+)(?:::\{([^}]*)\})?/g)) {
      paths.push(path);
      for (const item of group?.split(',') ?? []) {
        const first = item.trim().split(/::|\s/)[0];
        if (first && first !== 'self') paths.push(`${path}::${first}`);
      }
    }
    // `super::sibling::…` from a module in a folder.
    const parent = name.includes('::') ? name.slice(0, name.lastIndexOf('::')) : null;
    if (parent !== null) {
      for (const [, path] of code.matchAll(/\bsuper::((?:[A-Za-z_]+::)*[A-Za-z_]+)/g)) paths.push(`${parent}::${path}`);
    }
    for (const path of paths) {
      const module = owner(path);
      if (module !== null && module !== name && module !== '' && module !== parent) found.add(module);
    }
    graph.set(name, found);
  }
  return graph;
}

/** Each import A -> B for which B also reaches A: the imports of a circle. */
export function circles(graph) {
  const reaches = (from, to) => {
    const seen = new Set();
    const stack = [from];
    while (stack.length) {
      const module = stack.pop();
      if (module === to) return true;
      if (seen.has(module)) continue;
      seen.add(module);
      stack.push(...(graph.get(module) ?? []));
    }
    return false;
  };
  const found = [];
  for (const [from, targets] of graph) for (const to of targets) if (reaches(to, from)) found.push(`${from} -> ${to}`);
  return found.sort();
}

test('the check finds a circle, through a group import and through another module', () => {
  const graph = imports([
    ['a', 'use crate::b::{Thing, other};'],
    ['b', 'fn f() { crate::c::g(); }'],
    ['c', 'use crate::a;\n#[cfg(test)]\nmod tests { use crate::b; }'],
    ['d', 'use crate::a::Thing;'],
  ]);
  assert.deepEqual(circles(graph), ['a -> b', 'b -> c', 'c -> a']);
});

for (const [crate, dir] of [['jobmaal', 'src'], ['jobmaal-core', 'core/src']]) {
  test(`no module of ${crate} imports one that imports it back`, async () => {
    const sources = await modules(join(ROOT, dir));
    assert.ok(sources.length > 10, `${sources.length} modules read`);
    assert.deepEqual(circles(imports(sources)), []);
  });
}
