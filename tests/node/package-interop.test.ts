// The package as developers get it: `npm pack` (after `npm run build`), installed into scratch
// projects outside the repo, then (a) a plain ESM page, (b) a React 19 app and (c) a Vue 3 app, each
// built with Vite and rendered in Chromium, and (d) the consumer's `tsc` / `vue-tsc` on the shipped
// typings: correct use passes, wrong property types and event details fail.
//
// The scratch dependencies are installed once (npm cache under the OS temp dir, so later runs are
// quick) and shared by every app. The Vite builds and the type checks start together right after the
// install; the browser checks then go one after another.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  exports: Record<string, string | Record<string, string>>;
  bin: Record<string, string>;
  customElements: string;
};
const { findChrome } = (await import(new URL('../../scripts/find-chrome.mjs', import.meta.url).href)) as {
  findChrome(): string | null;
};

/** What the scratch projects install besides the tarball: pinned, and known to work together on Node 20. */
const SCRATCH_DEPENDENCIES = {
  react: '19.3.1',
  'react-dom': '19.3.1',
  vue: '3.5.45',
  vite: '8.3.8',
  '@vitejs/plugin-react': '6.3.0',
  '@vitejs/plugin-vue': '6.0.11',
  '@types/react': '19.3.0',
  '@types/react-dom': '19.3.0',
  // vue-tsc needs TypeScript's JS API, which TypeScript 7 does not have: the consumer is on 5.9.
  // The React typings are also checked with the repo's own TypeScript 7 below.
  typescript: '5.9.3',
  'vue-tsc': '3.3.14',
};
const TS7 = join(REPO, 'node_modules/typescript/bin/tsc');
const ELEMENTS = ['wfp-data', 'wfp-execution-gauge', 'wfp-staffing-table', 'wfp-program-card', 'wfp-program-list', 'wfp-facility-locator'];
const CHROME_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];
const DATASET_FILE = 'seoul-wfp-2024-03.json';

const scratch = mkdtempSync(join(tmpdir(), 'wfp-interop-'));
const npmCache = join(tmpdir(), 'wfp-interop-npm-cache');

// ---------------------------------------------------------------------------------------------
// Child processes: under `npm test`, npm's variables for the repo's own script (npm_config_local_prefix,
// npm_package_*, INIT_CWD…) must not reach the scratch installs; registry, proxy and CA settings may.

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_lifecycle_|npm_package_|npm_config_local_prefix$|npm_command$|INIT_CWD$|NODE_OPTIONS$)/i.test(key)) env[key] = value;
  }
  return { ...env, npm_config_cache: npmCache, npm_config_update_notifier: 'false', NO_COLOR: '1' };
}

interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  /** stdout and stderr interleaved, for failure messages. */
  readonly output: string;
}

/** Runs a command to completion (without blocking the event loop, so servers keep answering). */
function run(command: string, args: readonly string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, output }));
  });
}

async function mustRun(command: string, args: readonly string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  assert.equal(result.status, 0, `${command} ${args.join(' ')} (in ${cwd}) failed:\n${result.output}`);
  return result.stdout;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

// ---------------------------------------------------------------------------------------------
// Static hosting of a built app, with a request log (to see where the dataset came from).

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

interface StaticSite {
  readonly origin: string;
  readonly requests: { path: string; status: number }[];
  close(): Promise<void>;
}

async function serve(root: string): Promise<StaticSite> {
  const requests: { path: string; status: number }[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    const found = file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile();
    requests.push({ path, status: found ? 200 : 404 });
    if (!found) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// ---------------------------------------------------------------------------------------------
// The browser: one Chromium, a fresh page per check, every console error and page error collected.

let browser: Browser | undefined;

interface OpenPage {
  readonly page: Page;
  readonly problems: string[];
}

async function openPage(url: string): Promise<OpenPage> {
  assert.ok(browser, 'Chromium did not start');
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  return { page, problems };
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the (shadow-piercing) selector's text matches, and returns it. */
async function textOf(page: Page, selector: string, expected: string | RegExp, timeout = 30_000): Promise<string> {
  const locator = page.locator(selector).first();
  const deadline = Date.now() + timeout;
  let seen = '(not rendered)';
  while (Date.now() < deadline) {
    if ((await locator.count()) > 0) {
      seen = squash(await locator.textContent());
      if (typeof expected === 'string' ? seen === expected : expected.test(seen)) return seen;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`${selector}: expected ${String(expected)}, saw "${seen}"`);
}

/** Which of the kit's elements the page has defined. */
function registeredElements(page: Page): Promise<Record<string, boolean>> {
  return page.evaluate((tags) => Object.fromEntries(tags.map((tag) => [tag, customElements.get(tag) !== undefined])), ELEMENTS);
}

// ---------------------------------------------------------------------------------------------
// The scratch apps, written as a developer would.

/** A district's own small dataset, passed as the `.dataset` property: 425,000,000 / 1,000,000,000 won → 42.5%. */
const DISTRICT_DATA = `import type { DatasetInput } from 'seoul-wfp-widgets';

export const district: DatasetInput = {
  schemaVersion: '1.0',
  meta: {
    title: { ko: '강서구 여성가족과 현황', en: 'Gangseo-gu women and family' },
    publisher: { ko: '강서구', en: 'Gangseo-gu' },
    asOf: '2024-06-30',
    reported: '2024-07',
    source: '강서구 여성가족과',
    currency: 'KRW',
  },
  departments: [{ id: 'office', name: { ko: '여성가족과', en: 'Women and Family Division' }, kind: 'office' }],
  executionTotals: [{ departmentId: 'office', budget: 1_000_000_000, spent: 425_000_000 }],
};
`;

const htmlPage = (title: string, body: string, script: string) => `<!doctype html>
<html lang="ko">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>
<body>
${body}
<script type="module" src="${script}"></script>
</body>
</html>
`;

const ESM_APP = {
  'index.html': htmlPage('plain ESM', '<wfp-execution-gauge id="office"></wfp-execution-gauge><wfp-execution-gauge id="unknown" department="여성정책과"></wfp-execution-gauge>', './main.js'),
  // The events entry registers nothing, and its class is the one the widget dispatches.
  'main.js': `import 'seoul-wfp-widgets/execution-gauge';
import { WfpErrorEvent } from 'seoul-wfp-widgets/events';
document.addEventListener('wfp-error', (event) => { document.body.dataset.error = event instanceof WfpErrorEvent ? event.detail.kind : 'not a WfpErrorEvent'; });
`,
};

const REACT_APP_TSX = `import { useState } from 'react';
import 'seoul-wfp-widgets/execution-gauge';
import 'seoul-wfp-widgets/program-card';
import 'seoul-wfp-widgets/program-list';
import 'seoul-wfp-widgets/wfp-data';
import type {} from 'seoul-wfp-widgets/react';
import { district } from '../shared/district-data';

export function App() {
  const [department, setDepartment] = useState('office');
  const [errors, setErrors] = useState<string[]>([]);
  const [heard, setHeard] = useState<string[]>([]);
  const [listed, setListed] = useState<number | null>(null);
  return (
    <main>
      <wfp-execution-gauge id="chosen" department={department} unit="억원"></wfp-execution-gauge>
      <button id="switch" onClick={() => setDepartment('early-childhood')}>영유아담당관</button>
      <wfp-execution-gauge id="district" dataset={district} variant="bar" breakdown={false} limit={3}></wfp-execution-gauge>
      <wfp-execution-gauge
        id="unknown"
        department="여성정책과"
        onwfp-error={(event) => setErrors((list) => [...list, \`\${event.detail.kind}: \${event.detail.message.en}\`])}
      ></wfp-execution-gauge>
      <output id="errors">{errors.join(' | ')}</output>
      <wfp-program-card id="card" program="mom-dad-taxi" headlineLevel={2} className="card" style={{ maxWidth: '40rem' }}></wfp-program-card>
      <wfp-program-list
        id="list"
        district="gangseo"
        headline-level="4"
        limit={9}
        onwfp-program-filter-change={(event) => setListed(event.detail.resultCount)}
      ></wfp-program-list>
      <output id="listed">{listed ?? ''}</output>
      {/* One listener on a container hears its widgets' events, typed; a pace as a number. */}
      <wfp-data id="container" onwfp-error={(event) => setHeard((list) => [...list, event.detail.kind])}>
        <wfp-execution-gauge department="없는과" pace={40}></wfp-execution-gauge>
      </wfp-data>
      <output id="heard">{heard.join(' ')}</output>
    </main>
  );
}
`;

/** Vite's templates skip checking declaration files; one run below does check ours (`checkLibs`). */
const REACT_TSCONFIG = (files: string[], checkLibs = false) =>
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: !checkLibs,
        types: [],
      },
      files,
    },
    null,
    2,
  );

const REACT_APP = {
  'index.html': htmlPage('React 19', '<div id="root"></div>', './main.tsx'),
  'main.tsx': `import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
`,
  'App.tsx': REACT_APP_TSX,
  'vite.config.js': `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [react()] });
`,
  'tsconfig.json': REACT_TSCONFIG(['main.tsx', 'App.tsx']),
  // For the type checks: the app and the deliberately wrong file in one program (one compiler start).
  'tsconfig.check.json': REACT_TSCONFIG(['main.tsx', 'App.tsx', 'Wrong.tsx']),
  'tsconfig.check-libs.json': REACT_TSCONFIG(['main.tsx', 'App.tsx', 'Wrong.tsx'], true),
};

/** Each line marked `// wrong` must be a type error, and no other line may be. */
const REACT_WRONG_TSX = `import 'seoul-wfp-widgets/execution-gauge';
import type {} from 'seoul-wfp-widgets/react';

export function Wrong() {
  return (
    <div>
      <wfp-execution-gauge department="office"></wfp-execution-gauge>
      <wfp-execution-gauge breakdown="yes"></wfp-execution-gauge> {/* wrong: boolean property */}
      <wfp-execution-gauge limit={'x'}></wfp-execution-gauge> {/* wrong: number property */}
      <wfp-execution-gauge variant="pie"></wfp-execution-gauge> {/* wrong: 'arc' | 'bar' */}
      <wfp-execution-gauge onwfp-error={(event) => event.detail.reason}></wfp-execution-gauge> {/* wrong: no such detail field */}
      <wfp-execution-gauge onWfpError={() => undefined}></wfp-execution-gauge> {/* wrong: React 19 would listen for an event named "WfpError" */}
      <wfp-execution-gauge dataset={42}></wfp-execution-gauge> {/* wrong: a dataset object */}
      <wfp-staffing-table measure="salary"></wfp-staffing-table> {/* wrong: not a measure */}
      <wfp-program-card headlineLevel="2"></wfp-program-card> {/* wrong: number property */}
      <wfp-program-list onwfp-program-filter-change={(event) => event.detail.resultCount.toUpperCase()}></wfp-program-list> {/* wrong: resultCount is a number */}
      <wfp-program-list limit="nine"></wfp-program-list> {/* wrong: a count */}
      <wfp-facility-locator open-now="yes"></wfp-facility-locator> {/* wrong: boolean attribute */}
      <wfp-data src={7}></wfp-data> {/* wrong: a URL string */}
      <wfp-data theme="dark"></wfp-data>
      <wfp-data theme="sepia"></wfp-data> {/* wrong: not a theme */}
    </div>
  );
}
`;

const VUE_APP_SFC = `<script setup lang="ts">
import { ref, shallowRef } from 'vue';
import 'seoul-wfp-widgets/execution-gauge';
import 'seoul-wfp-widgets/staffing-table';
import 'seoul-wfp-widgets/program-card';
import 'seoul-wfp-widgets/facility-locator';
import type { WfpErrorEvent } from 'seoul-wfp-widgets';
import { district } from '../shared/district-data';

const department = ref('office');
// shallowRef: the widget gets the plain object (validated once), not a deep reactive proxy.
const districtData = shallowRef(district);
const errors = ref<string[]>([]);
function onError(event: WfpErrorEvent) {
  errors.value.push(\`\${event.detail.kind}: \${event.detail.message.en}\`);
}
</script>

<template>
  <main>
    <wfp-execution-gauge id="chosen" :department="department" unit="억원" />
    <button id="switch" @click="department = 'early-childhood'">영유아담당관</button>
    <wfp-execution-gauge id="district" :dataset="districtData" variant="bar" :limit="3" />
    <wfp-execution-gauge id="unknown" department="여성정책과" @wfp-error="onError" />
    <output id="errors">{{ errors.join(' | ') }}</output>
    <wfp-staffing-table id="staff" measure="quota" department="아동담당관" :bars="true" />
    <wfp-program-card id="card" program="mom-dad-taxi" :headlineLevel="2" />
    <wfp-program-card id="card4" program="mom-dad-taxi" headline-level="4" compact />
    <!-- camelCase with a static value: Vue sets the property to the text "5" -->
    <wfp-program-card id="card5" program="mom-dad-taxi" headlineLevel="5" compact />
    <!-- a bound false on the hyphenated boolean: Vue writes the attribute open-now="false" -->
    <wfp-facility-locator id="closed" district="강서구" :open-now="false" />
  </main>
</template>
`;

const VUE_TSCONFIG = (files: string[]) =>
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        jsx: 'preserve',
        types: [],
      },
      files,
    },
    null,
    2,
  );

const VUE_APP = {
  'index.html': htmlPage('Vue 3', '<div id="app"></div>', './main.ts'),
  'main.ts': `import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
`,
  'App.vue': VUE_APP_SFC,
  'env.d.ts': `/// <reference types="vite/client" />
import type {} from 'seoul-wfp-widgets/vue';
`,
  'vite.config.js': `import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('wfp-') } } })],
});
`,
  'tsconfig.json': VUE_TSCONFIG(['env.d.ts', 'main.ts', 'App.vue']),
  'tsconfig.check.json': VUE_TSCONFIG(['env.d.ts', 'main.ts', 'App.vue', 'Wrong.vue']),
  'Wrong.vue': `<script setup lang="ts">
import 'seoul-wfp-widgets/execution-gauge';
import 'seoul-wfp-widgets/program-card';
import 'seoul-wfp-widgets/program-list';
import 'seoul-wfp-widgets/wfp-data';
</script>

<template>
  <wfp-execution-gauge department="office" :limit="2" breakdown />
  <wfp-execution-gauge department="office" limit="5" breakdown />
  <wfp-execution-gauge :limit="'x'" /><!-- wrong: number property -->
  <wfp-execution-gauge variant="pie" /><!-- wrong: 'arc' | 'bar' -->
  <wfp-execution-gauge @wfp-error="(event) => event.detail.reason" /><!-- wrong: no such detail field -->
  <wfp-staffing-table measure="salary" /><!-- wrong: not a measure -->
  <wfp-program-card headline-level="4" />
  <wfp-program-card headline-level="high" /><!-- wrong: a heading level is a number -->
  <wfp-program-list limit="9" />
  <wfp-program-list :limit="9" />
  <wfp-program-list limit="all" /><!-- wrong: a count -->
  <wfp-data theme="high-contrast" />
  <wfp-data theme="sepia" /><!-- wrong: not a theme -->
</template>
`,
};

/**
 * Plain TypeScript on the DOM, importing single elements only (no root import, no framework typings,
 * declaration files checked): typed properties and typed event details.
 */
const PLAIN_TS = {
  'main.ts': `import 'seoul-wfp-widgets/execution-gauge';
import 'seoul-wfp-widgets/program-list';
import 'seoul-wfp-widgets/facility-locator';
import type { GaugeSortKey, GaugeVariant } from 'seoul-wfp-widgets/execution-gauge';
import type { StaffingMeasure } from 'seoul-wfp-widgets/staffing-table';
import type { ProgramSort } from 'seoul-wfp-widgets/program-list';

// The value types an app's own settings are typed with.
const settings: { variant: GaugeVariant; key: GaugeSortKey; measure: StaffingMeasure; order: ProgramSort } = { variant: 'bar', key: 'rate', measure: 'vacancy', order: 'budget' };

const gauge = document.createElement('wfp-execution-gauge');
gauge.variant = settings.variant;
gauge.unit = '억원';
gauge.sort = settings.key;
gauge.addEventListener('wfp-error', (event) => console.log(event.detail.message.ko));
const list = document.createElement('wfp-program-list');
list.sort = settings.order;
list.addEventListener('wfp-program-filter-change', (event) => console.log(event.detail.resultCount + 1, settings.measure));
const locator = document.createElement('wfp-facility-locator');
locator.addEventListener('wfp-filter-change', (event) => console.log(event.detail.openNow === true));

gauge.variant = 'pie'; /* wrong: 'arc' | 'bar' */
gauge.unit = '만원'; /* wrong: not a money unit */
list.sort = 'newest'; /* wrong: not a sort */
list.addEventListener('wfp-program-filter-change', (event) => event.detail.resultCount.toUpperCase()); /* wrong: a number */
locator.addEventListener('wfp-filter-change', (event) => event.detail.nope); /* wrong: no such detail field */
`,
  'tsconfig.json': JSON.stringify(
    { compilerOptions: { target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['main.ts'] },
    null,
    2,
  ),
};

/**
 * A Node build step: DOM-free parts typed without the DOM library (declaration files checked), and
 * every entry imported at run time in plain Node, as server-side rendering (Next.js, Nuxt, Astro) does.
 */
const NODE_APP = {
  'check.ts': `import { formatMoney } from 'seoul-wfp-widgets/format';
import { parseDataset } from 'seoul-wfp-widgets/schema';

const result = parseDataset({});
export const summary: string = result.ok ? formatMoney(100_000_000, 'ko', { unit: '억원' }) : String(result.problems.length);
`,
  // README's build-step example, as printed there.
  'readme.ts': /```ts\n(\/\/ A build step[\s\S]*?)```/.exec(readFileSync(join(REPO, 'README.md'), 'utf8'))![1]!,
  'tsconfig.json': JSON.stringify(
    {
      // A Node project's own typings (the repo's @types/node, so no download): they declare Blob and
      // File, which valibot's typings name; the DOM library stays out.
      compilerOptions: { target: 'ES2022', lib: ['ES2022'], module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: false, typeRoots: [join(REPO, 'node_modules/@types')], types: ['node'] },
      files: ['check.ts', 'readme.ts'],
    },
    null,
    2,
  ),
  'ssr.mjs': `const entries = ['seoul-wfp-widgets', 'seoul-wfp-widgets/execution-gauge', 'seoul-wfp-widgets/staffing-table', 'seoul-wfp-widgets/program-card',
  'seoul-wfp-widgets/program-list', 'seoul-wfp-widgets/facility-locator', 'seoul-wfp-widgets/wfp-data', 'seoul-wfp-widgets/events'];
for (const entry of entries) await import(entry);
// Lit brings a stand-in customElements registry to Node; the elements register in it.
console.log(JSON.stringify(${JSON.stringify(['wfp-execution-gauge', 'wfp-staffing-table', 'wfp-program-card', 'wfp-program-list', 'wfp-facility-locator', 'wfp-data'])}.filter((tag) => customElements.get(tag))));
`,
};

function writeApp(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  for (const [file, text] of Object.entries(files)) write(join(dir, file), text);
  return dir;
}

const vite = (args: string[], cwd: string) => run(process.execPath, [join(scratch, 'node_modules/vite/bin/vite.js'), ...args], cwd);

/** `file:line` of every line carrying a `wrong` marker. */
function markedLines(fileName: string, text: string): string[] {
  return text.split('\n').flatMap((line, index) => (/(\/\* wrong:|<!-- wrong:)/.test(line) ? [`${fileName}:${index + 1}`] : []));
}

/** `file:line` of every error a compiler reported (`--pretty false`: `Wrong.tsx(8,28): error TS2322: …`), in order. */
function errorLines(output: string): string[] {
  const lines = [...output.matchAll(/^(\S+?)\((\d+),\d+\): error /gm)].map((match) => `${match[1]}:${match[2]}`);
  return [...new Set(lines)];
}

// ---------------------------------------------------------------------------------------------

let builds: Record<'esm' | 'react' | 'vue', Promise<string>>;
let typeChecks: Record<'ts5' | 'ts7' | 'vueTsc' | 'plain' | 'node', Promise<RunResult>>;
let packedFiles: string[] = [];

// Typical run: ~1.5 min with a warm npm cache. The limits are a safety net for a cold cache on a busy machine.
describe('the npm package in scratch projects', { timeout: 420_000 }, () => {
  before(
    async () => {
      // npm pack, checking that the build is in it (npm test builds first; a bare run needs `npm run build`).
      const packed = JSON.parse(await mustRun('npm', ['pack', '--json', '--pack-destination', scratch], REPO)) as { filename: string; files: { path: string }[] }[];
      const tarball = join(scratch, packed[0]!.filename);
      packedFiles = packed[0]!.files.map((file) => file.path);
      assert.ok(packedFiles.includes('dist/execution-gauge.js'), 'dist/ is not in the tarball: run `npm run build` first');

      write(
        join(scratch, 'package.json'),
        JSON.stringify({ name: 'wfp-consumer', private: true, type: 'module', dependencies: { [PACKAGE.name]: `file:${tarball}`, ...SCRATCH_DEPENDENCIES } }, null, 2),
      );
      write(join(scratch, 'shared/district-data.ts'), DISTRICT_DATA);
      writeApp('esm', ESM_APP);
      writeApp('react', { ...REACT_APP, 'Wrong.tsx': REACT_WRONG_TSX });
      writeApp('vue', VUE_APP);
      writeApp('plain', PLAIN_TS);
      writeApp('node', NODE_APP);

      await mustRun('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], scratch);
      builds = {
        esm: vite(['build', '--logLevel', 'warn'], join(scratch, 'esm')).then(builtOrFail('esm')),
        react: vite(['build', '--logLevel', 'warn'], join(scratch, 'react')).then(builtOrFail('react')),
        vue: vite(['build', '--logLevel', 'warn'], join(scratch, 'vue')).then(builtOrFail('vue')),
      };
      const react = join(scratch, 'react');
      typeChecks = {
        ts5: run(process.execPath, [join(scratch, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.check.json', '--pretty', 'false'], react),
        // TypeScript 7 (the repo's own) also checks every shipped declaration file (skipLibCheck off).
        ts7: run(process.execPath, [TS7, '-p', 'tsconfig.check-libs.json', '--pretty', 'false'], react),
        vueTsc: run(process.execPath, [join(scratch, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', 'tsconfig.check.json', '--pretty', 'false'], join(scratch, 'vue')),
        plain: run(process.execPath, [join(scratch, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--pretty', 'false'], join(scratch, 'plain')),
        node: run(process.execPath, [join(scratch, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--pretty', 'false'], join(scratch, 'node')),
      };
      // Unhandled until a test awaits them; mark them handled so a failure fails its own test only.
      for (const job of [...Object.values(builds), ...Object.values(typeChecks)]) job.catch(() => undefined);

      const executablePath = findChrome();
      assert.ok(executablePath, 'No Chromium or Chrome found (set CHROME_PATH)');
      browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
    },
    { timeout: 300_000 },
  );

  after(async () => {
    await browser?.close();
    // WFP_INTEROP_KEEP=1 keeps the scratch projects for a look (the path is printed).
    if (process.env.WFP_INTEROP_KEEP) console.log(`scratch projects kept in ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  });

  test('the tarball holds every file package.json points to', () => {
    const targets = Object.values(PACKAGE.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    targets.push(...Object.values(PACKAGE.bin), PACKAGE.customElements);
    const missing = targets.map((target) => target.replace(/^\.\//, '')).filter((path) => !packedFiles.includes(path));
    assert.deepEqual(missing, [], 'exports / bin / customElements targets missing from the tarball');
    for (const file of [DATASET_FILE, DATASET_FILE.replace('.json', '.figures.json')]) {
      assert.ok(packedFiles.includes(`dist/${file}`) && packedFiles.includes(`dist/cdn/${file}`), `${file} sits beside both builds`);
    }
    assert.deepEqual(
      packedFiles.filter((path) => !/^(dist\/|bin\/|examples\/district-minimal\.json$|README(\.ko)?\.md$|SECURITY\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/.test(path)),
      [],
      'only dist/, bin/, the example district dataset, the READMEs (npm packs README.ko.md, the Korean guide, as it does every README*), SECURITY.md (the import-map pinning it refers to), CHANGELOG.md and LICENSE ship',
    );
    assert.ok(packedFiles.includes('LICENSE'), 'the MIT licence text package.json names ships with the code');
    assert.ok(packedFiles.includes('CHANGELOG.md'), 'what changed between versions ships with them');
    assert.ok(packedFiles.includes('README.ko.md'), 'the Korean guide for webmasters ships too');
  });

  test('(a) plain ESM: importing one component (and the events entry) registers only that element; Vite ships the dataset and its figures file beside the bundle, and a gauge loads the figures', async () => {
    const dist = await builds.esm;
    const assets = readdirSync(join(dist, 'assets'));
    assert.ok(assets.some((file) => /^seoul-wfp-2024-03-[\w-]+\.json$/.test(file)), `Vite did not emit the dataset: ${assets.join(', ')}`);
    assert.ok(assets.some((file) => /^seoul-wfp-2024-03\.figures-[\w-]+\.json$/.test(file)), `Vite did not emit the figures file: ${assets.join(', ')}`);

    const site = await serve(dist);
    const { page, problems } = await openPage(`${site.origin}/`);
    try {
      assert.equal(await textOf(page, '#office [part="value"]', '31.4%'), '31.4%');
      assert.deepEqual(await registeredElements(page), Object.fromEntries(ELEMENTS.map((tag) => [tag, tag === 'wfp-execution-gauge'])));
      await page.waitForFunction(() => document.body.dataset['error'] !== undefined, undefined, { timeout: 30_000 });
      assert.equal(await page.evaluate(() => document.body.dataset['error']), 'not-found', 'seoul-wfp-widgets/events exports the class the widget dispatches');
      const datasetRequests = site.requests.filter((request) => request.path.endsWith('.json'));
      assert.deepEqual(datasetRequests.map((request) => request.status), [200], 'one dataset request, served from the app’s assets');
      // Only gauges on the page: the figures file (about 11 kB gzip), not the whole dataset (105 kB).
      assert.match(datasetRequests[0]!.path, /^\/assets\/seoul-wfp-2024-03\.figures-[\w-]+\.json$/);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
      await site.close();
    }
  });

  test('(a) plain ESM under the Vite dev server (pre-bundled dependency) still finds the dataset', async () => {
    const probe = await serve(scratch); // borrow a free port
    const port = Number(new URL(probe.origin).port);
    await probe.close();
    const server: ChildProcess = spawn(process.execPath, [join(scratch, 'node_modules/vite/bin/vite.js'), '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
      cwd: join(scratch, 'esm'),
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`vite dev did not start:\n${output}`)), 60_000);
        const listen = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes(`:${port}`)) {
            clearTimeout(timer);
            resolve();
          }
        };
        server.stdout?.on('data', listen);
        server.stderr?.on('data', listen);
      });
      const { page, problems } = await openPage(`http://127.0.0.1:${port}/`);
      try {
        assert.equal(await textOf(page, '#office [part="value"]', '31.4%', 60_000), '31.4%');
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    } finally {
      server.kill();
    }
  });

  /**
   * What the React and the Vue app both show, wired through their own bindings: `department` as a
   * property and then changed by app state; `.dataset` as an object (the district's own figure, not
   * the office's); the `wfp-error` handler heard once with its typed detail; the program card's
   * `headlineLevel` as a number property (an <h2>).
   */
  async function assertGaugesErrorsAndCard(page: Page): Promise<void> {
    assert.equal(await textOf(page, '#chosen [part="value"]', '31.4%'), '31.4%');
    await page.click('#switch');
    assert.equal(await textOf(page, '#chosen [part="value"]', '31.2%'), '31.2%');
    assert.equal(await textOf(page, '#district [part="value"]', '42.5%'), '42.5%');
    assert.match(await textOf(page, '#errors', /not-found/), /^not-found: There is no department "여성정책과"[^|]*$/);
    assert.equal(await textOf(page, '#card [part="title"]', '서울엄마아빠택시 지원'), '서울엄마아빠택시 지원');
    assert.equal(await page.locator('#card [part="title"]').evaluate((title) => title.closest('h2') !== null), true);
  }

  test('(b) React 19: properties, a .dataset object and the wfp-error / filter events are wired', async () => {
    const dist = await builds.react;
    const site = await serve(dist);
    const { page, problems } = await openPage(`${site.origin}/`);
    try {
      await assertGaugesErrorsAndCard(page);
      // React's className/style pass through.
      assert.equal(await page.locator('#card').getAttribute('class'), 'card');
      // The list (headline-level as an attribute) shows Gangseo's programs; the reader's search reaches React's handler.
      await textOf(page, '#list [part="count"]', /개$/);
      assert.ok((await page.locator('#list h4').count()) > 0, 'headline-level="4" reached the list');
      assert.match((await page.locator('#list button.more').textContent()) ?? '', /^전체 \d+개 보기$/, 'limit={9} reached the list');
      await page.locator('#list input[type="search"]').fill('택시');
      const shown = await textOf(page, '#listed', /^\d+$/);
      assert.notEqual(shown, '0');
      await textOf(page, '#list [part="count"]', new RegExp(`^전체 \\d+개 사업 중 ${shown}개$`));
      // The gauge inside <wfp-data> fails; the container's listener hears it.
      await textOf(page, '#heard', 'not-found');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
      await site.close();
    }
  });

  test('(c) Vue 3: bindings set properties, :dataset takes an object, @wfp-error is heard', async () => {
    const dist = await builds.vue;
    const site = await serve(dist);
    const { page, problems } = await openPage(`${site.origin}/`);
    try {
      await assertGaugesErrorsAndCard(page);
      // The staffing table: `department` highlights 아동담당관, the boolean `bars` property draws 7 × 5 bars.
      await textOf(page, '#staff tr[aria-current="true"] th', /아동담당관/);
      assert.equal(await page.locator('#staff tr[aria-current="true"]').getAttribute('data-id'), 'children');
      assert.equal(await page.locator('#staff tbody .bar').count(), 35);
      // A static headline-level="4" (the form vue-tsc now accepts) gives the card an <h4>.
      await textOf(page, '#card4 h4', /엄마아빠택시/);
      // headlineLevel="5" (the text "5" as the property) is level 5, not an error box.
      await textOf(page, '#card5 h5', /엄마아빠택시/);
      // :open-now="false" leaves the filter off: 강서구's three facilities, not "0곳".
      await textOf(page, '#closed [part="count"]', '강서구 시설 3곳');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
      await site.close();
    }
  });

  test('(d) consumer tsc (TypeScript 5.9 and 7) accepts the React app and rejects wrong property types and event details', async () => {
    const expected = markedLines('Wrong.tsx', REACT_WRONG_TSX);
    for (const [name, check] of [
      ['TypeScript 5.9', typeChecks.ts5],
      ['TypeScript 7 (declaration files checked too)', typeChecks.ts7],
    ] as const) {
      const result = await check;
      // Errors exactly on the marked lines of Wrong.tsx: none in App.tsx / main.tsx, none in the package's .d.ts files.
      assert.deepEqual(errorLines(result.output), expected, `${name}:\n${result.output}`);
      assert.notEqual(result.status, 0);
    }
  });

  test('(d) consumer vue-tsc accepts the Vue app and rejects wrong bindings and event details', async () => {
    const result = await typeChecks.vueTsc;
    assert.deepEqual(errorLines(result.output), markedLines('Wrong.vue', VUE_APP['Wrong.vue']), `vue-tsc:\n${result.output}`);
    assert.notEqual(result.status, 0);
  });

  test('(d) plain TypeScript importing single elements: property values and event details are typed', async () => {
    const result = await typeChecks.plain;
    assert.deepEqual(errorLines(result.output), markedLines('main.ts', PLAIN_TS['main.ts']), `tsc:\n${result.output}`);
  });

  test('(e) Node: the DOM-free entries type-check without the DOM library, and every entry imports without a DOM', async () => {
    const types = await typeChecks.node;
    assert.equal(types.status, 0, `tsc (lib ES2022 only):\n${types.output}`);
    const ssr = await run(process.execPath, ['ssr.mjs'], join(scratch, 'node'));
    assert.equal(ssr.status, 0, `importing the elements in Node failed:\n${ssr.output}`);
    assert.deepEqual(JSON.parse(ssr.stdout), ['wfp-execution-gauge', 'wfp-staffing-table', 'wfp-program-card', 'wfp-program-list', 'wfp-facility-locator', 'wfp-data']);
  });
});

function builtOrFail(name: string) {
  return (result: RunResult): string => {
    assert.equal(result.status, 0, `vite build of the ${name} app failed:\n${result.output}`);
    return join(scratch, name, 'dist');
  };
}
