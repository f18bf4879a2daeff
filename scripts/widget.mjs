// `make widget`, after wasm-pack: the rest of the package in pkg/.
// - referral_assistant_bg.wasm: the start module, optimised as the on-demand one is
//   (scripts/wasm-glue.mjs).
// - referral-assistant.css: the app's stylesheet for the shadow root, made so the host page
//   cannot restyle the tool:
//   - every custom property it reads is the tool's own: GOV.UK Frontend's `--govuk-…` become
//     `--referral-assistant-govuk-…` (a host built with GOV.UK Frontend sets its own), and
//     those set on `:root` are also set on `:host`, `!important` (in the shadow tree's own
//     context that beats the host's rules on the element, and inheritance from its root);
//   - every `rem` becomes a multiple of `--referral-assistant-rem` (set on `:host`,
//     style/_embed.scss), so a host page's root font size (`html { font-size: 62.5% }`) does
//     not rescale the tool. Media queries are left alone: their `em` is the browser's default.
// - referral-assistant-start.css: the same with only what the start page can need, part of the
//   first load: the selectors whose every class is in the start module (class names are
//   strings in its WebAssembly). The shell adds the whole stylesheet with the on-demand module;
//   it comes after, with every rule in the same order, so it decides as it would alone.
// - referral_assistant_on_demand_bg.wasm: the on-demand module (everything after the start
//   page; src/extension/), the standalone app's second module, built the same way
//   (scripts/extension.mjs).
// - embed.js: the loader a host page includes (src/embed/embed.js) with both modules'
//   wasm-bindgen glue written in, and the integrity hashes of the two WebAssembly files and the
//   two stylesheets, which it checks when it fetches them: the one hash a host page puts on its
//   script element (`integrity=`) covers every file the tool runs. Minified with terser (it is
//   part of the widget's first load); the readable source is src/embed/embed.js.
// - frame.html, frame.css: the ready framed page for iframe mode; frame-host.js: the host
//   page's side (sizes the frame from the height messages).
// - README.md: docs/embedding.md for a partnership's web manager (packageReadme, below), in
//   place of the project README wasm-pack copies; partnership-config.schema.json, which it
//   names, from public/schema/.
// - package.json (wasm-pack's, with this package's files), CHANGELOG.md, and integrity.json:
//   each file's SHA-384, as `integrity=` takes it.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import { minify } from 'terser';
import { keepingSelectors } from './style.mjs';
import { optimiseModuleAndGlue } from './wasm-glue.mjs';
import { buildExtension } from './extension.mjs';
import valueParser from 'postcss-value-parser';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const PKG = process.env.PKG ?? path.join(ROOT, 'pkg');
export const REM_PROPERTY = '--referral-assistant-rem';
const OWN = '--referral-assistant-';

/** The stylesheet for the shadow root (see above). */
export function widgetCss(css) {
  const plugin = {
    postcssPlugin: 'widget',
    Rule(rule) {
      if (rule.selectors.includes(':root')) rule.selectors = [...new Set([...rule.selectors, ':host'])];
    },
    Declaration(declaration) {
      if (declaration.prop.startsWith('--govuk-')) declaration.prop = OWN + declaration.prop.slice(2);
      if (declaration.prop.startsWith('--') && declaration.parent?.selectors?.includes(':host')) declaration.important = true;
      if (declaration.value.includes('var(--govuk-')) declaration.value = declaration.value.replaceAll('var(--govuk-', `var(${OWN}govuk-`);
      if (!/rem\b/i.test(declaration.value)) return;
      const value = valueParser(declaration.value);
      let changed = false;
      value.walk((node) => {
        if (node.type !== 'word') return;
        const number = valueParser.unit(node.value);
        if (!number || number.unit.toLowerCase() !== 'rem') return;
        node.value = `calc(${number.number} * var(${REM_PROPERTY}))`;
        changed = true;
      });
      if (changed) declaration.value = value.toString();
    },
  };
  return postcss([plugin]).process(css, { from: undefined }).css;
}

/** A file's SHA-384 as `integrity=` takes it. */
export const integrity = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;

/** wasm-bindgen's glue without its `export`s (the names it exported, and its init function). */
function unexported(glue, file) {
  if (/^import /m.test(glue)) throw new Error(`widget: ${file} imports other files (snippets): they would not be covered by its hash`);
  const names = [...glue.matchAll(/^export (?:function|class) (\w+)/gm)].map((match) => match[1]);
  const inner = glue
    .replace(/^export (function|class|const|let) /gm, '$1 ')
    .replace(/^export \{[^}]*\};?\n/gm, '')
    .replace(/^export default [^;]+;\n/gm, '');
  if (/^export /m.test(inner)) throw new Error(`widget: an export of ${file} was not recognised`);
  return { inner, names };
}

/**
 * embed.js: the loader with both modules' wasm-bindgen glue written in (one file, so one hash
 * covers all three) and the hashes of the files it fetches. The start page's glue is at the top
 * level; the on-demand module's is in a scope of its own (the two define the same names).
 */
export function bundleLoader(loader, glue, onDemandGlue, hashes) {
  const importLine = /^import init, \{[^}]*\} from '\.\/referral_assistant\.js';\n/m;
  const onDemandLine = /^import \* as onDemand from '\.\/extension\.js';\n/m;
  if (!importLine.test(loader) || !onDemandLine.test(loader)) throw new Error('widget: embed.js does not import the glue as expected');
  const shell = unexported(glue, 'referral_assistant.js');
  const onDemand = unexported(onDemandGlue, 'extension.js');
  const placeholders = {
    __WASM_INTEGRITY__: hashes.wasm,
    __ON_DEMAND_WASM_INTEGRITY__: hashes.onDemandWasm,
    __START_CSS_INTEGRITY__: hashes.startCss,
    __CSS_INTEGRITY__: hashes.css,
  };
  let body = loader
    .replace(importLine, '')
    .replace(onDemandLine, `const onDemand = (() => {\n${onDemand.inner}\nreturn Object.freeze({ default: __wbg_init, ${onDemand.names.join(', ')} });\n})();\n`);
  for (const [placeholder, hash] of Object.entries(placeholders)) body = body.replace(`'${placeholder}'`, JSON.stringify(hash));
  if (/__\w*INTEGRITY__/.test(body)) throw new Error('widget: integrity placeholders left in embed.js');
  return `// wasm-bindgen's glue (referral_assistant.js), written in by scripts/widget.mjs.\n${shell.inner}\nconst init = __wbg_init;\n\n${body}`;
}

const DEVELOPERS_START = '<!-- developers: start -->';
const DEVELOPERS_END = '<!-- developers: end -->';

/**
 * The package's README.md, from docs/embedding.md (one source, so the two cannot drift): for a
 * partnership's web manager, who has the package and not the repository. The parts between
 * `<!-- developers: start -->` and `<!-- developers: end -->` are left out, a link into the
 * repository is written as its text (links to the web and to the page's own headings stay), and
 * under the title a line says which package and version this is.
 */
export function packageReadme(doc, { name, version }) {
  const parts = doc.split(DEVELOPERS_START);
  let text = parts[0];
  for (const part of parts.slice(1)) {
    const end = part.indexOf(DEVELOPERS_END);
    if (end < 0) throw new Error(`widget: docs/embedding.md: a "${DEVELOPERS_START}" has no "${DEVELOPERS_END}" after it`);
    text += part.slice(end + DEVELOPERS_END.length);
  }
  if (text.includes(DEVELOPERS_END)) throw new Error(`widget: docs/embedding.md: a "${DEVELOPERS_END}" has no start`);
  text = text.replace(/\[([^\]]+)\]\((?!https?:|#)[^)]*\)/g, '$1').replace(/\n{3,}/g, '\n\n').trimEnd();
  const newline = text.indexOf('\n');
  if (!text.startsWith('# ') || newline < 0) throw new Error('widget: docs/embedding.md does not start with its title');
  const about = `<!-- Written by \`make widget\` from docs/embedding.md in the tool's source: change that page, not this file. -->\n\n`
    + `This is the README of the widget package \`${name}\` ${version}.\n`
    + 'Paths such as `public/examples/` are in the tool\'s source, not in the package.';
  return `${text.slice(0, newline)}\n\n${about}${text.slice(newline)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const app = readFileSync(path.join(ROOT, 'target', 'style', 'app.css'), 'utf8');
  const css = widgetCss(app);
  if (/\d(\.\d+)?rem\b/.test(css.replace(/@media[^{]*\{/g, ''))) throw new Error('widget: a rem length was left in the stylesheet');
  if (/--govuk-/.test(css)) throw new Error('widget: a --govuk- custom property was left in the stylesheet');
  writeFileSync(path.join(PKG, 'referral-assistant.css'), css);
  optimiseModuleAndGlue(path.join(PKG, 'referral_assistant_bg.wasm'), path.join(PKG, 'referral_assistant.js'));
  const wasm = readFileSync(path.join(PKG, 'referral_assistant_bg.wasm'));
  const startCss = keepingSelectors(css, (name) => wasm.includes(name));
  writeFileSync(path.join(PKG, 'referral-assistant-start.css'), startCss);
  const glue = readFileSync(path.join(PKG, 'referral_assistant.js'), 'utf8');
  const built = buildExtension({ targetDir: process.env.CARGO_TARGET_DIR ?? path.join(ROOT, 'target') });
  let onDemandWasm, onDemandGlue;
  try {
    onDemandWasm = readFileSync(built.wasm);
    onDemandGlue = readFileSync(built.script, 'utf8');
  } finally {
    rmSync(built.dir, { recursive: true, force: true });
  }
  writeFileSync(path.join(PKG, 'referral_assistant_on_demand_bg.wasm'), onDemandWasm);
  const loader = readFileSync(path.join(ROOT, 'src', 'embed', 'embed.js'), 'utf8');
  const bundled = bundleLoader(loader, glue, onDemandGlue, {
    wasm: integrity(wasm),
    onDemandWasm: integrity(onDemandWasm),
    startCss: integrity(startCss),
    css: integrity(css),
  });
  const { version } = JSON.parse(readFileSync(path.join(PKG, 'package.json'), 'utf8'));
  const { code: embed } = await minify(bundled, {
    module: true,
    format: { preamble: `// Referral assistant ${version}: the widget's loader, built from src/embed/embed.js (docs/embedding.md).` },
  });
  writeFileSync(path.join(PKG, 'embed.js'), embed);
  rmSync(path.join(PKG, 'referral_assistant.js'));
  copyFileSync(path.join(ROOT, 'src', 'embed', 'frame.css'), path.join(PKG, 'frame.css'));
  copyFileSync(path.join(ROOT, 'public', 'examples', 'iframe', 'host.js'), path.join(PKG, 'frame-host.js'));
  const frame = readFileSync(path.join(ROOT, 'src', 'embed', 'frame.html'), 'utf8')
    .replace('<script type="module" src="embed.js">', `<script type="module" src="embed.js" integrity="${integrity(embed)}">`)
    .replace('<link rel="stylesheet" href="frame.css">', `<link rel="stylesheet" href="frame.css" integrity="${integrity(readFileSync(path.join(PKG, 'frame.css')))}">`);
  writeFileSync(path.join(PKG, 'frame.html'), frame);
  copyFileSync(path.join(ROOT, 'src', 'embed', 'CHANGELOG.md'), path.join(PKG, 'CHANGELOG.md'));

  // wasm-pack's package.json, with this package's own files and entry point.
  const files = ['embed.js', 'referral_assistant_bg.wasm', 'referral_assistant_on_demand_bg.wasm', 'referral-assistant-start.css', 'referral-assistant.css', 'frame.html', 'frame.css', 'frame-host.js', 'CHANGELOG.md', 'partnership-config.schema.json', 'README.md', 'integrity.json'];
  const pack = JSON.parse(readFileSync(path.join(PKG, 'package.json'), 'utf8'));
  const changelog = readFileSync(path.join(PKG, 'CHANGELOG.md'), 'utf8');
  if (!changelog.includes(`## ${pack.version}`)) throw new Error(`widget: CHANGELOG.md has no entry for ${pack.version}`);
  copyFileSync(path.join(ROOT, 'public', 'schema', 'partnership-config.schema.json'), path.join(PKG, 'partnership-config.schema.json'));
  writeFileSync(path.join(PKG, 'README.md'), packageReadme(readFileSync(path.join(ROOT, 'docs', 'embedding.md'), 'utf8'), pack));
  // Importing embed.js mounts #referral-assistant: it has side effects, a bundler must keep it.
  Object.assign(pack, { main: 'embed.js', module: 'embed.js', files, exports: { '.': './embed.js' }, sideEffects: true });
  delete pack.types;
  writeFileSync(path.join(PKG, 'package.json'), JSON.stringify(pack, null, 2) + '\n');
  const hashes = Object.fromEntries(files.filter((f) => f !== 'integrity.json').map((f) => [f, integrity(readFileSync(path.join(PKG, f)))]));
  writeFileSync(path.join(PKG, 'integrity.json'), JSON.stringify({ name: pack.name, version: pack.version, integrity: hashes }, null, 2) + '\n');
  console.log(`widget: ${pack.name} ${pack.version}; embed.js ${hashes['embed.js']}`);
}
