// Post-build step: two changes to how Trunk's page loads the app, both to show the start page
// sooner (docs/performance.md).
//
// 1. The WebAssembly is fetched and compiled from the top of the page. Trunk's loader is a
//    module script, and module scripts wait for the stylesheet and for the app's script; so
//    compilation started only after both had arrived. A small classic script before the
//    stylesheet now starts it at once (with the integrity hash Trunk computed), and the loader
//    instantiates the compiled module. The preload link it replaces is removed.
// 2. wasm-bindgen writes each `inline_js` snippet as a module of its own
//    (snippets/<crate>-<hash>/inlineN.js), one more module to fetch before the app can start.
//    Each snippet is written into the script that imports it, in a scope of its own; the script's
//    modulepreload integrity hash is recomputed, and the snippet files and their preload links go.
//
// Both scripts the page then has inline are allowed by hash in the Content Security Policy
// (scripts/csp.mjs, the next step).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const page = path.join(staging, 'index.html');
/** The global the early script leaves the compilation in, for Trunk's loader. */
export const COMPILED_MODULE = 'appCompiledModule';

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const integrity = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;

/** `html` with the app's WebAssembly fetched and compiled by a script at the top of the page. */
export function compileEarly(html) {
  const loader = html.match(/await init\(\{ module_or_path: '([^']+_bg\.wasm)' \}\)/);
  if (!loader) throw new Error("loader: Trunk's loader (init with module_or_path) not found");
  const wasm = loader[1];
  const preload = html.match(new RegExp(`<link rel="preload" href="${escapeRegExp(wasm)}"[^>]*>`));
  const hash = preload?.[0].match(/integrity="([^"]+)"/)?.[1];
  // A server that does not label .wasm as application/wasm still works: compiled from the bytes.
  const early = `<script>window.${COMPILED_MODULE} = fetch(${JSON.stringify(wasm)}${hash ? `, { integrity: ${JSON.stringify(hash)} }` : ''}).then((response) => (response.headers.get('content-type') ?? '').startsWith('application/wasm') ? WebAssembly.compileStreaming(response) : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes)));</script>`;
  const stylesheet = html.indexOf('<link rel="stylesheet"');
  if (stylesheet < 0) throw new Error('loader: no stylesheet link to place the early script before');
  html = `${html.slice(0, stylesheet)}${early}\n    ${html.slice(stylesheet)}`;
  html = html.replace(loader[0], `await init({ module_or_path: window.${COMPILED_MODULE} })`);
  return preload ? html.replace(preload[0], '') : html;
}

/** Writes wasm-bindgen's snippets into the scripts in `dir` that import them; `html` kept in step. */
export function inlineSnippets(dir, html) {
  const IMPORT = /^import \{ ([\w\s,]+) \} from '\.\/(snippets\/[^']+\.js)';$/gm;
  const inlined = new Set();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js') && name !== 'sw.js')) {
    const script = readFileSync(path.join(dir, file), 'utf8');
    const bundled = script.replace(IMPORT, (_, names, snippet) => {
      inlined.add(snippet);
      const body = readFileSync(path.join(dir, snippet), 'utf8').replace(/^export /gm, '');
      if (/^import\b/m.test(body)) throw new Error(`loader: ${snippet} imports modules itself; it cannot be inlined`);
      return `const { ${names.trim()} } = (() => {\n${body}\nreturn { ${names.trim()} };\n})();`;
    });
    if (bundled === script) continue;
    if (/from '\.\/snippets\//.test(bundled)) throw new Error(`loader: an import in ${file} was not inlined`);
    writeFileSync(path.join(dir, file), bundled);
    // The page preloads the script with its integrity hash: it must match the new content.
    const link = new RegExp(`(<link rel="modulepreload" href="/${escapeRegExp(file)}"[^>]*integrity=")[^"]*(")`);
    html = html.replace(link, `$1${integrity(bundled)}$2`);
  }
  // No script imports a snippet any more (an import left would have stopped the build above), so
  // none is preloaded or shipped: neither the inlined ones nor any other (Trunk links every
  // snippet folder it finds from earlier builds, and the on-demand module's build brings its own).
  html = html.replace(/<link rel="modulepreload" href="\/snippets\/[^"]*"[^>]*>/g, '');
  rmSync(path.join(dir, 'snippets'), { recursive: true, force: true });
  return { html, inlined: inlined.size };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { html, inlined } = inlineSnippets(staging, compileEarly(readFileSync(page, 'utf8')));
  writeFileSync(page, html);
  console.log(`loader: the WebAssembly compiles from the top of ${page}; ${inlined} snippet(s) written into the scripts that import them`);
}
