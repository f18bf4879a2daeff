// Training mode: the scenario library, a quiz round with its export, the facilitator's
// step-by-step reveal and a what-if change, the case opened in the guided journey, and a
// malformed scenario pack. Every test ends with the privacy guard: training stores and sends
// nothing (exports are Blob downloads, a pack is read in the browser).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  assertAccessible, assertCleanSession, assertValidHtml, heading, launchBrowser, openApp, startStaticServer,
} from './harness.mjs';

let server, browser;
before(async () => { server = await startStaticServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openTraining(session) {
  const { page } = session;
  await page.getByRole('link', { name: 'Training mode' }).click();
  await page.getByRole('heading', { level: 1, name: 'Training mode' }).waitFor();
}

async function downloadText(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

test('the library lists at least 20 scenarios and the criteria picture, from the footer link', async () => {
  const session = await openApp(browser, server);
  const { page } = session;
  await openTraining(session);
  const rows = await page.getByTestId('scenario-list').locator('tbody tr').count();
  assert.ok(rows >= 20, `${rows} scenarios listed`);
  assert.match(await page.getByTestId('pack-line').innerText(), /built-in scenario library: 27 scenarios/);
  const picture = page.getByTestId('criteria-diagram');
  const words = (await picture.locator('svg:visible text').allTextContents()).join(' ').replace(/\s+/g, ' ');
  for (const text of ['lives in England', 'A child under 18, born alive', 'Abuse or neglect known or suspected', 'seriously harmed', 'Notify the Panel', 'No Panel notification']) {
    assert.ok(words.includes(text), `diagram shows "${text}"`);
  }
  const legend = await picture.locator('figcaption').innerText();
  for (const rule of ['R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08', 'R18']) assert.match(legend, new RegExp(`${rule}: `), `the legend gives ${rule}`);
  assert.match(legend, /R01: Harm in England: the local authority for the area where it happened/);
  assert.equal(await page.getByTestId('no-scores').innerText(), 'No scenarios answered yet.');
  await assertAccessible(page, 'training home');
  await assertValidHtml(page, 'training home');
  await assertCleanSession(session);
});

test('a quiz round: errors, answers, the rules core\'s answers and reasons, a step-through, the picture and the export', async () => {
  const session = await openApp(browser, server);
  const { page } = session;
  await openTraining(session);
  await page.getByTestId('quiz-T08').click();
  assert.equal(await heading(page), 'Lives in one area, harmed in another');
  assert.match(await page.getByTestId('vignette').innerText(), /Riverside hospital refers/);
  await assertAccessible(page, 'quiz questions');
  await assertValidHtml(page, 'quiz questions');

  // Nothing answered: an error summary names each question, and focus goes to it.
  await page.getByTestId('check-answers').click();
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /Select whether the local authority must notify the Panel/);
  assert.match(await summary.innerText(), /Select when the Panel must be notified by/);
  assert.match(await page.title(), /^Error: /);
  await assertAccessible(page, 'quiz errors');
  await assertValidHtml(page, 'quiz errors');

  await page.getByLabel('Yes, it must notify the Panel').check();
  await page.getByLabel('Westmoor', { exact: true }).check();
  await page.getByLabel('Friday 21 April 2028').check();
  await page.getByLabel('A rapid review').check();
  await page.getByLabel('Safeguarding partners in another area').check();
  await page.getByTestId('check-answers').click();
  const score = page.getByTestId('quiz-score');
  await score.waitFor();
  assert.equal(await score.innerText(), 'Your score: 3 out of 4');
  assert.equal(await page.getByTestId('quiz-form').isVisible(), false, 'the questions give way to the answers');
  const marks = await page.getByTestId('quiz-marks').innerText();
  assert.match(marks, /Your answer: Westmoor\s+The rules say: Riverside/);
  assert.match(marks, /The rules say: Friday 21 April 2028/);
  assert.match(await page.locator('main').innerText(), /All the conditions of s16C\(1\) are met: Riverside must notify/);

  // The step-through shows one criterion at a time, each with its rule and citation.
  const steps = page.getByTestId('criteria-steps').locator(':scope > li');
  assert.equal(await steps.count(), 1);
  assert.match(await steps.first().innerText(), /The place test[\s\S]*Met[\s\S]*R01[\s\S]*Children Act 2004, section 16C\(1\)\(a\)/);
  await page.getByTestId('next-criterion').click();
  assert.equal(await steps.count(), 2);
  await page.getByRole('button', { name: 'Show all' }).click();
  assert.equal(await steps.count(), 4);
  const picture = await page.getByTestId('quiz-diagram').locator('svg:visible').textContent();
  assert.equal((picture.match(/✓ Met/g) ?? []).length, 5, 'four conditions and the decision marked met');
  assert.match(await page.getByTestId('learning-points').innerText(), /Riverside's partners lead the rapid review/);
  await assertAccessible(page, 'quiz answers revealed');
  await assertValidHtml(page, 'quiz answers revealed');

  // The next scenario, answered quickly, then the scores and the export.
  await page.getByTestId('next-scenario').click();
  await page.getByRole('heading', { level: 1, name: 'Stillbirth after an assault on the mother' }).waitFor();
  await page.getByLabel('No, the criteria are not met').check();
  await page.getByLabel('Northgate', { exact: true }).check();
  await page.getByLabel('No Panel notification deadline applies').check();
  await page.getByTestId('check-answers').click();
  assert.equal(await page.getByTestId('quiz-score').innerText(), 'Your score: 4 out of 4');
  await page.getByRole('link', { name: 'Back to scenarios' }).click();
  await page.getByRole('heading', { level: 1, name: 'Training mode' }).waitFor();
  assert.match(await page.getByTestId('scores').innerText(), /Total: 7 out of 8/);
  await assertAccessible(page, 'training home with scores');

  const csv = await downloadText(page, 'export-csv');
  assert.equal(csv.name, 'training-results.csv');
  const lines = csv.text.trimEnd().split('\r\n');
  assert.equal(lines[0], 'scenario_id,scenario,question,answer,rules_answer,correct');
  assert.equal(lines.length, 1 + 8);
  assert.equal(lines[2], 'T08,"Lives in one area, harmed in another",Which local authority would hold the duty to notify?,Westmoor,Riverside,false');
  const json = await downloadText(page, 'export-json');
  assert.equal(json.name, 'training-results.json');
  const results = JSON.parse(json.text);
  assert.deepEqual([results.score, results.out_of], [7, 8]);
  assert.deepEqual(results.rounds.map((r) => [r.scenario_id, r.score]), [['T08', 3], ['T09', 4]]);
  await assertCleanSession(session);
});

test('the facilitator view: large type, step-by-step reveal by keyboard, a what-if change, and the case in the guided journey', async () => {
  const session = await openApp(browser, server);
  const { page } = session;
  await openTraining(session);
  await page.getByTestId('facilitate-T02').click();
  assert.equal(await heading(page), 'Assaulted on his 18th birthday');
  const fontSize = await page.getByTestId('vignette').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(fontSize >= 28, `vignette in large type (${fontSize}px)`);
  assert.equal(await page.getByTestId('step-1').count(), 0, 'nothing revealed at first');
  await assertAccessible(page, 'facilitator view, nothing revealed');

  // Reveal with the keyboard: focus the button and press Enter, then Space.
  await page.getByTestId('reveal-next').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('step-1').waitFor();
  assert.match(await page.getByTestId('step-1').innerText(), /A child \(under 18 and born alive\)[\s\S]*Not met[\s\S]*harm on the 18th birthday is harm to an adult/);
  assert.equal(await page.getByTestId('step-2').count(), 0, 'one step at a time');
  await page.keyboard.press('Space');
  assert.match(await page.getByTestId('decision').innerText(), /does not meet the criteria/);
  assert.match(await page.getByTestId('revealed').innerText(), /2 of 5 revealed/);
  for (let i = 0; i < 3; i++) await page.getByTestId('reveal-next').click();
  assert.match(await page.getByTestId('revealed').innerText(), /Everything is revealed/);
  assert.match(await page.getByTestId('step-3').innerText(), /Safeguarding adults review/);
  assert.match(await page.getByTestId('case-diagram').locator('svg:visible').textContent(), /✗ Not met/);
  assert.match(await page.getByTestId('step-5').innerText(), /Questions for discussion/);
  await assertAccessible(page, 'facilitator view, all revealed');
  await assertValidHtml(page, 'facilitator view, all revealed');
  await page.getByRole('button', { name: 'High contrast' }).click();
  await assertAccessible(page, 'facilitator view, all revealed, high contrast');
  await page.getByRole('button', { name: 'High contrast' }).click();

  // What if he had been 17? One fact changes; the rules now require a notification.
  await page.getByLabel('The young person was 17').check();
  const result = page.getByTestId('what-if-result');
  await result.waitFor();
  assert.match(await result.innerText(), /The outcome changes\./);
  assert.match(await result.getByTestId('decision').innerText(), /Northshire must notify the Child Safeguarding Practice Review Panel by Wednesday 10 June 2026/);
  assert.match(await page.getByTestId('what-if-diagram').locator('svg:visible').textContent(), /✓ Met/);
  await assertAccessible(page, 'facilitator view, what-if');
  await assertValidHtml(page, 'facilitator view, what-if');
  await page.getByLabel('As in the case').check();
  assert.equal(await result.count(), 0, 'back to the case as written');

  await page.getByTestId('hide-all').click();
  assert.equal(await page.getByTestId('step-1').count(), 0, 'answers hidden again');

  // Open in the real guided journey, pre-filled.
  await page.getByTestId('open-in-journey').click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  assert.match(await page.locator('main').innerText(), /Northshire/);
  await assertCleanSession(session);
});

test('a malformed scenario pack is refused with one message per problem; a good one opens', async () => {
  const session = await openApp(browser, server);
  const { page } = session;
  await openTraining(session);
  const bad = {
    title: 'Local cases',
    scenarios: [
      { id: 'L1', title: 'Bad case', vignette: 'Fictional.', facts: { event: 'drowned', la_aware_date: '2026-02-30' } },
      { id: 'L1', vignette: 'No title.', facts: {}, colour: 'red' },
    ],
  };
  await page.getByLabel('Choose a scenario pack file').setInputFiles({ name: 'local.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const problems = page.locator('.govuk-error-summary');
  await problems.waitFor();
  const text = await problems.innerText();
  assert.match(text, /There is a problem with the scenario pack/);
  assert.match(text, /Scenario 1 \(L1\) facts\.event: must be one of: death, [a-z_, ]+ \(not "drowned"\)\./);
  assert.match(text, /Scenario 1 \(L1\) facts\.la_aware_date: invalid date "2026-02-30"/);
  assert.match(text, /Scenario 2 \(L1\) has an unknown field "colour"/);
  assert.match(text, /Scenario 2 \(L1\) has no "title"\./);
  assert.doesNotMatch(text, /`|unknown variant/, 'no serde wording');
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')), 'focus moves to the problems');
  assert.match(await page.title(), /^Error: /);
  assert.match(await page.getByTestId('pack-line').innerText(), /built-in scenario library/, 'the library stays in use');
  await assertAccessible(page, 'malformed pack');
  await assertValidHtml(page, 'malformed pack');

  await page.getByLabel('Choose a scenario pack file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"scenarios": [') });
  await page.getByText(/The file is not valid JSON: it ends before the JSON is complete/).waitFor();
  await page.getByLabel('Choose a scenario pack file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(5_242_880, 32) });
  await page.getByText('The file is 5.2 MB. A scenario pack can be at most 1 MB.').waitFor();

  const good = {
    title: 'Local cases',
    scenarios: [{
      id: 'L1', title: 'A scald at home', vignette: 'A fictional local case.',
      facts: {
        asker: 'local_authority', event: 'serious_harm', child_age: { age_in_years: 1 }, abuse_or_neglect: 'suspected',
        incident_place: { english_local_authority: 'fictional:Northshire' }, residence: { english_local_authority: 'fictional:Northshire' },
        looked_after: 'no', suspected_person: 'parent_or_carer', setting: 'home', la_aware_date: '2026-05-01',
        notification_sent: 'not_sent_yet', number_of_children: 1,
      },
      learning_points: [{ text: 'The Early May bank holiday moves the deadline.', claims: { panel: 'required', notify_by: '2026-05-11' } }],
      discussion: ['Who is working on 4 May?'],
    }],
  };
  await page.getByLabel('Choose a scenario pack file').setInputFiles({ name: 'local.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await page.getByTestId('pack-opened').waitFor();
  assert.equal(await page.locator('.govuk-error-summary').count(), 0);
  assert.match(await page.getByTestId('pack-line').innerText(), /Local cases \(local\.json\): 1 scenario\./);
  assert.equal(await page.getByTestId('scenario-list').locator('tbody tr').count(), 1);
  await assertAccessible(page, 'pack opened');
  await page.getByTestId('quiz-L1').click();
  assert.equal(await heading(page), 'A scald at home');
  await assertCleanSession(session);
});
