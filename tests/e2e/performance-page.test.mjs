// docs/performance.md is written by `make bench` from its report (scripts/performance-page.mjs):
// each budget's verdict follows from the figure and the limit in the report, the page carries
// the date and the machine the figures come from, and a figure that was not measured says so.
// No build or browser needed: the report here is made up, and only the verdicts it implies are
// checked.
import assert from 'node:assert/strict';
import test from 'node:test';
import { performancePage } from '../../scripts/performance-page.mjs';

const KIB = 1024;
const part = (brotli, files = []) => ({ files, raw: brotli * 4, gzip: brotli * 2, brotli });
const timing = (median_ms, p95_ms) => ({ median_ms, p95_ms });

/** A report as scripts/bench.mjs writes it, with `change` applied. */
function report(change = (r) => r) {
  return change({
    measured_at: '2026-12-08T01:23:45.000Z',
    machine: { cores: 2, cpu: 'Test CPU', memory_gib: 8, os: 'Test OS', node: 'v24.0.0', chromium: '1.0', load_average: { before: 1.5, after: 1.75 } },
    budgets: { firstLoadBrotli: 150 * KIB, widgetFirstLoadBrotli: 120 * KIB, loadRatio: 2 },
    sizes: {
      files: [{ file: 'index.html', ...part(3 * KIB) }, { file: 'app_bg.wasm', ...part(90 * KIB) }],
      first_load: part(93 * KIB, ['index.html', 'app_bg.wasm']),
      on_demand: part(0, []),
    },
    widget: { first_load: part(100 * KIB, []), on_demand: part(300 * KIB, []) },
    load: { app: { loads: 40, ...timing(90, 200) }, static: timing(80, 120), ratio_median: 1.13, app_started: timing(200, 350) },
    steps: { steps: 320, rendered: timing(2, 3.5), painted: timing(10, 20), goal_p95_ms: 4 },
    lighthouse: { performance: 95 },
    rules: { cases: 1000, seconds: 1.5 },
    places: { error: 'not built' },
  });
}

/** The verdict column of the budget row that starts with `label`. */
function verdict(page, label) {
  const row = page.split('\n').find((line) => line.startsWith(`| ${label}`));
  assert.ok(row, `a budget row "${label}"`);
  return row.split('|').at(-2).trim();
}

test('each budget is met or over as its figure and limit say', () => {
  const within = performancePage(report());
  assert.equal(verdict(within, 'Standalone first load'), 'met');
  assert.equal(verdict(within, 'Widget first load'), 'met');
  assert.equal(verdict(within, 'Answer click'), 'met');
  assert.equal(verdict(within, 'First interactive control'), 'met');

  const over = performancePage(report((r) => {
    r.sizes.first_load.brotli = 151 * KIB;
    r.widget.first_load.brotli = 121 * KIB;
    r.steps.rendered.p95_ms = 4.5;
    r.load.ratio_median = 2.2;
    return r;
  }));
  assert.equal(verdict(over, 'Standalone first load'), '**over**');
  assert.equal(verdict(over, 'Widget first load'), '**over**');
  assert.equal(verdict(over, 'Answer click'), '**over**');
  assert.equal(verdict(over, 'First interactive control'), '**over**');
  assert.match(over, /\| 4\.5 ms \| \*\*over\*\* \|/, 'the figure measured is shown beside its verdict');
});

test('what was not measured says so, and is never "met"', () => {
  const page = performancePage(report((r) => ({ ...r, widget: { error: 'no pkg/' } })));
  assert.equal(verdict(page, 'Widget first load'), 'not measured');
  assert.equal(verdict(page, 'Places'), 'not measured');
  assert.match(page, /not measured: not built/);
});

test('the page says when and on what machine the figures were measured', () => {
  const quiet = performancePage(report());
  assert.match(quiet, /Measured on \*\*8 December 2026, 01:23 UTC\*\*/);
  assert.match(quiet, /- 2 cores \(Test CPU\), 8 GiB of memory, Test OS/);
  assert.match(quiet, /load average over the last minute: 1\.5 as the timings began, 1\.75 when they ended\n/);
  const busy = performancePage(report((r) => ({ ...r, machine: { ...r.machine, load_average: { before: 1.5, after: 3.25 } } })));
  assert.match(busy, /3\.25 when they ended \(above 2: other work was waiting for the cores\)/);
});
