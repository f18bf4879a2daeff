// Shared end-to-end harness: a static server for the release build (dist/), headless Debian
// Chromium through playwright-core, and the checks every test makes on every page:
// - privacy guard: every request the page makes is recorded; anything but the app's own static
//   assets fails the test (and requests to other origins are stopped before they leave);
// - Content Security Policy: any `securitypolicyviolation` fails the test;
// - no console errors or uncaught exceptions;
// - axe-core (WCAG 2.2 AA tags) and html-validate on the rendered DOM, on demand per screen,
//   and every GOV.UK class on the screen one the stylesheet kept (scripts/style.mjs).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { configure as configureCsp } from '../../scripts/csp.mjs';
import { writtenWords } from '../../scripts/style.mjs';

export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = process.env.DIST ?? path.join(ROOT, 'dist');
/** The widget package (`make widget`). */
export const PKG = process.env.PKG ?? path.join(ROOT, 'pkg');

/** Every file of the widget package, as its package.json lists them, and package.json. */
export async function widgetPackageFiles() {
  const manifest = path.join(PKG, 'package.json');
  const { files } = JSON.parse(await readFile(manifest, 'utf8').catch(() => assert.fail(`${manifest} is missing: run \`make widget\``)));
  for (const file of files) await stat(path.join(PKG, file)).catch(() => assert.fail(`${PKG}/${file} is missing: run \`make widget\``));
  return ['package.json', ...files];
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Belt and braces for the privacy guard: no host name resolves except loopback.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The demo partnership's quick-exit destination (src/embed/config.rs). */
export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.txt': 'text/plain',
};

/** Every file under `dir`, as URL paths ('/index.html', …). */
export async function listAssets(dir = DIST) {
  const out = [];
  async function walk(sub) {
    for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.posix.join(sub, entry.name);
      if (entry.isDirectory()) await walk(rel); else out.push('/' + rel);
    }
  }
  await walk('');
  return out;
}

/**
 * Serves `dir` on 127.0.0.1 (a free port) and logs every request it receives. With
 * `submissionEndpoint`, index.html is served as a deployment with that endpoint would build it
 * (scripts/csp.mjs: the meta element and connect-src for that origin only).
 */
export async function startStaticServer(dir = DIST, { submissionEndpoint } = {}) {
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); log.push({ method: req.method, path: url.pathname, status: 403 }); return; }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      let body = await readFile(file);
      if (submissionEndpoint && file.endsWith('index.html')) body = configureCsp(body.toString('utf8'), { endpoint: submissionEndpoint }).html;
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
      // The cookie and referrer each request carried (embedding: the configuration file has neither).
      log.push({ method: req.method, path: url.pathname, status: 200, cookie: req.headers.cookie ?? null, referer: req.headers.referer ?? null });
    } catch {
      res.writeHead(404).end('not found');
      log.push({ method: req.method, path: url.pathname, status: 404 });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, dir, log, close: () => new Promise((resolve) => server.close(resolve)) };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens the app in a fresh browser context with every guard installed.
 * `allowNavigationTo` lists foreign URLs a user may deliberately navigate to (quick exit);
 * they are answered by a stub here and never reach the network.
 * Embedding tests: `otherServers` are further static servers of this test (the tool's origin
 * when the host page frames it), held to the same rule; `ready` is what to wait for
 * (null: nothing, the test waits itself); `warnings` collects console warnings.
 * `unreachable` lists patterns of the app's own URLs the network fails for (as if the
 * connection dropped) until the test empties `session.unreachable`. `held` lists patterns of
 * the app's own URLs whose responses wait until the test calls `session.release()` (a slow
 * network); with it, openApp does not wait for the app to start.
 * Unless `ready` is null or `held` is given, openApp returns once the app has started and taken
 * the built-in start page's place (src/ui/prerendered.rs).
 */
export async function openApp(browser, server, { path: start = '/', contextOptions = {}, allowNavigationTo = [QUICK_EXIT_URL], otherServers = [], ready = 'main h1', submissionReceiver = null, unreachable = [], held = [] } = {}) {
  const context = await browser.newContext(contextOptions);
  const servers = [server, ...otherServers];
  const session = { context, requests: [], foreign: [], navigationsOut: [], csp: [], errors: [], warnings: [], server, servers, unreachable: [...unreachable] };
  const released = new Promise((resolve) => { session.release = resolve; });
  // Referral submission (issue 5): requests to the test receiver are let through, and are
  // permitted by assertCleanSession only if made after the test called session.confirming().
  session.receiver = submissionReceiver;
  session.confirmed = false;
  session.confirming = () => { session.confirmed = true; };
  await context.exposeBinding('__reportCspViolation', (_source, violation) => session.csp.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  context.on('request', (request) => session.requests.push({ url: request.url(), method: request.method(), navigation: request.isNavigationRequest(), afterConfirm: session.confirmed }));
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (session.unreachable.some((pattern) => pattern.test(url))) return route.abort('internetdisconnected');
    if (held.some((pattern) => pattern.test(url))) await released;
    if (servers.some((s) => url.startsWith(s.origin + '/'))) return route.continue();
    if (submissionReceiver && url.startsWith(submissionReceiver.origin + '/')) return route.continue();
    if (request.isNavigationRequest() && allowNavigationTo.some((allowed) => url.startsWith(allowed))) {
      session.navigationsOut.push(url);
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' });
    }
    session.foreign.push(`${request.method()} ${url}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => { if (message.type() === 'error') session.errors.push(message.text()); });
  page.on('console', (message) => { if (message.type() === 'warning') session.warnings.push(message.text()); });
  page.on('pageerror', (error) => session.errors.push(String(error)));
  session.page = page;
  await page.goto(server.origin + start);
  if (ready) await page.locator(ready).first().waitFor();
  if (ready && held.length === 0) await appStarted(page);
  return session;
}

/** Waits until the app has started and taken the built-in start page's place. */
export async function appStarted(page) {
  await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
}

/** Downloads are made from blob: URLs of the app's own origin: local, not requests. */
const downloaded = (session, r) => r.url.startsWith(`blob:${session.server.origin}/`);

/** The one permitted request that is not an asset: the confirmed POST (and its CORS preflight). */
const confirmedSubmission = (session, r) => session.receiver && r.afterConfirm && r.url === session.receiver.endpoint && ['POST', 'OPTIONS'].includes(r.method);

/**
 * The privacy guard and the other page-level checks, run at the end of every test: only the
 * app's own static assets were requested, nothing went elsewhere, no CSP violation, no error.
 */
export async function assertCleanSession(session, { allowErrors = [] } = {}) {
  const assets = new Set(await listAssets());
  // Each server's own files (embedding tests serve the example pages, the widget package and
  // the configuration files from their own directory); a directory means its index.html.
  const servers = session.servers ?? [session.server];
  const assetsOf = new Map();
  for (const s of servers) assetsOf.set(s.origin, s.dir && s.dir !== DIST ? new Set(await listAssets(s.dir)) : assets);
  const isAsset = (set, pathname) => pathname === '/' || set.has(pathname) || (pathname.endsWith('/') && set.has(pathname + 'index.html'));
  const own = (url) => {
    const { origin, pathname, search } = new URL(url);
    return search === '' && assetsOf.has(origin) && isAsset(assetsOf.get(origin), pathname);
  };
  const notOwn = session.requests
    .filter((r) => !session.navigationsOut.includes(r.url))
    .filter((r) => !(r.method === 'GET' && own(r.url)))
    .filter((r) => !downloaded(session, r) && !confirmedSubmission(session, r))
    .map((r) => `${r.method} ${r.url}`);
  assert.deepEqual(notOwn, [], 'requests other than the app\'s own static assets');
  assert.deepEqual(session.foreign, [], 'requests to other origins');
  for (const out of session.navigationsOut) assert.equal(new URL(out).search, '', 'quick exit carries nothing in the URL');
  const served = servers.flatMap((s) => s.log.filter((entry) => entry.method !== 'GET' || entry.status !== 200 || !isAsset(assetsOf.get(s.origin), entry.path)));
  assert.deepEqual(served, [], 'the server saw a request for something that is not a static asset');
  assert.deepEqual(session.csp, [], 'Content Security Policy violations');
  assert.deepEqual(session.errors.filter((e) => !allowErrors.some((allowed) => allowed.test(e))), [], 'console errors');
  if (session.receiver) {
    const unconfirmed = session.receiver.requests.filter((r) => !session.confirmed || (r.method !== 'POST' && r.method !== 'OPTIONS'));
    assert.deepEqual(unconfirmed.map((r) => `${r.method} ${r.path}`), [], 'the receiver saw a request before the user confirmed');
  }
  await session.context.close();
}

/** axe-core with the WCAG 2.2 AA tags: no violations on the current screen. */
export async function assertAccessible(page, screen) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(violations, [], `axe violations on ${screen}`);
  assert.ok(result.passes.length > 10, `axe ran its checks on ${screen}`);
  await assertStyled(page, screen);
}

const WRITTEN = writtenWords();

/**
 * Every GOV.UK class on the screen (the embedded tool's shadow root too) is written whole in the
 * sources, so the stylesheet kept its rules: scripts/style.mjs leaves out the others.
 */
async function assertStyled(page, screen) {
  const classes = await page.evaluate(() => {
    const all = new Set();
    const visit = (root) => root.querySelectorAll('*').forEach((element) => {
      element.classList.forEach((name) => all.add(name));
      if (element.shadowRoot) visit(element.shadowRoot);
    });
    visit(document);
    return [...all];
  });
  assert.ok(classes.some((name) => name.startsWith('govuk-')), `GOV.UK classes on ${screen}`);
  const unwritten = classes.filter((name) => name.startsWith('govuk-') && !WRITTEN.has(name));
  assert.deepEqual(unwritten, [], `classes on ${screen} whose rules scripts/style.mjs left out (write each class whole in the source)`);
}

const htmlValidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // GOV.UK's "Exit this page" is a link styled and announced as a button by design.
    'prefer-native-element': ['error', { exclude: ['button'] }],
    // Trunk's hashed asset links carry integrity; the inline loader is allowed by CSP hash.
    'require-sri': 'off',
    // GOV.UK titles are "Page – Service name"; this service's name is long by design.
    'long-title': 'off',
    // The rendered DOM is serialised by the browser, not hand-written.
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'void-style': 'off',
  },
});

/** html-validate on the rendered DOM of the current screen. */
export async function assertValidHtml(page, screen) {
  const html = await page.content();
  const report = await htmlValidate.validateString(html);
  const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? 'line ' + m.line})`));
  assert.deepEqual(messages, [], `html-validate on ${screen}`);
}

/** Text of the main heading, once it is focused or present. */
export async function heading(page) {
  return (await page.locator('main h1').first().innerText()).trim();
}
