// Size report and budget check on the built files (deterministic: bytes, not timings).
// - target: the budgets issue #8 asks for (CDN file ≤ 40 kB gzip; each component entry bundled
//   with Lit and the data layer ≤ 20 kB gzip). Not met yet: reported, not enforced.
// - ceiling: today's size plus a small margin. Enforced, so nothing grows unnoticed while the
//   targets are worked towards; lower it whenever a change makes the files smaller.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { initialChunks } from './initial-chunks.mjs';

const budget = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * What a page that imports this entry downloads: the entry bundled with Lit and its dependencies,
 * minified, plus every chunk it imports statically. Chunks behind `import()` (the validator, GeoJSON
 * boundaries) load only when used and are not counted — esbuild inlines them unless splitting is on.
 */
async function bundledEntry(file) {
  const result = await esbuild.build({
    entryPoints: [file], bundle: true, minify: true, format: 'esm', splitting: true, outdir: 'size-check', write: false, metafile: true, logLevel: 'silent',
  });
  const contents = new Map(result.outputFiles.map((out) => [out.path.slice(out.path.lastIndexOf('size-check/')), out.contents]));
  return Buffer.concat(initialChunks(result.metafile, file).map((name) => contents.get(name)));
}

const rows = [];
rows.push({ name: 'CDN file (all widgets)', bytes: gzip(readFileSync('dist/cdn/wfp-widgets.js')), target: budget.target.cdn, ceiling: budget.ceiling.cdn });
for (const entry of budget.entries) {
  rows.push({ name: `${entry} + Lit + data layer`, bytes: gzip(await bundledEntry(`dist/${entry}.js`)), target: budget.target.entry, ceiling: budget.ceiling.entries[entry] });
}
const dataset = gzip(readFileSync('dist/cdn/seoul-wfp-2024-03.json'));
const figures = gzip(readFileSync('dist/cdn/seoul-wfp-2024-03.figures.json'));

let failed = false;
console.log('\n| file (gzip -9) | size | target | ceiling |\n|---|---|---|---|');
for (const row of rows) {
  const overCeiling = row.bytes > row.ceiling * 1024;
  failed ||= overCeiling;
  const targetMark = row.bytes <= row.target * 1024 ? 'met' : `missed by ${kB(row.bytes - row.target * 1024)}`;
  console.log(`| ${row.name} | ${kB(row.bytes)} | ${row.target} kB (${targetMark}) | ${row.ceiling} kB${overCeiling ? ' **EXCEEDED**' : ''} |`);
}
console.log(`| official dataset (reported) | ${kB(dataset)} | — | — |`);
console.log(`| its figures file, all a page with only gauges and staffing tables loads (reported) | ${kB(figures)} | — | — |`);
if (failed) {
  console.error('\nSize ceiling exceeded: a change made the shipped files larger. See the table above.');
  process.exit(1);
}
