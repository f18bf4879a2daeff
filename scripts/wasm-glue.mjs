// The release build's last steps between a WebAssembly module and its wasm-bindgen glue, for
// the widget's start module (`make widget`) and the on-demand module (scripts/extension.mjs),
// in this order:
// - Classes no code can make are dropped, with the exports only they call. wasm-bindgen
//   exports every `#[wasm_bindgen]` struct of every dependency: Leptos's server functions bring
//   wasm-streams' three stream classes, though this app never makes a stream. A class with no
//   constructor and no `__wrap` (the glue's way of handing JavaScript an object made in Rust)
//   is never instantiated. About 1.5 KB brotli per module.
// - wasm-opt -Os: optimised for size. Not -Oz: -Os is smaller once brotli-compressed, which is
//   what a host page downloads (0.6 KB for the start module, 1.6 KB for the on-demand one).
// - Shorter names: wasm-bindgen names each import after the function it binds plus a 16-digit
//   hash (`__wbg_getElementById_7ee213db…`), and the glue names each one again: about 170 names
//   that brotli cannot shrink, written twice. Binaryen's pass
//   `--minify-imports-and-exports-and-modules` (what Emscripten does in its release builds)
//   renames them all to one or two letters and prints the old and new names; the glue is then
//   rewritten to match. About 4 KB brotli per module and glue.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The import modules of a WebAssembly file. */
function importModules(bytes) {
  return [...new Set(WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((entry) => entry.module))];
}

/** All three steps, in place, on wasm-bindgen's output. */
export function optimiseModuleAndGlue(wasmFile, scriptFile) {
  dropUnusedClasses(wasmFile, scriptFile);
  optimiseAndMinifyNames(wasmFile, scriptFile);
}

/** Drops the glue's classes that nothing can instantiate, and the exports only they call. */
function dropUnusedClasses(wasmFile, scriptFile) {
  let glue = readFileSync(scriptFile, 'utf8');
  const unused = [];
  // wasm-bindgen writes each class from `export class Name {` to a `}` alone on its line.
  for (const [block, name] of glue.matchAll(/^export class (\w+) \{\n[\s\S]*?^\}\n/gm)) {
    if (/^\s+constructor\(/m.test(block) || glue.includes(`${name}.__wrap(`)) continue;
    // Its registry of objects to free, and its `Symbol.dispose`.
    const finalization = new RegExp(`^const ${name}Finalization = [^;]*;\n`, 'm');
    const dispose = new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\n`, 'm');
    const registry = glue.match(finalization)?.[0] ?? '';
    unused.push({ name, exports: [...(block + registry).matchAll(/\bwasm\.(\w+)/g)].map((match) => match[1]) });
    glue = glue.replace(block, '').replace(finalization, '').replace(dispose, '');
    if (new RegExp(`\\b${name}\\b`).test(glue)) throw new Error(`wasm-glue: ${name} is still used in ${scriptFile}`);
  }
  if (unused.length === 0) return;
  const dropped = new Set(unused.flatMap((entry) => entry.exports));
  for (const name of dropped) {
    if (new RegExp(`\\bwasm\\.${name}\\b`).test(glue)) throw new Error(`wasm-glue: ${name} is called outside the dropped classes`);
  }
  // Binaryen's metadce keeps what the graph's roots reach: every export but the dropped ones.
  const module = new WebAssembly.Module(readFileSync(wasmFile));
  const graph = [
    ...WebAssembly.Module.exports(module).filter((entry) => !dropped.has(entry.name)).map((entry) => ({ name: `export ${entry.name}`, root: true, export: entry.name })),
    ...WebAssembly.Module.imports(module).map((entry) => ({ name: `import ${entry.module} ${entry.name}`, import: [entry.module, entry.name] })),
  ];
  const dir = mkdtempSync(path.join(tmpdir(), 'wasm-glue-'));
  try {
    const graphFile = path.join(dir, 'graph.json');
    writeFileSync(graphFile, JSON.stringify(graph));
    execFileSync('wasm-metadce', ['--graph-file', graphFile, wasmFile, '-o', wasmFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(scriptFile, glue);
}

/**
 * Optimises `wasmFile`, renames its imports and exports, and rewrites the glue `scriptFile` to
 * match.
 */
function optimiseAndMinifyNames(wasmFile, scriptFile) {
  const [module, ...others] = importModules(readFileSync(wasmFile));
  if (others.length > 0) throw new Error(`wasm-glue: ${wasmFile} imports from more than one module`);
  if (!module?.endsWith('_bg.js')) throw new Error(`wasm-glue: ${wasmFile} is not wasm-bindgen's output as it was written (renamed already?)`);
  const printed = execFileSync('wasm-opt', [wasmFile, '-Os', '--minify-imports-and-exports-and-modules', '-o', wasmFile], { encoding: 'utf8' });
  const renamed = JSON.parse(printed);
  const [newModule, ...more] = importModules(readFileSync(wasmFile));
  if (more.length > 0) throw new Error(`wasm-glue: ${wasmFile} now imports from more than one module`);

  let glue = readFileSync(scriptFile, 'utf8');
  // Each name is written exactly once where the glue gives it: as a key of the imports object
  // (`name: function(…)`), as `wasm.name` for an export, and the module as the object's key.
  const replaceAll = (pattern, by, what, { atLeast = 1, atMost = Infinity } = {}) => {
    const found = glue.match(pattern)?.length ?? 0;
    if (found < atLeast || found > atMost) throw new Error(`wasm-glue: ${what} is written ${found} times in ${scriptFile}`);
    glue = glue.replace(pattern, by);
  };
  for (const [, name, short] of renamed.imports) {
    replaceAll(new RegExp(`(?<=[\\s{,])${escape(name)}(?=: function)`, 'g'), JSON.stringify(short), `import ${name}`, { atMost: 1 });
  }
  for (const [name, short] of renamed.exports) {
    // An export the glue never calls (a dependency's) is only renamed.
    replaceAll(new RegExp(`\\bwasm\\.${escape(name)}\\b`, 'g'), `wasm[${JSON.stringify(short)}]`, `export ${name}`, { atLeast: 0 });
  }
  replaceAll(new RegExp(`(["'])${escape(module)}\\1(?=: import0)`, 'g'), JSON.stringify(newModule), `module ${module}`, { atMost: 1 });
  writeFileSync(scriptFile, glue);
}
