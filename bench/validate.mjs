// How long the data layer's validation takes in Node, without a browser: parseDataset (schema,
// unknown fields, references, reconciliations) on the official dataset and on the locator's
// 5,000-facility synthetic one. A guide for work on src/schema; the browser figures (validation
// inside the timed span of every render scenario) are `npm run bench`'s.
//
//   npm run build && node bench/validate.mjs   (BENCH_RUNS=20 for more runs)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { syntheticDataset } from './lib/synthetic.mjs';
import { summarize } from './lib/stats.mjs';

const dist = new URL('../dist/', import.meta.url);
const schema = await import(new URL('schema.js', dist).href);
const official = JSON.parse(readFileSync(fileURLToPath(new URL('cdn/seoul-wfp-2024-03.json', dist)), 'utf8'));
const runs = Number(process.env.BENCH_RUNS ?? 10);
const inputs = [
  ['official dataset', official],
  ['5,000 synthetic facilities', syntheticDataset(official, schema, 5000)],
];
console.log(`parseDataset, ${runs} runs after 2 warm-ups (Node ${process.version})\n`);
console.log('| input | median ms | IQR | min–max |\n|---|--:|--:|--:|');
for (const [name, input] of inputs) {
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const result = schema.parseDataset(input);
    const took = performance.now() - start;
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems.slice(0, 3))}`);
    if (i >= 2) times.push(took);
  }
  const s = summarize(times);
  console.log(`| ${name} | ${s.median.toFixed(1)} | ${s.q1.toFixed(1)}–${s.q3.toFixed(1)} | ${s.min.toFixed(1)}–${s.max.toFixed(1)} |`);
}
