// Bundle sizes: peers' minimal equivalent usages and our entries, built with the same esbuild
// settings (bundle, minify, tree-shaking, ESM, browser, es2022, no legal comments), plus the CDN file
// and the dataset as shipped. Each measured raw, gzip -9 and brotli quality 11.
import { build, transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { initialChunks } from '../../scripts/initial-chunks.mjs';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export const ESBUILD_SETTINGS = {
  bundle: true,
  minify: true,
  treeShaking: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'silent',
};

/** Raw, gzip -9 and brotli quality 11 bytes (compressed on libuv's thread pool, so rows run in parallel). */
export async function measureBytes(bytes) {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  const [gzipped, brotlied] = await Promise.all([
    gzipAsync(buffer, { level: 9 }),
    brotliAsync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }),
  ]);
  return { raw: buffer.length, gzip: gzipped.length, brotli: brotlied.length };
}

/** The entry bundled, counting what loads up front: chunks behind import() load on use (see initialChunks). */
async function bundleSize(entry) {
  const result = await build({ ...ESBUILD_SETTINGS, entryPoints: [entry], write: false, outdir: 'out', splitting: true, metafile: true });
  const contents = new Map(result.outputFiles.map((file) => [file.path.slice(file.path.lastIndexOf('out/')), file.contents]));
  return measureBytes(Buffer.concat(initialChunks(result.metafile, relative(process.cwd(), entry)).map((key) => contents.get(key))));
}

async function cssSize(file) {
  const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'css', minify: true, legalComments: 'none' });
  return measureBytes(code);
}

/** Rows of the size table: { id, group, label, note, raw, gzip, brotli }. Ours are read from the dist/ snapshot. */
export async function measureSizes(repo, distDir) {
  const at = (path) => join(repo, path);
  const dist = (path) => join(distDir, path);
  const pending = [];
  const add = (id, group, label, note, sizes) => pending.push(Promise.resolve(sizes).then((measured) => ({ id, group, label, note, ...measured })));

  add('echarts-gauge', 'peer', 'ECharts gauge', 'echarts/core + GaugeChart + CanvasRenderer (bench/peers/echarts-gauge.js)', bundleSize(at('bench/peers/echarts-gauge.js')));
  add('chartjs-doughnut', 'peer', 'Chart.js doughnut', 'Chart + DoughnutController + ArcElement (bench/peers/chartjs-gauge.js)', bundleSize(at('bench/peers/chartjs-gauge.js')));
  add('tabulator', 'peer', 'Tabulator', 'core + Format, Sort, ColumnCalcs, Download modules (bench/peers/tabulator-table.js)', bundleSize(at('bench/peers/tabulator-table.js')));
  add('tabulator-css', 'peer-css', 'Tabulator CSS', 'tabulator.min.css, needed to render', cssSize(at('node_modules/tabulator-tables/dist/css/tabulator.min.css')));
  add('gridjs', 'peer', 'Grid.js', 'Grid with sort (bench/peers/gridjs-table.js)', bundleSize(at('bench/peers/gridjs-table.js')));
  add('gridjs-css', 'peer-css', 'Grid.js CSS', 'theme/mermaid.min.css, needed to render', cssSize(at('node_modules/gridjs/dist/theme/mermaid.min.css')));
  add('leaflet', 'peer', 'Leaflet + markers', 'map + circleMarker + tooltip, no tiles (bench/peers/leaflet-markers.js)', bundleSize(at('bench/peers/leaflet-markers.js')));
  add('leaflet-css', 'peer-css', 'Leaflet CSS', 'leaflet.css, needed to render', cssSize(at('node_modules/leaflet/dist/leaflet.css')));
  add('bare-arc', 'lower-bound', 'bare Lit + d3-shape arc', 'lower bound (bench/peers/bare-arc.ts)', bundleSize(at('bench/peers/bare-arc.ts')));

  const entries = [
    ['execution-gauge', '<wfp-execution-gauge>'],
    ['staffing-table', '<wfp-staffing-table>'],
    ['program-card', '<wfp-program-card>'],
    ['program-list', '<wfp-program-list> (+ cards)'],
    ['facility-locator', '<wfp-facility-locator>'],
    ['wfp-data', '<wfp-data>'],
    ['index', 'all elements + API (dist/index.js)'],
  ];
  for (const [entry, label] of entries) {
    add(`ours-${entry}`, 'ours', label, `dist/${entry}.js bundled with Lit and its dependencies, CSS included; files it imports on use not counted`, bundleSize(dist(`${entry}.js`)));
  }
  add('ours-cdn', 'ours', 'CDN file as shipped', 'dist/cdn/wfp-widgets.js (Vite build, CSS literals minified; the lazily imported validator and boundaries files not counted)', measureBytes(readFileSync(dist('cdn/wfp-widgets.js'))));
  add('dataset', 'data', 'official dataset', 'dist/cdn/seoul-wfp-2024-03.json (minified JSON)', measureBytes(readFileSync(dist('cdn/seoul-wfp-2024-03.json'))));
  return Promise.all(pending); // in the order added
}

/** Groups an input path of the metafile: a package, a source directory, or the entry. */
function groupOf(input) {
  const modules = input.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = input.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const parts = input.split('/');
  if (parts[0] !== 'src') return input;
  if (parts[1] === 'components') return parts.length > 3 ? `src/components/${parts[2]}` : 'src/components';
  return parts.length > 2 ? `src/${parts[1]}` : 'src (entry files)';
}

/**
 * What takes the space in the CDN file: src/cdn.ts rebuilt with esbuild (same settings, code
 * splitting so the lazily imported boundaries code stays out, as in the shipped file) and a
 * metafile. Bytes per package or source directory are exact for the minified output; gzip per
 * group is that group's share of the whole file's gzip size (gzip does not split exactly).
 */
export async function cdnBreakdown(repo, outdir) {
  const result = await build({
    ...ESBUILD_SETTINGS,
    absWorkingDir: repo,
    entryPoints: ['src/cdn.ts'],
    tsconfig: 'tsconfig.json',
    define: { __WFP_DATASET_PATH__: JSON.stringify('./seoul-wfp-2024-03.json'), __WFP_CDN__: 'true' },
    splitting: true,
    outdir,
    metafile: true,
    write: true,
  });
  const outputs = result.metafile.outputs;
  // The entry and every chunk it imports statically: what a page loads up front.
  const initial = new Set(initialChunks(result.metafile, 'src/cdn.ts'));
  const groups = new Map();
  let total = Buffer.alloc(0);
  for (const key of initial) {
    total = Buffer.concat([total, readFileSync(join(repo, key))]);
    for (const [input, { bytesInOutput }] of Object.entries(outputs[key].inputs)) {
      groups.set(groupOf(input), (groups.get(groupOf(input)) ?? 0) + bytesInOutput);
    }
  }
  const size = await measureBytes(total);
  const attributed = [...groups.values()].reduce((a, b) => a + b, 0);
  const rows = [...groups.entries()]
    .map(([group, raw]) => ({ group, raw, share: raw / attributed, gzipEstimate: Math.round((raw / attributed) * size.gzip) }))
    .sort((a, b) => b.raw - a.raw);
  const lazy = Object.keys(outputs).filter((key) => key.endsWith('.js') && !initial.has(key)).map((key) => ({ file: key, raw: outputs[key].bytes }));
  return { total: size, rows, lazy };
}
