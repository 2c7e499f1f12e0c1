// Where the bytes of a bundle go: `node scripts/size-breakdown.mjs [entry]` (default src/cdn.ts)
// bundles the entry with esbuild (minified, code-split like the size check: chunks behind import()
// are left out) and lists minified bytes per package and per source file. A guide for size work;
// the CSS here is not yet minified (the Vite build's plugin does that), so styles read ~30 % high.
import * as esbuild from 'esbuild';
const entry = process.argv[2] ?? 'src/cdn.ts';
const r = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, metafile: true, splitting: true, logLevel: 'silent', define: { __WFP_DATASET_PATH__: '"./x.json"' }, tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } }, outdir: 'bo' });
const outputs = r.metafile.outputs;
const e = Object.keys(outputs).find((n) => outputs[n].entryPoint);
const seen = new Set();
const visit = (n) => { if (seen.has(n)) return; seen.add(n); for (const i of outputs[n].imports) if (i.kind === 'import-statement') visit(i.path); };
visit(e);
const groups = {};
let total = 0;
for (const n of seen) for (const [file, info] of Object.entries(outputs[n].inputs)) {
  let g = file.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+).*/, '$1');
  if (g.startsWith('src/')) g = file.split('/').length > 3 && file.includes('components') ? file : file.split('/').slice(0, 2).join('/');
  groups[g] = (groups[g] ?? 0) + info.bytesInOutput; total += info.bytesInOutput;
}
console.log('total min', total);
for (const [g, b] of Object.entries(groups).sort((a, b) => b[1] - a[1])) console.log(String(b).padStart(7), g);
