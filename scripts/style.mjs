// The app's stylesheet, target/style/app.css, for Trunk's build (Trunk.toml) and the widget
// (`make widget`, which derives the shadow root's stylesheet from it in scripts/widget.mjs):
// - style/main.scss compiled with npm `sass` (GOV.UK Frontend's components the app uses, then
//   the app's own layer);
// - then GOV.UK Frontend's rules for classes the app never writes are left out: a component's
//   modifiers and parts we do not use (about a third of the file: 4 KB of the first load,
//   brotli). A `govuk-` class counts as written when it appears as a word in the app's sources
//   (src/, index.html): every class the app sets is written out whole there. The end-to-end
//   harness checks this on every screen it checks with axe (tests/e2e/harness.mjs). The app's
//   own `app-` rules are all kept.
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import * as sass from 'sass';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = path.join(ROOT, 'target', 'style', 'app.css');

/** Every word in the app's sources that could be a class name. */
export function writtenWords(root = ROOT) {
  const walk = (dir) => readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
  const sources = [...walk(path.join(root, 'src')), path.join(root, 'index.html')].filter((file) => /\.(rs|js|html)$/.test(file));
  const words = new Set();
  for (const file of sources) for (const [word] of readFileSync(file, 'utf8').matchAll(/[\w!-]+/g)) words.add(word);
  return words;
}

/** The classes a selector needs on the page (those inside `:not(…)` are ones it must not have). */
function classesNeeded(selector) {
  const without = selector.replace(/:not\((?:[^()]|\([^()]*\))*\)/g, '');
  return [...without.matchAll(/\.((?:\\.|[\w-])+)/g)].map(([, name]) => name.replaceAll('\\', ''));
}

/**
 * `css` with only the selectors whose every class passes `written` (a rule left with none goes,
 * and so does an @media left empty). Here, a `govuk-` class must be written in the sources; for
 * the widget's start page, every class must be in its first module (scripts/widget.mjs).
 */
export function keepingSelectors(css, written) {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return;
    const used = rule.selectors.filter((selector) => classesNeeded(selector).every(written));
    if (used.length === 0) rule.remove();
    else if (used.length < rule.selectors.length) rule.selectors = used;
  });
  root.walkAtRules((atRule) => {
    if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
  });
  return root.toString();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const compiled = sass.compile(path.join(ROOT, 'style', 'main.scss'), {
    loadPaths: [path.join(ROOT, 'node_modules')],
    style: 'compressed',
    quietDeps: true,
    sourceMap: false,
  });
  mkdirSync(path.dirname(OUT), { recursive: true });
  const words = writtenWords();
  writeFileSync(OUT, keepingSelectors(compiled.css, (name) => !name.startsWith('govuk-') || words.has(name)));
}
