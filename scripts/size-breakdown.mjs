// Where the bytes of an entry go: `node scripts/size-breakdown.mjs [entry]` (default src/cdn.ts)
// bundles it with esbuild (minified, code-split like the size check: what loads on use is left out)
// and lists the minified bytes per package and per component source file. A guide for size work;
// the CSS is not minified here (the Vite build's plugin does that), so styles read ~30 % high.
import * as esbuild from 'esbuild';
import { initialChunks } from './initial-chunks.mjs';

const entry = process.argv[2] ?? 'src/cdn.ts';
const result = await esbuild.build({
  entryPoints: [entry], bundle: true, minify: true, format: 'esm', splitting: true, outdir: 'size-breakdown', write: false, metafile: true, logLevel: 'silent',
  define: { __WFP_DATASET_PATH__: '"./seoul-wfp-2024-03.json"', __WFP_CDN__: entry === 'src/cdn.ts' ? 'true' : 'false' },
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
});
const groups = new Map();
for (const key of initialChunks(result.metafile, entry)) {
  for (const [input, { bytesInOutput }] of Object.entries(result.metafile.outputs[key].inputs)) {
    const group = input.startsWith('node_modules/')
      ? input.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+).*/, '$1')
      : input.startsWith('src/components/') ? input : input.split('/').slice(0, 2).join('/');
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  }
}
const total = [...groups.values()].reduce((a, b) => a + b, 0);
console.log(`${entry}: ${total} bytes minified (before gzip)`);
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`${String(bytes).padStart(8)}  ${group}`);
