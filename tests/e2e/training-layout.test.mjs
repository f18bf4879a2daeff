// Training mode in a room and on a phone: the criteria picture's labels stay inside their boxes
// and the picture, at 1280 x 720 (a projector) and 320 px; its text is 24 px or more on the
// projector; the facilitator view brings each revealed step into view under its controls; and
// no training screen scrolls sideways at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertAccessible, assertCleanSession, launchBrowser, openApp, startStaticServer,
} from './harness.mjs';

let server, browser;
before(async () => { server = await startStaticServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const PROJECTOR = { width: 1280, height: 720 };
const PHONE = { width: 320, height: 640 };

async function open(viewport) {
  const session = await openApp(browser, server, { contextOptions: { viewport } });
  await session.page.getByRole('link', { name: 'Training mode' }).click();
  await session.page.getByRole('heading', { level: 1, name: 'Training mode' }).waitFor();
  return session;
}

/**
 * Every label of every picture on screen, measured by the browser: each line's box inside its
 * shape (a box's rectangle) and inside the picture; an arrow's label clear of every box; no two
 * lines overlapping. Returns the smallest text size on screen, in CSS pixels.
 */
async function checkPictures(page, where) {
  const result = await page.evaluate(() => {
    const problems = [];
    let smallest = Infinity;
    let pictures = 0;
    const inside = (a, b) => a.left >= b.left - 0.5 && a.top >= b.top - 0.5 && a.right <= b.right + 0.5 && a.bottom <= b.bottom + 0.5;
    const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    for (const svg of document.querySelectorAll('svg.app-diagram__svg')) {
      const picture = svg.getBoundingClientRect();
      if (picture.width === 0) continue; // the layout for the other screen size
      pictures += 1;
      const scale = picture.width / svg.viewBox.baseVal.width;
      const boxes = [...svg.querySelectorAll('[data-node] rect')].map((r) => r.getBoundingClientRect());
      const lines = [];
      for (const text of svg.querySelectorAll('text')) {
        const box = text.getBoundingClientRect();
        const name = text.textContent.trim();
        smallest = Math.min(smallest, parseFloat(text.getAttribute('font-size')) * scale);
        if (!inside(box, picture)) problems.push(`"${name}" leaves the picture`);
        const node = text.closest('[data-node]');
        if (node) {
          if (!inside(box, node.querySelector('rect').getBoundingClientRect())) problems.push(`"${name}" leaves its box`);
        } else if (boxes.some((b) => overlap(box, b))) {
          problems.push(`the arrow label "${name}" lies on a box`);
        }
        for (const [other, otherBox] of lines) {
          if (overlap(box, otherBox)) problems.push(`"${name}" overlaps "${other}"`);
        }
        lines.push([name, box]);
      }
    }
    return { problems, smallest, pictures };
  });
  assert.ok(result.pictures >= 1, `a picture is on screen (${where})`);
  assert.deepEqual(result.problems, [], where);
  return result.smallest;
}

async function assertNoSidewaysScroll(page, where) {
  const { scroll, viewport, wide } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
    wide: [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} (${Math.round(el.getBoundingClientRect().right)} px)`),
  }));
  assert.ok(scroll <= viewport, `${where}: the page is ${scroll} px wide in a ${viewport} px window: ${wide.join(', ')}`);
}

test('the criteria picture: plain words in the boxes, a path for a judgement, every label inside its box at 1280 x 720 and 320 px', async () => {
  for (const viewport of [PROJECTOR, PHONE]) {
    const session = await open(viewport);
    const { page } = session;
    const where = `${viewport.width} px`;
    const picture = page.getByTestId('criteria-diagram');
    const svg = picture.locator('svg:visible');
    assert.equal(await svg.count(), 1, 'one layout shows at a time');
    const words = (await svg.locator('text').allTextContents()).join(' ').replace(/\s+/g, ' ');
    for (const text of ['Abuse or neglect known or suspected', 'Not met', 'Notify the Panel', 'needs judgement', 'The local authority decides whether to notify']) {
      assert.ok(words.includes(text), `the picture shows "${text}" (${where}): ${words}`);
    }
    assert.doesNotMatch(words, /R0\d/, 'no rule codes in the boxes');
    assert.match(await picture.locator('figcaption').innerText(), /R05: A stillborn baby is not a child; a baby born alive is a child/);
    await checkPictures(page, `training home, ${where}`);

    // A case whose path needs a judgement, in the quiz's answers (T15: harm by another child).
    await page.getByTestId('quiz-T15').click();
    await page.getByLabel('It needs the local authority’s judgement').check();
    await page.locator('input[name="q-la"]').first().check();
    await page.locator('input[name="q-date"]').first().check();
    await page.getByTestId('check-answers').click();
    await page.getByTestId('quiz-score').waitFor();
    const marked = page.getByTestId('quiz-diagram').locator('svg:visible');
    assert.match(await marked.textContent(), /\? Needs judgement/);
    assert.equal(await marked.locator('.app-diagram__edge--judgement').count() >= 1, true, 'the judgement path is marked');
    await checkPictures(page, `quiz answers, ${where}`);
    await assertCleanSession(session);
  }
});

test('the facilitator view on a 1280 x 720 projector: each step comes into view under the controls, in large type; the picture fits the screen at 24 px or more', async () => {
  const session = await open(PROJECTOR);
  const { page } = session;
  await page.getByTestId('facilitate-T01').click();
  await page.getByTestId('vignette').waitFor();
  const onScreen = async (locator) => {
    const box = await locator.boundingBox();
    return box && box.y >= 0 && box.y + box.height <= PROJECTOR.height;
  };
  assert.ok(await onScreen(page.getByTestId('reveal-next')), 'Reveal next is on screen at first');
  assert.ok(await onScreen(page.getByTestId('vignette')), 'the whole case is on screen at first');
  assert.match(await page.getByTestId('places').innerText(), /fictional/);

  for (let step = 1; step <= 5; step++) {
    await page.getByTestId('reveal-next').click();
    const section = page.getByTestId(`step-${step}`);
    const heading = section.locator('h2').first();
    await heading.waitFor();
    await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));
    const controls = await page.getByTestId('controls').boundingBox();
    const top = await heading.boundingBox();
    assert.ok(top.y >= controls.y + controls.height - 1 && top.y + top.height <= PROJECTOR.height, `step ${step}'s heading is in view below the controls (${top.y})`);
    const size = await section.evaluate((el) => parseFloat(getComputedStyle(el.querySelector('p, li, dd') ?? el).fontSize));
    assert.ok(size >= 24, `step ${step} in large type (${size} px)`);
    if (step < 5) {
      assert.ok(await onScreen(page.getByTestId('reveal-next')), `Reveal next stays on screen after step ${step}`);
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'reveal-next', 'focus stays on Reveal next');
      assert.match(await page.getByTestId('revealed').innerText(), new RegExp(`${step} of 5 revealed`));
    }
    if (step === 4) {
      const svg = page.getByTestId('case-diagram').locator('svg:visible');
      assert.ok(await onScreen(svg), 'the whole picture is on screen when revealed');
      const smallest = await checkPictures(page, 'facilitator picture, 1280 x 720');
      assert.ok(smallest >= 24, `the picture's text is ${smallest.toFixed(1)} px`);
    }
  }
  assert.equal(await page.getByTestId('reveal-next').count(), 0, 'Reveal next is gone once everything is revealed');
  assert.equal(await page.getByTestId('revealed').innerText(), 'Everything is revealed.');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'reveal-step-5-heading', 'focus moves to the last step');
  assert.match(await page.getByTestId('decision').innerText(), /by Tuesday 31 December 2024\.$/);
  await assertAccessible(page, 'facilitator view at 1280 x 720, all revealed');

  await page.getByTestId('hide-all').click();
  // The page moves focus in the next animation frame, which may come after the click resolves.
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'reveal-next', null, { timeout: 2000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'reveal-next', 'Hide answers gives focus back to Reveal next');
  await assertCleanSession(session);
});

test('at 320 px no training screen scrolls sideways', async () => {
  const session = await open(PHONE);
  const { page } = session;
  await assertNoSidewaysScroll(page, 'training home');
  await assertAccessible(page, 'training home at 320 px');

  await page.getByTestId('quiz-T08').click();
  await page.getByTestId('vignette').waitFor();
  await assertNoSidewaysScroll(page, 'quiz questions');
  await page.getByTestId('check-answers').click();
  await page.locator('.govuk-error-summary').waitFor();
  await assertNoSidewaysScroll(page, 'quiz errors');
  await page.getByLabel('Yes, it must notify the Panel').check();
  await page.getByLabel('Riverside', { exact: true }).check();
  await page.getByLabel('Friday 21 April 2028').check();
  await page.getByTestId('check-answers').click();
  await page.getByTestId('quiz-score').waitFor();
  await page.getByRole('button', { name: 'Show all' }).click();
  await assertNoSidewaysScroll(page, 'quiz answers');
  await checkPictures(page, 'quiz answers at 320 px');
  await assertAccessible(page, 'quiz answers at 320 px');

  await page.getByRole('link', { name: 'Back to scenarios' }).click();
  await page.getByTestId('facilitate-T13').click();
  await page.getByTestId('vignette').waitFor();
  await assertNoSidewaysScroll(page, 'facilitator view');
  for (let step = 1; step <= 5; step++) await page.getByTestId('reveal-next').click();
  await page.getByTestId('step-5').waitFor();
  await assertNoSidewaysScroll(page, 'facilitator view, all revealed');
  await checkPictures(page, 'facilitator picture at 320 px');
  const change = page.locator('input[name="what-if"]').nth(1);
  await change.check();
  await page.getByTestId('what-if-result').waitFor();
  await assertNoSidewaysScroll(page, 'facilitator view, what if');
  await assertAccessible(page, 'facilitator view at 320 px, what if');

  await page.getByRole('link', { name: 'Back to scenarios' }).click();
  await page.getByLabel('Choose a scenario pack file').setInputFiles({ name: 'local.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ scenarios: [{ id: 'L1', title: 'x', vignette: 'y', facts: { event: 'drowned' }, places: 'imaginary' }] })) });
  await page.locator('.govuk-error-summary').waitFor();
  await assertNoSidewaysScroll(page, 'pack problems');
  await assertCleanSession(session);
});
