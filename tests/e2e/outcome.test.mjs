// The outcome a practitioner acts on (issue 15): the first phone screen says what to do now, by
// when and whom to contact; the page is short, its law in closed disclosures; uncertain answers
// still name whom to contact; Exit this page stays on screen; the record prints on at most two
// pages, saves as a file that opens to the same outcome and that `assess` reproduces; the
// questions' date errors mark only the wrong part.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ROOT, assertAccessible, assertCleanSession, assertValidHtml, launchBrowser, openApp, startStaticServer,
} from './harness.mjs';
import { answer, currentQuestion, walk } from './journey.mjs';
import { downloadFrom } from './referral.mjs';

const PHONE = { width: 320, height: 568 };
const DESKTOP = { width: 1280, height: 800 };

/** A health visitor: serious harm to a toddler in Maidstone (a district: Kent County Council's area), abuse suspected. */
const HEALTH_VISITOR = {
  asker: 'health', event: 'serious_harm', child_age: { age_in_years: 1 }, abuse_or_neglect: 'suspected',
  incident_date: '2026-11-23', incident_place: { english_local_authority: 'Maidstone' }, looked_after: 'no',
  suspected_person: 'parent_or_carer', setting: 'home', la_aware_date: '2026-11-24',
};
/** A police officer unsure of everything, who does not know where it happened. */
const UNSURE_POLICE = {
  asker: 'police', event: 'not_sure', child_age: 'not_sure', abuse_or_neglect: 'not_sure', incident_date: 'not_sure',
  incident_place: 'unknown', residence: { english_local_authority: 'Kent County Council' }, looked_after: 'not_sure',
  care_leaver: 'not_sure', suspected_person: 'unknown', setting: 'not_sure', la_aware_date: 'not_sure',
};
/** The local authority, criteria met (scenario S01's answers). */
const LOCAL_AUTHORITY = {
  asker: 'local_authority', event: 'serious_harm', child_age: { age_in_years: 0 }, abuse_or_neglect: 'suspected',
  incident_place: { english_local_authority: 'Maidstone' }, residence: { english_local_authority: 'Maidstone' },
  la_aware_date: '2026-11-20', notification_sent: 'not_sent_yet',
};

let server, browser;
before(async () => {
  execFileSync('cargo', ['build', '-q', '-p', 'rules', '--bin', 'assess'], { cwd: ROOT, stdio: 'inherit' });
  server = await startStaticServer();
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.close(); });

async function outcomeFor(facts, viewport = PHONE) {
  const session = await openApp(browser, server, { contextOptions: { viewport } });
  await session.page.clock.setSystemTime(new Date('2026-11-26T09:00:00Z'));
  const entered = await walk(session.page, facts);
  await session.page.getByRole('button', { name: 'See what happens next' }).click();
  await session.page.getByTestId('headline').waitFor();
  return { session, page: session.page, entered };
}

/** Whether the element's bottom edge is within the first screen (no scrolling). */
const onFirstScreen = (locator, viewport) => locator.evaluate((el, h) => el.getBoundingClientRect().bottom <= h, viewport.height);

/** The main content's text outside any disclosure and outside the print-only record. */
const mainText = (page) => page.evaluate(() => {
  const main = document.querySelector('main').cloneNode(true);
  main.querySelectorAll('.govuk-details__text, .app-print-only').forEach((e) => e.remove());
  document.body.append(main);
  const text = main.innerText;
  main.remove();
  return text;
});

for (const [size, viewport] of [['320 px', PHONE], ['a desktop', DESKTOP]]) {
  test(`at ${size}, a health visitor sees on the first screen that she must refer to the council today, and how`, async () => {
    const { session, page } = await outcomeFor(HEALTH_VISITOR, viewport);
    const headline = page.getByTestId('headline');
    assert.equal(await headline.innerText(), 'Refer this to Kent County Council\u2019s children\u2019s social care today');
    const contact = page.getByTestId('contact');
    // Kent is not the demonstration partnership's own area: how to reach it is Kent County
    // Council's own page on GOV.UK, a link fetched only if followed.
    assert.equal(await contact.getByTestId('council-link').getAttribute('href'), 'https://www.gov.uk/find-local-council/kent');
    // Why Kent, when she typed Maidstone.
    assert.match(await page.getByTestId('top-section').innerText(), /Maidstone is in Kent: Kent County Council provides children\u2019s services there\./);
    assert.ok(await onFirstScreen(headline, viewport), 'the headline is on the first screen');
    assert.ok(await onFirstScreen(contact.locator('li').first(), viewport), 'how to contact them: the first number is on the first screen');
    if (viewport === DESKTOP) assert.ok(await onFirstScreen(contact, viewport), 'every contact on the first screen');
    // Then the local authority's duty and its date.
    assert.match(await page.getByTestId('top-section').innerText(), /Then Kent County Council must tell the Child Safeguarding Practice Review Panel\. It must do this by Tuesday 1 December 2026\./);
    // Her own line heads the deadlines.
    assert.match(await page.getByTestId('deadlines').locator('li').first().innerText(), /^Today\s+You refer to Kent County Council\u2019s children\u2019s social care/);
    await assertAccessible(page, `outcome for a health visitor at ${size}`);
    await assertCleanSession(session);
  });
}

test('the outcome fits in three phone screens with every disclosure closed; no rule codes or bare addresses in its main text', async () => {
  for (const facts of [HEALTH_VISITOR, UNSURE_POLICE, LOCAL_AUTHORITY]) {
    const { session, page } = await outcomeFor(facts);
    assert.equal(await page.locator('main details[open]').count(), 0, 'every "Why?" and section starts closed');
    const height = await page.locator('main').evaluate((main) => main.getBoundingClientRect().height);
    assert.ok(height <= 3 * PHONE.height, `${facts.asker}: main is ${height} px, more than 3 screens of ${PHONE.height} px`);
    const text = await mainText(page);
    assert.doesNotMatch(text, /\bR\d\d\b/, 'no rule codes');
    assert.doesNotMatch(text, /https?:\/\//, 'no bare addresses');
    assert.doesNotMatch(text.slice(1), /[^.!?\n] The local authority/, 'no capitalised "The local authority" mid-sentence');
    if (/\b(Must|Should|Guidance)\b/.test(await page.getByTestId('deadlines').innerText())) {
      assert.match(text, /Must: the law requires it\. Should: guidance expects it\. Guidance: good practice, not a duty\./);
    }
    const rapidRows = await page.getByTestId('deadlines').locator('li', { hasText: /rapid review/i }).count();
    assert.ok(rapidRows <= 1, 'one rapid-review line');
    // A citation's address is a link the user may follow, inside "Why?".
    await page.getByTestId('conditions').locator('summary').click();
    assert.ok(await page.getByTestId('conditions').locator('.app-citation a[href^="https://"]').count() > 0, 'citations link to their sources');
    await assertCleanSession(session);
  }
});

test('a police officer unsure of everything is still asked where the child lives, and told whom to contact', async () => {
  const { session, page, entered } = await outcomeFor(UNSURE_POLICE);
  assert.ok('residence' in entered, 'where the child lives was asked');
  assert.equal(await page.getByTestId('headline').innerText(), 'Refer this to Kent County Council\u2019s children\u2019s social care today');
  // Not the partnership's own council: a link to find it on GOV.UK, fetched only if followed.
  const link = page.getByTestId('council-link');
  assert.equal(await link.getAttribute('href'), 'https://www.gov.uk/find-local-council/kent');
  assert.match(await link.innerText(), /Kent County Council/);
  assert.doesNotMatch(await mainText(page), /[^.!?\n] The local authority/);
  await assertAccessible(page, 'outcome for an unsure police officer');
  await assertValidHtml(page, 'outcome for an unsure police officer');
  await assertCleanSession(session);
});

test('a non-local-authority user is not asked whether the notification has been sent', async () => {
  const { session, entered } = await outcomeFor(HEALTH_VISITOR);
  assert.ok(!('notification_sent' in entered));
  await assertCleanSession(session);
  const la = await outcomeFor(LOCAL_AUTHORITY);
  assert.ok('notification_sent' in la.entered, 'the local authority is asked');
  await assertCleanSession(la.session);
});

test('print or save: at most two pages, marked, dated, with the rule set and every answer; the file opens to the same outcome and assess reproduces it', async () => {
  const { session, page, entered } = await outcomeFor(UNSURE_POLICE, DESKTOP);
  const headline = await page.getByTestId('headline').innerText();
  await page.emulateMedia({ media: 'print' });
  const record = page.getByTestId('assessment-record');
  assert.ok(await record.isVisible(), 'the record prints');
  assert.ok(!(await page.getByTestId('top-section').isVisible()), 'the screen version does not');
  const printed = await record.innerText();
  assert.match(printed, /OFFICIAL-SENSITIVE/);
  assert.match(printed, /Produced: \w+day \d{1,2} \w+ 2026 at \d{1,2}:\d\d(am|pm) \(UK time\)/);
  assert.match(printed, /version rules-\d+\.\d+\.\d+/);
  assert.ok(printed.includes(headline), 'the outcome');
  const answers = await page.getByTestId('record-answers').locator('tr').count();
  assert.equal(answers, Object.keys(entered).length, 'every answer the outcome rests on');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} printed pages`);
  await page.emulateMedia({ media: 'screen' });

  const saved = await downloadFrom(page, page.getByRole('button', { name: 'Save as a file', exact: true }));
  assert.match(saved.name, /^assessment-\d{4}-\d\d-\d\d-\d\d-\d\d\.json$/);
  const json = JSON.parse(saved.text);
  assert.equal(json.format, 'assessment-record/1');
  assert.deepEqual(Object.keys(json).sort(), ['assessment', 'case_facts', 'format', 'saved_at']);
  for (const [question, value] of Object.entries(entered)) {
    const saved = json.case_facts[question];
    if (typeof value?.english_local_authority === 'string') {
      // A place is saved by its code, with the name as typed for the record.
      assert.equal(saved.english_local_authority.typed, value.english_local_authority, question);
      assert.match(saved.english_local_authority.code, /^E\d{8}$/, question);
    } else {
      assert.deepEqual(saved, value, question);
    }
  }
  // The assess command reproduces it (exit 0, the same assessment).
  const dir = mkdtempSync(path.join(tmpdir(), 'record-'));
  const file = path.join(dir, saved.name);
  writeFileSync(file, saved.text);
  const bin = path.join(process.env.CARGO_TARGET_DIR ?? path.join(ROOT, 'target'), 'debug', 'assess');
  const run = spawnSync(bin, [file], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), json.assessment);

  // Start again, then open the file: the same outcome.
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByTestId('open-assessment').click();
  await page.getByRole('heading', { level: 1, name: 'Open a saved assessment' }).waitFor();
  await assertAccessible(page, 'open a saved assessment');
  await page.locator('#assessment-file').setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: Buffer.from(saved.text, 'utf8') });
  await page.getByRole('button', { name: 'Open assessment' }).click();
  await page.getByTestId('headline').waitFor();
  assert.equal(await page.getByTestId('headline').innerText(), headline);
  // A file that is not one is refused, and nothing changes.
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByTestId('open-assessment').click();
  await page.locator('#assessment-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"referral-draft/1"}') });
  await page.getByRole('button', { name: 'Open assessment' }).click();
  await page.getByText('The selected file is not an assessment saved from this service').first().waitFor();
  // Nothing is stored by the browser.
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
  assert.equal(stored, 0);
  await assertCleanSession(session);
});

test('Exit this page stays on screen at every scroll position, on every page, and counts Shift presses aloud', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { session, page } = await outcomeFor(LOCAL_AUTHORITY, viewport);
    const exit = page.locator('.govuk-exit-this-page__button');
    const inView = () => exit.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    for (const y of [0, 400, 100000]) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      assert.ok(await inView(), `at ${viewport.width} px, scrolled to ${y}`);
    }
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.evaluate(() => window.scrollTo(0, 100000));
    assert.ok(await inView(), `start page, at the bottom, ${viewport.width} px`);
    const announcement = page.getByTestId('exit-announcement');
    await page.keyboard.press('Shift');
    assert.equal(await announcement.innerText(), 'Shift, press 2 more times to exit.');
    await page.keyboard.press('Shift');
    assert.equal(await announcement.innerText(), 'Shift, press 1 more time to exit.');
    assert.equal(await page.locator('.govuk-exit-this-page__indicator-light--on').count(), 2);
    await page.keyboard.press('a');
    assert.equal(await announcement.innerText(), 'Exit this page expired.');
    assert.equal(await page.locator('.govuk-exit-this-page__indicator-light--on').count(), 0);
    await assertAccessible(page, `start page scrolled, ${viewport.width} px`);
    await assertCleanSession(session);
  }
});

test('a date error marks only the wrong part', async () => {
  const session = await openApp(browser, server);
  const { page } = session;
  await page.clock.setSystemTime(new Date('2026-11-26T09:00:00Z'));
  await page.getByRole('button', { name: 'Start now' }).click();
  const facts = { asker: 'health', event: 'serious_harm', child_age: { date_of_birth: '2025-06-01' }, born_alive: 'yes', abuse_or_neglect: 'suspected' };
  for (let question = await currentQuestion(page); question !== 'incident_date'; question = await currentQuestion(page)) {
    assert.ok(question in facts, `unexpected question ${question}`);
    await answer(page, question, facts[question]);
  }
  await page.locator('input[name="incident_date"][value="date"]').check();
  await page.locator('#incident_date-date-day').fill('3');
  await page.locator('#incident_date-date-month').fill('13');
  await page.locator('#incident_date-date-year').fill('2025');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  const marked = await page.locator('.govuk-date-input input.govuk-input--error').evaluateAll((inputs) => inputs.map((i) => i.id));
  assert.deepEqual(marked, ['incident_date-date-month']);
  await assertAccessible(page, 'date error on the month');
  await assertCleanSession(session);
});
