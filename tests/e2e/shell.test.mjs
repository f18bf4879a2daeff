// The app shell: start page, privacy notice, accessibility statement, quick exit, contrast,
// Content Security Policy, keyboard-only use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  QUICK_EXIT_URL, appStarted, assertAccessible, assertCleanSession, assertValidHtml, heading,
  launchBrowser, openApp, startStaticServer,
} from './harness.mjs';

const SERVICE = 'Check if a serious child safeguarding incident must be notified';
let server, browser;
before(async () => { server = await startStaticServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the start page says what the service is for, who it is for and what to have to hand', async () => {
  const session = await openApp(browser, server);
  const { page } = session;
  assert.equal(await heading(page), SERVICE);
  const main = await page.locator('main').innerText();
  for (const text of [
    'If a child is in immediate danger, call 999.',
    'children’s social care on 01632 960 200',
    'out-of-hours team on 01632 960 300',
    'Nothing you enter leaves this browser until you choose to send it.',
    'Who can use it', 'Before you start', 'the child’s date of birth',
  ]) assert.ok(main.includes(text), `start page says "${text}"`);
  await page.getByRole('button', { name: 'Start now' }).waitFor();
  await page.getByRole('button', { name: 'Emergency Exit this page' }).waitFor();
  assert.equal(await page.title(), SERVICE);
  await assertAccessible(page, 'start page');
  await assertValidHtml(page, 'start page');
  await assertCleanSession(session);
});

test('the privacy notice and accessibility statement open from the footer, and Back/Forward move between them', async () => {
  const session = await openApp(browser, server);
  const { page } = session;
  await page.getByRole('link', { name: 'Privacy notice' }).click();
  await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
  assert.match(await page.locator('main').innerText(), /sets no cookies, uses no analytics/);
  await assertAccessible(page, 'privacy notice');
  await assertValidHtml(page, 'privacy notice');
  await page.getByRole('link', { name: 'Accessibility statement' }).click();
  await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
  assert.match(await page.locator('main').innerText(), /Web Content Accessibility Guidelines version 2\.2 AA/);
  await assertAccessible(page, 'accessibility statement');
  await assertValidHtml(page, 'accessibility statement');
  const url = page.url();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: SERVICE }).waitFor();
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
  assert.equal(page.url(), url, 'moving between pages never changes the URL');
  await assertCleanSession(session);
});

test('the whole shell works with the keyboard alone', async () => {
  const session = await openApp(browser, server);
  const { page } = session;
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent).trim()}`;
  });
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'a:Skip to main content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main-content', 'skip link moves focus to main');

  // From the top again: Tab through the header to the contrast toggle and switch it on with Space.
  await page.evaluate(() => document.activeElement.blur());
  let steps = 0;
  while (!(await focused()).startsWith('button:High contrast') && steps++ < 20) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.equal(await page.getByRole('button', { name: 'High contrast' }).getAttribute('aria-pressed'), 'true');
  assert.ok(await page.locator('.app-root.app-contrast-high').count(), 'high contrast theme applied');
  await assertAccessible(page, 'start page, high contrast');

  // Onward to the footer's privacy link, opened with Enter: focus lands on the new page's heading.
  steps = 0;
  while ((await focused()) !== 'a:Privacy notice' && steps++ < 30) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await assertAccessible(page, 'privacy notice, high contrast');
  await page.keyboard.press('Space');
  await assertCleanSession(session);
});

test('the system high-contrast preference is honoured and can be switched off', async () => {
  const session = await openApp(browser, server, { contextOptions: { contrast: 'more' } });
  const { page } = session;
  const toggle = page.getByRole('button', { name: 'High contrast' });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await assertAccessible(page, 'start page, system high contrast');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.ok(await page.locator('.app-root.app-contrast-standard').count());
  await assertCleanSession(session);
});

for (const [how, exit] of [
  ['the Exit this page button', (page) => page.getByRole('button', { name: 'Emergency Exit this page' }).click()],
  ['Shift pressed three times', async (page) => { for (let i = 0; i < 3; i++) await page.keyboard.press('Shift'); }],
]) {
  test(`quick exit by ${how} leaves for a neutral page and Back cannot return`, async () => {
    const session = await openApp(browser, server);
    const { page } = session;
    await page.getByRole('link', { name: 'Privacy notice' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
    await Promise.all([page.waitForURL(QUICK_EXIT_URL), exit(page)]);
    assert.deepEqual(session.navigationsOut, [QUICK_EXIT_URL]);
    await page.goBack();
    await page.locator('main h1').first().waitFor();
    assert.notEqual(await heading(page), 'Privacy notice', 'Back does not return to where the user was');
    assert.equal(await heading(page), SERVICE);
    await assertCleanSession(session);
  });
}

test('quick exit adds nothing to history while the browser is leaving for a slow exit page', async () => {
  const session = await openApp(browser, server, { held: [/^https:\/\/www\.bbc\.co\.uk\//] });
  const { page } = session;
  await appStarted(page);
  await page.getByRole('link', { name: 'Privacy notice' }).click();
  await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
  const recorded = [];
  await page.exposeBinding('__recordPush', (_source, state) => recorded.push(state));
  await page.evaluate(() => {
    const push = history.pushState.bind(history);
    history.pushState = (...args) => { window.__recordPush(args[0]); push(...args); };
  });
  await page.getByRole('button', { name: 'Emergency Exit this page' }).click({ noWaitAfter: true });
  // The exit page has not arrived: the page that is leaving records no new history entry.
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.deepEqual(recorded, [], 'no history entry added once quick exit has begun');
  session.release();
  await page.waitForURL(QUICK_EXIT_URL);
  await assertCleanSession(session);
});

test('two Shift presses, or typing capitals, do not exit', async () => {
  const session = await openApp(browser, server);
  const { page } = session;
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift+A');
  await page.getByRole('link', { name: 'Privacy notice' }).click();
  await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
  assert.equal(new URL(page.url()).origin, server.origin);
  assert.deepEqual(session.navigationsOut, []);
  await assertCleanSession(session);
});

test('the built page carries a strict Content Security Policy', async () => {
  const session = await openApp(browser, server);
  const { page } = session;
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['style-src'], ["'self'"]);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'none'"]);
  assert.ok(directives['script-src'].includes("'wasm-unsafe-eval'"));
  assert.ok(directives['script-src'].every((s) => s === "'self'" || s === "'wasm-unsafe-eval'" || s.startsWith("'sha256-")), policy);
  assert.ok(!policy.includes('unsafe-inline') && !policy.includes("'unsafe-eval'"), policy);
  // The app started under it (openApp waits until it has taken over the built-in start page)
  // and nothing was blocked.
  assert.equal(await heading(page), SERVICE);
  await assertCleanSession(session);
});

test('the first load fetches the shell\'s stylesheet, script and WebAssembly once each, and no separate snippet module', async () => {
  const session = await openApp(browser, server);
  const { page } = session;
  // The page's own fetches (not the service worker's precache): scripts/loader.mjs replaced the
  // WebAssembly's preload link with an early fetch and wrote wasm-bindgen's snippet into the script.
  const paths = (await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)))
    .filter((path) => !path.startsWith('/extension-') && !['/sw.js', '/manifest.webmanifest'].includes(path));
  assert.deepEqual(paths.map((path) => path.replace(/-[0-9a-f]{12,}/, '')).sort(), ['/app.css', '/referral-assistant.js', '/referral-assistant_bg.wasm'], paths.join(' '));
  assert.equal(await heading(page), SERVICE);
  await assertCleanSession(session);
});

// The start page is built into index.html (scripts/prerender.mjs) and shows before the app has
// started; the app then takes its place (src/ui/prerendered.rs). `held` keeps the app's
// WebAssembly back, as a slow network would, so the tests can act on the built-in page.
const SHELL_WASM = /\/referral-assistant-[0-9a-f]+_bg\.wasm$/;
const boxes = (page) => page.evaluate(() => ['h1', '[data-testid="start-now"]', '.govuk-footer']
  .map((selector) => JSON.stringify(document.querySelector(selector).getBoundingClientRect())));

test('the start page is in the page as served, readable and accessible before the app has started, and the app takes its place without moving anything', async () => {
  const html = await (await fetch(server.origin + '/')).text();
  for (const text of ['data-prerendered', 'If a child is in immediate danger, call 999.', 'Start now', 'Exit this page']) {
    assert.ok(html.includes(text), `the served page has "${text}"`);
  }
  const session = await openApp(browser, server, { held: [SHELL_WASM] });
  const { page } = session;
  assert.equal(await heading(page), SERVICE);
  assert.equal(await page.locator('[data-prerendered]').count(), 1, 'the built-in page shows while the app is held back');
  await assertAccessible(page, 'built-in start page');
  await assertValidHtml(page, 'built-in start page');
  const before = await boxes(page);
  session.release();
  await appStarted(page);
  assert.equal(await page.locator('.app-root').count(), 1, 'one page: the app\'s');
  assert.deepEqual(await boxes(page), before, 'nothing moved when the app took over');
  await assertCleanSession(session);
});

test('a control pressed before the app has started is pressed again once it has', async () => {
  const session = await openApp(browser, server, { held: [SHELL_WASM] });
  const { page } = session;
  await page.getByRole('button', { name: 'Start now' }).click();
  assert.equal(await heading(page), SERVICE, 'nothing happens before the app has started');
  session.release();
  await page.getByRole('heading', { level: 1, name: 'Where do you work?' }).waitFor();
  await assertAccessible(page, 'first question, reached from the built-in start page');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: SERVICE }).waitFor();
  await assertCleanSession(session);
});

test('focus on the built-in start page stays on the same control when the app takes over', async () => {
  const session = await openApp(browser, server, { held: [SHELL_WASM] });
  const { page } = session;
  await page.getByRole('link', { name: 'Open a saved draft' }).focus();
  session.release();
  await appStarted(page);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'open-draft');
  assert.equal(await page.locator('[data-prerendered]').count(), 0);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Open a saved draft referral' }).waitFor();
  await assertCleanSession(session);
});

for (const [how, exit] of [
  ['the Exit this page button', (page) => page.getByRole('button', { name: 'Emergency Exit this page' }).click()],
  ['Shift pressed three times', async (page) => { for (let i = 0; i < 3; i++) await page.keyboard.press('Shift'); }],
]) {
  test(`quick exit by ${how} works before the app has started, and Back cannot return`, async () => {
    const session = await openApp(browser, server, { held: [SHELL_WASM] });
    const { page } = session;
    assert.equal(await page.locator('[data-prerendered]').count(), 1);
    const entries = await page.evaluate(() => history.length);
    await Promise.all([page.waitForURL(QUICK_EXIT_URL), exit(page)]);
    assert.deepEqual(session.navigationsOut, [QUICK_EXIT_URL]);
    assert.equal(await page.evaluate(() => history.length), entries, 'the start page was replaced in history, not left behind');
    session.release();
    await assertCleanSession(session);
  });
}

test('if the app\'s WebAssembly cannot be fetched, the built-in start page says so, and Exit this page still works', async () => {
  const session = await openApp(browser, server, { ready: null, unreachable: [SHELL_WASM] });
  const { page } = session;
  const notice = page.getByRole('alert');
  await notice.getByRole('heading', { name: 'There is a problem with the service' }).waitFor();
  assert.match(await notice.innerText(), /Check your internet connection and reload the page\. If a child is in immediate danger, call 999\./);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'alert', 'focus moves to the notice');
  assert.match(await page.locator('main').innerText(), /If a child is in immediate danger, call 999\./);
  await assertAccessible(page, 'the app could not start');
  await assertValidHtml(page, 'the app could not start');
  await Promise.all([page.waitForURL(QUICK_EXIT_URL), page.getByRole('button', { name: 'Emergency Exit this page' }).click()]);
  await assertCleanSession(session, { allowErrors: [/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/] });
});

test('if the rest of the service cannot be fetched, the start page and quick exit still work, the page says so, and Try again recovers', async () => {
  const session = await openApp(browser, server, { unreachable: [/\/extension-[0-9a-f]+(_bg\.wasm|\.js)$/] });
  const { page } = session;
  // The shell alone: the emergency warning is there and the start page is usable.
  assert.match(await page.locator('main').innerText(), /If a child is in immediate danger, call 999\./);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('heading', { level: 1, name: 'This part of the service could not be loaded' }).waitFor();
  assert.match(await page.title(), /^This part of the service could not be loaded/);
  assert.match(await page.locator('main').innerText(), /Check your internet connection and try again\. If a child is in immediate danger, call 999\./);
  await assertAccessible(page, 'could not be loaded');
  await assertValidHtml(page, 'could not be loaded');
  // The connection comes back: Try again shows the first question, with nothing lost.
  session.unreachable.length = 0;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { level: 1, name: 'Where do you work?' }).waitFor();
  // Quick exit works throughout.
  await page.getByRole('button', { name: 'Emergency Exit this page' }).click();
  await page.waitForURL(QUICK_EXIT_URL);
  await assertCleanSession(session, { allowErrors: [/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch dynamically imported module/] });
});
