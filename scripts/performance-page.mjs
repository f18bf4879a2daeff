// docs/performance.md, written from a `make bench` report (scripts/bench.mjs calls
// performancePage): the figures, each budget and whether it is met, the machine and the date,
// and how to read them. The page is generated: change its text here, then either run
// `make bench`, or `node scripts/performance-page.mjs` to rewrite the page from the last report
// (target/bench/report.json) without measuring again.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
export const PAGE = path.join(ROOT, 'docs', 'performance.md');
export const REPORT = path.join(ROOT, 'target', 'bench', 'report.json');

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => `${value} ms`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const when = (iso) => {
  const d = new Date(iso);
  const time = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${time} UTC`;
};
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, align, rows) => [row(head), row(align), ...rows.map(row)].join('\n');
/** "met" or "**over**" for a figure against its budget, or why there is no figure. */
const verdict = (value, budget) => (value === undefined || value === null || Number.isNaN(value) ? 'not measured' : value <= budget ? 'met' : '**over**');

/** What each shipped file of the standalone app is, by its name and whether the page loads it. */
function describe(file, firstLoad) {
  if (file === 'index.html') return 'index.html: the built-in start page, its script, the early WebAssembly fetch';
  if (file === 'manifest.webmanifest') return 'the web app manifest';
  if (file === 'sw.js') return 'sw.js, the service worker (registered once the start page is on screen)';
  if (file.startsWith('extension-') && file.endsWith('.wasm')) return 'the on-demand module (questions onwards, privacy notice, accessibility statement, inactivity timeout)';
  if (file.startsWith('extension-') && file.endsWith('.js')) return 'the on-demand module\'s glue';
  if (firstLoad && file.endsWith('.wasm')) return 'the shell (start page, Exit this page, contrast toggle)';
  if (firstLoad && file.endsWith('.js')) return 'the shell\'s glue (wasm-bindgen\'s snippet written in)';
  if (firstLoad && file.endsWith('.css')) return 'the stylesheet (GOV.UK Frontend, only the classes the app writes, and the app\'s own)';
  return file;
}

/** The budgets, each with its figure and whether it is met. */
function budgets(report) {
  const { budgets: b = {}, sizes, widget, load, steps, places } = report;
  const place = places?.resolve_host ? places : null;
  const rows = [
    ['Standalone first load, brotli', `≤ ${kib(b.firstLoadBrotli)}`, kib(sizes.first_load.brotli), verdict(sizes.first_load.brotli, b.firstLoadBrotli)],
    ['Widget first load (what a host page fetches before its start page shows), brotli', `≤ ${kib(b.widgetFirstLoadBrotli)}`,
      widget?.first_load ? kib(widget.first_load.brotli) : 'no package', verdict(widget?.first_load?.brotli, b.widgetFirstLoadBrotli)],
    ['First interactive control, app ÷ static page with the same text (medians)', `≤ ${b.loadRatio}`, String(load.ratio_median), verdict(load.ratio_median, b.loadRatio)],
    ['Answer click → next question\'s heading in the DOM, p95 (goal)', `≤ ${ms(steps.goal_p95_ms)}`, ms(steps.rendered.p95_ms), verdict(steps.rendered.p95_ms, steps.goal_p95_ms)],
  ];
  if (place) {
    const keys = place.suggestions_per_keystroke;
    const data = place.register_data;
    const outOfFirstLoad = !data.in_first_load && data.in_widget_first_load !== true;
    rows.push(
      ['Place suggestions per keystroke (browser), p95', `≤ ${ms(keys.goal_p95_ms)}`, ms(keys.p95_ms), verdict(keys.p95_ms, keys.goal_p95_ms)],
      ['Resolving a typed place name (host), p95', `≤ ${ms(place.resolve_host.goal_p95_us / 1000)}`, ms(+(place.resolve_host.p95_us / 1000).toFixed(4)), verdict(place.resolve_host.p95_us, place.resolve_host.goal_p95_us)],
      ['The place register\'s data, brotli', `≤ ${kib(data.budget_brotli)}`, kib(data.brotli), verdict(data.brotli, data.budget_brotli)],
      ['The place register in no file of the first load (standalone and widget)', 'none', outOfFirstLoad ? 'none' : 'in the first load', outOfFirstLoad ? 'met' : '**over**'],
    );
  } else {
    rows.push(['Places (suggestions, resolving, the register)', '', `not measured: ${places?.error ?? 'no figures'}`, 'not measured']);
  }
  return table(['Budget', 'Limit', 'Measured', ''], ['---', '---:', '---:', '---'], rows);
}

function sizesTable(report) {
  const { sizes, widget, places } = report;
  const line = (label, part, note = '') => [label, kib(part.raw), kib(part.gzip), `${kib(part.brotli)}${note}`];
  // The page first, then what it loads: WebAssembly, its glue, the stylesheet, the rest.
  const rank = (f) => [/\.html$/, /\.wasm$/, /\.js$/, /\.css$/].findIndex((pattern) => pattern.test(f.file)) >>> 0;
  const ordered = (list) => list.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
  const firstLoad = ordered(sizes.files.filter((f) => sizes.first_load.files.includes(f.file)));
  const onDemand = ordered(sizes.files.filter((f) => sizes.on_demand.files.includes(f.file)));
  const others = sizes.files.filter((f) => !firstLoad.includes(f) && !onDemand.includes(f));
  const rows = [
    ...firstLoad.map((f) => line(describe(f.file, true), f)),
    line('**standalone first load**', sizes.first_load),
    ...onDemand.map((f) => line(describe(f.file, false), f)),
    line('**on demand**, fetched once the start page is on screen', sizes.on_demand),
  ];
  const data = places?.register_data;
  if (data) rows.push([`of which the place register's data (compiled in; in ${data.in_files.join(', ') || 'no file'})`, kib(data.raw), '', kib(data.brotli)]);
  rows.push(...others.map((f) => line(describe(f.file, false), f)));
  if (widget?.first_load) {
    rows.push(
      ...widget.first_load.files.map((f) => line(`widget: \`${f.file}\``, f)),
      line('**widget first load**', widget.first_load),
      ...widget.on_demand.files.map((f) => line(`widget: \`${f.file}\``, f)),
      line('**widget on demand**, fetched once the start page is up', widget.on_demand),
    );
  } else {
    rows.push([`widget: ${widget?.error ?? 'not measured'}`, '', '', '']);
  }
  return table(['Shipped file', 'raw', 'gzip -9', 'brotli -q 11'], ['---', '---:', '---:', '---:'], rows);
}

function timingsTable(report) {
  const { load, steps, places, rules } = report;
  const rows = [
    [`navigation start → first interactive control, app (${load.app.loads} cold loads, alternating with the static page)`, ms(load.app.median_ms), ms(load.app.p95_ms)],
    ['the same, a static HTML page with the same text and stylesheet', ms(load.static.median_ms), ms(load.static.p95_ms)],
    ['ratio app ÷ static (medians)', String(load.ratio_median), ''],
    ['navigation start → the app started (its `app-started` mark: WebAssembly running, the built-in start page replaced)', ms(load.app_started.median_ms), ms(load.app_started.p95_ms)],
    [`answer click → next question's heading in the DOM (${steps.steps} steps, every scenario twice)`, ms(steps.rendered.median_ms), ms(steps.rendered.p95_ms)],
    ['answer click → next question painted (the next animation frame)', ms(steps.painted.median_ms), ms(steps.painted.p95_ms)],
  ];
  if (places?.suggestions_per_keystroke) {
    const keys = places.suggestions_per_keystroke;
    const resolve = places.resolve_host;
    rows.push(
      [`place suggestions per keystroke: input event → list updated and laid out (${keys.loads} keystrokes: every prefix of 15 names, 3 rounds)`, ms(keys.median_ms), ms(keys.p95_ms)],
      [`resolving a typed place name (host, release; ${resolve.resolutions.toLocaleString('en-GB')} names, codes and slips, on 3 dates or none)`, ms(+(resolve.median_us / 1000).toFixed(4)), ms(+(resolve.p95_us / 1000).toFixed(4))],
    );
  }
  if (rules?.cases) rows.push([`rules core: assess all ${rules.cases.toLocaleString('en-GB')} cases of the answer space (host, release)`, `${rules.seconds} s in all`, '']);
  else rows.push([`rules core: not measured (${rules?.error ?? 'no figures'})`, '', '']);
  return table(['Timing', 'median', 'p95'], ['---', '---:', '---:'], rows);
}

function lighthouseLine({ lighthouse }) {
  if (!lighthouse || lighthouse.error) return `Not measured: ${lighthouse?.error ?? 'no figures'}.`;
  const name = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices', seo: 'SEO' };
  return `${Object.entries(lighthouse).map(([key, score]) => `${name[key] ?? key.replaceAll('-', ' ')} ${score}`).join(', ')} (mobile preset, simulated throttling).`;
}

function machineLines({ machine }) {
  if (!machine) return ['Not recorded (a report from before `make bench` recorded the machine).'];
  const lines = [
    `- ${machine.cores} cores (${machine.cpu}), ${machine.memory_gib} GiB of memory, ${machine.os}`,
    `- Node.js ${machine.node}, Chromium ${machine.chromium ?? 'unknown'} (headless), release builds`,
  ];
  if (machine.load_average) {
    const { before, after } = machine.load_average;
    const busy = Math.max(before, after ?? 0) > machine.cores;
    lines.push(`- load average over the last minute: ${before} as the timings began, ${after} when they ended${busy ? ` (above ${machine.cores}: other work was waiting for the cores)` : ''}`);
  }
  return lines;
}

/** The page (Markdown). */
export function performancePage(report) {
  return `<!-- Generated by \`make bench\` (scripts/bench.mjs; the text is in scripts/performance-page.mjs): do not edit by hand. -->

# Performance

Measured on **${when(report.measured_at)}**. **This page is generated by \`make bench\`**; the
raw figures are in \`target/bench/report.json\`. To change its text, edit
\`scripts/performance-page.mjs\`, then run \`make bench\`, or \`node scripts/performance-page.mjs\`
to rewrite the page from the last report. Sizes are exact for the build measured. **Timings
depend on the machine and on what else it is running, and vary from run to run:** these come
from the machine below, at the time above.

## Budgets

${budgets(report)}

A budget over is a bug (the project's rule), but no test fails on it: timings are never
asserted in a test. Sizes are in KiB (1,024 bytes), as the budgets are counted.

## The machine

${machineLines(report).join('\n')}

## Sizes

What the browser downloads, compressed as a server would send it. The **first load** is what
the page itself fetches before its start page works: the page, its stylesheet, its scripts and
preloads. The on-demand module is only named in a \`<meta>\` element and imported once the start
page is on screen, and the service worker is registered then too.

${sizesTable(report)}

## Timings

${timingsTable(report)}

Lighthouse: ${lighthouseLine(report)}

## How to read the figures

**Noise.** On a machine shared with other work, timings move by tens of percent between runs
(the load average above says how busy it was). Compare two
builds by alternating runs of each at the same time, not with a figure from another day;
\`BENCH_LOADS\` sets the number of cold loads (40). Sizes do not vary: compare them between any
two commits.

**Load.** The first interactive control is the start page's, built into \`index.html\`
(docs/architecture.md, "The built-in start page"): it is there as the page arrives, and a press
on it before the app has started is pressed again the moment it has (Exit this page and Shift
× 3 act at once). That is why the app is about as quick as a static page with the same text:
the ratio was 2.22–2.25 before the start page was built in, and 2.31–2.43 before the early
WebAssembly fetch. The app's own start (the \`app-started\` line) comes later, because the
browser parses the stylesheet and lays out the built-in page before the app's script runs; what
the reader sees comes sooner. Lighthouse's largest contentful paint is still the app's start
(the app's new nodes are painted again, the same size), so building the start page in did not
move Lighthouse's performance score.

**The answer step.** The timer starts at the Continue click (in the capture phase, before the
app sees it) and stops when the next page's heading is in the DOM; the painted figure waits for
the next animation frame as well, so it includes up to one frame the app does not spend. It
reads the browser's own clock: the walks set the page's clock to 2030 for the scenario dates,
and Playwright's clock, which then stands in for \`performance.now\`, counts whole milliseconds
(before 23 November 2026 the timer read that clock and stopped when the old heading left, and
under-reported). A CPU profile showed \`history.pushState\` as the largest single cost of a step
under automation, ahead of building the new page and removing the old one; a page change is now
recorded in history once the new page is on screen (\`ui::after_next_paint\`).

**Places.** The keystroke timer stops at a message-channel task queued after the input event,
once the app's updates are in the DOM, and after forcing style and layout. Not at a zero-delay
timeout: the browser clamps nested timeouts to 4 ms, which put a floor of about 4.2 ms under
every keystroke before 26 November 2026. The suggestions come from an index of every word start
of every name, built once, so a keystroke is one binary search; the open list is updated in
place. Resolving on the host rules out most names by the letters they share before measuring
their distance. The register's data is found in the shipped files by its header line: it must
be in the on-demand module only.

## What has been tried

- **The widget's first load** went from 458 KiB (one module) to 172.5 and then 117.2 KiB brotli
  on 26 November 2026: the configuration read without serde (\`src/embed/json.rs\`); the start
  page no longer pulling in the rules' sources table; the privacy notice, the accessibility
  statement and the inactivity timeout moved to the on-demand module; \`embed.js\` minified; a
  start-page stylesheet of its own (only the rules whose every class is in the start module;
  the whole stylesheet comes after, with the on-demand module, and an end-to-end test compares
  every computed style of the start page both ways); and between each module and its glue
  (\`scripts/wasm-glue.mjs\`), unused stream classes dropped, \`wasm-opt -Os\` (smaller than
  \`-Oz\` once compressed) and short import names (about 4 KiB). Then, the start-page module was
  about 29 KiB over the standalone shell: reading and checking the configuration about 12 KiB
  of it (measured by leaving it out), mounting into a shadow root most of the rest — the next
  place to look if the budget tightens.
- **Load**, measured before the start page was built in: a Leptos app that mounts one button,
  built and loaded the same way, took about 1.7 × the static page; mounting the start page with
  its header, toolbar and footer 12–15 ms more, over about 100 elements and V8 compiling about
  480 WebAssembly functions on first call. No better than noise (40–100 loads each): writing
  the app's script into the page, a smaller stylesheet, an \`async\` loader, Leptos without
  type-erased components (the shell 16 KB smaller, the on-demand module 150 KB larger).
  Hydrating the built-in page instead of replacing it (Leptos SSR at build time) is not done.
- **The answer step**: recording history once the new page is on screen took the median from
  about 14 to 7–9 ms (alternating runs, 23 November 2026). Issue 26 (point 2) then found each
  step still building a complete assessment, every sentence and citation, to find the next
  question.
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = JSON.parse(readFileSync(process.argv[2] ?? REPORT, 'utf8'));
  writeFileSync(PAGE, performancePage(report));
  console.log(`wrote ${path.relative(ROOT, PAGE)} from the report of ${report.measured_at}`);
}
