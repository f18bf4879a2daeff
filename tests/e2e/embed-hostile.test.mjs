// Embedding on hostile host pages (issue 16): a strict Content Security Policy, a stylesheet
// that sets `html { font-size: 62.5% }` (or 100%, or 40px), its own `--app-accent` and the tool's
// own custom property names, broad `!important` rules, and a cookie on the host's origin. Each
// test builds its host page from the widget package (pkg/, `make widget`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PKG, ROOT, assertCleanSession, launchBrowser, openApp, startStaticServer, widgetPackageFiles } from './harness.mjs';
import { FILLER, formFor } from './journey.mjs';

const FIXTURES = path.join(ROOT, 'tests', 'e2e', 'fixtures', 'hostile');
const WESTMERE = path.join(ROOT, 'public', 'examples', 'config', 'westmere.json');
const WESTMERE_EXIT = 'https://www.metoffice.gov.uk/';
const DEMO_EXIT = 'https://www.bbc.co.uk/weather';
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";
const S01 = JSON.parse(readFileSync(path.join(ROOT, 'rules', 'tests', 'scenarios', 'S01.facts.json'), 'utf8'));
const DEMO = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'e2e', 'fixtures', 'hostile', 'demo-values.json'), 'utf8'));

let tree, server, toolServer, browser, pages = 0, PACKAGE_FILES;
before(async () => {
  PACKAGE_FILES = await widgetPackageFiles();
  tree = mkdtempSync(path.join(tmpdir(), 'embed-hostile-'));
  mkdirSync(path.join(tree, 'referral-assistant'));
  for (const file of PACKAGE_FILES) cpSync(path.join(PKG, file), path.join(tree, 'referral-assistant', file));
  mkdirSync(path.join(tree, 'site'));
  cpSync(FIXTURES, path.join(tree, 'site'), { recursive: true });
  cpSync(WESTMERE, path.join(tree, 'site', 'westmere.json'));
  // Its logo's address.
  cpSync(path.dirname(WESTMERE), path.join(tree, 'examples', 'config'), { recursive: true });
  server = await startStaticServer(tree);
  toolServer = await startStaticServer(tree);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.close(); await toolServer?.close(); });

/**
 * A hostile host page at /site/page-N.html: `body` is its body's markup; `styles` extra
 * stylesheets after hostile.css (in /site/); `scripts` module scripts (default: embed.js).
 * No referrer policy of its own, so the browser's default would send a Referer.
 */
function hostPage(body, { styles = [], scripts = ['/referral-assistant/embed.js'], csp = CSP } = {}) {
  const name = `page-${++pages}.html`;
  writeFileSync(path.join(tree, 'site', name), `<!DOCTYPE html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>A partnership's page</title>
    <link rel="icon" href="/site/favicon.svg">
    <link rel="stylesheet" href="/site/hostile.css">
${styles.map((href) => `    <link rel="stylesheet" href="/site/${href}">`).join('\n')}
  </head>
  <body>
    <h1>Partnership news</h1>
    <p>The host page's own text.</p>
    ${body}
${scripts.map((script) => `    ${typeof script === 'string' ? `<script type="module" src="${script}"></script>` : script.html}`).join('\n')}
  </body>
</html>
`);
  return `/site/${name}`;
}

/** A cookie on the host's origin, as a partnership site's session would set. */
const withHostCookie = () => ({
  storageState: {
    cookies: [{ name: 'host-session', value: 'do-not-send', domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' }],
    origins: [],
  },
});

const READY = '#main-content h1';

async function open(pagePath, options = {}) {
  const session = await openApp(browser, server, {
    path: pagePath, ready: null, allowNavigationTo: [WESTMERE_EXIT, DEMO_EXIT], contextOptions: withHostCookie(), ...options,
  });
  return session;
}

/** Waits for the tool in `host` (a locator of the host element) to show its start page. */
async function shown(host) {
  await host.locator('.app-host:not([hidden])').waitFor();
  await host.locator(READY).first().waitFor();
}

/** The text of the tool inside `host`. */
const toolText = (host) => host.locator('.app-root').innerText();

test('the configuration file is fetched without the host\'s cookies and without a referrer', async () => {
  const pagePath = hostPage('<div id="referral-assistant" data-config="/site/westmere.json"></div>');
  const session = await open(pagePath);
  const host = session.page.locator('#referral-assistant');
  await shown(host);
  assert.match(await host.locator('.app-header').innerText(), /Westmere Safeguarding Children Partnership/);
  const entry = (p) => server.log.find((e) => e.path === p);
  // The cookie is there to be sent, and the browser sends a referrer by default: the page and the
  // package's script carry them, so the test would see them on the configuration file too.
  assert.equal(entry(pagePath).cookie, 'host-session=do-not-send');
  assert.equal(entry('/referral-assistant/embed.js').cookie, 'host-session=do-not-send');
  assert.equal(entry('/referral-assistant/embed.js').referer, server.origin + pagePath);
  const config = entry('/site/westmere.json');
  assert.ok(config, 'the configuration file was fetched');
  assert.equal(config.cookie, null, 'no Cookie header');
  assert.equal(config.referer, null, 'no Referer header');
  await assertCleanSession(session);
});

for (const [kind, element] of [
  ['a name alone, set by attribute', '<div id="referral-assistant" data-name="Ceeton Safeguarding Children Partnership" data-quick-exit-url="https://www.metoffice.gov.uk/"></div>'],
  ['a partly invalid file', '<div id="referral-assistant" data-config="/site/partly-invalid.json"></div>'],
  ['a file that cannot be loaded', '<div id="referral-assistant" data-config="/site/missing.json"></div>'],
]) {
  test(`no demonstration value under a real partnership's name: ${kind}`, async () => {
    writeFileSync(path.join(tree, 'site', 'partly-invalid.json'), JSON.stringify({
      name: 'Ceeton Safeguarding Children Partnership',
      local_authorities: ['Leeds'],
      business_unit: { phone: 'ring the office', hours: 'Monday to Friday' },
      childrens_social_care: { phone: 12345, hours: 'Monday to Friday' },
      links: 'https://procedures.ceeton.example/',
      quick_exit_url: 'javascript:alert(1)',
      accent_colour: '#1d70b8',
    }));
    const session = await open(hostPage(element));
    const { page } = session;
    const host = page.locator('#referral-assistant');
    await shown(host);
    const text = await toolText(host);
    for (const value of DEMO) assert.ok(!text.includes(value), `"${value}" shown:\n${text}`);
    assert.ok(text.includes('If you are worried about a child, contact children’s social care at the local authority where the child lives.'), text);
    if (!kind.includes('cannot')) assert.match(await host.locator('.app-header').innerText(), /Ceeton Safeguarding Children Partnership/);
    // Each missing field is a problem for the web manager (console; the page needs data-debug).
    assert.equal(session.warnings.length, 1, 'one console warning');
    assert.match(session.warnings[0], /out_of_hours\.phone \((configuration file|host element attribute)\): is not set/);
    assert.equal(await host.getByTestId('config-notice').count(), 0, 'no notice without data-debug');
    // Quick exit always has somewhere to go.
    const destination = kind.includes('alone') ? WESTMERE_EXIT : DEMO_EXIT;
    await Promise.all([page.waitForURL(destination), host.getByRole('button', { name: 'Emergency Exit this page' }).click()]);
    if (kind.includes('cannot')) {
      session.errors = session.errors.filter((e) => !/Failed to load resource: .* 404/.test(e));
      server.log.splice(0, server.log.length, ...server.log.filter((e) => e.path !== '/site/missing.json'));
      session.requests = session.requests.filter((r) => !r.url.endsWith('/site/missing.json'));
    }
    await assertCleanSession(session);
  });
}

test('the web manager\'s notice: on the page only with data-debug, always in the console, in plain English', async () => {
  writeFileSync(path.join(tree, 'site', 'wrong-forms.json'), JSON.stringify({
    name: 'Ceeton Safeguarding Children Partnership',
    local_authorities: 'Ceeton',
    business_unit: { phone: 3001234567, hours: 'Monday to Friday, 9am to 5pm' },
    childrens_social_care: { phone: '0300 123 4567', hours: 'Monday to Friday' },
    out_of_hours: { phone: '0300 123 4568', hours: 'always', fax: '0300' },
    quick_exit_url: 'https://www.metoffice.gov.uk/',
    inactivity_minutes: 'twenty',
  }));
  writeFileSync(path.join(tree, 'site', 'huge.json'), JSON.stringify({ name: 'x'.repeat(150 * 1024) }));
  const expected = [
    'local_authorities (configuration file): must be a list of text in square brackets, for example ["Westmere", "Lowbridge"] (it is text here). It is ignored.',
    'business_unit.phone (configuration file): must be text, for example "0300 123 4567" (it is a number here). It is ignored.',
    'out_of_hours.fax (configuration file): is not one of this group\'s fields (phone, email, hours). It is ignored.',
    'inactivity_minutes (configuration file): must be a whole number of minutes, for example 20 (it is text here). It is ignored.',
  ];
  for (const debug of [false, true]) {
    const session = await open(hostPage(`<div id="referral-assistant" data-config="/site/wrong-forms.json"${debug ? ' data-debug' : ''}></div>
    <div class="tool-host" id="second" data-config="/site/huge.json" data-debug></div>`, { scripts: ['/site/mount-second.js'] }));
    const host = session.page.locator('#referral-assistant');
    await shown(host);
    await shown(session.page.locator('#second'));
    const notice = host.getByTestId('config-notice');
    assert.equal(session.warnings.length, 2, 'one console warning for each tool');
    const warning = session.warnings.find((w) => w.includes('wrong') || w.includes('local_authorities'));
    for (const line of expected) assert.ok(warning.includes(line), `console says: ${line}\n${warning}`);
    for (const phrase of ['expected', 'invalid type', 'u32', 'struct', 'sequence', 'unknown field', 'at line']) {
      assert.ok(!session.warnings.join('\n').includes(phrase), `no parser phrase "${phrase}"`);
    }
    if (debug) {
      await notice.waitFor();
      const text = (await notice.innerText()).replace(/\s+/g, ' ');
      assert.match(text, /For this site’s web manager/);
      for (const line of expected) assert.ok(text.includes(line.replace(/\s+/g, ' ')), `notice says: ${line}\n${text}`);
    } else {
      assert.equal(await notice.count(), 0, 'no notice for practitioners');
    }
    const huge = (await session.page.locator('#second').getByTestId('config-notice').innerText()).replace(/\s+/g, ' ');
    assert.ok(huge.includes('file (configuration file): is 151 KB: a configuration file may be at most 100 KB. Nothing from it is used.'), huge);
    await assertCleanSession(session);
  }
});

/** Computed styles that make up how the tool looks, on elements across its start page. */
async function lookOf(host) {
  return host.evaluate((element) => {
    const root = element.shadowRoot;
    const properties = ['fontSize', 'lineHeight', 'fontFamily', 'fontWeight', 'color', 'backgroundColor', 'letterSpacing', 'wordSpacing', 'textTransform', 'textAlign', 'marginTop', 'marginBottom', 'paddingTop', 'paddingLeft', 'borderTopWidth', 'boxShadow'];
    const selectors = ['.app-root', '.govuk-link', '.app-header', '.app-header__service', '#main-content h1', '#main-content p', '#main-content h2', '.govuk-warning-text__text', '.govuk-button--start', '.govuk-exit-this-page__button', '.govuk-inset-text', '.govuk-footer', '.govuk-footer__link', '.govuk-list li'];
    return Object.fromEntries(selectors.map((selector) => {
      const found = root.querySelector(selector);
      if (!found) return [selector, null];
      const style = getComputedStyle(found);
      return [selector, Object.fromEntries(properties.map((p) => [p, style[p]]))];
    }));
  });
}

test('the host cannot restyle the tool: computed styles equal with a root font size of 62.5%, 100% and 40px, and a host --app-accent', async () => {
  const looks = [];
  for (const styles of [[], ['root-100.css'], ['root-40px.css']]) {
    const session = await open(hostPage('<div id="referral-assistant"></div>', { styles }));
    const host = session.page.locator('#referral-assistant');
    await shown(host);
    const rootSize = await session.page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    assert.equal(rootSize, { 0: '10px', 1: '16px', 2: '40px' }[looks.length], 'the host root size is in effect');
    looks.push(await lookOf(host));
    await assertCleanSession(session);
  }
  for (const [selector, style] of Object.entries(looks[0])) assert.ok(style, `${selector} found`);
  assert.deepEqual(looks[1], looks[0], '100% root looks as 62.5%');
  assert.deepEqual(looks[2], looks[0], '40px root looks as 62.5%');
  // The sizes are the tool's own (GOV.UK's, for the browser's default 16px), and the host's
  // --app-accent and --referral-assistant-accent do not colour the header.
  const look = looks[0];
  assert.equal(look['#main-content h1'].fontSize, '48px');
  assert.equal(look['#main-content p'].fontSize, '19px');
  assert.equal(look['.app-header'].backgroundColor, 'rgb(11, 12, 12)');
  assert.equal(look['.app-root'].color, 'rgb(11, 12, 12)');
  assert.equal(look['.govuk-link'].color, 'rgb(26, 101, 166)', 'GOV.UK link colour, not the host\'s --govuk-link-colour');
  assert.match(look['.app-root'].fontFamily, /^system-ui/);
  assert.equal(look['#main-content h1'].textTransform, 'none');
  assert.equal(look['#main-content h1'].letterSpacing, 'normal');
});

test('a configured accent colour still applies on a hostile page', async () => {
  const session = await open(hostPage('<div id="referral-assistant" data-config="/site/westmere.json"></div>'));
  const host = session.page.locator('#referral-assistant');
  await shown(host);
  assert.equal(await host.locator('.app-header').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(29, 112, 184)');
  await assertCleanSession(session);
});

/** Answers the question showing inside `host` with the filler answer; waits for the next page. */
async function answerNext(host) {
  const radios = host.locator('#main-content input[type=radio]');
  await radios.first().waitFor();
  const question = await radios.first().getAttribute('name');
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
  const before = (await host.locator('#main-content h1').first().innerText()).trim();
  await host.getByRole('button', { name: 'Continue' }).click();
  await host.locator('#main-content h1').filter({ hasNotText: before }).first().waitFor();
  return question;
}

const heading = async (host) => (await host.locator('#main-content h1').first().innerText()).trim();

/** Listeners on window and document, recorded from before the page's first script. */
function trackListeners() {
  const live = [];
  const named = (target) => (target === window ? 'window' : target === document ? 'document' : null);
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  const capture = (options) => (typeof options === 'boolean' ? options : !!options?.capture);
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const target = named(this);
    if (target && listener && !live.some((l) => l.target === target && l.type === type && l.listener === listener && l.capture === capture(options))) {
      live.push({ target, type, listener, capture: capture(options) });
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const target = named(this);
    const at = live.findIndex((l) => l.target === target && l.type === type && l.listener === listener && l.capture === capture(options));
    if (at >= 0) live.splice(at, 1);
    return remove.call(this, type, listener, options);
  };
  window.__listeners = () => live.map((l) => `${l.target}:${l.type}`).sort();
}

test('mount and unmount: two tools on one page share nothing, a replaced host element mounts again, unmount removes every listener', async () => {
  writeFileSync(path.join(tree, 'site', 'blank.html'), '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>');
  const pagePath = hostPage('<div class="tool-host" id="first"></div>\n    <div class="tool-host" id="second" data-name="Second Partnership"></div>', { scripts: ['/site/api.js'] });
  const session = await open('/site/blank.html');
  const { page } = session;
  await session.context.addInitScript(trackListeners);
  await page.goto(server.origin + pagePath);
  await page.waitForFunction(() => !!window.referralAssistant);
  const before = await page.evaluate(() => window.__listeners());
  await page.evaluate(async () => {
    await window.referralAssistant.mount(document.getElementById('first'));
    await window.referralAssistant.mount(document.getElementById('second'));
  });
  const first = page.locator('#first');
  const second = page.locator('#second');
  await shown(first);
  await shown(second);
  assert.notDeepEqual(await page.evaluate(() => window.__listeners()), before, 'the tools listen (keyboard, inactivity, leaving)');
  assert.match(await first.locator('.app-header').innerText(), /Northshire/, 'each tool has its own configuration');
  assert.match(await second.locator('.app-header').innerText(), /Second Partnership/);

  // The first tool two questions in; the second starts at the first question, not the first tool's.
  await first.getByRole('button', { name: 'Start now' }).click();
  const firstQuestion = await heading(first);
  await answerNext(first);
  const secondQuestionOfFirst = await heading(first);
  assert.notEqual(secondQuestionOfFirst, firstQuestion);
  await second.getByRole('button', { name: 'Start now' }).click();
  await second.locator('#main-content input[type=radio]').first().waitFor();
  assert.equal(await heading(second), firstQuestion, 'the second tool has no answers of the first');
  assert.equal(await heading(first), secondQuestionOfFirst, 'the first tool is where it was');
  // Each carries on by itself (before, the second tool's pages went blank after Continue).
  await answerNext(second);
  await answerNext(first);
  assert.notEqual(await heading(first), secondQuestionOfFirst);
  assert.equal(await heading(second), secondQuestionOfFirst);
  // Back in one tool moves that tool only.
  await second.getByRole('link', { name: 'Back' }).click();
  await second.locator('#main-content h1').filter({ hasText: firstQuestion }).waitFor();
  assert.notEqual(await heading(first), firstQuestion);

  // A single-page host replaces the first tool's element and mounts again: a fresh tool that
  // works past the first Continue.
  await page.evaluate(async () => {
    const fresh = document.createElement('div');
    fresh.id = 'replacement';
    fresh.className = 'tool-host';
    document.getElementById('first').replaceWith(fresh);
    await window.referralAssistant.mount(fresh);
  });
  const replacement = page.locator('#replacement');
  await shown(replacement);
  await replacement.getByRole('button', { name: 'Start now' }).click();
  await replacement.locator('#main-content input[type=radio]').first().waitFor();
  assert.equal(await heading(replacement), firstQuestion, 'a fresh start');
  await answerNext(replacement);
  await answerNext(replacement);
  assert.equal(await replacement.locator('#main-content input[type=radio]').first().isVisible(), true);

  // Unmounting both: their content goes and every listener they added is removed.
  const unmounted = await page.evaluate(async () => [
    await window.referralAssistant.unmount(document.getElementById('replacement')),
    await window.referralAssistant.unmount(document.getElementById('second')),
    await window.referralAssistant.unmount(document.getElementById('second')),
  ]);
  assert.deepEqual(unmounted, [true, true, false]);
  assert.equal(await page.evaluate(() => document.getElementById('second').shadowRoot.childNodes.length), 0);
  assert.deepEqual(await page.evaluate(() => window.__listeners()), before, 'listeners on window and document as before mounting');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  assert.deepEqual(session.navigationsOut, [], 'Shift three times does nothing once unmounted');
  // Mounted again in the same element, it works.
  await page.evaluate(() => window.referralAssistant.mount(document.getElementById('second')));
  await shown(second);
  await Promise.all([page.waitForURL(DEMO_EXIT), second.getByRole('button', { name: 'Emergency Exit this page' }).click()]);
  await assertCleanSession(session);
});

test('iframe mode with the package\'s own framed page: no margin, the documented sandbox, the height sent to the host only', async () => {
  const docs = readFileSync(path.join(ROOT, 'docs', 'embedding.md'), 'utf8');
  const sandbox = docs.match(/<iframe class="tool-frame"[^>]*sandbox="([^"]+)"/)[1];
  const westmere = JSON.parse(readFileSync(WESTMERE, 'utf8'));
  writeFileSync(path.join(tree, 'referral-assistant', 'config.json'), JSON.stringify({ ...westmere, host_origin: server.origin }));
  const src = `${toolServer.origin}/referral-assistant/frame.html`;
  const pagePath = hostPage(`<iframe class="tool-frame" src="${src}" title="Check if a serious child safeguarding incident must be notified" sandbox="${sandbox}" referrerpolicy="no-referrer"></iframe>`, {
    scripts: [{ html: '<script src="/referral-assistant/frame-host.js"></script>' }],
    csp: CSP.replace("object-src", `frame-src ${toolServer.origin}; object-src`),
  });
  const session = await open(pagePath, { otherServers: [toolServer], allowNavigationTo: [WESTMERE_EXIT] });
  const { page } = session;
  const frame = page.frameLocator('iframe.tool-frame');
  await frame.locator('.app-host:not([hidden])').waitFor();
  assert.match(await frame.locator('.app-header').innerText(), /Westmere Safeguarding Children Partnership/);
  assert.equal(await frame.locator('body').evaluate((body) => getComputedStyle(body).margin), '0px');
  // The host sizes the frame to the height the tool reports; then the frame has no scroll.
  await page.waitForFunction(() => document.querySelector('iframe.tool-frame').style.height !== '');
  const toolHeight = await frame.locator('.app-host').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  assert.equal(await page.evaluate(() => document.querySelector('iframe.tool-frame').style.height), `${toolHeight}px`);
  await page.waitForFunction((h) => document.querySelector('iframe.tool-frame').getBoundingClientRect().height >= h, toolHeight);
  const scroll = await frame.locator('html').evaluate((html) => [html.scrollHeight, window.innerHeight]);
  assert.ok(scroll[0] <= scroll[1], `no scroll inside the frame: ${scroll}`);
  assert.equal(server.log.find((e) => e.path === pagePath).cookie, 'host-session=do-not-send');
  assert.equal(toolServer.log.find((e) => e.path === '/referral-assistant/config.json')?.referer ?? null, null);
  await Promise.all([page.waitForURL(WESTMERE_EXIT), frame.getByRole('button', { name: 'Emergency Exit this page' }).click()]);
  await assertCleanSession(session);
});

/** Waits until `check()` holds (polling), for events the page reports through the console. */
async function until(check, what) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`waited for ${what}`);
}

/** The on-demand part of the widget: the module and the whole stylesheet. */
const ON_DEMAND = [/\/referral_assistant_on_demand_bg\.wasm$/, /\/referral-assistant\.css$/];

test('the widget loads like the standalone app: the start page shows and Exit this page works before the rest of the tool has arrived; the rest comes on demand, and Try again recovers', async () => {
  // The first load only: the rest of the tool cannot be fetched.
  const from = server.log.length;
  let session = await open(hostPage('<div id="referral-assistant" data-config="/site/westmere.json"></div>'), { unreachable: ON_DEMAND });
  let host = session.page.locator('#referral-assistant');
  await shown(host);
  assert.match(await toolText(host), /If a child is in immediate danger, call 999\./);
  const fetched = () => server.log.slice(from).filter((entry) => entry.path.startsWith('/referral-assistant/')).map((entry) => entry.path.replace('/referral-assistant/', ''));
  assert.deepEqual([...new Set(fetched())].sort(), ['embed.js', 'referral-assistant-start.css', 'referral_assistant_bg.wasm'], 'the start page needs only these');
  await host.getByRole('button', { name: 'Start now' }).click();
  await host.getByRole('heading', { level: 1, name: 'This part of the service could not be loaded' }).waitFor();
  // The connection comes back: Try again shows the first question, and the rest of the tool works.
  session.unreachable.length = 0;
  await host.getByRole('button', { name: 'Try again' }).click();
  await host.getByRole('heading', { level: 1, name: 'Where do you work?' }).waitFor();
  assert.ok(fetched().includes('referral_assistant_on_demand_bg.wasm'), 'the module fetched on demand');
  assert.ok(fetched().includes('referral-assistant.css'), 'the whole stylesheet fetched on demand');
  assert.equal(await host.locator('#main-content h1').evaluate((h1) => getComputedStyle(h1).fontSize), '36px', 'the question is styled (GOV.UK\'s large legend)');
  await assertCleanSession(session, { allowErrors: [/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/] });

  // Exit this page works from the start page with only the first load there.
  session = await open(hostPage('<div id="referral-assistant" data-config="/site/westmere.json"></div>'), { unreachable: ON_DEMAND });
  host = session.page.locator('#referral-assistant');
  await shown(host);
  await Promise.all([session.page.waitForURL(WESTMERE_EXIT), host.getByRole('button', { name: 'Emergency Exit this page' }).click()]);
  await assertCleanSession(session, { allowErrors: [/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/] });
});

/**
 * Every element of the tool's start page in document order, pseudo-elements too, with every
 * computed style property: how it looks, as fully as the browser can say.
 */
async function everyStyleOf(host) {
  return host.evaluate((element) => [...element.shadowRoot.querySelectorAll('.app-host, .app-host *')].flatMap((found) =>
    [null, '::before', '::after', '::marker'].map((pseudo) => {
      const style = getComputedStyle(found, pseudo);
      const label = `${found.localName}${found.id ? `#${found.id}` : ''}.${[...found.classList].join('.')}${pseudo ?? ''}`;
      return [label, Object.fromEntries([...style].map((property) => [property, style.getPropertyValue(property)]))];
    })));
}

test('the start page looks the same with its own small stylesheet as with the whole one', async () => {
  for (const element of [
    '<div id="referral-assistant" data-config="/site/westmere.json"></div>',
    '<div id="referral-assistant"></div>',
    // The web manager's notice, and a partnership with no logo, links or accent colour.
    '<div id="referral-assistant" data-debug data-name="Ceeton Safeguarding Children Partnership" data-quick-exit-url="https://www.metoffice.gov.uk/"></div>',
  ]) {
    // Only the first load: the start page's stylesheet, and not the whole one.
    let session = await open(hostPage(element), { unreachable: ON_DEMAND });
    let host = session.page.locator('#referral-assistant');
    await shown(host);
    const sheets = () => host.evaluate((e) => [...e.shadowRoot.querySelectorAll('link')].filter((link) => link.sheet).map((link) => link.href.replace(/.*\//, '')));
    assert.deepEqual(await sheets(), ['referral-assistant-start.css']);
    const alone = await everyStyleOf(host);
    await assertCleanSession(session, { allowErrors: [/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/] });

    // Everything: the whole stylesheet, added once the start page is up.
    session = await open(hostPage(element));
    host = session.page.locator('#referral-assistant');
    await shown(host);
    await until(async () => (await sheets()).length === 2, 'the whole stylesheet');
    assert.deepEqual(await sheets(), ['referral-assistant-start.css', 'referral-assistant.css']);
    const whole = await everyStyleOf(host);
    await assertCleanSession(session);

    assert.deepEqual(alone.map(([label]) => label), whole.map(([label]) => label), 'the same elements');
    for (const [index, [label, style]] of alone.entries()) {
      for (const [property, value] of Object.entries(whole[index][1])) {
        assert.equal(style[property], value, `${label} ${property} (${element})`);
      }
    }
  }
});

const sha384 = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

test('a versioned package a web manager can trust: package.json, CHANGELOG, integrity hashes that cover every file the tool runs', async () => {
  const pack = JSON.parse(readFileSync(path.join(PKG, 'package.json'), 'utf8'));
  const cargo = readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
  assert.equal(pack.version, cargo, 'the crate\'s version');
  assert.equal(pack.main, 'embed.js');
  for (const file of pack.files) assert.ok(existsSync(path.join(PKG, file)), `${file} is in the package`);
  assert.ok(readFileSync(path.join(PKG, 'CHANGELOG.md'), 'utf8').includes(`## ${pack.version}`), 'CHANGELOG entry');
  const listed = JSON.parse(readFileSync(path.join(PKG, 'integrity.json'), 'utf8'));
  assert.equal(listed.version, pack.version);
  for (const [file, hash] of Object.entries(listed.integrity)) assert.equal(hash, sha384(path.join(PKG, file)), file);
  const embedHash = listed.integrity['embed.js'];

  // With the hash on the script element, on a hostile page, the tool runs.
  const good = hostPage('<div id="referral-assistant" data-config="/site/westmere.json"></div>', {
    scripts: [{ html: `<script type="module" src="/referral-assistant/embed.js" integrity="${embedHash}"></script>` }],
  });
  let session = await open(good);
  await shown(session.page.locator('#referral-assistant'));
  await assertCleanSession(session);

  // A changed WebAssembly file (or stylesheet) next to the released embed.js is refused.
  for (const [changed, edit] of [
    ['referral_assistant_bg.wasm', (body) => { body[body.length - 1] ^= 1; return body; }],
    ['referral_assistant_on_demand_bg.wasm', (body) => { body[body.length - 1] ^= 1; return body; }],
    ['referral-assistant-start.css', (body) => Buffer.concat([body, Buffer.from('.app-root{color:red}')])],
    ['referral-assistant.css', (body) => Buffer.concat([body, Buffer.from('.app-root{color:red}')])],
  ]) {
    const folder = `tampered-${changed.replace(/\W/g, '')}`;
    mkdirSync(path.join(tree, folder), { recursive: true });
    for (const file of PACKAGE_FILES) cpSync(path.join(PKG, file), path.join(tree, folder, file));
    writeFileSync(path.join(tree, folder, changed), edit(readFileSync(path.join(PKG, changed))));
    session = await open(hostPage('<div id="referral-assistant" data-config="/site/westmere.json"></div>', {
      scripts: [{ html: `<script type="module" src="/${folder}/embed.js" integrity="${embedHash}"></script>` }],
    }));
    const { page } = session;
    const onDemand = ['referral_assistant_on_demand_bg.wasm', 'referral-assistant.css'].includes(changed);
    if (onDemand) {
      // The start page shows; the rest of the tool is refused when it is asked for.
      const host = page.locator('#referral-assistant');
      await shown(host);
      await host.getByRole('button', { name: 'Start now' }).click();
      await host.getByRole('heading', { level: 1, name: 'This part of the service could not be loaded' }).waitFor();
    }
    await until(() => session.errors.some((e) => /integrity/i.test(e) && e.includes(changed)), `the browser to refuse ${changed}`);
    if (onDemand) {
      assert.equal(await page.locator('#referral-assistant').getByRole('heading', { name: 'Where do you work?' }).count(), 0, 'no question from a changed file');
    } else if (changed.endsWith('.wasm')) {
      assert.equal(await page.evaluate(() => document.getElementById('referral-assistant').shadowRoot), null, 'the tool does not start');
    } else {
      await page.locator('#referral-assistant .app-host:not([hidden])').waitFor();
      assert.notEqual(await page.locator('#referral-assistant .app-root').evaluate((e) => getComputedStyle(e).color), 'rgb(255, 0, 0)', 'the changed stylesheet is not applied');
    }
    // These errors are the point of the case.
    session.errors = [];
    await assertCleanSession(session);
  }

  // An embed.js that is not the released one does not run at all.
  const folder = 'tampered-loader';
  mkdirSync(path.join(tree, folder), { recursive: true });
  for (const file of PACKAGE_FILES) cpSync(path.join(PKG, file), path.join(tree, folder, file));
  writeFileSync(path.join(tree, folder, 'embed.js'), `${readFileSync(path.join(PKG, 'embed.js'), 'utf8')}\n// changed\n`);
  session = await open(hostPage('<div id="referral-assistant"></div>', {
    scripts: [{ html: `<script type="module" src="/${folder}/embed.js" integrity="${embedHash}"></script>` }],
  }));
  await until(() => session.errors.some((e) => /integrity/i.test(e) && e.includes('embed.js')), 'the browser to refuse embed.js');
  assert.equal(await session.page.evaluate(() => document.getElementById('referral-assistant').shadowRoot), null);
  session.errors = [];
  await assertCleanSession(session);
});
