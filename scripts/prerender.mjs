// Post-build step: the start page built into index.html, so it shows as soon as the page
// arrives instead of once the app's WebAssembly has been fetched, compiled and started
// (docs/performance.md).
//
// The markup is the app's own: the built page is opened in headless Chromium, and once the app
// has started (its `app-started` performance mark), the start page it rendered is written into
// index.html with `data-prerendered` on its root, followed by src/ui/prerendered.js. When the
// app starts in a reader's browser it takes that page's place (src/ui/prerendered.rs). Nothing
// the app renders later, nor anything about the reader, can be in it: it is taken from a fresh
// browser with no input, before any answer exists.
//
// Run after scripts/loader.mjs (the page as it loads) and before scripts/csp.mjs, which allows
// the new inline script by its hash.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, startStaticServer } from '../tests/e2e/harness.mjs';

export const PRERENDERED = 'data-prerendered';
const EARLY_SCRIPT = fileURLToPath(new URL('../src/ui/prerendered.js', import.meta.url));

/** `html` with `startPage` (the app root's markup) and the early-input script before `</body>`. */
export function withStartPage(html, startPage) {
  if (html.includes(PRERENDERED)) throw new Error('prerender: the page already has a built-in start page');
  if (!/^<div class="app-root[ "]/.test(startPage)) throw new Error('prerender: the snapshot is not the app root');
  if (/<script\b/i.test(startPage)) throw new Error('prerender: the start page has a script in it');
  // Leptos's empty placeholders (comments) mean nothing in a page the app replaces.
  const root = startPage.replaceAll('<!---->', '').replace(/^<div /, `<div ${PRERENDERED} `);
  // The script without its comment lines: every byte here is on the first load.
  const script = readFileSync(EARLY_SCRIPT, 'utf8').replace(/^\s*\/\/.*\n/gm, '').trim();
  if (!html.includes('</body>')) throw new Error('prerender: no </body> in the page');
  return html.replace('</body>', `${root}\n    <script>${script}</script>\n  </body>`);
}

/** The start page the app in `dir` renders, as markup. */
export async function renderStartPage(dir) {
  const server = await startStaticServer(path.resolve(dir));
  const browser = await launchBrowser();
  try {
    // No service worker: nothing from this build run may be cached anywhere.
    const context = await browser.newContext({ serviceWorkers: 'block', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(server.origin + '/');
    await page.waitForFunction(() => performance.getEntriesByName('app-started').length > 0, null, { timeout: 30_000 });
    if (errors.length) throw new Error(`prerender: the app failed while starting: ${errors.join('; ')}`);
    return await page.evaluate(() => document.querySelector('.app-root').outerHTML);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
  const file = path.join(dir, 'index.html');
  const before = readFileSync(file, 'utf8');
  const html = withStartPage(before, await renderStartPage(dir));
  writeFileSync(file, html);
  console.log(`prerender: the start page and its script (${html.length - before.length} characters) built into ${file}`);
}
