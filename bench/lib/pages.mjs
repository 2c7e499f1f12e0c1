// Builds every bench page into one self-contained ESM file (same esbuild settings as the size
// table), so a page loads its library exactly as the size table measured it. mark-start.js and the
// CDN file stay external: they are served as their own files.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESBUILD_SETTINGS } from './size.mjs';

const NOT_PAGES = new Set(['harness.js', 'mark-start.js']);

/**
 * Pages import our npm entries as `../../dist/<entry>.js`; this points those imports at a snapshot
 * of dist/ taken when the bench started, so a rebuild during the run cannot mix two builds.
 */
function distSnapshot(repo, distDir, sources) {
  const live = resolve(repo, 'dist');
  return {
    name: 'dist-snapshot',
    setup(builder) {
      builder.onResolve({ filter: /\/dist\// }, (args) => {
        if (args.path.startsWith('/')) return undefined; // URLs such as /dist/cdn/… stay external
        const path = resolve(args.resolveDir, args.path);
        if (!path.startsWith(`${live}/`)) return undefined;
        const file = path.slice(live.length + 1);
        const source = sources?.get(file);
        return { path: source ? join(repo, source) : join(distDir, file) };
      });
    },
  };
}

/** dist entry file → its source (from the ENTRIES map in vite.config.ts), for unminified profile builds. */
function sourceEntries(repo) {
  const config = readFileSync(join(repo, 'vite.config.ts'), 'utf8');
  const block = /ENTRIES = \{([\s\S]*?)\}/.exec(config)?.[1] ?? '';
  return new Map([...block.matchAll(/'?([\w-]+)'?\s*:\s*'(src\/[^']+)'/g)].map(([, name, path]) => [`${name}.js`, path]));
}

/**
 * `minify: false` is the profile build: our entries come from src/ (not the dist snapshot) so a
 * CPU profile names source modules and functions.
 */
export async function buildPages(repo, distDir, outdir, { minify = true } = {}) {
  const pagesDir = join(repo, 'bench/pages');
  mkdirSync(outdir, { recursive: true });
  const entryPoints = readdirSync(pagesDir)
    .filter((file) => file.endsWith('.js') && !NOT_PAGES.has(file))
    .map((file) => join(pagesDir, file));
  await build({
    ...ESBUILD_SETTINGS,
    minify,
    keepNames: !minify,
    absWorkingDir: repo,
    tsconfig: join(repo, 'tsconfig.json'),
    entryPoints,
    outdir,
    external: ['/bench-build/*', '/dist/cdn/*'],
    // The profile build compiles src/, which reads the build constants vite.config.ts defines for
    // dist/: the npm build's (these are npm-entry pages, not the CDN file). __WFP_OFFICIAL_SHA256__
    // stays undefined (src/data/official.ts then has no hash to skip validation by);
    // the pages hand their data over as .dataset, which is validated either way.
    define: { __WFP_DATASET_PATH__: JSON.stringify('./seoul-wfp-2024-03.json'), __WFP_CDN__: 'false' },
    plugins: [distSnapshot(repo, distDir, minify ? null : sourceEntries(repo))],
  });
  copyFileSync(join(pagesDir, 'mark-start.js'), join(outdir, 'mark-start.js'));
}
