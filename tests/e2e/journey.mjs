// Drives the guided journey the way a practitioner does: one question per page, answers taken
// from a case-facts object (the same format as `assess` and rules/tests/scenarios/).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './harness.mjs';

/** Answers for questions a scenario leaves open, chosen not to change what it pins down. */
export const FILLER = {
  asker: 'local_authority', born_alive: 'yes', looked_after: 'no', care_leaver: 'no',
  suspected_person: 'parent_or_carer', setting: 'home', child_protection_plan: 'no',
  abuse_or_neglect: 'suspected', incident_date: 'not_sure', la_aware_date: 'not_sure', notification_sent: 'not_sent_yet',
  number_of_children: 1, incident_place: 'unknown', residence: 'unknown',
};

const DATE_QUESTIONS = { incident_date: 'date', la_aware_date: 'date', notification_sent: 'sent' };

/** How a facts value is entered on its question page: the radio, and what it reveals. */
export function formFor(question, value) {
  const [y, m, d] = typeof value === 'string' ? value.split('-') : [];
  if (question === 'number_of_children') return value > 1 ? { choice: 'more', number: String(value) } : { choice: 'one' };
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value)) {
    return { choice: DATE_QUESTIONS[question], date: [String(+d), String(+m), y] };
  }
  if (typeof value === 'string') return { choice: value };
  const [[key, inner]] = Object.entries(value);
  if (key === 'date_of_birth') { const [yy, mm, dd] = inner.split('-'); return { choice: key, date: [String(+dd), String(+mm), yy] }; }
  if (key === 'age_in_years') return { choice: key, number: String(inner) };
  // An English area: what was typed (files may give a name, a code, or both).
  return { choice: key, text: typeof inner === 'string' ? inner : (inner.typed ?? inner.code) };
}

/** The question the page is asking (its radios' name), or null when it asks none. */
export async function currentQuestion(page) {
  await page.locator('main h1').first().waitFor();
  const radios = page.locator('main input[type=radio]');
  return (await radios.count()) ? radios.first().getAttribute('name') : null;
}

/** Fills in one question page with the mouse and continues. */
export async function answer(page, question, value) {
  const form = formFor(question, value);
  await page.locator(`input[name="${question}"][value="${form.choice}"]`).check();
  if (form.date) {
    const [d, m, y] = form.date;
    await page.locator(`#${question}-date-day`).fill(d);
    await page.locator(`#${question}-date-month`).fill(m);
    await page.locator(`#${question}-date-year`).fill(y);
  }
  if (form.number) await page.locator(`#${question}-number`).fill(form.number);
  if (form.text) await page.locator(`#${question}-name`).fill(form.text);
  const heading = await page.locator('main h1').first().innerText();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction((before) => document.querySelector('main h1')?.innerText !== before, heading);
}

/**
 * From the start page to check your answers: answers every question the app asks, from `facts`
 * or else FILLER. Returns the facts actually entered, in the order asked.
 */
export async function walk(page, facts, { filler = FILLER, onQuestion } = {}) {
  await page.getByRole('button', { name: 'Start now' }).click();
  const entered = {};
  for (let step = 0; step < 20; step++) {
    const question = await currentQuestion(page);
    if (!question) break;
    assert.ok(!(question in entered), `${question} asked twice`);
    const value = question in facts ? facts[question] : filler[question];
    assert.notEqual(value, undefined, `no answer for ${question}`);
    entered[question] = value;
    if (onQuestion) await onQuestion(question);
    await answer(page, question, value);
  }
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  return entered;
}

/** The rules core's own assessment of `facts`, from the command line. */
export function assessWithCli(facts) {
  const dir = mkdtempSync(path.join(tmpdir(), 'facts-'));
  const file = path.join(dir, 'facts.json');
  writeFileSync(file, JSON.stringify(facts));
  const bin = path.join(process.env.CARGO_TARGET_DIR ?? path.join(ROOT, 'target'), 'debug', 'assess');
  return JSON.parse(execFileSync(bin, [file], { encoding: 'utf8' }));
}

/** "Tuesday 31 December 2024", as the app writes deadline dates. */
export function longDate(iso) {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).replace(',', '');
}
