// BENCH_PROFILE=1: records one run of a scenario with Chromium's tracing (where main-thread time
// goes: script, style, layout, paint, GC) and the V8 sampling profiler over CDP (which functions
// and modules the script time is spent in), both cut to the page's bench-start…bench-end marks.
// Pages are then built unminified from src/ so functions and modules keep their names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTab, runPage } from './browser.mjs';

const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'v8.execute'];

const CATEGORY_OF = [
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateLayout|ScheduleStyleRecalculation|StyleInvalidatorInvalidationTracking)$/, 'style'],
  [/^(Layout|UpdateLayout|LayoutShift|IntersectionObserverController::computeIntersections|ResizeObserver.*)$/, 'layout'],
  [/^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintImage|Decode.*|Rasterize.*|RasterTask)$/, 'paint'],
  [/(GC|gc|Gc)/, 'gc'],
  [/^(EvaluateScript|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\..*|V8\..*|ParseHTML|XHRLoad|ResourceReceivedData|.*Compile.*|.*compile.*)$/, 'script'],
];

const categoryOf = (name) => CATEGORY_OF.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';

/** Self time per trace event name on the busiest renderer main thread, within [start, end] µs. */
function summarizeTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && (e.name === 'bench-start' || e.name === 'bench-end')).sort((a, b) => a.ts - b.ts);
  const end = marks.filter((e) => e.name === 'bench-end').at(-1);
  const start = marks.filter((e) => e.name === 'bench-start' && (!end || e.ts <= end.ts)).at(-1);
  const window = { start: start?.ts ?? -Infinity, end: end?.ts ?? Infinity };
  const byThread = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || typeof event.dur !== 'number') continue;
    const key = `${event.pid}:${event.tid}`;
    if (!mainThreads.has(key)) continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(event);
  }
  // The page's main thread is the one with the most work inside the window.
  let best = { total: -1 };
  for (const [thread, list] of byThread) {
    const selfByName = new Map();
    const sorted = list.filter((e) => e.ts + e.dur > window.start && e.ts < window.end).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const stack = [];
    const clip = (e) => Math.max(0, Math.min(e.ts + e.dur, window.end) - Math.max(e.ts, window.start));
    for (const event of sorted) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
      const parent = stack.at(-1);
      const own = clip(event);
      selfByName.set(event.name, (selfByName.get(event.name) ?? 0) + own);
      if (parent) selfByName.set(parent.name, (selfByName.get(parent.name) ?? 0) - own);
      stack.push(event);
    }
    const total = [...selfByName.values()].reduce((a, b) => a + b, 0);
    if (total > best.total) best = { thread, total, selfByName };
  }
  const categories = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
  const names = [];
  for (const [name, micros] of best.selfByName ?? []) {
    categories[categoryOf(name)] += micros / 1000;
    names.push({ name, category: categoryOf(name), ms: micros / 1000 });
  }
  names.sort((a, b) => b.ms - a.ms);
  const windowMs = Number.isFinite(window.end - window.start) ? (window.end - window.start) / 1000 : null;
  return { windowMs, window, categories, topEvents: names.slice(0, 12) };
}

/** Module of a line in an unminified esbuild bundle: the `// path` comment above each module. */
function moduleIndex(bundleText) {
  const index = [];
  bundleText.split('\n').forEach((line, number) => {
    const match = /^\/\/ ((?:node_modules|src|bench|\.\.)\/\S+)$/.exec(line);
    if (match) index.push({ line: number, module: match[1].replace(/^.*node_modules\//, 'node_modules/') });
  });
  return (line) => {
    let found = '(bundle)';
    for (const entry of index) {
      if (entry.line > line) break;
      found = entry.module;
    }
    return found;
  };
}

/** Self time per function and per module from a CDP profile, within the trace window. */
function summarizeCpuProfile(profile, window, bundles) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    const next = profile.timeDeltas[i + 1] ?? 0;
    if (time < window.start || time > window.end) continue;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + next);
  }
  const functions = new Map();
  const modules = new Map();
  for (const [id, micros] of self) {
    const { callFrame } = nodes.get(id);
    const path = callFrame.url ? new URL(callFrame.url).pathname : '';
    const bundle = bundles.get(path);
    const module = bundle ? bundle(callFrame.lineNumber) : path || callFrame.functionName || '(native)';
    const name = `${callFrame.functionName || '(anonymous)'} — ${module}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
    modules.set(module, (modules.get(module) ?? 0) + micros);
  }
  const top = (map, count) =>
    [...map.entries()]
      .map(([name, micros]) => ({ name, ms: micros / 1000 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, count);
  return { functions: top(functions, 15), modules: top(modules, 12) };
}

/**
 * Profiles one run of `url` in a fresh tab, after one unrecorded warm-up run (as the measured runs
 * have). `gated` pages wait for `__benchContinue()` so recording starts after the first render.
 */
export async function profileRun({ browser, context, url, gated, profileBuildDir }) {
  const tab = await openTab(context);
  try {
    await runPage(tab, url.replace('gate=1', 'gate=0'));
    const session = await tab.page.context().newCDPSession(tab.page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    const start = async () => {
      await browser.startTracing(tab.page, { categories: TRACE_CATEGORIES });
      await session.send('Profiler.start');
    };
    let recorded;
    const stop = async () => {
      const { profile } = await session.send('Profiler.stop');
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
      recorded = { profile, trace };
    };
    if (!gated) await start();
    await runPage(tab, url, {
      whileRunning: async (page) => {
        if (gated) {
          await page.waitForFunction(() => typeof globalThis.__benchContinue === 'function', null, { polling: 50, timeout: 120_000 });
          await start();
          await page.evaluate(() => globalThis.__benchContinue());
        }
        await page.evaluate(() => globalThis.__benchDone);
        await stop();
      },
    });
    const bundles = new Map();
    const entry = new URL(url).searchParams.get('entry');
    if (entry) bundles.set(entry, moduleIndex(readFileSync(join(profileBuildDir, entry.split('/').pop()), 'utf8')));
    const trace = summarizeTrace(recorded.trace);
    const cpu = summarizeCpuProfile(recorded.profile, trace.window, bundles);
    return { trace: { windowMs: trace.windowMs, categories: trace.categories, topEvents: trace.topEvents }, cpu };
  } finally {
    await tab.page.close();
  }
}
