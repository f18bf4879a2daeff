// Embedding (issue 6): the widget package (pkg/, `make widget`) on the example host pages
// (public/examples/): in a shadow root through a module script, and in an iframe on another
// origin. The tool works fully inside each; host styles are unchanged and ours intact; quick exit
// leaves the host; configuration from attributes and from a file takes effect; each kind of
// invalid configuration shows its problems and the tool still works; nothing is requested but
// the pages, the package and the configuration file; axe finds nothing on the host pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  PKG, ROOT, assertAccessible, assertCleanSession, launchBrowser, openApp, startStaticServer, widgetPackageFiles,
} from './harness.mjs';
import { FILLER, formFor } from './journey.mjs';
import { draftText } from './referral.mjs';

const EXAMPLES = path.join(ROOT, 'public', 'examples');
const WESTMERE_EXIT = 'https://www.metoffice.gov.uk/';
const DEMO_EXIT = 'https://www.bbc.co.uk/weather';
const SERVICE = 'Check if a serious child safeguarding incident must be notified';
const HOST_ELEMENT = '<div id="referral-assistant" data-config="/examples/config/westmere.json"></div>';

/** A served copy of the examples with the widget package at /referral-assistant/. */
function makeTree(packageFiles) {
  const dir = mkdtempSync(path.join(tmpdir(), 'embed-'));
  cpSync(EXAMPLES, path.join(dir, 'examples'), { recursive: true });
  mkdirSync(path.join(dir, 'referral-assistant'));
  for (const file of packageFiles) cpSync(path.join(PKG, file), path.join(dir, 'referral-assistant', file));
  return dir;
}

const edit = (dir, file, change) => {
  const full = path.join(dir, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  assert.notEqual(after, before, `${file} edited`);
  writeFileSync(full, after);
};

/** A copy of the script example whose host element is `element`. */
function variant(dir, name, element) {
  const html = readFileSync(path.join(dir, 'examples', 'script', 'index.html'), 'utf8');
  assert.ok(html.includes(HOST_ELEMENT));
  writeFileSync(path.join(dir, 'examples', 'script', `${name}.html`), html.replace(HOST_ELEMENT, element));
  return `/examples/script/${name}.html`;
}

let tree, server, toolServer, browser;
before(async () => {
  tree = makeTree(await widgetPackageFiles());
  // Configuration files for the invalid cases.
  writeFileSync(path.join(tree, 'examples', 'config', 'malformed.json'), '{ "name": "Westmere", ');
  writeFileSync(path.join(tree, 'examples', 'config', 'invalid.json'), JSON.stringify({
    name: 'Westmere Safeguarding Children Partnership',
    local_authorities: 'Westmere',
    business_unit: { phone: 'ring the office', hours: 'Monday to Friday' },
    childrens_social_care: { phone: '01632 960 420', hours: 'Monday to Friday' },
    out_of_hours: { phone: '01632 960 430', hours: 'always' },
    quick_exit_url: 'javascript:alert(1)',
    accent_colour: '#ffdd00',
    links: [{ text: 'Procedures', href: 'http://insecure.example/' }],
    favourite_colour: 'red',
  }));
  server = await startStaticServer(tree);
  // The iframe example across origins: the host page on `server`, the tool on `toolServer`.
  toolServer = await startStaticServer(tree);
  edit(tree, 'examples/iframe/index.html', (html) => html
    .replace('src="/referral-assistant/frame.html"', `src="${toolServer.origin}/referral-assistant/frame.html"`)
    .replace("frame-src 'self'", `frame-src ${toolServer.origin}`));
  // The package's framed page reads config.json next to it: Westmere's, framed by `server`.
  const westmere = JSON.parse(readFileSync(path.join(EXAMPLES, 'config', 'westmere.json'), 'utf8'));
  writeFileSync(path.join(tree, 'referral-assistant', 'config.json'), JSON.stringify({ ...westmere, host_origin: server.origin }));
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.close(); await toolServer?.close(); });

const WIDGET_READY = '#referral-assistant #main-content h1';

async function openWidget(pagePath = '/examples/script/', options = {}) {
  const session = await openApp(browser, server, { path: pagePath, ready: WIDGET_READY, allowNavigationTo: [WESTMERE_EXIT, DEMO_EXIT], ...options });
  // The app is shown once its own stylesheet has loaded into the shadow root.
  await session.page.locator('#referral-assistant .app-host:not([hidden])').waitFor();
  return session;
}

/**
 * axe-core, run by the test (not the app), inserts a <style> element when it checks content in
 * shadow roots and frames; a strict host policy blocks it. Those reports carry no source file
 * (the script was evaluated by Playwright). Every other violation still fails the test.
 */
async function axeOn(session, page, screen) {
  const [cspBefore, errorsBefore] = [session.csp.length, session.errors.length];
  await assertAccessible(page, screen);
  const injectedByAxe = (v) => /^style-src(-elem)? blocked inline \(:\d+\)$/.test(v);
  session.csp.splice(cspBefore, Infinity, ...session.csp.slice(cspBefore).filter((v) => !injectedByAxe(v)));
  const axeStyleError = (e) => /^Applying inline style violates the following Content Security Policy directive 'style-src 'self''/.test(e);
  session.errors.splice(errorsBefore, Infinity, ...session.errors.slice(errorsBefore).filter((e) => !axeStyleError(e)));
}

const style = (locator, property) => locator.evaluate((el, p) => getComputedStyle(el)[p], property);

/** Answers one question inside `scope` (a page or a frame) and waits for the next page. */
async function answerIn(scope, question, value) {
  const form = formFor(question, value);
  await scope.locator(`input[name="${question}"][value="${form.choice}"]`).check();
  if (form.date) {
    const [d, m, y] = form.date;
    await scope.locator(`#${question}-date-day`).fill(d);
    await scope.locator(`#${question}-date-month`).fill(m);
    await scope.locator(`#${question}-date-year`).fill(y);
  }
  if (form.number) await scope.locator(`#${question}-number`).fill(form.number);
  if (form.text) await scope.locator(`#${question}-name`).fill(form.text);
  const before = (await scope.locator('#main-content h1').first().innerText()).trim();
  await scope.getByRole('button', { name: 'Continue' }).click();
  await scope.locator('#main-content h1').filter({ hasNotText: before }).first().waitFor();
}

/** From the start page to the outcome, inside `scope`. */
async function assessIn(scope, facts) {
  await scope.getByRole('button', { name: 'Start now' }).click();
  const asked = [];
  for (let step = 0; step < 20; step++) {
    await scope.locator('#main-content h1').first().waitFor();
    const radios = scope.locator('#main-content input[type=radio]');
    if (!(await radios.count())) break;
    const question = await radios.first().getAttribute('name');
    assert.ok(!asked.includes(question), `${question} asked twice`);
    asked.push(question);
    await answerIn(scope, question, question in facts ? facts[question] : FILLER[question]);
  }
  await scope.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await scope.getByRole('button', { name: 'See what happens next' }).click();
  await scope.getByTestId('headline').waitFor();
  return asked;
}

const S01 = JSON.parse(readFileSync(path.join(ROOT, 'rules', 'tests', 'scenarios', 'S01.facts.json'), 'utf8'));

test('script embedding: the configuration file takes effect, the tool works fully, the host page is untouched', async () => {
  const session = await openWidget();
  const { page } = session;
  const widget = page.locator('#referral-assistant');
  const url = page.url();
  const title = await page.title();
  const historyLength = await page.evaluate(() => history.length);
  assert.equal(title, 'Notifying a serious incident – Westmere Safeguarding Children Partnership');

  // The app is in an open shadow root; nothing of it is in the host's light DOM or head.
  assert.equal(await page.evaluate(() => document.getElementById('referral-assistant').children.length), 0);
  assert.ok(await page.evaluate(() => !!document.getElementById('referral-assistant').shadowRoot.querySelector('.app-root.govuk-frontend-supported')));
  assert.equal(await page.evaluate(() => document.body.classList.contains('govuk-frontend-supported')), false);
  assert.deepEqual(await page.evaluate(() => [...document.head.querySelectorAll('link[rel=stylesheet], style')].map((e) => e.getAttribute('href'))), ['host.css']);
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0);

  // The configuration file's values.
  assert.match(await widget.locator('.app-header').innerText(), /Westmere Safeguarding Children Partnership/);
  assert.equal(await widget.locator('.app-header__logo').getAttribute('alt'), 'Westmere SCP');
  const main = await widget.locator('#main-content').innerText();
  assert.ok(main.includes('children’s social care on 01632 960 420'), main);
  assert.ok(main.includes('Kent and Medway'), main);
  await widget.getByRole('link', { name: 'Westmere child protection procedures' }).waitFor();
  assert.equal(await style(widget.locator('.app-header'), 'backgroundColor'), 'rgb(29, 112, 184)', 'accent colour');
  assert.equal(await widget.locator('[data-testid=config-notice]').count(), 0, 'no configuration problems');

  // Host styles are unchanged; ours are intact.
  assert.equal(await style(page.locator('h1.site-main, main.site-main > h1'), 'color'), 'rgb(74, 44, 107)');
  assert.equal(await style(page.locator('main.site-main > h1'), 'textTransform'), 'uppercase');
  assert.match(await style(page.locator('main.site-main > h1'), 'fontFamily'), /^Georgia/);
  assert.equal(await style(page.locator('.host-button'), 'backgroundColor'), 'rgb(138, 21, 56)');
  assert.equal(await style(page.locator('.host-button'), 'borderTopLeftRadius'), '16px');
  const ourHeading = widget.locator('#main-content h1');
  assert.equal(await style(ourHeading, 'textTransform'), 'none');
  assert.match(await style(ourHeading, 'fontFamily'), /^system-ui/);
  assert.equal(await style(ourHeading, 'color'), 'rgb(11, 12, 12)');
  const start = widget.getByRole('button', { name: 'Start now' });
  assert.notEqual(await style(start, 'backgroundColor'), 'rgb(138, 21, 56)');
  assert.equal(await style(start, 'borderTopLeftRadius'), '0px');
  assert.match(await style(widget.locator('#main-content p').first(), 'fontFamily'), /^system-ui/);

  await axeOn(session, page, 'script example, start page');

  // Back inside the app works without touching the host's history.
  await start.click();
  await widget.locator('#main-content input[type=radio]').first().waitFor();
  await widget.getByRole('link', { name: 'Back' }).click();
  await widget.getByRole('heading', { level: 1, name: SERVICE }).waitFor();

  // A whole assessment, then the host's title, URL and history are as they were.
  await page.clock.setSystemTime(new Date('2025-01-10T12:00:00Z'));
  const asked = await assessIn(widget, S01);
  assert.ok(asked.length >= 5, `asked ${asked.join(', ')}`);
  assert.match(await widget.getByTestId('headline').innerText(), /must notify the Child Safeguarding Practice Review Panel/);
  await axeOn(session, page, 'script example, outcome');
  assert.equal(await page.title(), title, 'the host title is unchanged');
  assert.equal(page.url(), url, 'the host URL is unchanged');
  assert.equal(await page.evaluate(() => history.length), historyLength, 'no history entries pushed on the host');
  assert.deepEqual(session.warnings, []);
  await assertCleanSession(session);
});

for (const [how, exit] of [
  ['the Exit this page button', (page) => page.locator('#referral-assistant').getByRole('button', { name: 'Emergency Exit this page' }).click()],
  ['Shift pressed three times', async (page) => { for (let i = 0; i < 3; i++) await page.keyboard.press('Shift'); }],
]) {
  test(`script embedding: quick exit by ${how} leaves the host page for the configured destination`, async () => {
    const session = await openWidget();
    const { page } = session;
    await page.locator('#referral-assistant').getByRole('button', { name: 'Start now' }).click();
    await page.locator('#referral-assistant #main-content input[type=radio]').first().waitFor();
    await Promise.all([page.waitForURL(WESTMERE_EXIT), exit(page)]);
    assert.deepEqual(session.navigationsOut, [WESTMERE_EXIT]);
    await assertCleanSession(session);
  });
}

test('configuration from attributes beats the file, field by field', async () => {
  const pagePath = variant(tree, 'attributes', '<div id="referral-assistant" data-config="/examples/config/westmere.json" data-name="Ayton and Beeford Partnership" data-accent-colour="#00703c" data-childrens-social-care-phone="01632 960 999" data-local-authorities="Leeds; Wakefield" data-features="submission"></div>');
  const session = await openWidget(pagePath);
  const widget = session.page.locator('#referral-assistant');
  assert.match(await widget.locator('.app-header').innerText(), /Ayton and Beeford Partnership/);
  assert.equal(await style(widget.locator('.app-header'), 'backgroundColor'), 'rgb(0, 112, 60)');
  const main = await widget.locator('#main-content').innerText();
  assert.ok(main.includes('children’s social care on 01632 960 999'), 'attribute');
  assert.ok(main.includes('out-of-hours team on 01632 960 430'), 'file');
  assert.ok(main.includes('Leeds and Wakefield'), main);
  assert.equal(await widget.locator('[data-testid=config-notice]').count(), 0);
  assert.equal(await widget.getByRole('link', { name: 'Training mode' }).count(), 0, 'training switched off');
  await assertCleanSession(session);
});

test('attributes alone, without a file, configure the tool', async () => {
  const pagePath = variant(tree, 'attributes-only', '<div id="referral-assistant" data-name="Ceeton Partnership" data-quick-exit-url="https://www.metoffice.gov.uk/" data-features="training"></div>');
  const session = await openWidget(pagePath);
  const { page } = session;
  const widget = page.locator('#referral-assistant');
  assert.match(await widget.locator('.app-header').innerText(), /Ceeton Partnership/);
  await widget.getByRole('link', { name: 'Training mode' }).waitFor();
  await Promise.all([page.waitForURL(WESTMERE_EXIT), widget.getByRole('button', { name: 'Emergency Exit this page' }).click()]);
  await assertCleanSession(session);
});

// Each case shows the notice (the host element asks with data-debug). A configured partnership
// never gets the demonstration's values: every required field no source gives is a problem too.
const REQUIRED_MISSING = 9;
const INVALID = [
  {
    kind: 'a configuration file that is not valid JSON',
    element: '<div id="referral-assistant" data-debug data-config="/examples/config/malformed.json"></div>',
    expect: ['file (configuration file): is not valid JSON: it ends too early'],
    count: 1 + REQUIRED_MISSING,
  },
  {
    kind: 'a configuration file with wrong and unsafe values',
    element: '<div id="referral-assistant" data-debug data-config="/examples/config/invalid.json"></div>',
    expect: [
      'favourite_colour (configuration file): is not a configuration field',
      'local_authorities (configuration file): must be a list of text in square brackets, for example ["Westmere", "Lowbridge"] (it is text here).',
      'business_unit.phone (configuration file): "ring the office" is not a telephone number',
      'links[0].href (configuration file): "http://insecure.example/" must use https://',
      'quick_exit_url (configuration file): "javascript:alert(1)": javascript: addresses are not allowed',
      'accent_colour (configuration file): "#ffdd00" fails contrast: white text on it has a contrast ratio of 1.',
    ],
    count: 6,
  },
  {
    kind: 'invalid host element attributes',
    element: '<div id="referral-assistant" data-debug data-accent-colour="#000000" data-quick-exit-url="javascript:alert(1)" data-acent-colour="#1d70b8" data-inactivity-minutes="soon" data-logo-src="//evil.example/logo.svg" data-logo-alt="Logo"></div>',
    expect: [
      'data-inactivity-minutes (host element attribute): must be a whole number of minutes',
      'data-acent-colour (host element attribute): is not a configuration attribute',
      'quick_exit_url (host element attribute): "javascript:alert(1)": javascript: addresses are not allowed',
      'logo.src (host element attribute): "//evil.example/logo.svg" is protocol-relative',
      'accent_colour (host element attribute): "#000000" fails contrast: against the text colour #0b0c0c',
      'name (host element attribute): is not set, in the configuration file or on the host element',
    ],
    count: 5 + REQUIRED_MISSING - 1,
  },
  {
    kind: 'a configuration file that is not there',
    element: '<div id="referral-assistant" data-debug data-config="/examples/config/missing.json"></div>',
    expect: ['file (configuration file): "/examples/config/missing.json" could not be loaded (HTTP 404). Nothing from it is used.'],
    count: 1 + REQUIRED_MISSING,
    missing: '/examples/config/missing.json',
  },
  {
    kind: 'a configuration file on another origin',
    element: '<div id="referral-assistant" data-debug data-config="https://config.example/westmere.json"></div>',
    expect: ['file (configuration file): data-config="https://config.example/westmere.json" is not on this site'],
    count: 1 + REQUIRED_MISSING,
  },
];

for (const [index, { kind, element, expect, count, missing }] of INVALID.entries()) {
  test(`${kind}: every problem is listed (notice and console) and the tool still works`, async () => {
    const session = await openWidget(variant(tree, `invalid-${index}`, element));
    const { page } = session;
    const widget = page.locator('#referral-assistant');
    const notice = widget.getByTestId('config-notice');
    await notice.waitFor();
    const text = (await notice.innerText()).replace(/\s+/g, ' ');
    assert.match(text, new RegExp(`configuration has ${count} problems?\\.`), text);
    for (const line of expect) assert.ok(text.includes(line), `notice says: ${line}\n${text}`);
    assert.equal(session.warnings.length, 1, 'one console warning');
    for (const line of expect) assert.ok(session.warnings[0].includes(line), `console says: ${line}`);
    assert.doesNotMatch(await widget.locator('.app-root').innerText(), /Northshire|01632 960 [123]00/, 'nothing of the demonstration');
    if (index === 0) await axeOn(session, page, 'script example with a configuration notice');
    // The tool still works.
    await widget.getByRole('button', { name: 'Start now' }).click();
    await widget.locator('#main-content input[type=radio]').first().waitFor();
    await answerIn(widget, 'asker', 'local_authority');
    if (missing) {
      // The 404 for the missing file is the point of this case: the browser logs it and the
      // server saw it; nothing else may differ.
      session.errors = session.errors.filter((e) => !/Failed to load resource: .* 404/.test(e));
      session.requests = session.requests.filter((r) => r.url !== server.origin + missing);
      for (const s of session.servers) s.log.splice(0, s.log.length, ...s.log.filter((entry) => entry.path !== missing));
    }
    await assertCleanSession(session);
  });
}

test('iframe embedding on another origin: height reported to the host only, the tool works, quick exit leaves the host', async () => {
  const session = await openApp(browser, server, { path: '/examples/iframe/', ready: null, otherServers: [toolServer], allowNavigationTo: [WESTMERE_EXIT] });
  const { page } = session;
  const frame = page.frameLocator('iframe.tool-frame');
  await frame.locator('#main-content h1').first().waitFor();
  assert.notEqual(new URL(await page.locator('iframe.tool-frame').getAttribute('src')).origin, server.origin, 'cross-origin');
  assert.match(await frame.locator('.app-header').innerText(), /Westmere Safeguarding Children Partnership/);

  // The host sizes the frame to the tool's reported height.
  const frameHeight = () => page.evaluate(() => document.querySelector('iframe.tool-frame').style.height);
  const toolHeight = () => frame.locator('.app-host').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await page.waitForFunction(() => document.querySelector('iframe.tool-frame').style.height !== '');
  assert.equal(await frameHeight(), `${await toolHeight()}px`);
  // A message from any other origin (here the host page itself) is ignored.
  const heightBefore = await frameHeight();
  await page.evaluate(() => new Promise((resolve) => {
    window.addEventListener('message', () => resolve(), { once: true });
    window.postMessage({ type: 'referral-assistant:height', height: 123 }, '*');
  }));
  assert.equal(await frameHeight(), heightBefore, 'a forged height message is ignored');

  await axeOn(session, page, 'iframe example, start page');

  // The tool works inside: a whole assessment; the page grows and the frame follows.
  await page.clock.setSystemTime(new Date('2025-01-10T12:00:00Z'));
  await assessIn(frame, S01);
  assert.match(await frame.getByTestId('headline').innerText(), /must notify the Child Safeguarding Practice Review Panel/);
  await page.waitForFunction((before) => document.querySelector('iframe.tool-frame').style.height !== before, heightBefore);
  assert.equal(await frameHeight(), `${await toolHeight()}px`);
  await axeOn(session, page, 'iframe example, outcome');

  // Quick exit takes the whole host page away (the top window), not just the frame.
  await Promise.all([page.waitForURL(WESTMERE_EXIT), frame.getByRole('button', { name: 'Emergency Exit this page' }).click()]);
  assert.deepEqual(session.navigationsOut, [WESTMERE_EXIT]);
  assert.equal(page.url(), WESTMERE_EXIT);
  await assertCleanSession(session);
});

test('iframe embedding: quick exit by Shift pressed three times also leaves the host', async () => {
  const session = await openApp(browser, server, { path: '/examples/iframe/', ready: null, otherServers: [toolServer], allowNavigationTo: [WESTMERE_EXIT] });
  const { page } = session;
  const frame = page.frameLocator('iframe.tool-frame');
  await frame.getByRole('button', { name: 'Start now' }).click();
  await frame.locator('#main-content input[type=radio]').first().waitFor();
  await Promise.all([page.waitForURL(WESTMERE_EXIT), (async () => { for (let i = 0; i < 3; i++) await page.keyboard.press('Shift'); })()]);
  assert.deepEqual(session.navigationsOut, [WESTMERE_EXIT]);
  await assertCleanSession(session);
});

test('embedded, a submission-endpoint meta element on the host page does not switch sending on: only the configuration does', async () => {
  // The Westmere configuration has submission off; another tool's meta element on the host page
  // names an endpoint. The standalone build reads that element; the widget must not.
  const pagePath = variant(tree, 'endpoint-meta', HOST_ELEMENT);
  edit(tree, pagePath.slice(1), (html) => html.replace('</head>', '<meta name="referral-submission-endpoint" content="https://receiver.example/referrals">\n</head>'));
  const session = await openWidget(pagePath);
  const { page } = session;
  const widget = page.locator('#referral-assistant');
  const { case_facts: facts, form } = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'e2e', 'fixtures', 'referral-draft-s01.json'), 'utf8'));
  await widget.getByRole('link', { name: 'Open a saved draft' }).click();
  await widget.getByRole('heading', { level: 1, name: 'Open a saved draft referral' }).waitFor();
  await widget.locator('#draft-file').setInputFiles({ name: 'referral-draft.json', mimeType: 'application/json', buffer: Buffer.from(draftText(facts, form), 'utf8') });
  await widget.getByRole('button', { name: 'Open draft' }).click();
  await widget.getByRole('heading', { level: 1, name: 'Check your referral before you continue' }).waitFor();
  await widget.getByRole('button', { name: 'Confirm referral details' }).click();
  await widget.getByRole('heading', { level: 1, name: 'Your referral' }).waitFor();
  await widget.locator('[data-testid="no-endpoint"]').waitFor();
  assert.equal(await widget.getByRole('button', { name: 'Continue to send' }).count(), 0);
  await assertCleanSession(session);
});
