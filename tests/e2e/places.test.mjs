// Real places (issue 13): what a practitioner types is resolved to the authority with
// children's services functions on the incident date. Both journeys with the keyboard alone:
// "Maidstone" is Kent County Council's; "Cumbria" after 1 April 2023 asks which successor.
// axe runs on the autocomplete with its list open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertAccessible, assertCleanSession, assertValidHtml, launchBrowser, openApp, startStaticServer,
} from './harness.mjs';
import { FILLER, currentQuestion, formFor } from './journey.mjs';

let server, browser;
before(async () => { server = await startStaticServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openAt(time) {
  const session = await openApp(browser, server);
  await session.page.clock.setSystemTime(time);
  return session;
}

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el.tagName, type: el.type ?? '', name: el.name ?? '', value: el.value ?? '', text: el.textContent.trim(), id: el.id };
});

async function tabTo(page, match, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (match(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not reach the control by Tab: ${JSON.stringify(await focused(page))}`);
}

/** Chooses a radio of a group with the arrow keys and Space. */
async function chooseRadio(page, name, value) {
  await tabTo(page, (f) => f.type === 'radio' && f.name === name);
  for (let i = 0; i < 15 && (await focused(page)).value !== value; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  assert.equal(await page.locator(`input[name="${name}"]:checked`).getAttribute('value'), value, `${name}: ${value}`);
}

async function pressContinue(page) {
  await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Continue');
  await page.keyboard.press('Enter');
}

/**
 * Answers every question from `facts` (else FILLER) with the keyboard; a place question is
 * handed to `onPlace(question)`, which leaves the page answered. Stops at check your answers.
 */
async function walkByKeyboard(page, facts, onPlace) {
  await tabTo(page, (f) => f.tag === 'BUTTON' && f.text.startsWith('Start now'));
  await page.keyboard.press('Enter');
  for (let step = 0; step < 20; step++) {
    const question = await currentQuestion(page);
    if (!question) break;
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    if ((question === 'incident_place' || question === 'residence') && onPlace) {
      await onPlace(question);
    } else {
      const form = formFor(question, question in facts ? facts[question] : FILLER[question]);
      await chooseRadio(page, question, form.choice);
      if (form.date) {
        for (const [part, value] of [['day', form.date[0]], ['month', form.date[1]], ['year', form.date[2]]]) {
          await tabTo(page, (f) => f.id === `${question}-date-${part}`);
          await page.keyboard.type(value);
        }
      }
      if (form.number) { await tabTo(page, (f) => f.id === `${question}-number`); await page.keyboard.type(form.number); }
      await pressContinue(page);
    }
    await page.waitForFunction((q) => !document.querySelector(`input[name="${q}"]`), question);
  }
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
}

const HEALTH_VISITOR = {
  // A date of birth, so the incident date is asked (the place is resolved on it).
  asker: 'health', event: 'serious_harm', child_age: { date_of_birth: '2023-06-01' }, abuse_or_neglect: 'suspected',
  incident_date: '2026-10-05', suspected_person: 'parent_or_carer', setting: 'home', looked_after: 'no',
};

test('a health visitor who types "Maidstone" is told Kent County Council must notify (keyboard only, axe with the list open)', async () => {
  const session = await openAt(new Date('2026-11-22T12:00:00Z'));
  const { page } = session;
  let first = true;
  await walkByKeyboard(page, HEALTH_VISITOR, async (question) => {
    await chooseRadio(page, question, 'english_local_authority');
    await tabTo(page, (f) => f.id === `${question}-name`);
    const input = page.locator(`#${question}-name`);
    assert.equal(await input.getAttribute('role'), 'combobox');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator(`#${question}-name__listbox`).count(), 0, 'no list while closed');
    if (first) {
      // Suggestions as the user types: the district, with the council that provides
      // children's services there.
      await page.keyboard.type('Maid');
      const listbox = page.locator(`#${question}-name__listbox`);
      await listbox.getByRole('option').first().waitFor();
      assert.equal(await input.getAttribute('aria-expanded'), 'true');
      assert.equal(await listbox.getByRole('option').first().innerText(), 'Maidstone \u2014 Kent County Council');
      assert.match(await page.locator('.app-autocomplete [role=status]').innerText(), /results? (is|are) available/);
      await page.keyboard.press('ArrowDown');
      const option = listbox.getByRole('option').first();
      assert.equal(await option.getAttribute('aria-selected'), 'true');
      assert.equal(await input.getAttribute('aria-activedescendant'), await option.getAttribute('id'));
      assert.match(await page.locator('.app-autocomplete [role=status]').innerText(), /Maidstone .* 1 of \d+ is highlighted/);
      await assertAccessible(page, 'the place autocomplete with its list open');
      // Enter chooses the option and does not send the form.
      await page.keyboard.press('Enter');
      assert.equal(await input.inputValue(), 'Maidstone');
      assert.equal(await input.getAttribute('aria-expanded'), 'false');
      assert.equal(await currentQuestion(page), question, 'still on the question');
      await assertValidHtml(page, 'the place question, list closed');
      first = false;
    } else {
      // Typed in full and Continue without picking: resolved all the same.
      await page.keyboard.type('maidstone');
      await page.keyboard.press('Escape');
      assert.equal(await input.getAttribute('aria-expanded'), 'false');
    }
    await pressContinue(page);
  });
  const answers = await page.locator('.govuk-summary-list').innerText();
  assert.match(answers, /Maidstone \(Kent County Council\)/);
  await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'See what happens next');
  await page.keyboard.press('Enter');
  await page.getByTestId('headline').waitFor();
  // Her own action first (refer today), then the authority's duty.
  assert.equal(await page.getByTestId('headline').innerText(), 'Refer this to Kent County Council\u2019s children\u2019s social care today');
  assert.match(await page.getByTestId('top-section').innerText(), /Then Kent County Council must tell the Child Safeguarding Practice Review Panel/);
  const main = await page.locator('main').innerText();
  assert.match(main, /Maidstone is in Kent: Kent County Council provides children\u2019s services there\./);
  assert.doesNotMatch(main, /Maidstone must notify|Maidstone children/);
  await assertAccessible(page, 'the outcome for Maidstone');
  await assertCleanSession(session);
});

test('a health visitor who types "Cumbria" for an incident after April 2023 is asked which successor (keyboard only)', async () => {
  const session = await openAt(new Date('2026-11-22T12:00:00Z'));
  const { page } = session;
  let first = true;
  await walkByKeyboard(page, { ...HEALTH_VISITOR, incident_date: '2024-02-12' }, async (question) => {
    await chooseRadio(page, question, 'english_local_authority');
    await tabTo(page, (f) => f.id === `${question}-name`);
    await page.keyboard.type(first ? 'Cumbria' : 'Cumberland');
    await page.keyboard.press('Escape');
    await pressContinue(page);
    if (first) {
      // Never accepted silently: the question, in the error summary and beside the field.
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      assert.match(await summary.innerText(), /Cumbria was replaced on 1 April 2023 by Cumberland and by Westmorland and Furness: select which area/);
      assert.match(await page.title(), /^Error: /);
      const radios = page.locator(`input[name="${question}-area"]`);
      assert.deepEqual(await radios.evaluateAll((rs) => rs.map((r) => r.value)), ['E06000063', 'E06000064']);
      assert.deepEqual(await page.locator(`input[name="${question}-area"] + label`).allInnerTexts(), ['Cumberland Council', 'Westmorland and Furness Council']);
      await assertAccessible(page, 'which successor of Cumbria');
      await assertValidHtml(page, 'which successor of Cumbria');
      await chooseRadio(page, `${question}-area`, 'E06000063');
      await pressContinue(page);
      first = false;
    }
  });
  assert.match(await page.locator('.govuk-summary-list').innerText(), /Cumbria \(Cumberland Council\)/);
  await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'See what happens next');
  await page.keyboard.press('Enter');
  await page.getByTestId('headline').waitFor();
  // Her own action first (refer today), then the authority's duty.
  assert.equal(await page.getByTestId('headline').innerText(), 'Refer this to Cumberland Council\u2019s children\u2019s social care today');
  assert.match(await page.getByTestId('top-section').innerText(), /Then Cumberland Council must tell the Child Safeguarding Practice Review Panel/);
  assert.match(await page.locator('main').innerText(), /Cumbria County Council was replaced on 1 April 2023 by Cumberland and Westmorland and Furness: Cumberland Council provides children\u2019s services in Cumberland\./);
  await assertCleanSession(session);
});

test('the place question refuses what is not an English area, with GOV.UK messages, and keeps what was typed', async () => {
  const session = await openAt(new Date('2026-11-22T12:00:00Z'));
  const { page } = session;
  await page.getByRole('button', { name: 'Start now' }).click();
  for (let step = 0; step < 12 && (await currentQuestion(page)) !== 'incident_place'; step++) {
    const question = await currentQuestion(page);
    const form = formFor(question, question in HEALTH_VISITOR ? HEALTH_VISITOR[question] : FILLER[question]);
    await page.locator(`input[name="${question}"][value="${form.choice}"]`).check();
    if (form.date) {
      await page.locator(`#${question}-date-day`).fill(form.date[0]);
      await page.locator(`#${question}-date-month`).fill(form.date[1]);
      await page.locator(`#${question}-date-year`).fill(form.date[2]);
    }
    if (form.number) await page.locator(`#${question}-number`).fill(form.number);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction((q) => !document.querySelector(`input[name="${q}"]`), question);
  }
  assert.equal(await currentQuestion(page), 'incident_place');
  assert.doesNotMatch(await page.locator('main').innerText(), /Northshire/, 'no fictional place is offered');
  await page.locator('input[name="incident_place"][value="english_local_authority"]').check();
  const input = page.locator('#incident_place-name');
  const error = async (typed) => {
    await input.fill(typed);
    await input.press('Escape');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#incident_place-name-error').waitFor();
    const text = await page.locator('#incident_place-name-error').innerText();
    assert.equal(await input.inputValue(), typed, 'what was typed is kept');
    return text.replace(/^Error:\s*/, '');
  };
  assert.equal(await error(''), 'Enter a local authority area in England, for example Leeds or Kent');
  assert.match(await error('Maidstne'), /^Enter a local authority area in England, for example Leeds or Kent\. Did you mean Maidstone/);
  assert.equal(await error('Cardiff'), 'Cardiff is in Wales: select \u2018In Wales\u2019, or enter a local authority area in England');
  assert.equal(await page.locator('.govuk-error-summary a').getAttribute('href'), '#incident_place-name');
  await assertCleanSession(session);
});

test('"About the place data" in the footer lands on that section of the privacy notice', async () => {
  const session = await openAt(new Date('2026-11-22T12:00:00Z'));
  const { page } = session;
  await page.getByRole('contentinfo').getByRole('link', { name: 'About the place data' }).click();
  await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
  const section = page.locator('#place-data');
  await page.waitForFunction(() => document.activeElement?.id === 'place-data');
  assert.equal(await section.innerText(), 'About the place data');
  assert.ok(await section.evaluate((h) => { const r = h.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }), 'the section is in view');
  // Its text: where the data comes from, its licence credit and when it was last checked.
  const text = await section.evaluate((h) => [...h.parentElement.children].slice([...h.parentElement.children].indexOf(h)).map((e) => e.textContent).join('\n'));
  assert.match(text, /Contains data from mySociety \(CC BY 4\.0\)/);
  assert.match(text, /last checked on \d+ \w+ \d{4}/);
  assert.equal(page.url(), server.origin + '/', 'the address is unchanged');
  await assertCleanSession(session);
});
