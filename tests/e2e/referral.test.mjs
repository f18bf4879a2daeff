// The structured referral (issue 5): from an outcome to a printed, exported and submitted
// referral; every submission failure recovers with nothing lost; nothing is sent or stored
// before the user confirms; injection payloads stay text everywhere; drafts round-trip.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ROOT, DIST, assertAccessible, assertCleanSession, assertValidHtml, heading, launchBrowser, openApp,
  startStaticServer,
} from './harness.mjs';
import { walk } from './journey.mjs';
import { startReceiver } from './receiver.mjs';
import {
  FREE_TEXT, PAYLOADS, assertValidReferral, displayed, downloadFrom, draftText, fit, referralValidator, setField,
} from './referral.mjs';

const FACTS = JSON.parse(await readFile(path.join(ROOT, 'rules/tests/scenarios/S01.facts.json'), 'utf8'));
let plain, sending, receiver, browser, validate;
/** A draft saved by the app itself after walking S01 and filling the form (the base for others). */
let baseDraft;

before(async () => {
  receiver = await startReceiver();
  plain = await startStaticServer(DIST);
  sending = await startStaticServer(DIST, { submissionEndpoint: receiver.endpoint });
  receiver.allowOrigin(sending.origin);
  browser = await launchBrowser();
  validate = await referralValidator();
});
after(async () => { await browser?.close(); await plain?.close(); await sending?.close(); await receiver?.close(); });

const button = (page, name) => page.getByRole('button', { name, exact: true });
const h1 = (page, name) => page.getByRole('heading', { level: 1, name }).waitFor();

/** Typed values for a complete referral: free text from `texts` (id → value). */
async function fillForm(page, texts) {
  const fill = (id) => page.locator(`#${id}`).fill(texts[id]);
  await h1(page, 'Your details');
  for (const id of ['referrer-name', 'referrer-role', 'referrer-agency']) await fill(id);
  await page.locator('#referrer-phone').fill('01632 960 001');
  await page.locator('#referrer-email').fill('sam.jones@school.example');
  await page.locator('input[name="referrer-lead-consulted"][value="yes"]').check();
  await fill('referrer-lead-name');
  await button(page, 'Continue').click();
  await h1(page, 'Child 1');
  await fill('child-1-name');
  await page.locator('#child-1-age').fill('0');
  await page.locator('input[name="child-1-sex"][value="female"]').check();
  await fill('child-1-ethnicity');
  await fill('child-1-disability');
  await page.locator('input[name="child-1-legal-status"][value="child_protection_plan"]').check();
  await fill('child-1-agencies');
  await button(page, 'Continue').click();
  await h1(page, 'The incident');
  await page.locator('#incident-from-day').fill('19');
  await page.locator('#incident-from-month').fill('12');
  await page.locator('#incident-from-year').fill('2024');
  for (const id of ['incident-place', 'incident-setting', 'incident-what-happened', 'incident-suspected']) await fill(id);
  await button(page, 'Continue').click();
  await h1(page, 'Agencies and other processes');
  await fill('agencies-involved');
  await page.locator('input[name="parallel-processes"][value="police"]').check();
  await fill('parallel-details');
  await button(page, 'Continue').click();
  await h1(page, 'Other children and the family');
  await fill('immediate-actions');
  await fill('further-children');
  await page.locator('input[name="family-told"][value="no_increase_risk"]').check();
  await fill('family-told-details');
  await button(page, 'Continue').click();
  await h1(page, 'Why you think the criteria are met');
  await fill('why-criteria-met');
  await button(page, 'Continue').click();
  await h1(page, 'Check your referral before you continue');
}

/** Round `round` of the payloads: every free-text field gets a different payload. */
function payloadRound(round) {
  return Object.fromEntries(Object.entries(FREE_TEXT).map(([id, { max }], index) => [id, fit(PAYLOADS[(index + round) % PAYLOADS.length], max)]));
}

/**
 * The base draft: saved by the app itself after walking S01 and filling the form (the test with
 * no endpoint saves it; a test run on its own makes one here).
 */
async function draft() {
  if (baseDraft) return baseDraft;
  const session = await openApp(browser, plain);
  const { page } = session;
  await walk(page, FACTS);
  await button(page, 'See what happens next').click();
  await button(page, 'Prepare a referral').click();
  await fillForm(page, payloadRound(1));
  await button(page, 'Confirm referral details').click();
  await h1(page, 'Your referral');
  baseDraft = JSON.parse((await downloadFrom(page, button(page, 'Save draft to a file'))).text);
  await assertCleanSession(session);
  return baseDraft;
}

/** Opens `text` as a draft from the start page. */
async function openDraft(page, text, name = 'referral-draft.json') {
  await page.getByRole('link', { name: 'Open a saved draft' }).click();
  await h1(page, 'Open a saved draft referral');
  await page.locator('#draft-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  await button(page, 'Open draft').click();
}

/** From check your referral to the page that sends it. */
async function toConfirm(page) {
  await button(page, 'Confirm referral details').click();
  await h1(page, 'Your referral');
  await button(page, 'Continue to send').click();
  await h1(page, 'Send your referral');
}

/** Every payload is text: nothing injected into the DOM, nothing ran. */
async function assertInert(page, where) {
  const injected = await page.evaluate(() => ({
    ran: window.__xss,
    elements: [...document.querySelectorAll('main script, main img, main iframe, main marquee, main style, main b, main i, main svg, main a[href^="javascript"]')].map((e) => e.outerHTML.slice(0, 80)),
  }));
  assert.equal(injected.ran, undefined, `a payload ran (${where})`);
  assert.deepEqual(injected.elements, [], `a payload became markup (${where})`);
}

test('from an outcome to a sent referral: validation, check answers, exactly what is sent, confirmation', async () => {
  receiver.reset();
  const session = await openApp(browser, sending, { submissionReceiver: receiver });
  const { page } = session;
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, new RegExp(`connect-src 'self' ${receiver.origin}(;|$)`), 'only the receiver\'s origin is added to connect-src');

  await walk(page, FACTS);
  await button(page, 'See what happens next').click();
  await button(page, 'Prepare a referral').click();
  await h1(page, 'Your details');

  // Nothing entered: every field says what to do, the summary takes focus, the title says Error.
  await button(page, 'Continue').click();
  await page.locator('.govuk-error-summary').waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains('govuk-error-summary'));
  assert.match(await page.title(), /^Error: Your details/);
  const summary = await page.locator('.govuk-error-summary__list').innerText();
  for (const message of ['Enter your full name', 'Enter your role', 'Enter your agency', 'Enter a telephone number', 'Enter an email address', 'Select yes if you have consulted your agency’s safeguarding lead']) {
    assert.ok(summary.includes(message), `error summary says "${message}"`);
  }
  await assertAccessible(page, 'referral: your details, with errors');
  await assertValidHtml(page, 'referral: your details, with errors');
  // A summary link moves focus to its field.
  await page.locator('.govuk-error-summary__list a', { hasText: 'Enter your role' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'referrer-role');
  // Wrong shapes and lengths.
  await page.locator('#referrer-phone').fill('call me');
  await page.locator('#referrer-email').fill('not an email');
  await page.locator('#referrer-name').fill('x'.repeat(201));
  await button(page, 'Continue').click();
  await page.getByText('Enter a telephone number, like 01632 960 001').first().waitFor();
  await page.getByText('Enter an email address in the correct format').first().waitFor();
  await page.getByText('Full name must be 200 characters or fewer').first().waitFor();

  const texts = payloadRound(0);
  // The incident: dates checked against each other, today and the assessment.
  await fillForm(page, texts).catch(async (error) => { throw error; });
  const checkText = await page.locator('main').textContent();
  for (const [id, value] of Object.entries(texts)) assert.ok(checkText.includes(value), `check your answers shows ${id} as typed`);
  await assertInert(page, 'check your referral');
  await assertAccessible(page, 'check your referral');
  await assertValidHtml(page, 'check your referral');

  // Change an answer from check your answers and come back.
  await page.locator('.govuk-summary-list__row', { hasText: 'Estimated age in years' }).getByRole('link', { name: /Change/ }).click();
  await h1(page, 'Child 1');
  await page.locator('#child-1-age').fill('1');
  await button(page, 'Continue').click();
  await h1(page, 'Check your referral before you continue');

  await button(page, 'Confirm referral details').click();
  await h1(page, 'Your referral');
  assert.match(await page.locator('[data-testid="referral-id"]').innerText(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  await assertAccessible(page, 'your referral');
  await assertValidHtml(page, 'your referral');
  await button(page, 'Continue to send').click();
  await h1(page, 'Send your referral');
  assert.equal(await page.locator('[data-testid="endpoint"]').innerText(), receiver.endpoint);
  const payload = await page.locator('[data-testid="payload"]').textContent();
  await assertAccessible(page, 'send your referral');
  await assertValidHtml(page, 'send your referral');

  // Nothing of any kind has gone anywhere yet.
  assert.deepEqual(receiver.requests, [], 'nothing reached the receiver before confirm');
  assert.deepEqual(session.requests.filter((r) => !r.url.startsWith(sending.origin + '/')).map((r) => r.url), []);

  // Confirm with a double click: sent once.
  session.confirming();
  await page.locator('[data-testid="confirm-send"]').dblclick();
  await h1(page, 'Referral sent');
  assert.equal(await page.locator('[data-testid="reference"]').innerText(), 'NSCP-0001');
  const posts = receiver.posts();
  assert.equal(posts.length, 1, 'a double click sends once');
  const [post] = posts;
  assert.equal(post.body, payload, 'exactly what was shown is sent');
  const json = JSON.parse(post.body);
  assertValidReferral(validate, json);
  assert.equal(post.path, '/referrals');
  assert.equal(post.headers['content-type'], 'application/json');
  assert.equal(post.headers.accept, 'application/json');
  assert.equal(post.headers['idempotency-key'], json.referral_id);
  assert.equal(post.headers.origin, sending.origin);
  assert.equal(post.headers.cookie, undefined);
  assert.equal(post.headers.referer, undefined, 'no referrer is sent');
  assert.equal(json.format, 'referral/1');
  assert.equal(json.partnership, 'Northshire Safeguarding Children Partnership (demonstration)');
  assert.equal(json.children[0].estimated_age_years, 1);
  assert.equal(json.children[0].sex, 'female');
  assert.equal(json.family_told, 'no_increase_risk');
  assert.deepEqual(json.parallel_processes, ['police']);
  assert.equal(json.incident.date_from, '2024-12-19');
  assert.equal(json.incident.la_aware_date, FACTS.la_aware_date);
  assert.equal(json.assessment.rule_set.version.length > 0, true);
  for (const [id, { json: at }] of Object.entries(FREE_TEXT)) assert.equal(at(json), texts[id], `${id} sent exactly`);
  await assertAccessible(page, 'referral sent');
  await assertValidHtml(page, 'referral sent');
  await assertInert(page, 'referral sent');
  assert.equal(page.url(), sending.origin + '/', 'no answers in the URL');
  await assertCleanSession(session);
});

test('with no endpoint configured: the page says so, and print, JSON, text, calendar and draft all work in the browser', async () => {
  const session = await openApp(browser, plain, { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
  const { page } = session;
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.ok(!policy.includes('connect-src'), 'the demo build can reach no other origin');
  await walk(page, FACTS);
  await button(page, 'See what happens next').click();
  await button(page, 'Prepare a referral').click();
  const texts = payloadRound(3);
  await fillForm(page, texts);

  // Save a draft from check your referral's first section page, then open it: exactly the same.
  await button(page, 'Confirm referral details').click();
  await h1(page, 'Your referral');
  await page.locator('[data-testid="no-endpoint"]').waitFor();
  assert.equal(await button(page, 'Continue to send').count(), 0);

  const json = await downloadFrom(page, button(page, 'Download as JSON'));
  assert.match(json.name, /^referral-[0-9a-f]{8}\.json$/);
  const referral = JSON.parse(json.text);
  assertValidReferral(validate, referral);
  for (const [id, { json: at }] of Object.entries(FREE_TEXT)) assert.equal(at(referral), texts[id], `${id} in the JSON export`);

  const shownText = await page.locator('[data-testid="referral-text"]').textContent();
  await button(page, 'Copy as text').click();
  await page.getByText('The referral has been copied as text.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, shownText, 'the clipboard holds the text export');
  assert.ok(copied.startsWith('OFFICIAL-SENSITIVE\n') && copied.trimEnd().endsWith('OFFICIAL-SENSITIVE'));
  for (const [id, value] of Object.entries(texts)) assert.ok(copied.includes(value), `${id} in the text export`);

  const ics = await downloadFrom(page, button(page, 'Add deadlines to a calendar (.ics)'));
  assert.match(ics.text, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  assert.match(ics.text, /END:VCALENDAR\r\n$/);
  const events = ics.text.split('BEGIN:VEVENT').length - 1;
  assert.ok(events >= 1, 'the deadlines with dates are events');
  assert.equal((ics.text.match(/DTSTART;VALUE=DATE:\d{8}\r\n/g) ?? []).length, events);
  assert.ok(ics.text.includes(referral.referral_id));
  for (const value of Object.values(texts)) assert.ok(!ics.text.replace(/\r\n /g, '').includes(value), 'no personal details in the calendar');

  // Print: the referral only, marked OFFICIAL-SENSITIVE top and bottom, no site chrome.
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.app-header', '.govuk-footer', '.govuk-exit-this-page', '[data-testid="exports"]', '.govuk-back-link']) {
    assert.equal(await page.locator(chrome).first().isVisible(), false, `${chrome} is not printed`);
  }
  const printed = page.locator('[data-testid="referral-document"]');
  assert.ok(await printed.isVisible());
  assert.deepEqual(await printed.locator('.app-marking').allInnerTexts(), ['OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE']);
  const printedText = await printed.textContent();
  for (const [id, value] of Object.entries(texts)) assert.ok(printedText.includes(value), `${id} printed`);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000 && pdf.subarray(0, 5).toString() === '%PDF-', 'it prints to PDF');
  await page.emulateMedia({ media: 'screen' });
  await assertInert(page, 'your referral, printed');

  // A draft round-trips exactly.
  const draft = await downloadFrom(page, button(page, 'Save draft to a file'));
  baseDraft = JSON.parse(draft.text);
  assert.equal(baseDraft.format, 'referral-draft/1');
  const reopened = await openApp(browser, plain);
  await openDraft(reopened.page, draft.text);
  await h1(reopened.page, 'Check your referral before you continue');
  await button(reopened.page, 'Confirm referral details').click();
  await h1(reopened.page, 'Your referral');
  const again = await downloadFrom(reopened.page, button(reopened.page, 'Save draft to a file'));
  assert.equal(again.text, draft.text, 'a saved draft opens and saves again byte for byte');
  assert.equal(draftText(baseDraft.case_facts, baseDraft.form), draft.text, 'the tests build drafts as the app does');
  await assertCleanSession(reopened);
  await assertCleanSession(session);
});

test('a malformed or tampered draft file gets a clear message and changes nothing', async () => {
  await draft();
  const session = await openApp(browser, plain);
  const { page } = session;
  await openDraft(page, draftText(baseDraft.case_facts, baseDraft.form));
  await h1(page, 'Check your referral before you continue');
  const before = await page.locator('main').textContent();
  const tooMany = structuredClone(baseDraft.form);
  tooMany.children = Array(5).fill(baseDraft.form.children[0]);
  const cases = [
    ['not JSON at all', 'this is not a draft', 'The selected file is not a draft from this service'],
    ['JSON without the marker', '{"name": "something else"}', 'The selected file is not a draft from this service'],
    ['another version', draftText(baseDraft.case_facts, baseDraft.form).replace('referral-draft/1', 'referral-draft/2'), 'saved by a different version'],
    ['edited by hand', draftText(baseDraft.case_facts, baseDraft.form).replace(JSON.stringify(baseDraft.form.referrer.role), '"Edited role"'), 'damaged or has been changed'],
    ['an unknown field', draftText(baseDraft.case_facts, { ...baseDraft.form, extra: 1 }), 'damaged or has been changed'],
    ['five children', draftText(baseDraft.case_facts, tooMany), 'damaged or has been changed'],
    ['answers the rules do not know', draftText({ ...baseDraft.case_facts, event: 'volcano' }, baseDraft.form), 'damaged or has been changed'],
  ];
  for (const [what, text, message] of cases) {
    await page.goBack();
    await h1(page, 'Open a saved draft referral');
    await page.locator('#draft-file').setInputFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
    await button(page, 'Open draft').click();
    await page.locator('.govuk-error-summary').waitFor();
    assert.ok((await page.locator('.govuk-error-summary').innerText()).includes(message), `${what}: says "${message}"`);
    assert.match(await page.title(), /^Error: /);
    if (what === 'edited by hand') await assertAccessible(page, 'open a draft, with an error');
    await page.goForward();
    await h1(page, 'Check your referral before you continue');
    assert.equal(await page.locator('main').textContent(), before, `${what}: nothing changed`);
  }
  // No file chosen.
  await page.goBack();
  await h1(page, 'Open a saved draft referral');
  await button(page, 'Open draft').click();
  await page.getByText('Select a draft file').first().waitFor();
  await assertValidHtml(page, 'open a draft, no file');
  await assertCleanSession(session);
});

const FAILURES = [
  ['offline', 'this device is offline', async (session) => session.context.setOffline(true), async (session) => session.context.setOffline(false), []],
  ['a timeout', 'did not answer in time', async () => receiver.setMode('hang'), null, []],
  ['a 4xx answer', 'error 422', async () => receiver.setMode('rejected'), null, [/status of 422/]],
  ['a 5xx answer', 'error 503', async () => receiver.setMode('server-error'), null, [/status of 503/]],
  ['a CORS refusal', 'refused the connection from this site', async () => receiver.setMode('no-cors'), null, [/CORS policy/, /net::ERR_FAILED/]],
  ['an unreadable answer', 'could not be understood', async () => receiver.setMode('garbage'), null, []],
];

for (const [what, words, fail, heal, allowErrors] of FAILURES) {
  test(`${what}: says what happened, keeps everything, offers the exports, and a retry sends the same referral`, async () => {
    await draft();
    receiver.reset();
    const session = await openApp(browser, sending, { submissionReceiver: receiver });
    const { page } = session;
    await openDraft(page, draftText(baseDraft.case_facts, baseDraft.form));
    await h1(page, 'Check your referral before you continue');
    await toConfirm(page);
    const payload = await page.locator('[data-testid="payload"]').textContent();
    assert.deepEqual(receiver.requests, []);
    await fail(session);
    session.confirming();
    await page.locator('[data-testid="confirm-send"]').click();
    const failure = page.locator('[data-testid="send-failure"]');
    await failure.waitFor({ timeout: 20_000 });
    const said = await failure.innerText();
    assert.ok(said.includes(words), `says "${words}": ${said}`);
    assert.ok(said.includes('Nothing you entered has been lost'));
    // "Nothing has been sent yet" only where the failure says it was not sent.
    const mayHaveSent = ['a timeout', 'an unreadable answer'].includes(what);
    const intro = await page.getByTestId('confirm-intro').innerText();
    assert.equal(intro.includes('Nothing has been sent yet'), !mayHaveSent, `intro after ${what}: ${intro}`);
    assert.match(await page.title(), /^Error: Send your referral/);
    assert.equal(await page.locator('[data-testid="payload"]').textContent(), payload, 'the referral is kept');
    await page.locator('[data-testid="exports"]').waitFor();
    if (what === 'a 5xx answer') { await assertAccessible(page, 'send failed'); await assertValidHtml(page, 'send failed'); }
    const json = await downloadFrom(page, button(page, 'Download as JSON'));
    assert.equal(json.text, payload, 'the exports still hold the referral');
    const before = receiver.posts().length;
    if (what === 'offline') assert.equal(before, 0, 'nothing is sent while offline');

    if (heal) await heal(session);
    receiver.setMode('created');
    await button(page, 'Try sending again').click();
    await h1(page, 'Referral sent');
    const posts = receiver.posts();
    assert.equal(posts.length, before + 1, 'one more request');
    assert.equal(posts.at(-1).body, payload, 'the retry sends the same referral');
    assert.ok(posts.every((p) => p.headers['idempotency-key'] === JSON.parse(payload).referral_id), 'with the same idempotency key');
    assert.match(await page.locator('[data-testid="reference"]').innerText(), /^NSCP-\d{4}$/);
    await assertCleanSession(session, { allowErrors });
  });
}

test(`${PAYLOADS.length} injection payloads in every free-text field stay text on screen, in print and in every export`, async () => {
  await draft();
  assert.ok(PAYLOADS.length >= 30);
  const session = await openApp(browser, plain);
  let { page } = session;
  for (let round = 0; round < PAYLOADS.length; round++) {
    const texts = payloadRound(round);
    const form = structuredClone(baseDraft.form);
    for (const [id, value] of Object.entries(texts)) setField(form, id, value);
    if (round > 0) {
      await page.close();
      page = await session.context.newPage();
      page.on('console', (message) => { if (message.type() === 'error') session.errors.push(message.text()); });
      page.on('pageerror', (error) => session.errors.push(String(error)));
      await page.goto(plain.origin + '/');
    }
    await openDraft(page, draftText(baseDraft.case_facts, form));
    await h1(page, 'Check your referral before you continue');
    const check = await page.locator('main').textContent();
    for (const [id, value] of Object.entries(texts)) assert.ok(check.includes(displayed(value)), `round ${round}: ${id} on check your answers`);
    await assertInert(page, `round ${round}, check your answers`);
    await button(page, 'Confirm referral details').click();
    await h1(page, 'Your referral');
    const shown = await page.locator('[data-testid="referral-document"]').textContent();
    const text = await page.locator('[data-testid="referral-text"]').textContent();
    const json = JSON.parse((await downloadFrom(page, button(page, 'Download as JSON'))).text);
    assertValidReferral(validate, json);
    for (const [id, value] of Object.entries(texts)) {
      assert.ok(shown.includes(displayed(value)), `round ${round}: ${id} in the referral`);
      assert.ok(text.includes(value), `round ${round}: ${id} in the text export`);
      assert.equal(FREE_TEXT[id].json(json), value, `round ${round}: ${id} in the JSON`);
    }
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('[data-testid="referral-document"]').isVisible(), 'printed');
    await assertInert(page, `round ${round}, printed`);
    await page.emulateMedia({ media: 'screen' });
  }
  await assertCleanSession(session);
});

test('quick exit from the referral forgets it', async () => {
  await draft();
  const session = await openApp(browser, plain);
  const { page } = session;
  await openDraft(page, draftText(baseDraft.case_facts, baseDraft.form));
  await h1(page, 'Check your referral before you continue');
  await Promise.all([page.waitForURL('https://www.bbc.co.uk/weather'), page.getByRole('button', { name: 'Emergency Exit this page' }).click()]);
  await page.goBack();
  await page.locator('main h1').first().waitFor();
  assert.equal(await heading(page), 'Check if a serious child safeguarding incident must be notified');
  assert.ok(!(await page.locator('main').textContent()).includes(baseDraft.form.referrer.name));
  await assertCleanSession(session);
});

test('the referral works with the keyboard alone', async () => {
  await draft();
  const session = await openApp(browser, plain);
  const { page } = session;
  await openDraft(page, draftText(baseDraft.case_facts, baseDraft.form));
  await h1(page, 'Check your referral before you continue');
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el.tagName.toLowerCase(), id: el.id, text: el.textContent.trim(), value: el.value };
  });
  const tabTo = async (wanted, what) => {
    for (let steps = 0; steps < 80; steps++) {
      await page.keyboard.press('Tab');
      if (wanted(await focused())) return;
    }
    assert.fail(`could not reach ${what} with Tab`);
  };
  await tabTo((f) => f.tag === 'a' && f.text.startsWith('Change') && f.text.includes('role'), 'Change role');
  await page.keyboard.press('Enter');
  await h1(page, 'Your details');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  await tabTo((f) => f.id === 'referrer-role', 'the role field');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Acting designated lead');
  await tabTo((f) => f.id === 'referrer-lead-consulted', 'the safeguarding lead radios');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('#referrer-lead-name').count(), 0, 'choosing No hides the lead’s name');
  await tabTo((f) => f.tag === 'button' && f.text === 'Continue', 'Continue');
  await page.keyboard.press('Enter');
  await h1(page, 'Check your referral before you continue');
  const main = await page.locator('main').innerText();
  assert.ok(main.includes('Acting designated lead'));
  assert.match(main, /safeguarding lead\?\s+No/);
  await tabTo((f) => f.tag === 'button' && f.text === 'Confirm referral details', 'Confirm referral details');
  await page.keyboard.press('Enter');
  await h1(page, 'Your referral');
  await tabTo((f) => f.tag === 'button' && f.text === 'Copy as text', 'Copy as text');
  await assertCleanSession(session);
});

test('the referral is prefilled from the assessment, an end date before the start is the only error, Generated is readable, and bidirectional text shows as typed', async () => {
  const session = await openApp(browser, plain);
  const { page } = session;
  // A date of birth, so the incident date is asked (and so prefilled).
  const facts = { ...FACTS, child_age: { date_of_birth: '2024-06-01' }, incident_date: '2024-12-19', setting: 'school', suspected_person: 'another_child' };
  await walk(page, facts);
  await button(page, 'See what happens next').click();
  await button(page, 'Prepare a referral').click();
  const texts = payloadRound(1);
  const fill = (id) => page.locator(`#${id}`).fill(texts[id]);
  await h1(page, 'Your details');
  for (const id of ['referrer-role', 'referrer-agency']) await fill(id);
  // A name with a right-to-left override: shown with the control visible, not reversed.
  await page.locator('#referrer-name').fill('\u202Egnp.exe');
  await page.locator('#referrer-phone').fill('01632 960 001');
  await page.locator('#referrer-email').fill('sam.jones@school.example');
  await page.locator('input[name="referrer-lead-consulted"][value="no"]').check();
  await button(page, 'Continue').click();
  await h1(page, 'Child 1');
  await fill('child-1-name');
  await page.locator('#child-1-age').fill('0');
  await page.locator('input[name="child-1-sex"][value="female"]').check();
  await fill('child-1-ethnicity');
  await page.locator('input[name="child-1-legal-status"][value="none"]').check();
  await button(page, 'Continue').click();
  await h1(page, 'The incident');
  // Asked in the assessment, so not asked again: already filled in.
  assert.equal(await page.locator('#incident-place').inputValue(), facts.incident_place.english_local_authority);
  assert.equal(await page.locator('#incident-setting').inputValue(), 'A school or college');
  assert.equal(await page.locator('#incident-suspected').inputValue(), 'Another child');
  assert.equal(await page.locator('#incident-from-day').inputValue(), '19');
  await page.locator('#incident-to-day').fill('18');
  await page.locator('#incident-to-month').fill('12');
  await page.locator('#incident-to-year').fill('2024');
  await fill('incident-what-happened');
  await button(page, 'Continue').click();
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  const problems = await summary.locator('li').allInnerTexts();
  assert.deepEqual(problems, ['The end of the period must be the same as or after its start'], 'only the end date is wrong');
  await page.locator('#incident-to-day').fill('');
  await page.locator('#incident-to-month').fill('');
  await page.locator('#incident-to-year').fill('');
  await button(page, 'Continue').click();
  await h1(page, 'Agencies and other processes');
  await fill('agencies-involved');
  await button(page, 'Continue').click();
  await h1(page, 'Other children and the family');
  await fill('immediate-actions');
  await page.locator('input[name="family-told"][value="yes"]').check();
  await button(page, 'Continue').click();
  await h1(page, 'Why you think the criteria are met');
  await fill('why-criteria-met');
  await button(page, 'Continue').click();
  await h1(page, 'Check your referral before you continue');
  const check = await page.locator('main').innerText();
  assert.ok(check.includes('[U+202E]gnp.exe'), 'the override is shown, not applied');
  assert.ok(!check.includes('exe.png'));
  await button(page, 'Confirm referral details').click();
  await h1(page, 'Your referral');
  const documentText = await page.locator('[data-testid="referral-document"]').innerText();
  assert.match(documentText, /Generated\s+\w+day \d{1,2} \w+ \d{4} at \d{1,2}:\d\d(am|pm) \(UK time\)/);
  assert.ok(!/\d{4}-\d\d-\d\dT/.test(documentText), 'no machine timestamp');
  assert.ok(documentText.includes('[U+202E]gnp.exe'));
  await page.emulateMedia({ media: 'print' });
  assert.ok((await page.locator('[data-testid="referral-document"]').innerText()).includes('[U+202E]gnp.exe'), 'in print too');
  await page.emulateMedia({ media: 'screen' });
  await assertAccessible(page, 'your referral, with bidirectional text');
  await assertCleanSession(session);
});
