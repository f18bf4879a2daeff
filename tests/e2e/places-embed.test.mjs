// A partnership's local authorities are checked against the place register (issue 13). The
// register is in the on-demand module, not the first load, so the problems join the web
// manager's notice (and the console) once that module has loaded: an unknown name with close
// names, a Welsh council; names and codes that resolve are accepted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PKG, ROOT, assertCleanSession, launchBrowser, openApp, startStaticServer } from './harness.mjs';

const EXAMPLES = path.join(ROOT, 'public', 'examples');
const HOST_ELEMENT = '<div id="referral-assistant" data-config="/examples/config/westmere.json"></div>';
const EXIT = 'https://www.metoffice.gov.uk/';

let tree, server, browser;
before(async () => {
  assert.ok(existsSync(path.join(PKG, 'embed.js')), `${PKG}/embed.js exists: run \`make widget\``);
  tree = mkdtempSync(path.join(tmpdir(), 'places-embed-'));
  cpSync(EXAMPLES, path.join(tree, 'examples'), { recursive: true });
  mkdirSync(path.join(tree, 'referral-assistant'));
  cpSync(PKG, path.join(tree, 'referral-assistant'), { recursive: true });
  const westmere = JSON.parse(readFileSync(path.join(EXAMPLES, 'config', 'westmere.json'), 'utf8'));
  writeFileSync(path.join(tree, 'examples', 'config', 'areas.json'), JSON.stringify({
    ...westmere, local_authorities: ['Kent', 'Northshir', 'E06000035', 'Cardiff', 'Maidstone'],
  }));
  const html = readFileSync(path.join(EXAMPLES, 'script', 'index.html'), 'utf8');
  assert.ok(html.includes(HOST_ELEMENT));
  writeFileSync(path.join(tree, 'examples', 'script', 'areas.html'),
    html.replace(HOST_ELEMENT, '<div id="referral-assistant" data-debug data-config="/examples/config/areas.json"></div>'));
  server = await startStaticServer(tree);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.close(); });

test('a configured local authority the register does not know is a problem on the web manager\'s notice', async () => {
  const session = await openApp(browser, server, { path: '/examples/script/areas.html', ready: '#referral-assistant #main-content h1', allowNavigationTo: [EXIT] });
  const notice = session.page.locator('#referral-assistant').getByTestId('config-notice');
  await notice.filter({ hasText: 'Northshir' }).waitFor();
  const text = (await notice.innerText()).replace(/\s+/g, ' ');
  assert.match(text, /configuration has 2 problems\./, text);
  assert.ok(text.includes('local_authorities[1] (configuration file): "Northshir" is not a local authority in England.'), text);
  assert.match(text, /Name each by its name or ONS code, for example "Kent" or "E10000016"\./);
  assert.ok(text.includes('local_authorities[3] (configuration file): "Cardiff" is in Wales, not England'), text);
  // Kent, Medway by its code and the district of Maidstone name areas in England.
  assert.doesNotMatch(text, /local_authorities\[(0|2|4)\]/);
  const warning = session.warnings.find((w) => w.includes('Northshir'));
  assert.ok(warning?.includes('local_authorities[3] (configuration file): "Cardiff" is in Wales'), session.warnings.join('\n'));
  await assertCleanSession(session);
});
