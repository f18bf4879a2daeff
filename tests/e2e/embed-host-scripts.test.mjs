// Embedding next to what a host page's own scripts do (issue 23 point 6): a CMS that adds the
// snippet twice loads `embed.js` twice (a theme and a plugin each with its copy of the package,
// or the same file under a cache-busting query), and a host script moves the host element into
// another container (a tab, an accordion, a layout change). Each host element holds one tool,
// and a moved tool keeps working with no uncaught error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PKG, ROOT, assertCleanSession, launchBrowser, openApp, startStaticServer, widgetPackageFiles } from './harness.mjs';
import { FILLER, formFor } from './journey.mjs';

const WESTMERE = path.join(ROOT, 'public', 'examples', 'config', 'westmere.json');
const WESTMERE_EXIT = 'https://www.metoffice.gov.uk/';
const DEMO_EXIT = 'https://www.bbc.co.uk/weather';
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";
/** Where the test's host pages find the package: the site's copy, and a plugin's own copy. */
const COPIES = ['/referral-assistant/', '/plugins/referral-assistant/'];
/** Answers: a scenario's, and the journey's filler for questions it leaves open. */
const S01 = JSON.parse(readFileSync(path.join(ROOT, 'rules', 'tests', 'scenarios', 'S01.facts.json'), 'utf8'));

let tree, server, browser, pages = 0;
before(async () => {
  const files = await widgetPackageFiles();
  tree = mkdtempSync(path.join(tmpdir(), 'embed-host-scripts-'));
  for (const copy of COPIES) {
    mkdirSync(path.join(tree, copy), { recursive: true });
    for (const file of files) cpSync(path.join(PKG, file), path.join(tree, copy, file));
  }
  mkdirSync(path.join(tree, 'site'));
  cpSync(WESTMERE, path.join(tree, 'site', 'westmere.json'));
  cpSync(path.dirname(WESTMERE), path.join(tree, 'examples', 'config'), { recursive: true });
  // A single-page host's module: the API of the copy it names, on window.
  for (const [index, copy] of COPIES.entries()) {
    writeFileSync(path.join(tree, 'site', `api-${index}.js`), `import { mount, unmount } from '${copy}embed.js';\nwindow.referralAssistant${index} = { mount, unmount };\n`);
  }
  server = await startStaticServer(tree);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.close(); });

/** A host page at /site/page-N.html with `body`, then a module script for each of `scripts`. */
function hostPage(body, scripts) {
  const name = `page-${++pages}.html`;
  writeFileSync(path.join(tree, 'site', name), `<!DOCTYPE html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${CSP}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>A partnership's page</title>
    <link rel="icon" href="data:,">
  </head>
  <body>
    <h1>Partnership news</h1>
    ${body}
${scripts.map((src) => `    <script type="module" src="${src}"></script>`).join('\n')}
  </body>
</html>
`);
  return `/site/${name}`;
}

const open = (pagePath) => openApp(browser, server, { path: pagePath, ready: null, allowNavigationTo: [WESTMERE_EXIT, DEMO_EXIT] });

async function shown(host) {
  await host.locator('.app-host:not([hidden])').waitFor();
  await host.locator('#main-content h1').first().waitFor();
}

const heading = async (host) => (await host.locator('#main-content h1').first().innerText()).trim();

/** Answers the question showing in `host` (S01's answer, or the filler), and waits for the next page. */
async function answerNext(host) {
  const question = await host.locator('#main-content input[type=radio]').first().getAttribute('name');
  await host.locator('#main-content input[type=radio]').first().waitFor();
  const form = formFor(question, question in S01 ? S01[question] : FILLER[question]);
  await host.locator(`input[name="${question}"][value="${form.choice}"]`).check();
  if (form.date) {
    const [d, m, y] = form.date;
    await host.locator(`#${question}-date-day`).fill(d);
    await host.locator(`#${question}-date-month`).fill(m);
    await host.locator(`#${question}-date-year`).fill(y);
  }
  if (form.number) await host.locator(`#${question}-number`).fill(form.number);
  if (form.text) await host.locator(`#${question}-name`).fill(form.text);
  const before = await heading(host);
  await host.getByRole('button', { name: 'Continue' }).click();
  await host.locator('#main-content h1').filter({ hasNotText: before }).first().waitFor();
}

/** How many tools `selector`'s element holds, and how many start pages and pages show in it. */
const toolsIn = (page, selector) => page.locator(selector).evaluate((element) => ({
  containers: element.shadowRoot?.querySelectorAll('.app-host').length ?? 0,
  roots: element.shadowRoot?.querySelectorAll('.app-root').length ?? 0,
  headings: element.shadowRoot?.querySelectorAll('#main-content h1').length ?? 0,
  light: element.children.length,
}));
const ONE_TOOL = { containers: 1, roots: 1, headings: 1, light: 0 };

/** The package files the server sent for `copy`, each as often as it was asked for. */
const fetchedFrom = (copy, from) => server.log.slice(from).filter((entry) => entry.path.startsWith(copy)).map((entry) => entry.path.slice(copy.length)).sort();

/** A whole assessment's first steps and Back in `host`: the tool works. */
async function works(host) {
  await host.getByRole('button', { name: 'Start now' }).click();
  await host.locator('#main-content input[type=radio]').first().waitFor();
  const first = await heading(host);
  await answerNext(host);
  await answerNext(host);
  await host.getByRole('link', { name: 'Back' }).click();
  await host.locator('#main-content h1').filter({ hasNotText: first }).first().waitFor();
  await host.getByRole('link', { name: 'Back' }).click();
  await host.locator('#main-content h1').filter({ hasText: first }).first().waitFor();
}

for (const [how, scripts] of [
  ['two copies of the package (a theme\'s and a plugin\'s)', COPIES.map((copy) => `${copy}embed.js`)],
  ['the same file under a cache-busting query', ['/referral-assistant/embed.js', '/referral-assistant/embed.js?ver=6.4']],
]) {
  test(`embed.js loaded twice, ${how}: one tool in the host element, and it works`, async () => {
    const from = server.log.length;
    const session = await open(hostPage('<div id="referral-assistant" data-config="/site/westmere.json"></div>', scripts));
    const { page } = session;
    const host = page.locator('#referral-assistant');
    await shown(host);
    // Both copies have run (each registers itself before it mounts).
    await page.waitForFunction(() => document.querySelectorAll('script[type=module]').length === 2);
    await works(host);
    assert.deepEqual(await toolsIn(page, '#referral-assistant'), ONE_TOOL);
    assert.match(await host.locator('.app-header').innerText(), /Westmere Safeguarding Children Partnership/);
    // The second copy hands over to the first: nothing of the tool is fetched twice.
    const fetched = fetchedFrom('/referral-assistant/', from).concat(fetchedFrom('/plugins/referral-assistant/', from));
    assert.deepEqual(fetched.filter((file) => file !== 'embed.js' && !file.startsWith('embed.js?')).sort(), [
      'referral-assistant-start.css', 'referral-assistant.css', 'referral_assistant_bg.wasm', 'referral_assistant_on_demand_bg.wasm',
    ], 'each of the tool\'s files once');
    assert.equal(server.log.slice(from).filter((entry) => entry.path === '/site/westmere.json').length, 1, 'the configuration file once');
    await Promise.all([page.waitForURL(WESTMERE_EXIT), host.getByRole('button', { name: 'Emergency Exit this page' }).click()]);
    // The query string is the host's own (a CMS's cache-busting), on the package's own file.
    session.requests = session.requests.filter((r) => r.url !== `${server.origin}/referral-assistant/embed.js?ver=6.4`);
    server.log.splice(from, Infinity, ...server.log.slice(from).filter((entry) => entry.path !== '/referral-assistant/embed.js?ver=6.4'));
    await assertCleanSession(session);
  });
}

test('embed.js loaded twice: either copy\'s mount and unmount act on the same tools, one per element', async () => {
  const pagePath = hostPage('<div id="first"></div>\n    <div id="second" data-name="Second Partnership"></div>', ['/site/api-0.js', '/site/api-1.js']);
  const session = await open(pagePath);
  const { page } = session;
  await page.waitForFunction(() => window.referralAssistant0 && window.referralAssistant1);
  // Both copies mount the first element at once, and the second copy mounts the second.
  await page.evaluate(() => Promise.all([
    window.referralAssistant0.mount(document.getElementById('first')),
    window.referralAssistant1.mount(document.getElementById('first')),
    window.referralAssistant1.mount(document.getElementById('second')),
  ]));
  await shown(page.locator('#first'));
  await shown(page.locator('#second'));
  assert.deepEqual(await toolsIn(page, '#first'), ONE_TOOL);
  assert.deepEqual(await toolsIn(page, '#second'), ONE_TOOL);
  assert.match(await page.locator('#second .app-header').innerText(), /Second Partnership/);
  await works(page.locator('#second'));
  // A tool mounted through one copy is unmounted through the other.
  assert.deepEqual(await page.evaluate(async () => [
    await window.referralAssistant1.unmount(document.getElementById('first')),
    await window.referralAssistant0.unmount(document.getElementById('first')),
  ]), [true, false]);
  assert.equal(await page.evaluate(() => document.getElementById('first').shadowRoot.childNodes.length), 0);
  // The other tool carries on where it was (the first question).
  await answerNext(page.locator('#second'));
  assert.deepEqual(await toolsIn(page, '#second'), ONE_TOOL);
  await assertCleanSession(session);
});

/**
 * Moves the tool's host element (or the one parked on `window.__parked`) into `#into`, and
 * resolves once every stylesheet in its shadow root has loaded again: the browser reloads a link
 * that leaves the document and comes back, and fires its events again. Resolves to how many.
 */
const moveAndReload = (page, into) => page.evaluate(async (target) => {
  const element = document.getElementById('referral-assistant') ?? window.__parked;
  const links = [...element.shadowRoot.querySelectorAll('link[rel=stylesheet]')];
  const reloaded = Promise.all(links.map((link) => new Promise((resolve) => link.addEventListener('load', resolve, { once: true }))));
  document.getElementById(target).append(element);
  await reloaded;
  // The tool's own listeners were added before the test's and have run: one more task anyway.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return links.length;
}, into);

test('a host script moves the host element: the tool keeps working, its styles and state, with no uncaught error', async () => {
  const session = await open(hostPage(`<div id="here"><div id="referral-assistant" data-config="/site/westmere.json"></div></div>
    <div id="elsewhere"></div>`, ['/referral-assistant/embed.js']));
  const { page } = session;
  const host = page.locator('#referral-assistant');
  await shown(host);

  // Moved on the start page (the start page's stylesheet only, or the whole one too once the
  // rest of the tool has arrived).
  assert.ok(await moveAndReload(page, 'elsewhere') >= 1);
  assert.deepEqual(await toolsIn(page, '#elsewhere > #referral-assistant'), ONE_TOOL);
  await host.getByRole('button', { name: 'Start now' }).click();
  await host.locator('#main-content input[type=radio]').first().waitFor();
  await answerNext(host);
  const second = await heading(host);

  // Moved on a question page, with both stylesheets: the answers and the page stay.
  assert.equal(await moveAndReload(page, 'here'), 2);
  assert.equal(await heading(host), second);
  assert.equal(await host.locator('#main-content h1').evaluate((h1) => getComputedStyle(h1).fontSize), '36px', 'still styled (GOV.UK\'s large legend)');
  await answerNext(host);
  await host.getByRole('link', { name: 'Back' }).click();
  await host.locator('#main-content h1').filter({ hasText: second }).waitFor();

  // Taken out of the page for a while (a closed tab panel), then put back.
  await page.evaluate(() => { window.__parked = document.getElementById('referral-assistant'); window.__parked.remove(); });
  assert.equal(await host.count(), 0);
  assert.equal(await moveAndReload(page, 'elsewhere'), 2);
  assert.deepEqual(await toolsIn(page, '#elsewhere > #referral-assistant'), ONE_TOOL);
  assert.equal(await heading(host), second);
  await answerNext(host);

  // Quick exit still works, by the button and by the keyboard.
  await moveAndReload(page, 'here');
  await Promise.all([page.waitForURL(WESTMERE_EXIT), (async () => { for (let i = 0; i < 3; i++) await page.keyboard.press('Shift'); })()]);
  assert.deepEqual(session.navigationsOut, [WESTMERE_EXIT]);
  await assertCleanSession(session);
});

test('a host element moved while the tool is still starting gets one tool, in its new place', async () => {
  // The host's script moves the element as soon as the page is parsed, before the
  // configuration file has arrived.
  writeFileSync(path.join(tree, 'site', 'move-early.js'), "document.getElementById('elsewhere').append(document.getElementById('referral-assistant'));\n");
  const session = await open(hostPage(`<div id="here"><div id="referral-assistant" data-config="/site/westmere.json"></div></div>
    <div id="elsewhere"></div>`, ['/referral-assistant/embed.js', '/site/move-early.js']));
  const { page } = session;
  const host = page.locator('#elsewhere > #referral-assistant');
  await shown(host);
  assert.deepEqual(await toolsIn(page, '#elsewhere > #referral-assistant'), ONE_TOOL);
  await works(host);
  await Promise.all([page.waitForURL(WESTMERE_EXIT), host.getByRole('button', { name: 'Emergency Exit this page' }).click()]);
  await assertCleanSession(session);
});
