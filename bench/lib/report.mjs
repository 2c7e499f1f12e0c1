// The Markdown printed to stdout and saved beside the JSON.
import { machineLine } from './machine.mjs';

const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const x = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
const kib = (bytes) => (bytes / 1024).toFixed(1);
const int = (value) => value.toLocaleString('en-US');

const spread = (s) => `${ms(s.median)} [${ms(s.q1)}–${ms(s.q3)}] (${ms(s.min)}–${ms(s.max)})`;

export function sizeTable(rows) {
  const lines = ['| bundle | what | raw KiB | gzip -9 KiB | brotli 11 KiB |', '|---|---|--:|--:|--:|'];
  for (const row of rows) lines.push(`| ${row.label} | ${row.note} | ${kib(row.raw)} | ${kib(row.gzip)} | ${kib(row.brotli)} |`);
  return lines.join('\n');
}

export function breakdownTable(breakdown, limit = 16) {
  const lines = [
    `esbuild rebuild of src/cdn.ts (same settings as above, no literal minification): ${kib(breakdown.total.raw)} KiB raw, ${kib(breakdown.total.gzip)} KiB gzip. Lazy chunk not counted: ${breakdown.lazy.map((item) => `${item.file.split('/').pop()} ${kib(item.raw)} KiB raw`).join(', ') || 'none'}.`,
    '',
    '| package / source directory | raw KiB | share | ≈ gzip KiB |',
    '|---|--:|--:|--:|',
  ];
  const shown = breakdown.rows.filter((row) => row.raw > 0);
  for (const row of shown.slice(0, limit)) lines.push(`| ${row.group} | ${kib(row.raw)} | ${(row.share * 100).toFixed(1)}% | ${kib(row.gzipEstimate)} |`);
  const rest = shown.slice(limit);
  if (rest.length) {
    const raw = rest.reduce((a, r) => a + r.raw, 0);
    const gz = rest.reduce((a, r) => a + r.gzipEstimate, 0);
    lines.push(`| ${rest.length} more (${rest.map((r) => r.group).join(', ')}) | ${kib(raw)} | ${((raw / breakdown.rows.reduce((a, r) => a + r.raw, 0)) * 100).toFixed(1)}% | ${kib(gz)} |`);
  }
  return lines.join('\n');
}

export function renderTable(groups) {
  const lines = [
    '| scenario | variant | to paint, ms: median [IQR] (min–max) | to ready, ms median | ours ÷ this, paint (per-run IQR) | ours ÷ this, ready |',
    '|---|---|--:|--:|--:|--:|',
  ];
  for (const group of groups.filter((g) => g.kind !== 'search')) {
    const ours = group.variants.find((v) => v.role === 'ours');
    group.variants.forEach((variant, index) => {
      const ratio = group.ratios.find((r) => r.ours === ours.id && r.peer === variant.id);
      const alt = variant.role === 'ours-alt' ? group.ratios.find((r) => r.ours === variant.id && r.peer === ours.id) : null;
      let paintRatio = '—';
      let readyRatio = '—';
      if (ratio) {
        paintRatio = `${x(ratio.paint.ofMedians)} (${x(ratio.paint.perRun.q1)}–${x(ratio.paint.perRun.q3)})`;
        readyRatio = x(ratio.ready.ofMedians);
      } else if (alt) {
        paintRatio = `this ÷ ${variant.versus ?? 'npm entry'}: ${x(alt.paint.ofMedians)}`;
        readyRatio = x(alt.ready.ofMedians);
      }
      lines.push(`| ${index === 0 ? group.title : ''} | ${variant.label} | ${spread(variant.summary.paint)} | ${ms(variant.summary.ready.median)} | ${paintRatio} | ${readyRatio} |`);
    });
  }
  return lines.join('\n');
}

export function searchTable(group) {
  const s = group.variants[0].summary;
  const lines = [
    '| keystroke → paint, 5,000 facilities (12 keystrokes per typing; medians of the run medians) | median ms | IQR | min–max |',
    '|---|--:|--:|--:|',
    ['frame work: keystroke at frame start → that frame painted (script + style + layout + paint); second typing of the page', s.work],
    ['frame work, first typing of the page (code still cold)', s.cold],
    ['double rAF: keystroke (random point in a frame) → second requestAnimationFrame (third typing)', s.latency],
    ['idle baseline: the same double rAF with no widget work', s.idle],
    ['double rAF minus idle baseline (per run)', s.added],
  ]
    .map((row) => (Array.isArray(row) ? `| ${row[0]} | ${ms(row[1].median)} | ${ms(row[1].q1)}–${ms(row[1].q3)} | ${ms(row[1].min)}–${ms(row[1].max)} |` : row))
    .join('\n');
  return lines;
}

export function targetsTable(targets) {
  const lines = ['| target | measured | status |', '|---|---|---|'];
  for (const t of targets) lines.push(`| ${t.target} | ${t.measured} | ${t.met ? '**met**' : '**missed**'}${t.by ? ` (${t.by})` : ''} |`);
  return lines.join('\n');
}

export function profileSection(profiles) {
  if (!profiles?.length) return '';
  const parts = [
    '## Profiles (BENCH_PROFILE=1, one unminified run each, built from src/)',
    '',
    'Main-thread self time from a Chromium trace, and JS self time from the V8 sampling profiler, both cut to the page\'s bench-start…bench-end marks. Native calls appear under their own name: `getBoundingClientRect` is the harness forcing layout (so: layout time), `importNode` is Lit cloning templates; `(program)` is the engine outside JS.',
    '',
  ];
  for (const p of profiles) {
    const c = p.trace.categories;
    parts.push(
      `**${p.title}** — window ${ms(p.trace.windowMs)} ms; main thread: script ${ms(c.script)}, style ${ms(c.style)}, layout ${ms(c.layout)}, paint ${ms(c.paint)}, GC ${ms(c.gc)}, other ${ms(c.other)} ms.`,
      '',
      `Top trace events: ${p.trace.topEvents.slice(0, 6).map((e) => `${e.name} ${ms(e.ms)}`).join(', ')}.`,
      '',
      `Top modules (JS self time): ${p.cpu.modules.slice(0, 6).map((m) => `${m.name} ${ms(m.ms)}`).join(', ')}.`,
      '',
      `Top functions: ${p.cpu.functions.slice(0, 8).map((f) => `${f.name} ${ms(f.ms)}`).join('; ')}.`,
      '',
    );
  }
  return parts.join('\n');
}

export function markdown(results) {
  const search = results.render.find((g) => g.kind === 'search');
  const parts = [
    `# seoul-wfp-widgets benchmark — ${results.date}`,
    '',
    `Machine: ${machineLine(results.machine)}.`,
    `Runs: ${results.config.runs} measured + ${results.config.warmup} warm-up per variant, each in a fresh page, variants interleaved; total bench time ${results.durationSeconds.toFixed(0)} s.`,
    '',
    '## Size',
    '',
    sizeTable(results.size.rows),
    '',
    '### What takes the space in the CDN file',
    '',
    breakdownTable(results.size.cdnBreakdown),
    '',
    '## Render',
    '',
    'Clock: from the start of script evaluation (the page\'s first module; download and top-level parse excluded) to **paint** = the second requestAnimationFrame after everything rendered, and to **ready** = everything rendered and laid out (style + layout forced synchronously, no frame wait). Each page first fetches and parses its JSON (not timed) and hands the same object to ours (`.dataset`, validated once inside the timed span — the real cost of our data layer) and to the peers (values derived from it). Ratios below 1 mean ours is faster.',
    '',
    renderTable(results.render),
    '',
  ];
  if (search) {
    const keys = search.variants[0].perKeystrokeWork;
    parts.push(
      '### Locator search',
      '',
      searchTable(search),
      '',
      'Frame work per keystroke, ms (median over runs; matches in brackets; “∅” = field cleared):',
      '',
      `| typing | ${keys.map((k) => `${k.value || '∅'} (${k.matches})`).join(' | ')} |`,
      `|---|${keys.map(() => '--:').join('|')}|`,
      `| first (cold) | ${keys.map((k) => ms(k.coldMedian)).join(' | ')} |`,
      `| second (warm) | ${keys.map((k) => ms(k.median)).join(' | ')} |`,
      '',
    );
  }
  parts.push(
    '## Targets',
    '',
    targetsTable(results.targets),
    '',
    `## Assertion: one dataset request for 20 widgets`,
    '',
    `${results.assertion.widgets} widgets (${results.assertion.topLevel} top-level, nested included) from the CDN file, no data given: **${results.assertion.requests}** request(s) for ${results.assertion.path} — ${results.assertion.ok ? 'OK' : 'FAILED'}.`,
    '',
  );
  const profile = profileSection(results.profiles);
  if (profile) parts.push(profile);
  const facilities = results.config.facilities.toLocaleString('en-US');
  parts.push(
    '',
    '¹ Our table takes no generic rows, so the 250-row comparison is replaced by the staffing table (7 units × total + 4 job types, totals row, sortable) against Tabulator and Grid.js drawing the same rows and totals.',
    `² Leaflet draws only markers; ours draws the tile map, filters, the first 50 results and the citywide totals. Both get the same ${facilities} synthetic facilities (schema-valid, seed-generated).`,
    '',
  );
  return parts.join('\n');
}

export { int };
