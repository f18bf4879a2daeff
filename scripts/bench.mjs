// `make bench`: measures the release build and writes target/bench/report.json, a table on the
// console, and docs/performance.md (scripts/performance-page.mjs: the figures, the budgets and
// whether each is met, the machine, how to read them).
// - every shipped file's bytes raw, gzip -9 and brotli -q 11, and the first-load total;
// - navigation start → first interactive control, median and p95 of cold loads, for the app and
//   for a static HTML page with the same visible text (the ratio is the headline figure), and
//   when the app itself has started (its `app-started` mark: the built-in start page replaced);
// - answer click → next question rendered and painted, median and p95 over walks of every scenario;
// - Lighthouse's four category scores on the release build;
// - the rules core: time to assess every combination of the discrete answer space;
// - places: resolving a typed name (host), suggestions per keystroke (browser), the register's size
//   and which shipped files hold it (never the first load).
// Figures are measured, never asserted: docs/performance.md says which budgets are met.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, cpSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { DIST, ROOT, CHROMIUM_ARGS, launchBrowser, listAssets, startStaticServer } from '../tests/e2e/harness.mjs';
import { FILLER, answer, currentQuestion, walk } from '../tests/e2e/journey.mjs';
import { PAGE, performancePage } from './performance-page.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 40);
const OUT = path.join(ROOT, 'target', 'bench');
const execFileAsync = promisify(execFile);
mkdirSync(OUT, { recursive: true });

const BUDGET = { firstLoadBrotli: 150 * 1024, widgetFirstLoadBrotli: 120 * 1024, loadRatio: 2 };

// 1. Sizes.
const files = [];
for (const asset of await listAssets()) {
  const body = readFileSync(path.join(DIST, asset));
  files.push({
    file: asset.slice(1), raw: body.length, gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
const indexHtml = readFileSync(path.join(DIST, 'index.html'), 'utf8');
// The first load is what the page itself fetches: its stylesheet, scripts and preloads. The
// on-demand module (everything after the start page, src/extension/) is only named in a <meta>
// element and imported by the shell after the start page's first paint; sw.js likewise, and it
// caches every file for offline use.
const loadingHtml = indexHtml.replace(/<meta\b[^>]*>/g, '');
const firstLoad = files.filter((f) => f.file === 'index.html' || loadingHtml.includes(`/${f.file}`));
const onDemand = files.filter((f) => !firstLoad.includes(f) && f.file.startsWith('extension-'));
const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
const sizes = {
  files,
  total: { raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli') },
  first_load: { files: firstLoad.map((f) => f.file), raw: sum(firstLoad, 'raw'), gzip: sum(firstLoad, 'gzip'), brotli: sum(firstLoad, 'brotli') },
  on_demand: { files: onDemand.map((f) => f.file), raw: sum(onDemand, 'raw'), gzip: sum(onDemand, 'gzip'), brotli: sum(onDemand, 'brotli') },
};

// 1b. The embeddable widget package (`make widget`, pkg/): what a host page downloads. Like the
// app, two parts: what the start page needs (embed.js holds both modules' glue; the start
// page's own stylesheet), and the on-demand module with the whole stylesheet, fetched once the
// start page is up.
const PKG = process.env.PKG ?? path.join(ROOT, 'pkg');
const WIDGET_FIRST_LOAD = ['embed.js', 'referral_assistant_bg.wasm', 'referral-assistant-start.css'];
const WIDGET_ON_DEMAND = ['referral_assistant_on_demand_bg.wasm', 'referral-assistant.css'];
let widget = null;
try {
  const measure = (file) => {
    const body = readFileSync(path.join(PKG, file));
    return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  };
  const part = (names) => {
    const parts = names.map(measure);
    return { files: parts, raw: sum(parts, 'raw'), gzip: sum(parts, 'gzip'), brotli: sum(parts, 'brotli') };
  };
  const first = part(WIDGET_FIRST_LOAD);
  const onDemand = part(WIDGET_ON_DEMAND);
  widget = { first_load: first, on_demand: onDemand, total: { raw: first.raw + onDemand.raw, gzip: first.gzip + onDemand.gzip, brotli: first.brotli + onDemand.brotli } };
} catch (error) {
  widget = { error: `no widget package in ${PKG} (make widget): ${String(error.message ?? error).split('\n')[0]}` };
}

// 2. Load timings: the app, and a static page with the same visible text and stylesheet.
const FIRST_CONTROL = 'main button, main a.govuk-button';
const browser = await launchBrowser();
// The machine: timings on a shared machine depend on what else runs, which the load average
// shows (taken as the browser timings begin and end).
const osName = (() => {
  try {
    return readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)"?$/m)?.[1] ?? `${type()} ${release()}`;
  } catch {
    return `${type()} ${release()}`;
  }
})();
const loadAverage = () => +loadavg()[0].toFixed(2);
const machine = {
  cores: cpus().length, cpu: cpus()[0]?.model.trim() ?? 'unknown', memory_gib: +(totalmem() / 2 ** 30).toFixed(1),
  os: osName, node: process.version, chromium: browser.version(), load_average: { before: loadAverage() },
};
const appServer = await startStaticServer();
const snapshotPage = await browser.newPage();
await snapshotPage.goto(appServer.origin + '/');
await snapshotPage.waitForFunction(() => performance.getEntriesByName('app-started').length > 0);
const staticBody = await snapshotPage.evaluate(() => document.body.innerHTML);
const stylesheet = await snapshotPage.evaluate(() => document.querySelector('link[rel=stylesheet]').getAttribute('href'));
await snapshotPage.close();
const staticDir = mkdtempSync(path.join(tmpdir(), 'bench-static-'));
cpSync(DIST, staticDir, { recursive: true });
writeFileSync(path.join(staticDir, 'index.html'),
  `<!DOCTYPE html><html lang="en-GB" class="govuk-template"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>static</title><link rel="icon" href="data:,"><link rel="stylesheet" href="${stylesheet}"></head><body class="govuk-template__body">${staticBody.replace(/<script[\s\S]*?<\/script>/g, '')}</body></html>`);
const staticServer = await startStaticServer(staticDir);

// Records when the first interactive control appears, measured from navigation start.
const OBSERVER = `(() => {
  const selector = ${JSON.stringify(FIRST_CONTROL)};
  const mark = () => { if (!window.__firstControl && document.querySelector(selector)) window.__firstControl = performance.now(); };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', mark);
})();`;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const summarise = (values) => ({ loads: values.length, median_ms: +percentile(values, 50).toFixed(1), p95_ms: +percentile(values, 95).toFixed(1) });
// One load of each in turn, so both see the same machine load.
const appTimes = [], startedTimes = [], staticTimes = [];
for (let i = 0; i < LOADS; i++) {
  const app = await coldLoad(appServer.origin, { app: true });
  appTimes.push(app.control);
  startedTimes.push(app.started);
  staticTimes.push((await coldLoad(staticServer.origin, { app: false })).control);
}
// The app's start page is built into index.html (scripts/prerender.mjs), so its first control
// is there as the page arrives; the app starts later and takes that page's place (its
// `app-started` mark), and a control pressed before then is pressed again at that moment.
// Both figures are kept: the ratio is the first control's, and the app's start is its own line.
async function coldLoad(origin, { app }) {
  const context = await browser.newContext(); // a new context: empty cache, a cold load
  await context.addInitScript(OBSERVER);
  const page = await context.newPage();
  await page.goto(origin + '/');
  await page.waitForFunction(() => window.__firstControl !== undefined);
  if (app) await page.waitForFunction(() => performance.getEntriesByName('app-started').length > 0);
  const times = await page.evaluate(() => ({ control: window.__firstControl, started: performance.getEntriesByName('app-started')[0]?.startTime }));
  await context.close();
  return times;
}
const load = { app: summarise(appTimes), app_started: summarise(startedTimes), static: summarise(staticTimes) };
load.ratio_median = +(load.app.median_ms / load.static.median_ms).toFixed(2);
load.started_ratio_median = +(load.app_started.median_ms / load.static.median_ms).toFixed(2);
await staticServer.close();

// 3. Answer click → next question, over full walks of every scenario (twice), from the Continue
// click (capture phase, before the app sees it) to (a) the next page's heading in the DOM,
// rendered, and (b) the first animation frame after it, when the browser paints (this waits for
// the display's next frame, so it includes up to one frame interval that is not the app's work).
// The walks set the page's clock to 2030 (the scenarios are dated up to 2028), and Playwright's
// clock then stands in for performance.now (whole milliseconds) and requestAnimationFrame: the
// timer keeps the browser's own, taken before the page runs.
const STEP_TIMER = `(() => {
  window.__stepTimes = [];
  const now = performance.now.bind(performance);
  const nextFrame = requestAnimationFrame.bind(window);
  document.addEventListener('click', (event) => {
    const button = event.target.closest && event.target.closest('button');
    if (!button || button.textContent.trim() !== 'Continue') return;
    const start = now();
    const before = document.querySelector('main h1')?.textContent;
    const observer = new MutationObserver(() => {
      const after = document.querySelector('main h1')?.textContent;
      if (after === undefined || after === before) return;
      observer.disconnect();
      const rendered = now() - start;
      nextFrame(() => window.__stepTimes.push({ rendered, painted: now() - start }));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, true);
})();`;
const stepTimes = [];
const scenarioDir = path.join(ROOT, 'rules', 'tests', 'scenarios');
const scenarios = readdirSync(scenarioDir).filter((f) => f.endsWith('.facts.json'));
for (let round = 0; round < 2; round++) {
  for (const file of scenarios) {
    const facts = JSON.parse(readFileSync(path.join(scenarioDir, file), 'utf8'));
    const context = await browser.newContext();
    await context.addInitScript(STEP_TIMER);
    const page = await context.newPage();
    await page.goto(appServer.origin + '/');
    await page.waitForFunction(() => performance.getEntriesByName('app-started').length > 0);
    await page.clock.setSystemTime(new Date('2030-01-01T12:00:00Z')); // scenarios dated up to 2028
    await walk(page, facts);
    stepTimes.push(...(await page.evaluate(() => window.__stepTimes)));
    await context.close();
  }
}
// 3b. Place suggestions per keystroke: every prefix of some names set in the place question's
// input; from the input event until the list is updated and laid out: a message-channel task
// queued after the event runs once the app's updates (made in microtasks) are in the DOM, then
// style and layout are forced. Not a zero-delay timeout: the browser clamps nested timeouts to
// 4 ms, which put a floor of about 4.2 ms under every keystroke before 26 November 2026.
const keyTimes = [];
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(appServer.origin + '/');
  await page.waitForFunction(() => performance.getEntriesByName('app-started').length > 0);
  await page.getByRole('button', { name: 'Start now' }).click();
  const facts = { event: 'serious_harm', child_age: { age_in_years: 1 } };
  for (let i = 0; i < 12; i++) {
    const q = await currentQuestion(page);
    if (q === 'incident_place' || !q) break;
    await answer(page, q, q in facts ? facts[q] : FILLER[q]);
  }
  await page.locator('input[name="incident_place"][value="english_local_authority"]').check();
  const names = ['Maidstone', 'Kent County Council', 'Barking and Dagenham', 'Cumbria', 'Westmorland and Furness', 'Leeds', 'Tunbridge Wells',
    'Kingston upon Hull', 'Brighton and Hove', 'Surrey Heath', 'Newcastle upon Tyne', 'North Yorkshire', 'Cardiff', 'Stoke-on-Trent', 'Isles of Scilly'];
  for (let round = 0; round < 3; round++) {
    keyTimes.push(...await page.evaluate(async (names) => {
      const input = document.getElementById('incident_place-name');
      const times = [];
      for (const name of names) {
        for (let i = 1; i <= name.length; i++) {
          input.value = name.slice(0, i);
          const start = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = resolve;
            channel.port2.postMessage(null);
          });
          void document.body.offsetHeight;
          times.push(performance.now() - start);
        }
      }
      return times;
    }, names));
  }
  await context.close();
}
const steps = {
  steps: stepTimes.length,
  rendered: summarise(stepTimes.map((t) => t.rendered)),
  painted: summarise(stepTimes.map((t) => t.painted)),
  goal_p95_ms: 4,
};
machine.load_average.after = loadAverage();
await browser.close();

// 4. Lighthouse on the release build (mobile preset, simulated throttling). Its flags are split on
// spaces, so the host-resolver rule is left out; the app makes no foreign request anyway (tests).
let lighthouse = null;
try {
  const report = path.join(OUT, 'lighthouse.json');
  // Asynchronously: the static server runs in this process and must keep answering.
  await execFileAsync(path.join(ROOT, 'node_modules/.bin/lighthouse'), [appServer.origin + '/', '--quiet', '--output=json', `--output-path=${report}`,
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.filter((arg) => !arg.includes(' ')).join(' ')} --user-data-dir=${mkdtempSync(path.join(tmpdir(), 'lh-'))}`],
    { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 180_000 });
  const categories = JSON.parse(readFileSync(report, 'utf8')).categories;
  lighthouse = Object.fromEntries(Object.entries(categories).map(([key, c]) => [key, Math.round(c.score * 100)]));
} catch (error) {
  lighthouse = { error: String(error.message ?? error).split('\n')[0] };
}
await appServer.close();

// 5. The rules core over the whole discrete answer space (release build, host).
let rules = null;
try {
  rules = JSON.parse(execFileSync('cargo', ['run', '--release', '-q', '-p', 'rules', '--bin', 'enumerate'], { cwd: ROOT, encoding: 'utf8' }));
} catch (error) {
  rules = { error: String(error.message ?? error).split('\n')[0] };
}

// 6. Places: resolving typed names on the host (release), and the register's data as shipped
// (the CSV is compiled in as it is): which shipped files hold it (found by its header line),
// and whether any of them is part of the first load.
let places = null;
try {
  const resolve = JSON.parse(execFileSync('cargo', ['run', '--release', '-q', '-p', 'rules', '--bin', 'places'], { cwd: ROOT, encoding: 'utf8' }));
  const csv = readFileSync(path.join(ROOT, 'rules', 'data', 'uk-local-authorities.csv'));
  const header = csv.subarray(0, csv.indexOf(0x0a));
  const holding = (dir, names) => names.filter((name) => readFileSync(path.join(dir, name)).includes(header));
  const inFiles = holding(DIST, files.map((f) => f.file));
  const inWidget = widget.first_load ? holding(PKG, [...WIDGET_FIRST_LOAD, ...WIDGET_ON_DEMAND]) : null;
  places = {
    resolve_host: { ...resolve, goal_p95_us: 1000 },
    suggestions_per_keystroke: { ...summarise(keyTimes), goal_p95_ms: 4 },
    register_data: {
      raw: csv.length, brotli: brotliCompressSync(csv, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, budget_brotli: 15 * 1024,
      in_files: inFiles, in_first_load: inFiles.some((file) => sizes.first_load.files.includes(file)),
      in_widget_files: inWidget, in_widget_first_load: inWidget?.some((file) => WIDGET_FIRST_LOAD.includes(file)) ?? null,
    },
  };
} catch (error) {
  places = { error: String(error.message ?? error).split('\n')[0] };
}

const report = { measured_at: new Date().toISOString(), machine, budgets: BUDGET, sizes, widget, load, steps, lighthouse, rules, places };
writeFileSync(path.join(OUT, 'report.json'), JSON.stringify(report, null, 2) + '\n');
writeFileSync(PAGE, performancePage(report));

// The table.
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log('\nShipped files (KiB)            raw     gzip   brotli');
for (const f of files) console.log(`${f.file.padEnd(26).slice(0, 26)}${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}`);
console.log(`${'total'.padEnd(26)}${kb(sizes.total.raw)} ${kb(sizes.total.gzip)} ${kb(sizes.total.brotli)}`);
if (widget.total) {
  console.log(`${'widget package (pkg/)'.padEnd(26)}${kb(widget.total.raw)} ${kb(widget.total.gzip)} ${kb(widget.total.brotli)}`);
  console.log(`${'widget first load'.padEnd(26)}${kb(widget.first_load.raw)} ${kb(widget.first_load.gzip)} ${kb(widget.first_load.brotli)}   budget ${kb(BUDGET.widgetFirstLoadBrotli)} brotli`);
  console.log(`${'widget on demand'.padEnd(26)}${kb(widget.on_demand.raw)} ${kb(widget.on_demand.gzip)} ${kb(widget.on_demand.brotli)}`);
}
console.log(`${'first load'.padEnd(26)}${kb(sizes.first_load.raw)} ${kb(sizes.first_load.gzip)} ${kb(sizes.first_load.brotli)}   budget ${kb(BUDGET.firstLoadBrotli)} brotli`);
console.log(`${'on demand (questions on)'.padEnd(26).slice(0, 26)}${kb(sizes.on_demand.raw)} ${kb(sizes.on_demand.gzip)} ${kb(sizes.on_demand.brotli)}`);
console.log(`\nFirst interactive control, ${appTimes.length} cold loads each (ms):  median    p95`);
console.log(`app                                              ${String(load.app.median_ms).padStart(6)} ${String(load.app.p95_ms).padStart(6)}`);
console.log(`static page, same text                           ${String(load.static.median_ms).padStart(6)} ${String(load.static.p95_ms).padStart(6)}`);
console.log(`ratio app/static (median): ${load.ratio_median}   budget ${BUDGET.loadRatio}`);
console.log(`app started (WebAssembly running, built-in page replaced) ${String(load.app_started.median_ms).padStart(6)} ${String(load.app_started.p95_ms).padStart(6)}   ${load.started_ratio_median} × static`);
console.log(`\nAnswer click → next question, ${steps.steps} steps (ms):   median    p95`);
console.log(`rendered (in the DOM)                            ${String(steps.rendered.median_ms).padStart(6)} ${String(steps.rendered.p95_ms).padStart(6)}   goal p95 ≤ ${steps.goal_p95_ms}`);
console.log(`painted (next animation frame)                   ${String(steps.painted.median_ms).padStart(6)} ${String(steps.painted.p95_ms).padStart(6)}`);
console.log(`\nLighthouse: ${JSON.stringify(lighthouse)}`);
console.log(`Rules core, whole answer space: ${JSON.stringify(rules)}`);
if (places?.resolve_host) {
  console.log(`\nPlaces: resolve a typed name (host, ${places.resolve_host.resolutions}): median ${places.resolve_host.median_us} µs, p95 ${places.resolve_host.p95_us} µs (goal ≤ 1000 µs)`);
  console.log(`suggestions per keystroke (${places.suggestions_per_keystroke.loads}): median ${places.suggestions_per_keystroke.median_ms} ms, p95 ${places.suggestions_per_keystroke.p95_ms} ms (goal ≤ 4 ms)`);
  const data = places.register_data;
  console.log(`register data: ${kb(data.raw)} raw, ${kb(data.brotli)} brotli KiB (budget 15 KiB); in ${data.in_files.join(', ')}; in the first load: ${data.in_first_load ? 'YES' : 'no'}`);
  if (data.in_widget_files) console.log(`register data in the widget package: ${data.in_widget_files.join(', ')}; in its first load: ${data.in_widget_first_load ? 'YES' : 'no'}`);
}
console.log(`\nreport: ${path.relative(ROOT, path.join(OUT, 'report.json'))}; page: ${path.relative(ROOT, PAGE)}`);
