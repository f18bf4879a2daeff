// Offline once loaded (issue 6): the standalone app's service worker caches the release's own
// files, so the app reloads and completes an assessment with the network cut; it caches nothing
// else, and a new release replaces the old cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DIST, ROOT, assertCleanSession, launchBrowser, listAssets, openApp, startStaticServer,
} from './harness.mjs';
import { walk } from './journey.mjs';

let server, browser;
before(async () => { server = await startStaticServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Waits until the service worker controls the page and has finished installing. */
async function untilControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('the built service worker lists exactly this release\'s files and a version', async () => {
  const worker = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const assets = JSON.parse(worker.match(/const ASSETS = (\[.*\]);/)[1]);
  const files = (await listAssets()).filter((f) => f !== '/sw.js' && f !== '/index.html' && !f.startsWith('/.'));
  assert.deepEqual([...assets].sort(), ['/', ...files].sort());
  assert.match(worker, /const VERSION = "[0-9a-f]{16}";/);
  assert.ok(!worker.includes('__VERSION__') && !worker.includes('__ASSETS__'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')) && assets.some((f) => f.endsWith('.css')) && assets.includes('/manifest.webmanifest'));
  // The manifest is linked from the page.
  assert.match(readFileSync(path.join(DIST, 'index.html'), 'utf8'), /<link rel="manifest" href="\/manifest.webmanifest">/);
});

test('once loaded, the app reloads and completes an assessment with the network cut', async () => {
  const session = await openApp(browser, server);
  const { page, context } = session;
  await untilControlled(page);
  const caches = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cached = [];
    for (const key of keys) for (const request of await (await caches.open(key)).keys()) cached.push(new URL(request.url).pathname);
    return { keys, cached };
  });
  assert.equal(caches.keys.length, 1, 'one cache, for this release');
  assert.match(caches.keys[0], /^referral-assistant-[0-9a-f]{16}$/);
  const own = new Set(['/', ...(await listAssets())]);
  for (const file of caches.cached) assert.ok(own.has(file), `only the app's own files are cached (${file})`);

  await context.setOffline(true);
  await page.reload();
  await page.locator('main h1').first().waitFor();
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  const facts = JSON.parse(readFileSync(path.join(ROOT, 'rules', 'tests', 'scenarios', 'S01.facts.json'), 'utf8'));
  await page.clock.setSystemTime(new Date('2025-01-10T12:00:00Z'));
  await walk(page, facts);
  await page.getByRole('button', { name: 'See what happens next' }).click();
  await page.getByTestId('headline').waitFor();
  assert.match(await page.getByTestId('headline').innerText(), /must notify the Child Safeguarding Practice Review Panel/);
  // Nothing the user entered was cached.
  const after = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (key) => (await (await caches.open(key)).keys()).map((r) => r.url)))).flat());
  for (const url of after) assert.ok(own.has(new URL(url).pathname) && new URL(url).search === '', url);
  await context.setOffline(false);
  await assertCleanSession(session);
});

test('a new release replaces the old cache', async () => {
  const session = await openApp(browser, server);
  const { page } = session;
  await untilControlled(page);
  // An old release's cache left behind, and another site's cache that must be left alone.
  await page.evaluate(async () => { await caches.open('referral-assistant-0000000000000000'); await caches.open('someone-else'); });
  // A fresh install of the worker (as when a new release's sw.js arrives) activates and
  // deletes the app's other caches.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.unregister();
  });
  await page.reload();
  await page.locator('main h1').first().waitFor();
  await untilControlled(page);
  const keys = await page.evaluate(() => caches.keys());
  assert.ok(!keys.includes('referral-assistant-0000000000000000'), `old release removed: ${keys}`);
  assert.ok(keys.includes('someone-else'), 'other caches untouched');
  assert.equal(keys.filter((k) => k.startsWith('referral-assistant-')).length, 1);
  await assertCleanSession(session);
});
