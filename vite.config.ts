import { defineConfig, type UserConfig } from 'vite';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.mjs';
import { minifyHtmlLiteralsPlugin } from './scripts/minify-html-literals.mjs';
import { FIGURES_DATASET_FILE, OFFICIAL_DATASET_FILE, sha256Hex, shippedDatasetBytes, shippedFiguresBytes } from './scripts/official-dataset.mjs';

/**
 * The library builds (see scripts/build.mjs):
 * - default: the npm build, one ESM file per entry in dist/, dependencies left as imports;
 * - `--mode cdn`: dist/cdn/wfp-widgets.js, one self-contained file registering every element;
 * - `--mode cdn-validator` / `cdn-boundaries` / `cdn-en` / `cdn-json-syntax`: the files it imports on use,
 *   beside it (CDN_FILES).
 * All place the official dataset beside the code and resolve it with import.meta.url.
 */
export const ENTRIES = {
  index: 'src/index.ts',
  schema: 'src/schema/index.ts',
  data: 'src/data/index.ts',
  format: 'src/format/index.ts',
  events: 'src/events/index.ts',
  'theme-tokens': 'src/theme/tokens.ts',
  'wfp-data': 'src/components/data/wfp-data.ts',
  'execution-gauge': 'src/components/execution-gauge/execution-gauge.ts',
  'staffing-table': 'src/components/staffing-table/staffing-table.ts',
  'program-card': 'src/components/program-card/program-card.ts',
  'program-list': 'src/components/program-card/program-list.ts',
  'facility-locator': 'src/components/facility-locator/facility-locator.ts',
} as const;

const define = {
  // The file names scripts/build.mjs writes beside the builds.
  __WFP_DATASET_PATH__: JSON.stringify(`./${OFFICIAL_DATASET_FILE}`),
  // A fetched dataset with exactly the shipped bytes skips the lazily loaded validator (src/data/load.ts).
  __WFP_OFFICIAL_SHA256__: JSON.stringify(sha256Hex(shippedDatasetBytes())),
  // The same for the figures file (src/data/official.ts), which the gauge and the staffing table load.
  __WFP_FIGURES_PATH__: JSON.stringify(`./${FIGURES_DATASET_FILE}`),
  __WFP_FIGURES_SHA256__: JSON.stringify(sha256Hex(shippedFiguresBytes())),
};

const DEPENDENCIES = /^(lit|lit-html|lit-element|@lit\/.*|d3-.*|valibot|es-hangul|topojson-client|jsonc-parser)(\/.*)?$/;

const npmBuild: UserConfig = {
  define: { ...define, __WFP_CDN__: 'false' },
  plugins: [minifyCssLiteralsPlugin(), minifyHtmlLiteralsPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: ENTRIES, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      external: (id) => DEPENDENCIES.test(id),
      // Shared chunks stay beside the entries so import.meta.url finds the dataset there too.
      output: { chunkFileNames: 'shared-[hash].js' },
    },
  },
};

/**
 * One self-contained file in dist/cdn/: `--mode cdn` builds wfp-widgets.js (every element and the
 * API); `--mode cdn-validator`, `cdn-boundaries`, `cdn-en` and `cdn-json-syntax` build the files it imports on use, each on
 * its own so it imports nothing — a chunk split off the CDN build would import "./wfp-widgets.js"
 * back (see src/internal/beside-script.ts). They duplicate a few small helpers (district names,
 * problem messages) rather than share them.
 */
const CDN_FILES: Record<string, { name: string; entry: string }> = {
  cdn: { name: 'wfp-widgets', entry: 'src/cdn.ts' },
  'cdn-validator': { name: 'wfp-validator', entry: 'src/schema/parse.ts' },
  'cdn-boundaries': { name: 'wfp-boundaries', entry: 'src/components/facility-locator/boundaries.ts' },
  'cdn-en': { name: 'wfp-en', entry: 'src/i18n/en/index.ts' },
  'cdn-json-syntax': { name: 'wfp-json-syntax', entry: 'src/schema/json-syntax.ts' },
};

function cdnBuild({ name, entry }: { name: string; entry: string }): UserConfig {
  return {
    define: { ...define, __WFP_CDN__: 'true' },
    plugins: [minifyCssLiteralsPlugin(), minifyHtmlLiteralsPlugin()],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: { [name]: entry }, formats: ['es'], fileName: () => `${name}.js` },
    },
  };
}

export default defineConfig(({ mode }) => (CDN_FILES[mode] ? cdnBuild(CDN_FILES[mode]) : npmBuild));
