// Every Storybook story, rendered from the static build (`npm run build-storybook`) in the system
// Chromium: a story passes when it logs no console error and axe (WCAG 2.0/2.1 A + AA) finds no
// violation in #storybook-root. The MDX docs pages must render without console errors.
//
//   npm run build && npm run build-storybook && node --import tsx --test tests/node/stories.test.ts
//
// Expected failures are named, not guessed: only stories whose name says "Error" or "Data failure"
// may log the widgets' own '[wfp] …' messages and the 404 of a deliberately missing file
// (/missing-…), and they must show the error box. Everywhere else a '[wfp]' warning is a failure too.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { findChrome, INSTALL_HINT } from '../../scripts/find-chrome.mjs';

const ROOT = resolve('storybook-static');
const INDEX = join(ROOT, 'index.json');
const MANIFEST = resolve('dist/custom-elements.json');
const AXE = resolve('node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHROME_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];

/** Stories that show a failure on purpose. Matched against the story's display name only. */
const EXPECTED_ERROR_STORY = /\berror\b|\bdata ?failure\b/i;
/** Stories that show the loading skeleton on purpose (their dataset never answers). */
const LOADING_STORY = /^loading$/i;
/** The only 404s an error story may cause: files named missing-… that the story asks for. */
const DELIBERATELY_MISSING = /^\/missing-[\w.-]+$/;

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

function readIndex(): IndexEntry[] {
  if (!existsSync(INDEX)) return [];
  const index = JSON.parse(readFileSync(INDEX, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries);
}

const entries = readIndex();
const stories = entries.filter((entry) => entry.type === 'story');
// Hand-written MDX pages (autodocs pages repeat the stories, error stories included).
const mdxPages = entries.filter((entry) => entry.type === 'docs' && (entry.tags ?? []).some((tag) => tag.endsWith('-mdx')));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where the test serves axe-core from, so every page loads it from the browser's cache. */
const AXE_URL_PATH = '/__test/axe.min.js';

/** Serves storybook-static/ (including its copy of data/) the way any static host would. */
function serveStatic(): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (path === '/favicon.ico') {
        // Chromium asks every new origin for one; iframe.html has none. Not the stories' concern.
        response.writeHead(204);
        response.end();
        return;
      }
      let file = path === AXE_URL_PATH ? AXE : normalize(join(ROOT, path));
      if (file === AXE) {
        response.writeHead(200, { 'content-type': CONTENT_TYPES['.js']!, 'cache-control': 'max-age=3600' });
        response.end(await readFile(AXE));
        return;
      }
      if (file !== ROOT && !file.startsWith(ROOT + sep)) throw new Error('outside the root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      // Hashed assets never change within a run: let the pages share the browser's cache.
      const cache = path.startsWith('/assets/') || path.startsWith('/sb-') ? 'max-age=3600' : 'no-cache';
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

let browser: Browser | undefined;
/** One context for every page, so the Storybook bundle is fetched and compiled once, not per story. */
let context: BrowserContext | undefined;
let server: Server | undefined;
let origin = '';

before(async () => {
  if (stories.length === 0) return;
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  ({ server, origin } = await serveStatic());
  browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
});

after(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

test('the story file with a mistake is the district example but for one comma after the last budget line', () => {
  // The error story shows what a hand edit does to a real file; if the example changes, so must it.
  const example = JSON.stringify(JSON.parse(readFileSync('examples/district-minimal.json', 'utf8')), null, 2);
  const broken = readFileSync('stories/files/district-with-a-mistake.json', 'utf8');
  assert.throws(() => JSON.parse(broken), SyntaxError);
  assert.equal(broken, `${example.replace(/\}\n {2}\],\n {2}"programs"/, '},\n  ],\n  "programs"')}\n`);
});

test('storybook-static/index.json lists the stories (run `npm run build-storybook` first)', () => {
  assert.ok(existsSync(INDEX), `${INDEX} is missing: run \`npm run build && npm run build-storybook\``);
  assert.ok(stories.length > 0, 'index.json has no stories');
});

/**
 * A fresh page per story (one shared context: shared HTTP cache). tsx compiles this file with
 * esbuild's keepNames, which wraps the functions handed to page.evaluate in `__name(...)`; the
 * context's init script gives every page a no-op of that name.
 */
async function newPage(): Promise<Page> {
  assert.ok(context, 'the browser did not start');
  return context.newPage();
}

/** Console output a story produced, split into what is allowed and what fails it. */
function watchConsole(page: Page, expectsError: boolean) {
  const problems: string[] = [];
  const expected: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught ${error.name}: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const text = message.text();
    const fromWidgets = text.startsWith('[wfp]');
    if (type === 'warning' && !fromWidgets) return; // browser / Storybook notices are not the widgets'
    if (expectsError && fromWidgets) {
      expected.push(text);
      return;
    }
    if (expectsError && type === 'error' && /^Failed to load resource: the server responded with a status of 404\b/.test(text)) {
      const url = message.location().url;
      if (url && DELIBERATELY_MISSING.test(new URL(url).pathname)) {
        expected.push(`404 ${url}`);
        return;
      }
    }
    problems.push(`console.${type}: ${text}${message.location().url ? ` (${message.location().url})` : ''}`);
  });
  return { problems, expected };
}

/**
 * Waits until Storybook has finished the story (render, play function, its own a11y pass) and every
 * widget in it has rendered: a shadow root with `.base`, data loaded (no `aria-busy`) unless the
 * story is about loading, and no pending Lit update.
 */
async function waitForStory(page: Page, expectsLoading: boolean): Promise<void> {
  await page.waitForFunction(
    (loading) => {
      type Preview = { currentRender?: { phase?: string } };
      const phase = (window as unknown as { __STORYBOOK_PREVIEW__?: Preview }).__STORYBOOK_PREVIEW__?.currentRender?.phase;
      if (phase === 'errored') return true; // reported by the caller
      if (phase !== 'finished') return false;
      const widgets: Element[] = [];
      const walk = (root: ParentNode) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName.startsWith('wfp-') && element.localName !== 'wfp-data') widgets.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      const storyRoot = document.querySelector('#storybook-root');
      if (!storyRoot) return false;
      walk(storyRoot);
      return widgets.every((widget) => {
        const shadow = widget.shadowRoot;
        if (!shadow?.querySelector('.base')) return false;
        return loading || !shadow.querySelector('[aria-busy="true"], .sk-map');
      });
    },
    expectsLoading,
    { timeout: 30_000, polling: 100 },
  );
  const phase = await page.evaluate(() => (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender?.phase);
  assert.notEqual(phase, 'errored', 'Storybook reported an error while rendering the story (see the console output)');
  // Pending Lit updates (nested cards and gauges), then one more frame for layout-dependent maps.
  await page.evaluate(async () => {
    const pending: Promise<unknown>[] = [];
    const walk = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        const update = (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
        if (element.localName.startsWith('wfp-') && update) pending.push(update);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    await Promise.all(pending);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
}

/** Error boxes the widgets show (whole-widget boxes and those beside content that still shows), searched through every shadow root. */
function countErrorBoxes(page: Page): Promise<number> {
  return page.evaluate(() => {
    let count = 0;
    const walk = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.matches('.status.error[part="error"]')) count += 1;
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    const storyRoot = document.querySelector('#storybook-root');
    if (storyRoot) walk(storyRoot);
    return count;
  });
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }>;
}

async function runAxe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ url: `${origin}${AXE_URL_PATH}` });
  return page.evaluate(async (tags) => {
    type Axe = { run: (context: string, options: unknown) => Promise<{ violations: Violation[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    // Storybook's a11y panel runs its own axe after each story; wait out a run still in progress.
    for (let attempt = 0; ; attempt += 1) {
      try {
        const result = await axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
        }));
      } catch (error) {
        if (attempt >= 20 || !String(error).includes('already running')) throw error;
        await new Promise((done) => setTimeout(done, 100));
      }
    }
  }, AXE_TAGS);
}

function describeViolations(violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    at ${JSON.stringify(n.target)}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
}

/**
 * Every story in the default settings (ko, light); the Playgrounds also in the other toolbar
 * settings, set through the URL the way the toolbar sets them. Storybook's own a11y panel run is
 * switched off (`a11y.manual`): it checks the first render, before the dataset arrives; this test
 * runs axe itself once the widgets have their data.
 */
const SETTINGS: ReadonlyArray<{ label: string; globals: string; theme: string; lang: string }> = [
  { label: 'dark', globals: 'theme:dark', theme: 'dark', lang: 'ko' },
  { label: 'high contrast', globals: 'theme:high-contrast', theme: 'high-contrast', lang: 'ko' },
  { label: 'English', globals: 'locale:en', theme: 'light', lang: 'en' },
];
const runs = stories.flatMap((story) => [
  { story, label: '', globals: '', theme: 'light', lang: 'ko' },
  ...(story.name === 'Playground' ? SETTINGS.map((setting) => ({ story, ...setting })) : []),
]);

/** Relative luminance (0 black … 1 white) of the story page's background. */
async function pageLuminance(page: Page): Promise<number> {
  const [r, g, b, alpha = 1] = await page.evaluate(() =>
    (getComputedStyle(document.querySelector('#storybook-root .story-page')!).backgroundColor.match(/[\d.]+/g) ?? ['255', '255', '255']).map(Number),
  );
  // A see-through background shows the white page under it (fully transparent, read
  // "rgba(0, 0, 0, 0)", is white, not black): composite it over white first.
  const over = (channel: number) => alpha * channel + (1 - alpha) * 255;
  const linear = (channel: number) => ((channel /= 255) <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(over(r!)) + 0.7152 * linear(over(g!)) + 0.0722 * linear(over(b!));
}

/** Pages are independent (own console, own widgets), so a few run side by side. */
const CONCURRENCY = Math.max(2, Math.min(4, availableParallelism()));

describe('stories', { concurrency: CONCURRENCY }, () => {
  for (const { story, label, globals, theme, lang } of runs) {
    const expectsError = EXPECTED_ERROR_STORY.test(story.name);
    const expectsLoading = LOADING_STORY.test(story.name);
    test(`${story.title} › ${story.name}${label ? ` (${label})` : ''}`, async () => {
      const page = await newPage();
      try {
        const consoleLog = watchConsole(page, expectsError);
        const allGlobals = ['a11y.manual:!true', globals].filter(Boolean).join(';');
        await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${allGlobals}`, { waitUntil: 'load' });
        await waitForStory(page, expectsLoading);
        // The toolbar's settings reach the widgets as the page's own lang / theme attributes would.
        const settings = await page.evaluate(() => {
          const wrapper = document.querySelector('#storybook-root .story-page');
          return { theme: wrapper?.getAttribute('theme'), lang: wrapper?.getAttribute('lang') };
        });
        assert.deepEqual(settings, { theme, lang }, 'the story did not get the toolbar settings');
        if (story.title.startsWith('Widgets/') && (theme === 'dark' || theme === 'high-contrast')) {
          // A dark widget is shown on a dark page, not as a dark box on white.
          const luminance = await pageLuminance(page);
          assert.ok(luminance < 0.2, `the page around a ${theme} widget is light (luminance ${luminance.toFixed(2)})`);
        }

        const errorBoxes = await countErrorBoxes(page);
        if (expectsError) assert.ok(errorBoxes > 0, 'an error story shows no error box');
        else assert.equal(errorBoxes, 0, 'a story that is not about an error shows an error box');

        const violations = await runAxe(page);
        assert.deepEqual(consoleLog.problems, [], `console errors:\n${consoleLog.problems.join('\n')}`);
        assert.equal(violations.length, 0, `axe violations (${AXE_TAGS.join(', ')}):\n${describeViolations(violations)}`);
      } finally {
        await page.close();
      }
    });
  }
});

for (const doc of mdxPages) {
  test(`docs page ${doc.title} renders without console errors`, async () => {
    const page = await newPage();
    try {
      const consoleLog = watchConsole(page, false);
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(doc.id)}&viewMode=docs`, { waitUntil: 'load' });
      await page.waitForSelector('#storybook-docs h1', { timeout: 30_000 });
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
      await page.waitForTimeout(300);
      // Storybook shows a failed block or story inside the page instead of throwing.
      const failures = await page.locator('#storybook-docs .sb-errordisplay, #storybook-docs .docblock-emptyblock, #storybook-docs pre.sb-errordisplay_code').allInnerTexts();
      assert.deepEqual(failures, [], 'the docs page shows an error block');
      assert.deepEqual(consoleLog.problems, [], `console errors:\n${consoleLog.problems.join('\n')}`);
    } finally {
      await page.close();
    }
  });
}

/**
 * Controls a designer can trust: an arg set in the URL (`&args=…`, also how a shared link keeps the
 * Controls panel's choices) must reach the widget. Storybook drops a URL arg whose argType has no
 * type it knows (the manifest's `Variant`, `MoneyUnit`) or whose value is not plain ASCII (`억원`).
 */
describe('controls', { concurrency: CONCURRENCY }, () => {
  /** The story's first widget after a render with these URL args: its attributes and shadow DOM facts. */
  async function renderWithArgs(page: Page, id: string, args: string) {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true&args=${encodeURIComponent(args)}`, { waitUntil: 'load' });
    await waitForStory(page, false);
    return page.evaluate(() => {
      const widget = [...document.querySelectorAll('#storybook-root *')].find((element) => element.localName.startsWith('wfp-'));
      const attributes = Object.fromEntries([...(widget?.attributes ?? [])].map((attribute) => [attribute.name, attribute.value]));
      return { attributes, text: widget?.shadowRoot?.textContent ?? '', barGauge: Boolean(widget?.shadowRoot?.querySelector('.gauge.bar .bar-fill')), arcGauge: Boolean(widget?.shadowRoot?.querySelector('svg[part="arc"]')) };
    });
  }

  interface ArgTypeRow {
    name?: string;
    options?: unknown[];
    type?: { name?: string };
    control?: { disable?: boolean } | false;
    table?: { category?: string };
  }
  /** The rendered story's rows (docs table and controls) and its initial args. */
  function storyArgTypes(page: Page) {
    return page.evaluate(() => {
      type Story = { argTypes: Record<string, ArgTypeRow>; initialArgs: Record<string, unknown> };
      const { argTypes, initialArgs } = (window as unknown as { __STORYBOOK_PREVIEW__: { currentRender: { story: Story } } }).__STORYBOOK_PREVIEW__.currentRender.story;
      return { argTypes, initialArgs };
    });
  }
  const hasControl = (row: ArgTypeRow) => Boolean(row.control && !row.control.disable);

  test('URL args with manifest-typed values reach the widget (gauge: variant, unit, sort)', async () => {
    const page = await newPage();
    try {
      const shown = await renderWithArgs(page, 'widgets-execution-gauge--playground', 'variant:bar;unit:hundred-million-won;breakdown:!true;sort:rate');
      assert.equal(shown.attributes['variant'], 'bar');
      assert.ok(shown.barGauge && !shown.arcGauge, 'variant:bar in the URL: the gauge draws no bar');
      assert.equal(shown.attributes['unit'], '억원');
      assert.match(shown.text, /억원/, 'unit:hundred-million-won in the URL: no amount in 억원');
      assert.equal(shown.attributes['sort'], 'rate');
    } finally {
      await page.close();
    }
  });

  test('URL args reach the staffing table (measure) and the program list (sort)', async () => {
    const page = await newPage();
    try {
      assert.equal((await renderWithArgs(page, 'widgets-staffing-table--playground', 'measure:vacancy')).attributes['measure'], 'vacancy');
      assert.equal((await renderWithArgs(page, 'widgets-program-list--playground', 'sort:budget')).attributes['sort'], 'budget');
    } finally {
      await page.close();
    }
  });

  test('the gauge documents its pace and breakdown parts beside the attributes of the same name', async () => {
    const page = await newPage();
    try {
      await renderWithArgs(page, 'widgets-execution-gauge--playground', '');
      const { argTypes } = await storyArgTypes(page);
      const rows = Object.values(argTypes).map((row) => ({ name: row.name, category: row.table?.category, control: hasControl(row) }));
      for (const name of ['pace', 'breakdown', 'label']) {
        assert.deepEqual(
          rows.filter((row) => row.name === name).sort((a, b) => String(a.category).localeCompare(String(b.category))),
          [
            { name, category: 'attributes', control: true },
            { name, category: 'css shadow parts', control: false },
          ],
          `rows named ${name}`,
        );
      }
    } finally {
      await page.close();
    }
  });

  test('a story whose render takes no args (Loading) shows no control', async () => {
    const page = await newPage();
    try {
      await page.goto(`${origin}/iframe.html?id=widgets-execution-gauge--loading&viewMode=story&globals=a11y.manual:!true`, { waitUntil: 'load' });
      await waitForStory(page, true);
      const { argTypes } = await storyArgTypes(page);
      assert.deepEqual(Object.keys(argTypes).filter((key) => hasControl(argTypes[key]!)), []);
    } finally {
      await page.close();
    }
  });

  /**
   * Every control a Playground shows, changed at once through the URL: each must change its
   * attribute on the widget. A control the render ignores, one Storybook cannot type, or two rows
   * for one attribute (`headlineLevel` and `headline-level`) fail here.
   */
  type Manifest = { modules: Array<{ declarations?: Array<{ attributes?: Array<{ name: string; fieldName?: string }> }> }> };
  const manifest: Manifest = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : { modules: [] };
  const attributes = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.attributes ?? []);
  /** The attribute an arg sets: rows are keyed by property name (`headlineLevel` → `headline-level`). */
  const attributeOf = (key: string): string => attributes.find((attribute) => attribute.fieldName === key)?.name ?? key;
  // Every widget story, not only the Playgrounds: a story with its own render (Compact, Open now)
  // must pass on every arg it shows a control for.
  // (Loading stories never finish loading; a test above checks they show no control.)
  for (const story of stories.filter((entry) => entry.title.startsWith('Widgets/') && !LOADING_STORY.test(entry.name))) {
    const playground = story.name === 'Playground';
    test(`${story.title} › ${story.name}: every control shown reaches the widget`, async () => {
      const page = await newPage();
      try {
        const before = await renderWithArgs(page, story.id, '');
        const { argTypes, initialArgs } = await storyArgTypes(page);
        const controls = Object.entries(argTypes)
          .filter(([, row]) => hasControl(row))
          .map(([key, row]) => ({ key, options: row.options, type: row.type?.name, current: initialArgs[key] }));
        if (playground) assert.ok(controls.length > 0, 'the Playground shows no control');
        if (controls.length === 0) return;
        const urlSafe = (value: unknown) => typeof value === 'string' && /^[\w -]+$/.test(value);
        const changed = controls.map(({ key, options, type, current }) => {
          let value: string;
          if (options) {
            const option = options.find((candidate) => candidate !== current && urlSafe(candidate));
            assert.ok(typeof option === 'string', `${key}: no URL-safe option other than ${String(current)}`);
            value = option;
          } else if (type === 'boolean') value = current ? '!false' : '!true';
          else if (type === 'number') value = String(typeof current === 'number' ? current + 1 : 3);
          else value = `changed-${key}`;
          return { key, attribute: attributeOf(key), value };
        });
        const after = await renderWithArgs(page, story.id, changed.map(({ key, value }) => `${key}:${value}`).join(';'));
        const dead = changed.filter(({ attribute }) => after.attributes[attribute] === before.attributes[attribute]);
        assert.deepEqual(
          dead.map(({ key, attribute, value }) => `${key} (${attribute}) = ${value}`),
          [],
          'controls that left their attribute unchanged',
        );
      } finally {
        await page.close();
      }
    });
  }
});

describe('reference pages', () => {
  test('the reference pages show names in descriptions as code, not as markdown backticks', async () => {
    const page = await newPage();
    try {
      for (const id of ['docs-reference-data-schema--fields', 'docs-reference-design-tokens--all-tokens', 'docs-reference-design-tokens--component-tokens']) {
        await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'load' });
        await waitForStory(page, false);
        const text = await page.evaluate(() => document.querySelector('#storybook-root')!.textContent ?? '');
        assert.ok(text.length > 500, `${id} rendered`);
        assert.doesNotMatch(text, /`/, `${id} shows a backtick`);
      }
    } finally {
      await page.close();
    }
  });

  test('field and token names wrap at their seams on a phone, never mid-word', async () => {
    const page = await newPage();
    try {
      await page.setViewportSize({ width: 360, height: 800 });
      for (const id of ['docs-reference-data-schema--fields', 'docs-reference-data-schema--coverage', 'docs-reference-design-tokens--all-tokens']) {
        await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'load' });
        await waitForStory(page, false);
        // Each piece between <wbr>s is one text node. Within it a line may break at a space or after
        // a hyphen (a font stack's "-apple-system"); the runs between are laid out on one line each.
        const split = await page.evaluate(() =>
          [...document.querySelectorAll('#storybook-root code')].flatMap((code) =>
            [...code.childNodes]
              .filter((node) => node.nodeType === Node.TEXT_NODE)
              .flatMap((node) =>
                [...node.textContent!.matchAll(/[^\s-]+/g)]
                  .filter((word) => {
                    const range = document.createRange();
                    range.setStart(node, word.index);
                    range.setEnd(node, word.index + word[0].length);
                    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
                  })
                  .map((word) => `${code.textContent}: "${word[0]}"`),
              ),
          ),
        );
        assert.deepEqual(split, [], `${id}: names broken mid-word`);
      }
    } finally {
      await page.close();
    }
  });
});
