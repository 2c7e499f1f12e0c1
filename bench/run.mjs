#!/usr/bin/env node
// `npm run bench` (after `npm run build`): sizes and render times of our widgets and of the
// libraries a portal would otherwise pick, measured in the same run on the same machine.
//
//   BENCH_RUNS=10      measured runs per variant (each in a fresh page; at least 10 for the report)
//   BENCH_WARMUP=1     discarded warm-up runs per variant
//   BENCH_PROFILE=1    also record one profiled run of the scenarios behind missed targets
//   BENCH_SAMPLE=1     also write bench/results/sample.json + sample.md (the checked-in sample)
//   CHROME_PATH=…      the Chromium/Chrome to use (default: the system one)
//
// Prints Markdown to stdout, writes bench/results/<timestamp>.json (+ .md). Exits 1 if the
// deterministic assertion fails (one dataset request for 20 widgets) or a page breaks.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, launchBrowser, NEW_TAB_PER_RUN, openTab, runInNewTab, runPage } from './lib/browser.mjs';
import { describeMachine, loadAverage } from './lib/machine.mjs';
import { buildPages } from './lib/pages.mjs';
import { profileRun } from './lib/profile.mjs';
import { markdown } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { cdnBreakdown, measureSizes } from './lib/size.mjs';
import { ratio, summarize } from './lib/stats.mjs';
import { buildSyntheticDataset } from './lib/synthetic.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(REPO, 'node_modules/.cache/wfp-bench');
const RESULTS = join(REPO, 'bench/results');
const positive = (value, fallback) => (Number.isInteger(Number(value)) && Number(value) > 0 ? Number(value) : fallback);
const RUNS = positive(process.env.BENCH_RUNS, 10);
const WARMUP = Number.isInteger(Number(process.env.BENCH_WARMUP ?? 1)) ? Math.max(0, Number(process.env.BENCH_WARMUP ?? 1)) : 1;
const PROFILE = process.env.BENCH_PROFILE === '1';
const SAMPLE = process.env.BENCH_SAMPLE === '1';
const FACILITIES = 5000;

const OFFICIAL = '/dist/cdn/seoul-wfp-2024-03.json';
const SYNTHETIC = `/bench-data/synthetic-${FACILITIES}.json`;
const CSS = {
  tabulator: '/node_modules/tabulator-tables/dist/css/tabulator.min.css',
  gridjs: '/node_modules/gridjs/dist/theme/mermaid.min.css',
  leaflet: '/node_modules/leaflet/dist/leaflet.css',
};

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (message) => process.stderr.write(`[bench ${elapsed()}] ${message}\n`);

/** `versus`: how the report names an `ours-alt` variant's ratio to the group's `ours` one. */
const variant = (id, label, role, entry, { query = {}, data = OFFICIAL, css = [], versus = 'npm entry' } = {}) => ({ id, label, role, entry, query, data, css, versus });

/** Scenarios; within one, variants run interleaved (run i of each back to back) so drift hits all alike. */
const GROUPS = [
  {
    id: 'gauge-1',
    title: '1 gauge',
    variants: [
      variant('ours', 'ours: `<wfp-execution-gauge>` (npm entry)', 'ours', 'gauges-ours', { query: { n: 1 } }),
      variant('ours-cdn', 'ours: same, CDN file as shipped', 'ours-alt', 'gauges-ours-cdn', { query: { n: 1 } }),
      variant('echarts', 'ECharts gauge', 'peer', 'gauges-echarts', { query: { n: 1 } }),
      variant('chartjs', 'Chart.js half doughnut', 'peer', 'gauges-chartjs', { query: { n: 1 } }),
      variant('bare', 'bare Lit + d3-shape arc (lower bound)', 'lower-bound', 'gauges-bare', { query: { n: 1 } }),
    ],
  },
  {
    id: 'gauge-100',
    title: '100 gauges',
    variants: [
      variant('ours', 'ours: `<wfp-execution-gauge line=…>` × 100', 'ours', 'gauges-ours', { query: { n: 100 } }),
      variant('echarts', 'ECharts gauge × 100', 'peer', 'gauges-echarts', { query: { n: 100 } }),
      variant('chartjs', 'Chart.js half doughnut × 100', 'peer', 'gauges-chartjs', { query: { n: 100 } }),
      variant('bare', 'bare Lit + d3-shape arc × 100 (lower bound)', 'lower-bound', 'gauges-bare', { query: { n: 100 } }),
    ],
  },
  {
    id: 'staffing-table',
    title: 'staffing table¹',
    variants: [
      variant('ours', 'ours: `<wfp-staffing-table>`', 'ours', 'table-ours'),
      variant('tabulator', 'Tabulator, same rows + totals', 'peer', 'table-tabulator', { css: [CSS.tabulator] }),
      variant('gridjs', 'Grid.js, same rows + totals', 'peer', 'table-gridjs', { css: [CSS.gridjs] }),
    ],
  },
  {
    id: 'program-cards-65',
    title: '65 program cards',
    variants: [variant('ours', 'ours: `<wfp-program-card compact>` × 65', 'ours', 'cards-ours', { query: { n: 65 } })],
  },
  {
    id: 'program-list',
    title: 'program list, every program',
    variants: [
      variant('ours', 'ours: `<wfp-program-list full>` (full cards)', 'ours', 'list-ours'),
      variant('ours-compact', 'ours: `<wfp-program-list>` (compact cards)', 'ours-alt', 'list-ours', { query: { compact: 1 }, versus: 'full cards' }),
    ],
  },
  {
    id: 'locator-5000',
    title: `locator, ${FACILITIES.toLocaleString('en-US')} facilities²`,
    variants: [
      variant('ours', 'ours: `<wfp-facility-locator>` first render', 'ours', 'locator-ours', { data: SYNTHETIC }),
      variant('leaflet', `Leaflet + ${FACILITIES.toLocaleString('en-US')} circle markers, no tiles`, 'peer', 'locator-leaflet', { data: SYNTHETIC, css: [CSS.leaflet] }),
    ],
  },
  {
    id: 'locator-search',
    kind: 'search',
    title: `locator search, ${FACILITIES.toLocaleString('en-US')} facilities`,
    variants: [variant('ours', 'ours: search keystroke → paint', 'ours', 'locator-ours', { data: SYNTHETIC, query: { search: 1 } })],
  },
];

function pageUrl(origin, v, { profile = false, extra = {} } = {}) {
  const params = new URLSearchParams({ entry: `/${profile ? 'bench-build-profile' : 'bench-build'}/${v.entry}.js` });
  if (v.data) params.set('data', v.data);
  for (const href of v.css) params.append('css', href);
  for (const [key, value] of Object.entries({ ...v.query, ...extra })) params.set(key, String(value));
  return `${origin}/page.html?${params}`;
}

const median = (values) => summarize(values).median;

async function runGroup(context, origin, group) {
  // One tab per variant, warmed by the warm-up runs; each run is a fresh document in it.
  const tabs = new Map();
  if (!NEW_TAB_PER_RUN) for (const v of group.variants) tabs.set(v.id, await openTab(context));
  const samples = new Map(group.variants.map((v) => [v.id, { paint: [], ready: [], cold: [], work: [], latency: [], idle: [], added: [], perKey: [], perKeyCold: [], last: null }]));
  for (let run = -WARMUP; run < RUNS; run++) {
    // Rotate the order every run so no variant always follows the same neighbour.
    const order = group.variants.map((_, i) => group.variants[(i + Math.max(run, 0)) % group.variants.length]);
    for (const v of order) {
      const url = pageUrl(origin, v);
      const { result } = NEW_TAB_PER_RUN ? await runInNewTab(context, url) : await runPage(tabs.get(v.id), url);
      if (run < 0) continue;
      const s = samples.get(v.id);
      s.last = result;
      if (group.kind === 'search') {
        s.cold.push(median(result.cold));
        s.work.push(median(result.work));
        s.latency.push(median(result.latency));
        s.idle.push(median(result.idle));
        s.added.push(median(result.latency.map((value, i) => value - result.idle[i])));
        result.work.forEach((value, i) => (s.perKey[i] ??= []).push(value));
        result.cold.forEach((value, i) => (s.perKeyCold[i] ??= []).push(value));
      } else {
        s.paint.push(result.paint);
        s.ready.push(result.ready);
      }
    }
    if (run === RUNS - 1 || (run >= 0 && run % 5 === 4)) log(`${group.id}: ${run + 1}/${RUNS} runs`);
  }
  for (const tab of tabs.values()) await tab.page.close();
  const variants = group.variants.map((v) => {
    const s = samples.get(v.id);
    const base = { id: v.id, label: v.label, role: v.role, entry: v.entry, query: v.query, data: v.data, versus: v.versus };
    if (group.kind === 'search') {
      return {
        ...base,
        samples: { cold: s.cold, work: s.work, latency: s.latency, idle: s.idle, added: s.added },
        summary: { cold: summarize(s.cold), work: summarize(s.work), latency: summarize(s.latency), idle: summarize(s.idle), added: summarize(s.added) },
        typed: s.last.typed,
        /** Frame work of each keystroke (median over runs): which composition steps are slow. */
        perKeystrokeWork: s.perKey.map((values, i) => ({ value: s.last.typed[i], matches: s.last.matches[i], median: median(values), coldMedian: median(s.perKeyCold[i]) })),
        matches: s.last.matches,
        firstRender: s.last.first,
      };
    }
    return { ...base, samples: { paint: s.paint, ready: s.ready }, summary: { paint: summarize(s.paint), ready: summarize(s.ready) }, info: { widgets: s.last.widgets } };
  });
  const ratios = [];
  if (group.kind !== 'search') {
    for (const ours of variants.filter((v) => v.role.startsWith('ours'))) {
      for (const other of variants.filter((v) => v !== ours && (v.role === 'peer' || v.role === 'lower-bound' || (ours.role === 'ours-alt' && v.role === 'ours')))) {
        ratios.push({ ours: ours.id, peer: other.id, paint: ratio(ours.samples.paint, other.samples.paint), ready: ratio(ours.samples.ready, other.samples.ready) });
      }
    }
  }
  return { id: group.id, title: group.title, kind: group.kind ?? 'render', variants, ratios };
}

/** 20 widgets, no data given: the server must see exactly one request for the dataset. */
async function assertOneDatasetRequest(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    server.resetCounts();
    const { result } = await runInNewTab(context, `${server.origin}/page.html?${new URLSearchParams({ entry: '/bench-build/widgets-20.js' })}`);
    const requests = server.count(OFFICIAL);
    return { path: OFFICIAL, topLevel: result.topLevel, widgets: result.widgets, requests, ok: requests === 1 && result.topLevel === 20 };
  } finally {
    await context.close();
  }
}

const fmt = (value, digits = 1) => value.toFixed(digits);

function evaluateTargets(results) {
  const targets = [];
  const g100 = results.render.find((g) => g.id === 'gauge-100');
  const r = (peer) => g100.ratios.find((item) => item.ours === 'ours' && item.peer === peer);
  const paintOf = (id) => g100.variants.find((v) => v.id === id).summary.paint.median;
  for (const [peer, name, factor] of [
    ['chartjs', 'Chart.js', 4],
    ['echarts', 'ECharts', 6],
  ]) {
    const speedup = 1 / r(peer).paint.ofMedians;
    const readySpeedup = 1 / r(peer).ready.ofMedians;
    targets.push({
      id: `gauge-100-vs-${peer}`,
      target: `100 gauges ≥ ${factor}× faster than ${name}`,
      measured: `${fmt(speedup, 2)}× to paint (${fmt(paintOf('ours'))} vs ${fmt(paintOf(peer))} ms); ${fmt(readySpeedup, 2)}× to ready`,
      value: speedup,
      met: speedup >= factor,
      by: speedup >= factor ? `${fmt(speedup / factor, 2)}× the target` : `short by ${fmt(factor - speedup, 2)}×; ${fmt(factor / speedup, 2)}× more speed needed`,
    });
  }
  const bare = r('bare').paint.ofMedians;
  targets.push({
    id: 'gauge-100-vs-bare',
    target: '100 gauges within 1.3× of bare Lit + d3-shape arc',
    measured: `${fmt(bare, 2)}× the bare element to paint (${fmt(paintOf('ours'))} vs ${fmt(paintOf('bare'))} ms); ${fmt(r('bare').ready.ofMedians, 2)}× to ready`,
    value: bare,
    met: bare <= 1.3,
    by: bare <= 1.3 ? `${fmt((1.3 - bare) * 100, 0)} points of headroom` : `over by ${fmt((bare / 1.3 - 1) * 100, 0)}% (${fmt(bare, 2)}× vs 1.3×)`,
  });
  const size = (id) => results.size.rows.find((row) => row.id === id);
  const cdn = size('ours-cdn').gzip;
  const echarts = size('echarts-gauge').gzip;
  const limit = 40 * 1024;
  targets.push({
    id: 'cdn-gzip',
    target: 'CDN file ≤ 40 kB gzip (read as 40 KiB = 40,960 B)',
    measured: `${fmt(cdn / 1024)} KiB (${cdn.toLocaleString('en-US')} B)`,
    value: cdn,
    met: cdn <= limit,
    by: cdn <= limit ? `${fmt((limit - cdn) / 1024)} KiB to spare` : `over by ${fmt((cdn - limit) / 1024)} KiB (${fmt(cdn / limit, 2)}× the budget)`,
  });
  targets.push({
    id: 'cdn-vs-echarts',
    target: 'CDN file under a third of ECharts\' gauge (gzip)',
    measured: `${fmt(cdn / 1024)} vs ${fmt(echarts / 1024)} KiB = ${fmt((cdn / echarts) * 100, 0)}% (a third: ${fmt(echarts / 3 / 1024)} KiB)`,
    value: cdn / echarts,
    met: cdn < echarts / 3,
    by: cdn < echarts / 3 ? `${fmt((echarts / 3 - cdn) / 1024)} KiB to spare` : `over by ${fmt((cdn - echarts / 3) / 1024)} KiB`,
  });
  const search = results.render.find((g) => g.kind === 'search')?.variants[0].summary;
  if (search) {
    targets.push({
      id: 'search-double-raf',
      target: 'Locator search keystroke → paint ≤ 16 ms median, 5,000 facilities (double rAF)',
      measured: `${fmt(search.latency.median)} ms median (idle double-rAF baseline ${fmt(search.idle.median)} ms, so ${fmt(search.added.median)} ms added by the widget)`,
      value: search.latency.median,
      met: search.latency.median <= 16,
      by: search.latency.median <= 16 ? `${fmt(16 - search.latency.median)} ms to spare` : `over by ${fmt(search.latency.median - 16)} ms; a double rAF cannot measure under one frame interval (idle: ${fmt(search.idle.median)} ms)`,
    });
    targets.push({
      id: 'search-frame-work',
      target: 'Locator search: the keystroke\'s work fits one 16 ms frame (frame-aligned, median)',
      measured: `${fmt(search.work.median)} ms median (worst run ${fmt(search.work.max)} ms); first typing of the page ${fmt(search.cold.median)} ms`,
      value: search.work.median,
      met: search.work.median <= 16,
      by: search.work.median <= 16 ? `${fmt(16 - search.work.median)} ms to spare` : `over by ${fmt(search.work.median - 16)} ms`,
    });
  }
  const assertion = results.assertion;
  targets.push({
    id: 'one-request',
    target: 'Exactly one dataset request for a page with 20 widgets (asserted)',
    measured: `${assertion.requests} request(s), ${assertion.topLevel} widgets (+ nested: ${assertion.widgets})`,
    value: assertion.requests,
    met: assertion.ok,
  });
  return targets;
}

async function profileScenarios(browser, context, origin, results) {
  const missed = new Set(results.targets.filter((t) => !t.met).map((t) => t.id));
  const wanted = [];
  const gauge = GROUPS.find((g) => g.id === 'gauge-100');
  // The 100-gauge page of ours always, and the bare element beside it to compare where time goes.
  wanted.push({ title: '100 gauges — ours', v: gauge.variants[0] }, { title: '100 gauges — bare Lit + d3 arc', v: gauge.variants[3] });
  wanted.push({ title: '1 gauge — ours, CDN file', v: GROUPS.find((g) => g.id === 'gauge-1').variants[1] });
  if (missed.has('gauge-100-vs-chartjs') || missed.has('gauge-100-vs-echarts')) wanted.push({ title: '100 gauges — Chart.js', v: gauge.variants[2] });
  const search = GROUPS.find((g) => g.kind === 'search');
  wanted.push({ title: 'locator search, 12 keystrokes — ours', v: search.variants[0], gated: true });
  wanted.push({ title: 'locator first render, 5,000 facilities — ours', v: GROUPS.find((g) => g.id === 'locator-5000').variants[0] });
  // The slowest first render of ours: every program as a full card.
  wanted.push({ title: 'program list, every program as full cards — ours', v: GROUPS.find((g) => g.id === 'program-list').variants[0] });
  const profiles = [];
  for (const item of wanted) {
    log(`profiling ${item.title}`);
    const url = pageUrl(origin, item.v, { profile: true, extra: item.gated ? { gate: 1 } : {} });
    const profile = await profileRun({ browser, context, url, gated: item.gated, profileBuildDir: join(CACHE, 'pages-profile') });
    profiles.push({ title: item.title, scenario: item.v.entry, query: item.v.query, ...profile });
  }
  return profiles;
}

async function main() {
  if (!existsSync(join(REPO, 'dist/cdn/wfp-widgets.js'))) throw new Error('dist/ is missing: run `npm run build` first (or `npm run bench`, which builds).');
  if (RUNS < 10) log(`BENCH_RUNS=${RUNS}: fewer than the 10 runs the report asks for`);
  // A snapshot of dist/: a rebuild during the run cannot mix two builds. package.json goes beside
  // it so bundlers read the same `sideEffects` (element registration) as for the real package.
  const snapshot = join(CACHE, 'package');
  const distDir = join(snapshot, 'dist');
  rmSync(snapshot, { recursive: true, force: true });
  mkdirSync(snapshot, { recursive: true });
  cpSync(join(REPO, 'dist'), distDir, { recursive: true });
  cpSync(join(REPO, 'package.json'), join(snapshot, 'package.json'));

  log('sizes');
  const [rows, breakdown] = await Promise.all([measureSizes(REPO, distDir), cdnBreakdown(REPO, join(CACHE, 'cdn-breakdown'))]);

  log(`synthetic dataset (${FACILITIES} facilities) + page builds`);
  const { dataset, warnings } = await buildSyntheticDataset(join(distDir, 'cdn/seoul-wfp-2024-03.json'), pathToFileURL(join(distDir, 'schema.js')).href, FACILITIES);
  mkdirSync(join(CACHE, 'data'), { recursive: true });
  writeFileSync(join(CACHE, 'data', `synthetic-${FACILITIES}.json`), JSON.stringify(dataset));
  await buildPages(REPO, distDir, join(CACHE, 'pages'));
  if (PROFILE) await buildPages(REPO, distDir, join(CACHE, 'pages-profile'), { minify: false });

  const server = await startServer({
    '/bench-build-profile/': join(CACHE, 'pages-profile'),
    '/bench-build/': join(CACHE, 'pages'),
    '/bench-data/': join(CACHE, 'data'),
    '/dist/': distDir,
    '/node_modules/': join(REPO, 'node_modules'),
  });
  const { browser, context, version } = await launchBrowser();
  const results = {
    date: new Date().toISOString(),
    machine: describeMachine(version),
    config: { runs: RUNS, warmup: WARMUP, profile: PROFILE, facilities: FACILITIES, syntheticWarnings: warnings, chromiumArgs: CHROMIUM_ARGS, newTabPerRun: NEW_TAB_PER_RUN },
    size: { rows, cdnBreakdown: breakdown },
    render: [],
  };
  try {
    for (const group of GROUPS) {
      log(`${group.id}: ${group.variants.length} variant(s) × (${WARMUP} warm-up + ${RUNS})`);
      results.render.push(await runGroup(context, server.origin, group));
    }
    log('assertion: one dataset request for 20 widgets');
    results.assertion = await assertOneDatasetRequest(browser, server);
    results.targets = evaluateTargets(results);
    if (PROFILE) results.profiles = await profileScenarios(browser, context, server.origin, results);
  } finally {
    await browser.close();
    await server.close();
  }
  results.durationSeconds = (Date.now() - started) / 1000;
  results.machine.loadAverageAtEnd = loadAverage();
  const report = markdown(results);
  process.stdout.write(`${report}\n`);
  mkdirSync(RESULTS, { recursive: true });
  const stamp = results.date.replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS, `${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(RESULTS, `${stamp}.md`), report);
  if (SAMPLE) {
    writeFileSync(join(RESULTS, 'sample.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(RESULTS, 'sample.md'), report);
  }
  log(`wrote bench/results/${stamp}.json${SAMPLE ? ' and sample.json/.md' : ''}; total ${elapsed()}`);
  if (!results.assertion.ok) {
    process.stderr.write(`ASSERTION FAILED: ${results.assertion.requests} dataset request(s) for ${results.assertion.topLevel} widgets (expected exactly 1)\n`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
