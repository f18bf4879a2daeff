// `make lint`: the app's modules import each other in one direction, with no cycle
// (docs/architecture.md, "Which way imports run"). Every `.rs` file under src/ is a module; each
// `crate::…`, `self::…` or `super::…` path in its code (comments left out, `use` groups
// expanded) is an import of the longest module that path names; a file's tests are left out.
// A module's use of its own ancestors (the folder's front door, `mod.rs`) is not counted.
// Exits 1 naming each cycle; `--picture` prints which folder imports which.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.resolve(fileURLToPath(new URL('../src', import.meta.url)));

/** Module name (`pages::outcome`) → its source, for every file of the library. */
function modules(dir = SRC, prefix = []) {
  const found = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (prefix.length === 0 && entry.name === 'bin') continue; // the binaries' entries
      for (const [name, source] of modules(path.join(dir, entry.name), [...prefix, entry.name])) found.set(name, source);
    } else if (entry.name.endsWith('.rs')) {
      const stem = entry.name.slice(0, -3);
      if (prefix.length === 0 && (stem === 'lib' || stem === 'main')) continue;
      const name = [...prefix, ...(stem === 'mod' ? [] : [stem])].join('::');
      found.set(name, readFileSync(path.join(dir, entry.name), 'utf8'));
    }
  }
  return found;
}

/** The code without comments (string contents are kept: none holds a `crate::` path). */
const code = (source) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

/**
 * Every module path the code of `module` names, from the crate's root, with `{a, b::{c, d}}`
 * groups expanded: `crate::…`, `self::…` and `super::…`.
 */
function cratePaths(text, module) {
  const paths = [];
  const tree = (at, base) => {
    let i = at;
    const segments = [...base];
    for (;;) {
      const ident = /^\s*([A-Za-z_]\w*)/.exec(text.slice(i));
      if (ident) {
        segments.push(ident[1]);
        i += ident[0].length;
        const sep = /^\s*::/.exec(text.slice(i));
        if (!sep) break;
        i += sep[0].length;
        continue;
      }
      const open = /^\s*\{/.exec(text.slice(i));
      if (open) {
        i += open[0].length;
        for (;;) {
          i = tree(i, segments);
          const next = /^\s*([,}])/.exec(text.slice(i));
          if (!next) return i;
          i += next[0].length;
          if (next[1] === '}') return i;
        }
      }
      break;
    }
    if (segments.length > base.length) paths.push(segments.join('::'));
    return i;
  };
  const own = module ? module.split('::') : [];
  for (const match of text.matchAll(/\b(crate::|self::|(?:super::)+)/g)) {
    const supers = match[1].split('super::').length - 1;
    const base = match[1] === 'crate::' ? [] : match[1] === 'self::' ? own : own.slice(0, Math.max(0, own.length - supers));
    tree(match.index + match[0].length, base);
  }
  return paths;
}

const all = modules();
const owner = (segments) => {
  for (let n = segments.length; n > 0; n--) {
    const name = segments.slice(0, n).join('::');
    if (all.has(name)) return name;
  }
  return null;
};
const imports = new Map();
for (const [name, source] of all) {
  const used = new Set();
  // A file's tests (`#[cfg(test)] mod tests`, always last) are left out: no module imports
  // them, so what they use cannot close a cycle in what ships.
  const tests = source.indexOf('#[cfg(test)]');
  const main = tests < 0 ? source : source.slice(0, tests);
  for (const p of cratePaths(code(main), name)) {
    const target = owner(p.split('::'));
    if (target && target !== name && !name.startsWith(`${target}::`)) used.add(target);
  }
  imports.set(name, used);
}

// Cycles: the strongly connected components of more than one module (Tarjan).
const index = new Map(), low = new Map(), stack = [], onStack = new Set(), cycles = [];
let counter = 0;
const visit = (v) => {
  index.set(v, counter); low.set(v, counter); counter++;
  stack.push(v); onStack.add(v);
  for (const w of imports.get(v)) {
    if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
    else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) === index.get(v)) {
    const component = [];
    let w;
    do { w = stack.pop(); onStack.delete(w); component.push(w); } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
};
for (const name of [...all.keys()].sort()) if (!index.has(name)) visit(name);

if (process.argv.includes('--picture')) {
  const folder = (name) => name.split('::')[0];
  const picture = new Map();
  for (const [name, used] of imports) {
    for (const target of used) {
      if (folder(target) === folder(name)) continue;
      if (!picture.has(folder(name))) picture.set(folder(name), new Set());
      picture.get(folder(name)).add(folder(target));
    }
  }
  for (const name of [...picture.keys()].sort()) console.log(`${name} → ${[...picture.get(name)].sort().join(', ')}`);
}
if (cycles.length > 0) {
  for (const cycle of cycles) console.error(`imports: these modules import each other in a cycle: ${cycle.join(', ')}`);
  process.exit(1);
}
console.log(`imports: ${all.size} modules of src/, no import cycle`);
