// The guided journey: every scenario of shared/reference/scenarios.md walked through the real UI
// to its outcome; errors, Back/Forward, Change links, keyboard only, high contrast, quick exit
// mid-journey, the inactivity timeout and the leave warning.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  QUICK_EXIT_URL, ROOT, assertAccessible, assertCleanSession, assertValidHtml, heading, launchBrowser,
  openApp, startStaticServer,
} from './harness.mjs';
import { FILLER, answer, assessWithCli, currentQuestion, formFor, longDate, walk } from './journey.mjs';

const SCENARIOS = path.join(ROOT, 'rules', 'tests', 'scenarios');
const scenarioIds = readdirSync(SCENARIOS).filter((f) => f.endsWith('.facts.json')).map((f) => f.replace('.facts.json', '')).sort();
const load = (id, kind) => JSON.parse(readFileSync(path.join(SCENARIOS, `${id}.${kind}.json`), 'utf8'));
// Scenarios are set on their own dates (some in 2028): the browser's clock is set after the
// latest date a scenario mentions, so "not in the future" holds as it would have on the day.
const clockAfter = (facts) => {
  const dates = JSON.stringify(facts).match(/\d{4}-\d\d-\d\d/g) ?? [];
  const latest = dates.sort().at(-1) ?? '2026-11-22';
  return new Date(Date.parse(`${latest}T12:00:00Z`) + 86_400_000);
};

let server, browser;
before(async () => {
  execFileSync('cargo', ['build', '-q', '-p', 'rules', '--bin', 'assess'], { cwd: ROOT, stdio: 'inherit' });
  server = await startStaticServer();
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.close(); });

async function openAt(time) {
  const session = await openApp(browser, server);
  await session.page.clock.setSystemTime(time);
  return session;
}

test('every scenario in scenarios.md has a facts file', () => {
  const text = readFileSync(path.join(ROOT, '..', 'shared', 'reference', 'scenarios.md'), 'utf8');
  const ids = [...new Set([...text.matchAll(/^## (S\d+[a-z]?) /gm)].map((m) => m[1]))];
  assert.ok(ids.length >= 10, 'scenarios found');
  for (const id of ids) assert.ok(scenarioIds.includes(id), `${id} has a scenario file`);
}, );

for (const id of scenarioIds) {
  test(`scenario ${id} walked through the journey reaches its outcome`, async () => {
    const facts = load(id, 'facts');
    const expect = load(id, 'expect');
    const session = await openAt(clockAfter(facts));
    const { page } = session;
    const entered = await walk(page, facts);
    for (const [question, value] of Object.entries(facts)) {
      if (question in entered) assert.deepEqual(entered[question], value, `${id}: ${question} entered as given`);
    }
    // The engine's view of exactly what was entered must still give the scenario's expected outcome.
    const assessment = assessWithCli(entered);
    const panel = assessment.panel_notification;
    const status = typeof panel.status === 'string' ? panel.status : Object.keys(panel.status)[0];
    assert.equal(status, expect.panel, `${id}: panel status`);
    // Areas by their proper names, as the expectations write them.
    const names = (v) => Object.fromEntries(Object.entries(v).map(([k, a]) => [k, a?.name ?? a]));
    if (expect.duty_holder) assert.deepEqual(names(panel.duty_holder), expect.duty_holder, `${id}: duty holder`);
    assert.deepEqual(assessment.still_needed, [], `${id}: nothing left to ask`);

    await page.getByRole('button', { name: 'See what happens next' }).click();
    const headline = page.getByTestId('headline');
    await headline.waitFor();
    const text = await headline.innerText();
    const la = Object.values(panel.duty_holder ?? {})[0]?.name;
    const contact = Object.values(assessment.next_steps.first.contact ?? {})[0]?.name;
    const notify = assessment.deadlines.find((d) => d.kind === 'notify_panel');
    const notifyOn = notify?.due?.on;
    // The headline is the user's own first action, by role (the rules core's next_steps.first).
    const action = assessment.next_steps.first.action;
    if (action === 'refer_to_local_authority') {
      const whom = typeof contact === 'string' ? `${contact}\u2019s children\u2019s social care` : 'children\u2019s social care';
      assert.equal(text, `Refer this to ${whom} today`, `${id}: headline`);
      assert.notEqual(status, 'not_required', `${id}: a referral only while a notification is possible`);
    } else if (action === 'notify_panel') {
      assert.equal(status, 'required', `${id}: status`);
      assert.match(text, new RegExp(`^${la} must notify the Child Safeguarding Practice Review Panel`), `${id}: headline`);
      if (notifyOn) assert.ok(text.endsWith(`by ${longDate(notifyOn)}`), `${id}: headline date ${text}`);
    } else if (action === 'decide_whether_to_notify') {
      assert.equal(status, 'needs_judgement', `${id}: status`);
      assert.match(text, /^Decide if .* must notify the Child Safeguarding Practice Review Panel$/, `${id}: headline`);
    } else {
      assert.equal(status, 'not_required', `${id}: status`);
      assert.equal(text, 'The Child Safeguarding Practice Review Panel does not need to be told', `${id}: headline`);
    }
    // The deadlines the rules mark to show are on the screen; every dated deadline the engine
    // gives, and the scenario's own dates, are in the record that prints.
    // (The local authority's other deadlines, for anyone else, sit in a disclosure.)
    const screen = ((await page.getByTestId('deadlines').count()) ? await page.getByTestId('deadlines').innerText() : '')
      + ((await page.getByTestId('other-deadlines').count()) ? await page.getByTestId('other-deadlines').textContent() : '');
    const table = await page.getByTestId('record-deadlines').textContent();
    for (const deadline of assessment.deadlines) {
      if (deadline.due?.on && deadline.applies !== 'not_applicable') {
        assert.ok(table.includes(longDate(deadline.due.on)), `${id}: ${deadline.kind} ${deadline.due.on} in the record`);
        if (deadline.primary) assert.ok(screen.includes(longDate(deadline.due.on)), `${id}: ${deadline.kind} ${deadline.due.on} shown`);
      }
    }
    for (const [kind, due] of Object.entries(expect.deadlines ?? {})) {
      const found = assessment.deadlines.find((d) => d.kind === kind)?.due;
      if (/^\d{4}-/.test(due)) {
        assert.equal(found?.on, due, `${id}: ${kind}`);
        assert.ok(table.includes(longDate(due)), `${id}: ${kind} ${due} on the page`);
      } else {
        // Not a date: the engine says why there is none (e.g. awaiting the awareness date).
        assert.ok(found === due || (found && due in found), `${id}: ${kind} is ${due}`);
      }
    }
    // Non-local-authority users are told to refer, not to notify.
    if (expect.can_notify_panel === false) {
      assert.match(await page.getByTestId('top-section').innerText(), /refer|local authority/i, `${id}: refer`);
    }
    assert.match(await page.locator('main').innerText(), /If a child is in immediate danger, call 999\./);
    await assertAccessible(page, `${id} outcome`);
    await assertCleanSession(session);
  });
}

test('question pages and the outcome pass axe and html-validate, in standard and high contrast', async () => {
  const session = await openAt(new Date('2026-11-22T12:00:00Z'));
  const { page } = session;
  const seen = new Set();
  await walk(page, load('S04', 'facts'), {
    onQuestion: async (question) => {
      if (seen.size > 3) return;
      seen.add(question);
      await assertAccessible(page, `question ${question}`);
      await assertValidHtml(page, `question ${question}`);
    },
  });
  await assertAccessible(page, 'check your answers');
  await assertValidHtml(page, 'check your answers');
  await page.getByRole('button', { name: 'High contrast' }).click();
  await assertAccessible(page, 'check your answers, high contrast');
  await page.getByRole('button', { name: 'See what happens next' }).click();
  await page.getByTestId('headline').waitFor();
  await assertAccessible(page, 'outcome, high contrast');
  await page.getByRole('button', { name: 'High contrast' }).click();
  await assertValidHtml(page, 'outcome');
  await assertCleanSession(session);
});

test('errors: the summary takes focus, the title says Error, the input is kept, and fixing it continues', async () => {
  const session = await openAt(new Date('2026-11-22T12:00:00Z'));
  const { page } = session;
  await page.getByRole('button', { name: 'Start now' }).click();
  // Nothing chosen.
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('govuk-error-summary')), true);
  assert.match(await page.title(), /^Error: Where do you work\?/);
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Select where you work/);
  await assertAccessible(page, 'error: nothing chosen');
  // The error link moves focus to the first radio without touching the URL.
  const url = page.url();
  await page.locator('.govuk-error-summary a').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'asker');
  assert.equal(page.url(), url);
  await answer(page, 'asker', 'local_authority');
  await answer(page, 'event', 'serious_harm');
  // An impossible date: the typed values stay, the message says what is wrong.
  await page.locator('input[name=child_age][value=date_of_birth]').check();
  await page.locator('#child_age-date-day').fill('31');
  await page.locator('#child_age-date-month').fill('2');
  await page.locator('#child_age-date-year').fill('2020');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  assert.match(await page.locator('.govuk-error-summary').innerText(), /The date of birth must be a real date/);
  assert.equal(await page.locator('#child_age-date-day').inputValue(), '31');
  assert.equal(await page.locator('#child_age-date-month').inputValue(), '2');
  await assertAccessible(page, 'error: date not real');
  await assertValidHtml(page, 'error: date not real');
  // A date in the future.
  await page.locator('#child_age-date-day').fill('1');
  await page.locator('#child_age-date-month').fill('1');
  await page.locator('#child_age-date-year').fill('2027');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('.govuk-error-summary').getByText('The date of birth must be today or in the past').waitFor();
  await page.locator('#child_age-date-year').fill('2019');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction(() => !document.title.startsWith('Error'));
  assert.notEqual(await currentQuestion(page), 'child_age');
  // Continue until the awareness date, then give one before the incident.
  for (let step = 0; step < 12; step++) {
    const question = await currentQuestion(page);
    if (question === 'incident_date') { await answer(page, question, '2025-03-10'); continue; }
    if (question === 'la_aware_date') break;
    await answer(page, question, FILLER[question]);
  }
  assert.equal(await currentQuestion(page), 'la_aware_date');
  const form = formFor('la_aware_date', '2025-03-09');
  await page.locator(`input[name=la_aware_date][value=${form.choice}]`).check();
  await page.locator('#la_aware_date-date-day').fill('9');
  await page.locator('#la_aware_date-date-month').fill('3');
  await page.locator('#la_aware_date-date-year').fill('2025');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('.govuk-error-summary').getByText('The date the local authority became aware must be the same as or after the date it happened (10 March 2025)').waitFor();
  await assertAccessible(page, 'error: dates in the wrong order');
  await assertCleanSession(session);
});

test('Back, Forward and Change links move through the journey and keep answers that still apply', async () => {
  const session = await openAt(new Date('2026-11-22T12:00:00Z'));
  const { page } = session;
  const facts = load('S01', 'facts');
  const entered = await walk(page, facts);
  const url = page.url();
  // Browser Back returns to the last question with its answer shown; Forward comes back.
  await page.goBack();
  const last = Object.keys(entered).at(-1);
  assert.equal(await currentQuestion(page), last);
  assert.equal(await page.locator(`input[name=${last}]:checked`).getAttribute('value'), formFor(last, entered[last]).choice);
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  // The Back link is the browser's Back.
  await page.getByRole('link', { name: 'Back' }).click();
  assert.equal(await currentQuestion(page), last);
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  const before = await page.locator('.govuk-summary-list').innerText();
  assert.match(before, /Sent 23 December 2024/);
  // Change what happened: serious harm -> death. New questions are asked; the rest is kept.
  await page.getByRole('link', { name: 'Change what happened' }).click();
  assert.equal(await currentQuestion(page), 'event');
  assert.equal(await page.locator('input[name=event]:checked').getAttribute('value'), 'serious_harm');
  await answer(page, 'event', 'death');
  const asked = [];
  for (let step = 0; step < 10; step++) {
    const question = await currentQuestion(page);
    if (!question) break;
    asked.push(question);
    await answer(page, question, FILLER[question]);
  }
  assert.ok(asked.length > 0, 'a death raises questions a serious harm did not');
  for (const question of asked) assert.ok(!(question in facts), `${question} was not answered before`);
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  const after = await page.locator('.govuk-summary-list').innerText();
  assert.match(after, /The child died/);
  assert.match(after, /Sent 23 December 2024/, 'later answers that still apply are kept');
  assert.match(after, /20 December 2024/);
  assert.equal(page.url(), url, 'no step, and no answer, ever appears in the URL');
  await assertCleanSession(session);
});

test('the whole journey works with the keyboard alone', async () => {
  const session = await openAt(new Date('2026-11-22T12:00:00Z'));
  const { page } = session;
  const facts = load('S10', 'facts');
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el.tagName, type: el.type ?? '', name: el.name ?? '', value: el.value ?? '', text: el.textContent.trim(), id: el.id };
  });
  const tabTo = async (match, limit = 40) => {
    for (let i = 0; i < limit; i++) {
      if (match(await focused())) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`could not reach the control by Tab: ${JSON.stringify(await focused())}`);
  };
  await tabTo((f) => f.tag === 'BUTTON' && f.text.startsWith('Start now'));
  await page.keyboard.press('Enter');
  for (let step = 0; step < 20; step++) {
    const question = await currentQuestion(page);
    if (!question) break;
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    const form = formFor(question, question in facts ? facts[question] : FILLER[question]);
    // Into the radio group, then the arrow keys select.
    await tabTo((f) => f.type === 'radio' && f.name === question);
    for (let i = 0; i < 15 && (await focused()).value !== form.choice; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space'); // checks the focused radio (arrow keys check the others)
    assert.equal((await focused()).value, form.choice, `${question}: selected by keyboard`);
    assert.equal(await page.locator(`input[name="${question}"]:checked`).getAttribute('value'), form.choice);
    if (form.date) {
      for (const [part, value] of [['day', form.date[0]], ['month', form.date[1]], ['year', form.date[2]]]) {
        await tabTo((f) => f.id === `${question}-date-${part}`);
        await page.keyboard.type(value);
      }
    }
    if (form.number) { await tabTo((f) => f.id === `${question}-number`); await page.keyboard.type(form.number); }
    if (form.text) { await tabTo((f) => f.id === `${question}-name`); await page.keyboard.type(form.text); }
    await tabTo((f) => f.tag === 'BUTTON' && f.text === 'Continue');
    await page.keyboard.press('Enter');
    await page.waitForFunction((q) => !document.querySelector(`input[name="${q}"]`), question);
  }
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await tabTo((f) => f.tag === 'BUTTON' && f.text === 'See what happens next');
  await page.keyboard.press('Enter');
  await page.getByTestId('headline').waitFor();
  assert.match(await page.getByTestId('headline').innerText(), /does not need to be told/);
  // "Why?" opens from the keyboard too.
  await tabTo((f) => f.tag === 'SUMMARY');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('details[open]').count(), 1);
  await assertCleanSession(session);
});

test('quick exit in the middle of the journey leaves nothing behind', async () => {
  const session = await openAt(new Date('2026-11-22T12:00:00Z'));
  const { page } = session;
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, 'asker', 'health');
  await answer(page, 'event', 'serious_harm');
  await Promise.all([page.waitForURL(QUICK_EXIT_URL), page.getByRole('button', { name: 'Emergency Exit this page' }).click()]);
  await page.goBack();
  await page.locator('main h1').first().waitFor();
  assert.equal(await heading(page), 'Check if a serious child safeguarding incident must be notified');
  await page.getByRole('button', { name: 'Start now' }).click();
  assert.equal(await currentQuestion(page), 'asker');
  assert.equal(await page.locator('input[name=asker]:checked').count(), 0, 'no answer survives quick exit');
  await assertCleanSession(session);
});

test('after 18 minutes without input a warning shows; at 20 the answers are cleared', async () => {
  const session = await openApp(browser, server, { path: '/' });
  const { page } = session;
  await page.clock.install();
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, 'asker', 'police');
  const dialog = page.getByRole('dialog', { name: 'Are you still there?' });
  await page.clock.runFor('17:00');
  assert.equal(await dialog.isVisible(), false);
  await page.clock.runFor('01:10');
  await dialog.waitFor();
  await assertAccessible(page, 'timeout warning');
  // Continue keeps the answers and starts the count again.
  await dialog.getByRole('button', { name: 'Continue with my answers' }).click();
  assert.equal(await dialog.isVisible(), false);
  await page.clock.runFor('18:10');
  await dialog.waitFor();
  await page.clock.runFor('02:10');
  await page.getByText('Your answers were cleared because this page was not used for a while.').waitFor();
  await page.getByRole('button', { name: 'Start now' }).click();
  assert.equal(await currentQuestion(page), 'asker');
  assert.equal(await page.locator('input[name=asker]:checked').count(), 0, 'answers were cleared');
  await assertCleanSession(session);
});

test('leaving the page with answers asks first; with none it does not', async () => {
  const session = await openApp(browser, server);
  const { page } = session;
  const dialogs = [];
  page.on('dialog', async (dialog) => { dialogs.push(dialog.type()); await dialog.dismiss(); });
  await page.getByRole('button', { name: 'Start now' }).click();
  await answer(page, 'asker', 'education');
  await page.close({ runBeforeUnload: true });
  await page.waitForEvent('dialog').catch(() => {});
  assert.deepEqual(dialogs, ['beforeunload']);
  const fresh = await session.context.newPage();
  await fresh.goto(server.origin + '/');
  await fresh.locator('main h1').waitFor();
  let asked = false;
  fresh.on('dialog', async (dialog) => { asked = true; await dialog.dismiss(); });
  await fresh.close({ runBeforeUnload: true });
  assert.equal(asked, false);
  await assertCleanSession(session);
});
