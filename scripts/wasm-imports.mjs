// Shorter names for what a wasm module imports from its wasm-bindgen glue. wasm-bindgen names
// each import after the JavaScript it calls plus a 16-digit hash
// (`__wbg_createElement_de4a31ed2fb252be`), and each name is written twice: in the module's
// import section and as a key in the glue. Hashes do not compress, so at some 150 imports the
// names cost about 3 KB over the wire. Here they become `a`, `b`, … `ba`, … in both files.
// Used by minify-js.mjs; the names must be renamed in both files, or the module will not
// instantiate.

/** The names, in import order: `a`…`z`, `A`…`Z`, then two letters. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[index % letters.length] + name;
    index = Math.floor(index / letters.length) - 1;
  } while (index >= 0);
  return name;
}

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const utf8 = new TextEncoder();
const text = new TextDecoder('utf-8', { fatal: true });

/** The length in bytes of an import's description (after its names), at `at`. */
function descriptionEnd(bytes, at) {
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readLeb(bytes, p);
    if (flags & 1) [, p] = readLeb(bytes, p);
    return p;
  };
  switch (bytes[at]) {
    case 0: // function: its type's index
      return readLeb(bytes, at + 1)[1];
    case 1: // table: a reference type, then limits
      return limits(at + 2);
    case 2: // memory: limits
      return limits(at + 1);
    case 3: // global: a value type and mutability
      return at + 3;
    default:
      throw new Error(`unexpected import kind ${bytes[at]} at byte ${at}`);
  }
}

/**
 * The modules whose imports keep their names: the split parts' loaders (tools/split-wasm puts
 * them into the glue under these names).
 */
const KEPT_MODULES = new Set(['./__wasm_split.js']);

/**
 * Renames every import of `wasm` from wasm-bindgen's module (the one other than those kept) and
 * the same keys in `glue`. Returns both, changed; throws when a name is not found exactly once
 * in the glue, or the module imports from an unknown place.
 */
export function shortenImports(wasm, glue) {
  const bytes = new Uint8Array(wasm);
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    if (id !== 2) {
      at = start + size;
      continue;
    }
    const [count, first] = readLeb(bytes, start);
    const imports = [];
    let p = first;
    const modules = new Set();
    for (let i = 0; i < count; i++) {
      const entryAt = p;
      const [moduleLength, moduleAt] = readLeb(bytes, p);
      const module = text.decode(bytes.subarray(moduleAt, moduleAt + moduleLength));
      const [nameLength, nameAt] = readLeb(bytes, moduleAt + moduleLength);
      const name = text.decode(bytes.subarray(nameAt, nameAt + nameLength));
      const descriptionAt = nameAt + nameLength;
      p = descriptionEnd(bytes, descriptionAt);
      modules.add(module);
      imports.push({ module, name, whole: bytes.subarray(entryAt, p), description: bytes.subarray(descriptionAt, p) });
    }
    if (p !== start + size) throw new Error('the import section did not end where it said');
    const renamed = [...modules].filter((m) => !KEPT_MODULES.has(m));
    if (renamed.length !== 1) throw new Error(`expected imports from one module besides ${[...KEPT_MODULES]}, found ${[...modules]}`);
    const [module] = renamed;

    let js = glue;
    const once = (from, to) => {
      const parts = js.split(from);
      if (parts.length !== 2) throw new Error(`expected "${from}" once in the glue, found it ${parts.length - 1} times`);
      js = parts.join(to);
    };
    once(JSON.stringify(module), '"w"');
    const section = [...leb(count)];
    let renamedCount = 0;
    for (const { module: from, name, whole, description } of imports) {
      if (from !== module) {
        section.push(...whole);
        continue;
      }
      const short = shortName(renamedCount++);
      // As a key of the glue's imports object: `name: function(…)`.
      once(new RegExp(`(?<![\\w$])${name}(?=:)`), short);
      section.push(...leb(1), ...utf8.encode('w'), ...leb(short.length), ...utf8.encode(short), ...description);
    }
    const out = new Uint8Array(bytes.length - size + section.length + leb(section.length).length - (start - at - 1));
    out.set(bytes.subarray(0, at + 1), 0);
    const header = leb(section.length);
    out.set(header, at + 1);
    out.set(section, at + 1 + header.length);
    out.set(bytes.subarray(start + size), at + 1 + header.length + section.length);
    return { wasm: out, glue: js, count: renamedCount };
  }
  throw new Error('the module has no import section');
}
