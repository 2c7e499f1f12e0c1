// `npm run build`: the npm build, the single-file CDN build, type declarations, the dataset and
// its JSON Schema beside the code, the custom-elements manifest, and a size / SRI report.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { OFFICIAL_DATASET_FILE as DATASET, FIGURES_DATASET_FILE as FIGURES, shippedDatasetBytes, shippedFiguresBytes } from './official-dataset.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'cdn-validator', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'cdn-boundaries', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'cdn-en', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'cdn-json-syntax', '--logLevel', 'warn']);
// Vite leaves whitespace and module-path comments in ES-format library output (it would strip the
// pure annotations bundlers need). The CDN files are final — nobody bundles them again — so they are
// minified fully here, with terser: two compress passes save 1.3 kB gzip over esbuild's single pass
// on wfp-widgets.js (measured on 2026-11-25), for every citizen's phone. hoist_funs (off by default:
// it can cost bytes elsewhere; it only moves function declarations, which JavaScript hoists anyway)
// saves 0.24 kB more here (2026-12-07). The unsafe_* and pure_getters options, which would save a
// little more, assume things about the code (no `new` on a function expression, getters without
// side effects) that nobody checks, so they stay off.
for (const name of readdirSync('dist/cdn').filter((file) => file.endsWith('.js'))) {
  const file = `dist/cdn/${name}`;
  const { code } = await minify(readFileSync(file, 'utf8'), { module: true, ecma: 2022, compress: { passes: 2, hoist_funs: true }, format: { comments: false } });
  writeFileSync(file, code);
}
run('npx', ['tsc', '-p', 'tsconfig.build.json']);

// The dataset ships minified beside both builds (the repo keeps it readable); vite.config.ts compiled
// the digest of exactly these bytes into the code.
const dataset = shippedDatasetBytes();
const figures = shippedFiguresBytes();
for (const dir of ['dist', 'dist/cdn']) {
  writeFileSync(`${dir}/${DATASET}`, dataset);
  writeFileSync(`${dir}/${FIGURES}`, figures);
}

run('node', ['--import', 'tsx', 'scripts/write-json-schema.ts', 'dist/wfp-dataset.schema.json']);
run('npm', ['run', '--silent', 'analyze']);

const cdn = readFileSync('dist/cdn/wfp-widgets.js');
const sri = `sha384-${createHash('sha384').update(cdn).digest('base64')}`;
writeFileSync('dist/cdn/wfp-widgets.js.sri', `${sri}\n`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
console.log(`\nCDN file   dist/cdn/wfp-widgets.js  ${kb(cdn.length)} raw, ${kb(gzipSync(cdn, { level: 9 }).length)} gzip`);
console.log(`Dataset    dist/cdn/${DATASET}  ${kb(dataset.length)} raw, ${kb(gzipSync(dataset, { level: 9 }).length)} gzip`);
console.log(`Figures    dist/cdn/${FIGURES}  ${kb(figures.length)} raw, ${kb(gzipSync(figures, { level: 9 }).length)} gzip (what a page with only gauges and staffing tables loads)`);
console.log(`SRI        ${sri}`);
console.log(`Embed      <script type="module" src="https://cdn.jsdelivr.net/npm/seoul-wfp-widgets@${version}/dist/cdn/wfp-widgets.js" integrity="${sri}" crossorigin="anonymous"></script>`);

// The files the CDN file imports on use (the validator, GeoJSON boundaries, English words, the JSON
// syntax checker) are not covered by the script tag's integrity attribute; an import map's
// "integrity" section covers them in browsers that support it. Written out so a webmaster can paste
// it (see SECURITY.md).
const base = `https://cdn.jsdelivr.net/npm/seoul-wfp-widgets@${version}/dist/cdn/`;
const lazy = readdirSync('dist/cdn').filter((name) => name.endsWith('.js') && name !== 'wfp-widgets.js').sort();
const integrity = Object.fromEntries(lazy.map((name) => [`${base}${name}`, `sha384-${createHash('sha384').update(readFileSync(`dist/cdn/${name}`)).digest('base64')}`]));
const importMap = `<script type="importmap">${JSON.stringify({ integrity })}</script>`;
writeFileSync('dist/cdn/importmap-integrity.html', `${importMap}\n`);
console.log(`Lazy files ${lazy.map((name) => `${name} ${kb(gzipSync(readFileSync(`dist/cdn/${name}`), { level: 9 }).length)} gzip`).join(', ')} (import map with their hashes: dist/cdn/importmap-integrity.html)`);
if (!existsSync('dist/custom-elements.json')) throw new Error('custom-elements.json was not written');
mkdirSync('dist', { recursive: true });
