// What the rules were checked against, as the user sees it (issue 14): the outcome states when
// the rules were checked and what newer sources are not yet reviewed, citations are readable
// links with their quotation (never bare addresses), and after the review-by date a notice
// shows on the start page and the outcome.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, appStarted, assertAccessible, assertCleanSession, launchBrowser, openApp, startStaticServer } from './harness.mjs';
import { walk } from './journey.mjs';

const facts = JSON.parse(readFileSync(path.join(ROOT, 'rules', 'tests', 'scenarios', 'S01.facts.json'), 'utf8'));

let server, browser;
before(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.close(); });

/** The app opened with the browser's clock at `time`, set before the app reads it. */
async function openAt(time) {
  const session = await openApp(browser, server);
  await session.page.clock.setSystemTime(time);
  await session.page.reload();
  await session.page.locator('main h1').first().waitFor();
  await appStarted(session.page);
  return session;
}

async function toOutcome(page) {
  await walk(page, facts);
  await page.getByRole('button', { name: 'See what happens next' }).click();
  await page.getByTestId('headline').waitFor();
}

test('the outcome says what the rules were checked against and when, with readable citation links', async () => {
  const session = await openAt(new Date('2026-11-26T12:00:00Z'));
  const { page } = session;
  assert.equal(await page.getByTestId('review-notice').count(), 0, 'no notice before the review-by date');
  await toOutcome(page);
  assert.equal(await page.getByTestId('review-notice').count(), 0);
  // On screen, one short line says when, and that newer guidance is not yet reviewed; the
  // disclosure it titles says the rest.
  assert.equal(await page.getByTestId('sources-summary').innerText(), 'Checked November 2026; newer guidance exists');
  await page.getByTestId('sources-checked').locator('summary').click();
  const statement = await page.getByTestId('checked-statement').innerText();
  assert.match(statement, /last checked against the law and guidance in November 2026/);
  assert.match(statement, /checked again by 31 May 2027/);
  const notReviewed = await page.getByTestId('not-reviewed').innerText();
  assert.match(notReviewed, /Working Together to Safeguard Children 2026/);
  assert.match(notReviewed, /Report the death or serious harm of a child or care leaver/);
  assert.match(await page.getByTestId('sources-checked').innerText(), /follow your safeguarding partnership.s own procedures/);

  // A reason's citation: the source's name as the link text, its address only in href, and
  // the quotation beside it. Opened, the "Why?" of the conditions shows it.
  await page.getByTestId('conditions').locator('summary').first().click();
  const s16c = page.locator('[data-testid="conditions"] .app-citation__source[data-source="ChildrenAct2004S16C"]').first();
  const link = s16c.locator('a');
  assert.match(await link.innerText(), /^Children Act 2004, section 16C\(1\)\(a\)/);
  assert.doesNotMatch(await link.innerText(), /https?:/);
  assert.match(await link.getAttribute('href'), /^https:\/\//);
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await s16c.locator('q').innerText(), /knows or suspects that a child has been abused or neglected/);
  // Superseded guidance is never shown as current.
  const main = await page.locator('main').innerText();
  assert.doesNotMatch(main, /Working Together to Safeguard Children 2023 \(December 2023, as updated February 2024 and 2025\)/);
  // (Most sit in closed "Why?" disclosures: their text, not what is painted.)
  const older = await page.locator('.app-citation__source[data-source^="WorkingTogether2023"]').allTextContents();
  assert.ok(older.length > 0, 'the outcome cites Working Together 2023 somewhere');
  for (const text of older) assert.match(text, /since replaced by Working Together to Safeguard Children 2026/);
  await assertAccessible(page, 'outcome with the sources');
  await assertCleanSession(session);
});

test('after the review-by date the start page and the outcome show a notice', async () => {
  const session = await openAt(new Date('2027-06-02T12:00:00Z'));
  const { page } = session;
  const notice = page.getByTestId('review-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /should have been checked against the law and guidance again by 31 May 2027/);
  await assertAccessible(page, 'start page with the review notice');
  await toOutcome(page);
  assert.match(await page.getByTestId('review-notice').innerText(), /31 May 2027/);
  await assertCleanSession(session);
});
