// Shorter names between a release module and its wasm-bindgen glue. wasm-bindgen names each
// import after the function it binds plus a 16-digit hash (`__wbg_getElementById_7ee213db…`),
// and the glue names each one again: about 170 names that brotli cannot shrink, written twice.
// Binaryen's pass `--minify-imports-and-exports-and-modules` (what Emscripten does in its
// release builds) renames them all to one or two letters and prints the old and new names; the
// glue is then rewritten to match. Used by `make widget` (both modules) and by the standalone
// app's on-demand module (scripts/extension.mjs); about 4 KB brotli per module and glue.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The import modules of a WebAssembly file. */
function importModules(bytes) {
  return [...new Set(WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((entry) => entry.module))];
}

/** Renames the imports and exports of `wasmFile` and rewrites the glue `scriptFile` to match. */
export function minifyNames(wasmFile, scriptFile) {
  const [module, ...others] = importModules(readFileSync(wasmFile));
  if (others.length > 0) throw new Error(`minify-names: ${wasmFile} imports from more than one module`);
  if (!module?.endsWith('_bg.js')) throw new Error(`minify-names: ${wasmFile} is not wasm-bindgen's output as it was written (renamed already?)`);
  const printed = execFileSync('wasm-opt', [wasmFile, '--minify-imports-and-exports-and-modules', '-o', wasmFile], { encoding: 'utf8' });
  const renamed = JSON.parse(printed);
  const [newModule, ...more] = importModules(readFileSync(wasmFile));
  if (more.length > 0) throw new Error(`minify-names: ${wasmFile} now imports from more than one module`);

  let glue = readFileSync(scriptFile, 'utf8');
  // Each name is written exactly once where the glue gives it: as a key of the imports object
  // (`name: function(…)`), as `wasm.name` for an export, and the module as the object's key.
  const replaceAll = (pattern, by, what, { atLeast = 1, atMost = Infinity } = {}) => {
    const found = glue.match(pattern)?.length ?? 0;
    if (found < atLeast || found > atMost) throw new Error(`minify-names: ${what} is written ${found} times in ${scriptFile}`);
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
