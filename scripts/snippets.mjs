// Post-build step: wasm-bindgen writes each `inline_js` snippet as a module of its own
// (snippets/<crate>-<hash>/inlineN.js) that the app's script imports. That is one more module the
// browser must fetch before the app can start. This step writes each snippet into the script
// that imports it, in a scope of its own, and keeps the page in step: the script's
// modulepreload integrity hash is recomputed and the snippets' preload links are removed.
// Snippet files that nothing imports any more are deleted.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const page = path.join(staging, 'index.html');
const IMPORT = /^import \{ ([\w\s,]+) \} from '\.\/(snippets\/[^']+\.js)';$/gm;

const integrity = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;
const scripts = readdirSync(staging).filter((file) => file.endsWith('.js') && file !== 'sw.js');

let html = readFileSync(page, 'utf8');
const inlined = new Set();
for (const file of scripts) {
  const script = readFileSync(path.join(staging, file), 'utf8');
  const bundled = script.replace(IMPORT, (_, names, snippet) => {
    inlined.add(snippet);
    const body = readFileSync(path.join(staging, snippet), 'utf8').replace(/^export /gm, '');
    if (/^import\b/m.test(body)) throw new Error(`snippets: ${snippet} imports modules itself; it cannot be inlined`);
    return `const { ${names.trim()} } = (() => {\n${body}\nreturn { ${names.trim()} };\n})();`;
  });
  if (bundled === script) continue;
  if (/from '\.\/snippets\//.test(bundled)) throw new Error(`snippets: an import in ${file} was not inlined`);
  writeFileSync(path.join(staging, file), bundled);
  // The page preloads the script with its integrity hash: it must match the new content.
  const link = new RegExp(`(<link rel="modulepreload" href="/${file.replace(/\./g, '\\.')}"[^>]*integrity=")[^"]*(")`);
  if (link.test(html)) html = html.replace(link, `$1${integrity(bundled)}$2`);
  console.log(`snippets: ${file} now carries its snippets`);
}

// Nothing imports the inlined snippets any more: no preload link, no file (so no service worker entry).
for (const snippet of inlined) {
  html = html.replace(new RegExp(`<link rel="modulepreload" href="/${snippet.replace(/\./g, '\\.')}"[^>]*>`), '');
  rmSync(path.join(staging, snippet));
}
const snippetsDir = path.join(staging, 'snippets');
if (existsSync(snippetsDir) && readdirSync(snippetsDir, { recursive: true, withFileTypes: true }).every((entry) => !entry.isFile())) {
  rmSync(snippetsDir, { recursive: true });
}
writeFileSync(page, html);
