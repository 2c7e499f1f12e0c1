// The demo portal and the strict-CSP page as a webmaster would see them: built CDN file, plain
// HTML, served by `npm start`'s server (strict-csp.html with `Content-Security-Policy: default-src 'self'`).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createDemoServer } from '../../scripts/serve-demo.mjs';
import { launchChromium } from './browser.js';

const server = createDemoServer();
let browser: Browser;
let origin = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server.close();
});

/**
 * A CDN page on which one file beside the script (`unreachable`: wfp-en.js, wfp-boundaries.js) cannot
 * be fetched — refused, or with `stall` never answered — watched for what a host page would notice:
 * exceptions, unhandled rejections, the kinds of `wfp-error` events and the widgets' `[wfp]` console
 * warnings. `json` serves extra files; `head` goes before the widgets.
 */
async function openWithUnreachableFile(
  unreachable: string,
  lang: 'ko' | 'en',
  widgets: string,
  json: Record<string, string> = {},
  { stall = false, head = '' } = {},
) {
  const page = await browser.newPage();
  const thrown: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (error) => thrown.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().includes('[wfp]')) warnings.push(message.text());
  });
  await page.route(`${origin}/dist/cdn/${unreachable}`, (route) => (stall ? undefined : route.abort('connectionrefused')));
  for (const [path, body] of Object.entries(json)) await page.route(`${origin}${path}`, (route) => route.fulfill({ contentType: 'application/json', body }));
  const path = `/demo/without-${unreachable}.html`;
  await page.route(`${origin}${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}"><script>
addEventListener('unhandledrejection', () => { window.__rejections = (window.__rejections ?? 0) + 1; });
document.addEventListener('wfp-error', (event) => (window.__kinds ??= []).push(event.detail.kind));
</script>
<script type="module" src="/dist/cdn/wfp-widgets.js"></script>${head}${widgets}</html>`,
    }),
  );
  await page.goto(`${origin}${path}`);
  const noticed = async () => ({
    thrown,
    warnings,
    kinds: await page.evaluate(() => (window as unknown as { __kinds?: string[] }).__kinds ?? []),
    rejections: await page.evaluate(() => (window as unknown as { __rejections?: number }).__rejections ?? 0),
  });
  return { page, noticed };
}

/** Text of every widget's shadow root, keyed by tag, once each has left its loading state. */
async function openAndRead(page: Page, path: string): Promise<{ texts: Record<string, string[]>; problems: string[]; headers: Record<string, string> }> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  const response = await page.goto(`${origin}${path}`);
  assert.equal(response?.status(), 200);
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('wfp-execution-gauge, wfp-staffing-table, wfp-program-card, wfp-program-list, wfp-facility-locator')];
      return widgets.length > 0 && widgets.every((el) => el.shadowRoot && (el.shadowRoot.textContent ?? '').trim().length > 40 && !el.shadowRoot.querySelector('[aria-busy="true"]'));
    },
    undefined,
    { timeout: 60_000 },
  );
  const texts = await page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const el of document.querySelectorAll('wfp-execution-gauge, wfp-staffing-table, wfp-program-card, wfp-program-list, wfp-facility-locator')) {
      (out[el.localName] ??= []).push(el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    }
    return out;
  });
  return { texts, problems, headers: response!.headers() };
}

test('the district portal demo shows every widget with the official figures, without downloading the validator', async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const { texts, problems } = await openAndRead(page, '/demo/');
  assert.deepEqual(problems, []);
  // The official file is recognised by its digest: the page loads the CDN file and the dataset, once.
  assert.deepEqual(requested.filter((path) => path.startsWith('/dist/')).sort(), ['/dist/cdn/seoul-wfp-2024-03.json', '/dist/cdn/wfp-widgets.js']);
  assert.match(texts['wfp-execution-gauge']![0]!, /31\.4%/);
  assert.match(texts['wfp-execution-gauge']![1]!, /31\.2%/);
  assert.match(texts['wfp-execution-gauge']![2]!, /아동담당관/);
  assert.match(texts['wfp-staffing-table']![0]!, /230 \/ 230 \(173\)/);
  assert.match(texts['wfp-program-list']![0]!, /강서구/);
  assert.match(texts['wfp-facility-locator']![0]!, /강서구/);
  // Every widget carries the source and as-of line.
  for (const list of Object.values(texts)) for (const text of list) assert.match(text, /2024년 3월 말 기준/);
  await page.close();
});

test('on the portal’s 10 px rem the widgets keep their size, and grow in proportion with a "larger text" control that raises it', async () => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  await openAndRead(page, '/demo/');
  const sizes = async (rootSize: string) =>
    page.evaluate(async (size) => {
      document.documentElement.style.fontSize = size;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      // (No named helper in here: tsx would wrap it in a __name() the page does not have.)
      const [gauge, table] = ['wfp-execution-gauge', 'wfp-staffing-table'].map(
        (tag) => getComputedStyle(document.querySelector(tag)!.shadowRoot!.querySelector('.base')!).fontSize,
      );
      return { page: getComputedStyle(document.body).fontSize, gauge, table };
    }, rootSize);
  // portal.css: html 62.5 %, body 1.7rem (KRDS). The widgets' body text is 17 px by design.
  assert.deepEqual(await sizes(''), { page: '17px', gauge: '17px', table: '17px' });
  assert.deepEqual(await sizes('75%'), { page: '20.4px', gauge: '20.4px', table: '20.4px' });
  // Never below the reader's default, even where a page shrinks its rem further (50 % on phones).
  assert.deepEqual(await sizes('50%'), { page: '13.6px', gauge: '17px', table: '17px' });
  await page.close();
});

test('the demo portal reflows on a 320 px screen with text at 200 %: the page never scrolls sideways (WCAG 1.4.10)', async () => {
  // The page webmasters copy: its own grid must not demand 25.6rem either (minmax(min(25.6rem, 100%), 1fr)).
  const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
  // The reader's default font size doubled (browser settings), not the page's rem: the portal keeps
  // KRDS's 62.5 % of it (a 20 px rem), and the widgets, sized from that default, get 32 px.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await openAndRead(page, '/demo/');
  const sizes = await page.evaluate(() => ({
    rem: getComputedStyle(document.documentElement).fontSize,
    widgetText: getComputedStyle(document.querySelector('wfp-staffing-table')!.shadowRoot!.querySelector('.base')!).fontSize,
  }));
  assert.deepEqual(sizes, { rem: '20px', widgetText: '34px' }, 'text at 200 %: the page at 62.5 % of 32 px, the widgets at twice their 17 px');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, `the page is ${overflow} px wider than the screen`);
  await page.close();
});

test('in forced colours (a Windows contrast theme) the focus ring and a selected tile’s count use system colours, whatever theme the page set', async () => {
  // Tiles and chips opt out of forced colours to keep their own fills: a theme's colour (high
  // contrast's yellow ring, 1.4:1 on a white tile) must not be what they draw.
  const page = await browser.newPage({ forcedColors: 'active', colorScheme: 'light' });
  const path = '/demo/forced-colors.html';
  await page.route(`${origin}${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="ko"><script type="module" src="/dist/cdn/wfp-widgets.js"></script>
<div style="color: HighlightText" id="probe"></div>
${['high-contrast', 'dark', 'light'].map((theme) => `<wfp-facility-locator theme="${theme}" district="gangseo"></wfp-facility-locator>`).join('\n')}</html>`,
    }),
  );
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => [...document.querySelectorAll('wfp-facility-locator')].every((el) => el.shadowRoot?.querySelector('.tiles')));
  const seen = await page.evaluate(() => {
    const highlightText = getComputedStyle(document.getElementById('probe')!).color;
    return [...document.querySelectorAll('wfp-facility-locator')].map((el) => {
      const root = el.shadowRoot!;
      const count = root.querySelector('button.tile[data-district="gangseo"]')!.parentElement!.querySelector('.tile-count')!;
      return {
        theme: el.getAttribute('theme'),
        focus: getComputedStyle(root.querySelector('.base')!).getPropertyValue('--_color-focus').trim().toLowerCase(),
        countIsHighlightText: getComputedStyle(count).color === highlightText,
      };
    });
  });
  assert.deepEqual(seen, ['high-contrast', 'dark', 'light'].map((theme) => ({ theme, focus: 'highlight', countIsHighlightText: true })));
  // Every tile is plain Canvas here: the legend of fill steps ("적음 ▢▢▢▢▢ 많음", "색이 강할수록…")
  // would promise shades the map no longer draws, so it is not shown.
  const legend = await page.evaluate(() =>
    [...document.querySelectorAll('wfp-facility-locator')].map((el) => {
      const root = el.shadowRoot!;
      const tiles = new Set([...root.querySelectorAll('button.tile[aria-pressed="false"]')].map((tile) => getComputedStyle(tile).backgroundColor));
      return { plainTiles: tiles.size === 1, legendShown: (root.querySelector('.legend') as HTMLElement).offsetHeight > 0 };
    }),
  );
  assert.deepEqual(legend, Array(3).fill({ plainTiles: true, legendShown: false }));
  // And what is drawn: a chip focused from the keyboard gets a Highlight ring.
  await page.locator('wfp-facility-locator[theme="high-contrast"] button.chip').first().focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const el = document.querySelector('wfp-facility-locator[theme="high-contrast"]')!;
    const focused = el.shadowRoot!.activeElement!;
    const probe = document.createElement('div');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    return { outline: getComputedStyle(focused).outlineColor, highlight: getComputedStyle(probe).color, chip: focused.classList.contains('chip') };
  });
  assert.equal(ring.outline, ring.highlight, `focus ring ${ring.outline} (chip focused: ${ring.chip})`);
  await page.close();
});

test("the reader's system settings on a light-only page: dark mode leaves the widgets light, more contrast turns them high contrast", async () => {
  // A portal that declares no dark look (no color-scheme), as most are; the CDN file as shipped.
  const path = '/demo/light-only.html';
  const body = `<!doctype html><html lang="ko"><script type="module" src="/dist/cdn/wfp-widgets.js"></script>
<wfp-execution-gauge department="early-childhood"></wfp-execution-gauge><wfp-facility-locator district="gangseo"></wfp-facility-locator></html>`;
  const seen: Record<string, unknown> = {};
  for (const [name, options] of [['dark', { colorScheme: 'dark' }], ['more contrast', { colorScheme: 'light', contrast: 'more' }]] as const) {
    const page = await browser.newPage(options);
    await page.route(`${origin}${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => document.querySelector('wfp-facility-locator')?.shadowRoot?.querySelector('.tiles'));
    seen[name] = await page.evaluate(() => {
      const [gauge, locator] = ['wfp-execution-gauge', 'wfp-facility-locator'].map((tag) =>
        getComputedStyle(document.querySelector(tag)!.shadowRoot!.querySelector('.base')!),
      ) as [CSSStyleDeclaration, CSSStyleDeclaration];
      return {
        surfaces: [gauge.backgroundColor, locator.backgroundColor],
        // High contrast's primary and primary-strong are one yellow: the map's steps 3 and 4 must still differ.
        steps3and4Differ: locator.getPropertyValue('--_tile-3').trim() !== locator.getPropertyValue('--_tile-4').trim(),
      };
    });
    await page.close();
  }
  assert.deepEqual(seen, {
    dark: { surfaces: ['rgb(255, 255, 255)', 'rgb(255, 255, 255)'], steps3and4Differ: true },
    'more contrast': { surfaces: ['rgb(0, 0, 0)', 'rgb(0, 0, 0)'], steps3and4Differ: true },
  });
});

test('on a page without a doctype (quirks mode, as in old CMSs) every widget lays out and colours its text as on a standards page', async () => {
  // Quirks mode gives tables the browser's default font size, line height and colour (black, on a
  // high-contrast widget's black), and forms a bottom margin.
  const widgets = `<div theme="high-contrast" style="inline-size: 700px"><wfp-execution-gauge breakdown></wfp-execution-gauge>
<wfp-staffing-table></wfp-staffing-table><wfp-program-card program="mom-dad-taxi"></wfp-program-card>
<wfp-program-list district="gangseo"></wfp-program-list><wfp-facility-locator district="gangseo"></wfp-facility-locator></div>`;
  const seen: Record<string, { sizes: number[]; offColour: string[] }> = {};
  for (const [name, doctype] of [['standards', '<!doctype html>'], ['quirks', '']] as const) {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const path = `/demo/${name}.html`;
    await page.route(`${origin}${path}`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: `${doctype}<html lang="ko"><script type="module" src="/dist/cdn/wfp-widgets.js"></script>${widgets}</html>` }),
    );
    await page.goto(`${origin}${path}`);
    assert.equal(await page.evaluate(() => document.compatMode), name === 'quirks' ? 'BackCompat' : 'CSS1Compat');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('div > *')].every((el) => el.shadowRoot?.querySelector('.base') && !el.shadowRoot.querySelector('.skeleton, .skeleton-text')),
    );
    seen[name] = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('div > *')];
      const list = document.querySelector('wfp-program-list')!;
      const results = list.shadowRoot!.querySelector('ul.results')!;
      // The list's whole height sums a pixel-sized quirk over every card: its form and one card instead.
      const sizes = [
        ...hosts.filter((el) => el !== list).map((el) => el.getBoundingClientRect().height),
        results.getBoundingClientRect().top - list.getBoundingClientRect().top,
        results.firstElementChild!.getBoundingClientRect().height,
      ].map(Math.round);
      // Table text in the widget's colour (the program card's tables sit in nested cards too).
      const roots = [...hosts, ...list.shadowRoot!.querySelectorAll('wfp-program-card')].map((el) => el.shadowRoot!);
      const offColour = roots.flatMap((root) => {
        const colour = getComputedStyle(root.querySelector('.base')!).color;
        return [...root.querySelectorAll('caption, th, td')].filter((cell) => getComputedStyle(cell).color !== colour).map((cell) => cell.textContent!.trim().slice(0, 20));
      });
      return { sizes, offColour };
    });
    await page.close();
  }
  assert.deepEqual(seen.quirks!.offColour, [], 'table text in another colour than the widget\'s');
  // Within 4 px: quirks mode still draws inline text boxes a pixel or two shorter.
  const off = seen.standards!.sizes.map((size, at) => Math.abs(size - seen.quirks!.sizes[at]!));
  assert.ok(Math.max(...off) <= 4, `gauge, staffing table, card, locator heights; list's results offset, first card: standards ${seen.standards!.sizes}, quirks ${seen.quirks!.sizes}`);
});

test('the district switcher changes every widget that takes a district', async () => {
  const page = await browser.newPage();
  await openAndRead(page, '/demo/');
  await page.selectOption('#district-switcher', 'geumcheon');
  await page.waitForFunction(() => document.querySelector('wfp-facility-locator')!.shadowRoot!.textContent!.includes('가산디지털1로 120'), undefined, { timeout: 10_000 });
  const districts = await page.evaluate(() => [...document.querySelectorAll('wfp-program-list, wfp-facility-locator')].map((el) => el.getAttribute('district')));
  assert.deepEqual(districts, ['geumcheon', 'geumcheon']);
  assert.equal(await page.textContent('h1'), '금천구 여성·가족 정보');
  await page.close();
});

test('the portal language toggle switches the widgets to English, downloading the English words then, once', async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await openAndRead(page, '/demo/');
  assert.deepEqual(requested.filter((path) => path.endsWith('wfp-en.js')), [], 'a Korean page does not download the English words');
  await page.selectOption('#lang-switcher', 'en');
  await page.waitForFunction(() => {
    const [gauge, table] = ['wfp-execution-gauge', 'wfp-staffing-table'].map((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '');
    return gauge!.includes('As of 31 March 2024') && gauge!.includes('Budget execution') && table!.includes('Download CSV');
  }, undefined, { timeout: 10_000 });
  assert.deepEqual(requested.filter((path) => path.endsWith('wfp-en.js')), ['/dist/cdn/wfp-en.js']);
  // The portal's own Korean words stay marked Korean under <html lang="en"> (WCAG 3.1.2): a screen
  // reader switches voice for them.
  const unmarked = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (/[가-힣]/.test(node.textContent!) && parent.closest('[lang]')?.getAttribute('lang') !== 'ko' && !parent.closest('script, option')) found.push(node.textContent!.trim());
    }
    return found;
  });
  assert.deepEqual(unmarked, []);
  await page.close();
});

test('when wfp-en.js cannot be loaded, the widgets on an English page show their figures in Korean, marked lang=ko, warn once and throw nothing', async () => {
  const { page, noticed } = await openWithUnreachableFile('wfp-en.js', 'en', '<wfp-execution-gauge></wfp-execution-gauge><wfp-staffing-table></wfp-staffing-table>');
  await page.waitForFunction(() => {
    const [gauge, table] = ['wfp-execution-gauge', 'wfp-staffing-table'].map((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '');
    return gauge!.includes('31.4%') && table!.includes('230 / 230 (173)');
  }, undefined, { timeout: 30_000 });
  const gauge = await page.evaluate(() => document.querySelector('wfp-execution-gauge')!.shadowRoot!.textContent!);
  assert.match(gauge, /예산 집행률/);
  assert.match(gauge, /2024년 3월 말 기준/, 'Korean throughout, not Korean words in English formats');
  // Marked as Korean, so a screen reader does not read the Korean words with an English voice.
  const langs = await page.evaluate(() => ['wfp-execution-gauge', 'wfp-staffing-table'].map((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')));
  assert.deepEqual(langs, ['ko', 'ko']);
  const { thrown, warnings, kinds, rejections } = await noticed();
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0]!, /English labels could not be loaded/);
  assert.deepEqual(thrown, []);
  assert.deepEqual(kinds, [], 'no wfp-error: the figures are shown');
  assert.equal(rejections, 0);
  await page.close();
});

test('the strict-CSP page renders every widget with no CSP violation', async () => {
  const page = await browser.newPage();
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __cspViolation(text: string): void }).__cspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const { texts, problems, headers } = await openAndRead(page, '/demo/strict-csp.html');
  assert.equal(headers['content-security-policy'], "default-src 'self'");
  assert.deepEqual(problems, []);
  assert.deepEqual(violations, []);
  assert.match(texts['wfp-execution-gauge']![0]!, /31\.2%/);
  assert.match(texts['wfp-execution-gauge']![1]!, /아동담당관/);
  assert.match(texts['wfp-staffing-table']![0]!, /87\.5%/);
  assert.match(texts['wfp-program-card']![0]!, /68\.5%/);
  assert.match(texts['wfp-program-list']![0]!, /아이돌봄/);
  assert.match(texts['wfp-facility-locator']![0]!, /가산디지털1로 120/);
  await page.close();
});

test('the lazily imported validator is pinned by an import map with integrity: right hash renders, wrong hash is refused with a message', async () => {
  const chunk = 'wfp-validator.js';
  const sri = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  // A district's file: the official figures re-indented, so its bytes are not the official ones and
  // the widget has to import the validator before showing it.
  const district = JSON.stringify(JSON.parse(readFileSync('dist/cdn/seoul-wfp-2024-03.json', 'utf8')), null, 1);
  for (const [hash, expected] of [
    [sri(readFileSync(`dist/cdn/${chunk}`)), /230 \/ 230 \(173\)/],
    [sri(Buffer.from('not the validator')), /검사하는 프로그램 파일을 불러오지 못했습니다\. 스크립트 옆에 wfp-widgets\.js와 같은 배포본의 wfp-validator\.js가 있는지 확인하세요/],
  ] as const) {
    const page = await browser.newPage();
    await page.route(`${origin}/dist/district.json`, (route) => route.fulfill({ contentType: 'application/json', body: district }));
    await page.route(`${origin}/demo/integrity.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="ko"><script type="importmap">${JSON.stringify({ integrity: { [`${origin}/dist/cdn/${chunk}`]: hash } })}</script>
<script type="module" src="/dist/cdn/wfp-widgets.js"></script><wfp-staffing-table src="/dist/district.json"></wfp-staffing-table></html>`,
      }),
    );
    await page.goto(`${origin}/demo/integrity.html`);
    await page.waitForFunction(() => {
      const root = document.querySelector('wfp-staffing-table')?.shadowRoot;
      return root && !root.querySelector('[aria-busy="true"]') && (root.textContent ?? '').trim().length > 40;
    }, undefined, { timeout: 30_000 });
    const text = await page.evaluate(() => document.querySelector('wfp-staffing-table')!.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    assert.match(text, expected);
    await page.close();
  }
});

test('a page loading the script under another URL (?v=1) validates a district file and draws boundaries from the files beside it, with one copy of the widgets', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const district = JSON.stringify(JSON.parse(readFileSync('dist/cdn/seoul-wfp-2024-03.json', 'utf8')), null, 1);
  const square = (west: number, south: number) => [[[west, south], [west + 0.05, south], [west + 0.05, south + 0.05], [west, south + 0.05], [west, south]]];
  const boundaries = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: '강서구' }, geometry: { type: 'Polygon', coordinates: square(126.8, 37.55) } },
      { type: 'Feature', properties: { name: '양천구' }, geometry: { type: 'Polygon', coordinates: square(126.85, 37.5) } },
    ],
  };
  await page.route(`${origin}/dist/district.json`, (route) => route.fulfill({ contentType: 'application/json', body: district }));
  await page.route(`${origin}/dist/boundaries.json`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(boundaries) }));
  await page.route(`${origin}/demo/versioned.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="ko"><script type="module" src="/dist/cdn/wfp-widgets.js?v=1"></script>
<wfp-staffing-table src="/dist/district.json"></wfp-staffing-table>
<wfp-facility-locator boundaries-src="/dist/boundaries.json"></wfp-facility-locator></html>`,
    }),
  );
  await page.goto(`${origin}/demo/versioned.html`);
  await page.waitForFunction(() => {
    const table = document.querySelector('wfp-staffing-table')?.shadowRoot;
    const locator = document.querySelector('wfp-facility-locator')?.shadowRoot;
    return (table?.textContent ?? '').includes('230 / 230 (173)') && locator?.querySelector('svg.boundaries path') !== null && locator?.querySelector('svg.boundaries path') !== undefined;
  }, undefined, { timeout: 30_000 });
  assert.deepEqual(problems, []);
  assert.deepEqual(requested.filter((path) => path.endsWith('.js')).sort(), ['/dist/cdn/wfp-boundaries.js', '/dist/cdn/wfp-validator.js', '/dist/cdn/wfp-widgets.js']);
  await page.close();
});

test('a page that loads the CDN file twice (two URLs) throws nothing, warns once, and every widget still works', async () => {
  const page = await browser.newPage();
  const thrown: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (error) => thrown.push(String(error)));
  page.on('console', (message) => message.type() === 'warning' && message.text().includes('[wfp]') && warnings.push(message.text()));
  await page.route(`${origin}/demo/twice.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="ko"><script type="module" src="/dist/cdn/wfp-widgets.js"></script>
<script type="module" src="/dist/cdn/wfp-widgets.js?copy=2"></script>
<wfp-execution-gauge department="영유아담당관"></wfp-execution-gauge><wfp-staffing-table></wfp-staffing-table></html>`,
    }),
  );
  await page.goto(`${origin}/demo/twice.html`);
  await page.waitForFunction(
    () =>
      (document.querySelector('wfp-execution-gauge')?.shadowRoot?.textContent ?? '').includes('31.2%') &&
      (document.querySelector('wfp-staffing-table')?.shadowRoot?.textContent ?? '').includes('230 / 230 (173)'),
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(200);
  assert.deepEqual(thrown, []);
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0]!, /seoul-wfp-widgets is loaded twice on this page \(<wfp-[a-z-]+> was already defined\).*Load the library once\./);
  await page.close();
});

test("a misspelt attribute pasted into a CMS page, or another widget's name for it, is named once in the console with the one it was meant to be; global, data- and aria- attributes are left alone", async () => {
  // The CDN file only (webmasters type attributes by hand; npm users have typings that catch slips).
  const { page, noticed } = await openWithUnreachableFile(
    'wfp-en.js',
    'ko',
    `<wfp-execution-gauge departmnet="영유아담당관" id="g" class="x" style="margin: 0" title="t" lang="ko" dir="ltr" data-src="a" aria-describedby="g" tabindex="-1"></wfp-execution-gauge>
<wfp-facility-locator distict="강서구" headlinelevel="3"></wfp-facility-locator>
<wfp-program-card program="mom-dad-taxi" part="p" slot="s"></wfp-program-card>
<wfp-staffing-table division="children"></wfp-staffing-table>
<wfp-program-list program="mom-dad-taxi" division="children"></wfp-program-list>
<wfp-program-card program-ids="mom-dad-taxi"></wfp-program-card>`,
  );
  await page.waitForFunction(
    () => [...document.querySelectorAll('body > *')].filter((el) => el.localName.startsWith('wfp-')).every((el) => el.shadowRoot?.querySelector('.source, table, [part="results"], [part="error"]')),
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(100);
  const { warnings, thrown } = await noticed();
  assert.deepEqual(warnings.sort(), [
    '[wfp] <wfp-execution-gauge> has no attribute "departmnet" (ignored); did you mean "department"?',
    '[wfp] <wfp-facility-locator> has no attribute "distict" (ignored); did you mean "district"?',
    '[wfp] <wfp-facility-locator> has no attribute "headlinelevel" (ignored); did you mean "headline-level"?',
    // The list's names: the table takes department only, the list program-ids (and division itself).
    '[wfp] <wfp-program-card> has no attribute "program-ids" (ignored); did you mean "program"?',
    // …and the card without a program says what it needs, as a box and a console line.
    '[wfp] <wfp-program-card>: Set the program attribute to a program id, e.g. program="mom-dad-taxi".',
    '[wfp] <wfp-program-list> has no attribute "program" (ignored); did you mean "program-ids"?',
    '[wfp] <wfp-staffing-table> has no attribute "division" (ignored); did you mean "department"?',
  ]);
  assert.deepEqual(thrown, []);
  await page.close();
});

test('when wfp-boundaries.js cannot be loaded, the locator says so in its own box, naming that file (not the boundary data), and nothing is thrown into the page', async () => {
  const { page, noticed } = await openWithUnreachableFile('wfp-boundaries.js', 'ko', '<wfp-facility-locator boundaries-src="/dist/boundaries.json"></wfp-facility-locator>', {
    '/dist/boundaries.json': '{"type":"FeatureCollection","features":[]}',
  });
  await page.waitForFunction(() => (document.querySelector('wfp-facility-locator')?.shadowRoot?.textContent ?? '').includes('wfp-boundaries.js'), undefined, { timeout: 30_000 });
  const box = await page.evaluate(() => [...document.querySelector('wfp-facility-locator')!.shadowRoot!.querySelectorAll('.status')].map((status) => status.textContent).join(' ').replace(/\s+/g, ' '));
  assert.match(box, /자치구 경계를 그리는 파일을 불러오지 못했습니다\. 스크립트 옆에 wfp-widgets\.js와 같은 배포본의 wfp-boundaries\.js가 있는지 확인하세요\./);
  assert.doesNotMatch(box, /boundaries\.json/, 'the boundary data is not to blame');
  // It then rests: the failed import is not tried again on every update (it was, some 2,000 a
  // second, each rendering the same box, so only counting updates shows it).
  const updates = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const locator = document.querySelector('wfp-facility-locator') as unknown as { updated(changed: unknown): void };
        const updated = locator.updated;
        let count = 0;
        locator.updated = function (this: typeof locator, changed: unknown) {
          count += 1;
          updated.call(this, changed);
        };
        setTimeout(() => resolve(count), 500);
      }),
  );
  assert.ok(updates < 5, `${updates} updates in 500 ms of rest`);
  const { thrown, kinds, rejections } = await noticed();
  assert.deepEqual(kinds, ['network']);
  assert.deepEqual(thrown, []);
  assert.equal(rejections, 0);
  await page.close();
});

test('when wfp-validator.js never answers, a district dataset ends in the error box after the data timeout, not a skeleton for ever', async () => {
  const district = JSON.parse(readFileSync('dist/cdn/seoul-wfp-2024-03.json', 'utf8'));
  district.meta.title = { ko: '가상구 자료', en: 'District data' }; // other bytes: validated before use
  const { page, noticed } = await openWithUnreachableFile(
    'wfp-validator.js',
    'ko',
    '<wfp-staffing-table src="/dist/district.json"></wfp-staffing-table>',
    { '/dist/district.json': JSON.stringify(district) },
    { stall: true, head: `<script type="module">import { configureDataLoading } from '/dist/cdn/wfp-widgets.js'; configureDataLoading({ timeoutMs: 1500 });</script>` },
  );
  await page.waitForFunction(() => document.querySelector('wfp-staffing-table')?.shadowRoot?.querySelector('[part="error"]') !== null, undefined, { timeout: 15_000 });
  const { thrown, kinds, rejections } = await noticed();
  assert.deepEqual(kinds, ['validator']);
  assert.deepEqual(thrown, []);
  assert.equal(rejections, 0);
  await page.close();
});

test('a district file with a JSON mistake: the box says where and what to fix, with wfp-json-syntax.js loaded only then; without that file, it names the file', async () => {
  // A comma left after the last item of "meta" on line 4 (the commonest hand-editing mistake).
  const broken = '{\n  "schemaVersion": "1.0",\n  "meta": {\n    "title": { "ko": "가상구" },\n  }\n}';
  const widget = '<wfp-execution-gauge src="/dist/district.json"></wfp-execution-gauge>';
  const boxText = (page: Page) =>
    page
      .waitForFunction(() => document.querySelector('wfp-execution-gauge')?.shadowRoot?.querySelector('[part="error"]') != null, undefined, { timeout: 15_000 })
      .then(() => page.evaluate(() => document.querySelector('wfp-execution-gauge')!.shadowRoot!.querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ')));

  const page = await browser.newPage();
  const requested: string[] = [];
  const thrown: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  page.on('pageerror', (error) => thrown.push(String(error)));
  await page.route(`${origin}/dist/district.json`, (route) => route.fulfill({ contentType: 'application/json', body: broken }));
  await page.route(`${origin}/demo/broken-json.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="ko"><script type="module" src="/dist/cdn/wfp-widgets.js"></script>${widget}</html>` }),
  );
  await page.goto(`${origin}/demo/broken-json.html`);
  assert.match(await boxText(page), /올바른 JSON이 아닙니다\. 4번째 줄 29번째 글자: 닫는 괄호 앞에 쉼표\(,\)가 남아 있습니다\. 마지막 항목 뒤의 쉼표를 지우세요\./);
  assert.deepEqual(requested.filter((path) => path.endsWith('.js')).sort(), ['/dist/cdn/wfp-json-syntax.js', '/dist/cdn/wfp-widgets.js'], 'the checker, not the validator');
  assert.deepEqual(thrown, []);
  await page.close();

  const without = await openWithUnreachableFile('wfp-json-syntax.js', 'ko', widget, { '/dist/district.json': broken });
  // Without the checker the place is unknown, and the box names the file that finds it.
  assert.match(
    await boxText(without.page),
    /\/dist\/district\.json\)이 올바른 JSON이 아닙니다\. 틀린 곳을 찾는 파일을 불러오지 못했습니다\. 스크립트 옆에 wfp-widgets\.js와 같은 배포본의 wfp-json-syntax\.js가 있는지 확인하세요\. ?다시 시도/,
  );
  const fallback = await without.noticed();
  assert.deepEqual(fallback.kinds, ['json']);
  assert.deepEqual(fallback.thrown, []);
  assert.equal(fallback.rejections, 0);
  await without.page.close();
});

/**
 * A CDN page with these widgets, the files it requested (paths under /dist/cdn/) once every widget
 * has left its loading state, and the widgets' text. `missing` answers 404 for one file beside the
 * script.
 */
async function openWidgets(widgets: string, { missing = '' } = {}) {
  const page = await browser.newPage();
  const requested: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname.replace('/dist/cdn/', '')));
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  if (missing) await page.route(`${origin}/dist/cdn/${missing}`, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
  const path = `/demo/widgets-${requested.length}-${Math.random().toString(36).slice(2)}.html`;
  await page.route(`${origin}${path}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="ko"><script type="module" src="/dist/cdn/wfp-widgets.js"></script>${widgets}</html>` }),
  );
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('body > *')].every((el) => el.shadowRoot?.querySelector('.base') && !el.shadowRoot.querySelector('[aria-busy="true"]')),
  );
  const texts = await page.evaluate(() => [...document.querySelectorAll('body > *')].map((el) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim()));
  await page.close();
  return { requested: requested.filter((name) => name.endsWith('.json') || name.endsWith('.js')).sort(), texts, problems };
}

test('a page with only gauges and staffing tables downloads the figures file (a tenth of the dataset), no validator, and shows the same figures', async () => {
  const widgets = (src = '') =>
    `<wfp-execution-gauge ${src} department="아동담당관" breakdown limit="3"></wfp-execution-gauge><wfp-staffing-table ${src} measure="vacancy" bars></wfp-staffing-table>`;
  const light = await openWidgets(widgets());
  assert.deepEqual(light.requested, ['seoul-wfp-2024-03.figures.json', 'wfp-widgets.js']);
  assert.deepEqual(light.problems, []);
  // Told to read the full file, the same widgets show the same words and figures.
  const full = await openWidgets(widgets('src="/dist/cdn/seoul-wfp-2024-03.json"'));
  assert.deepEqual(full.requested, ['seoul-wfp-2024-03.json', 'wfp-widgets.js']);
  assert.deepEqual(light.texts, full.texts);
  assert.match(light.texts[0]!, /아동담당관 예산 집행률/);
  assert.match(light.texts[1]!, /결원/);
});

test("a district's own figures (budget and spent) on a page with only the script: no data file is requested and nothing is logged; pace=\"auto\" still reads the as-of date", async () => {
  const own = '<wfp-execution-gauge budget="1200000000" spent="300000000" label="구 자체 사업"></wfp-execution-gauge>';
  const onlyScript = { missing: '*.json' };
  const { requested, texts, problems } = await openWidgets(own, onlyScript);
  assert.deepEqual(requested, ['wfp-widgets.js']);
  assert.deepEqual(problems, []);
  assert.match(texts[0]!, /25\.0% 구 자체 사업 예산 집행률 12억원 중 3억원 집행/);
  const paced = await openWidgets(own.replace('label=', 'pace="auto" label='));
  assert.deepEqual(paced.requested, ['seoul-wfp-2024-03.figures.json', 'wfp-widgets.js']);
  assert.match(paced.texts[0]!, /계획 진도\(25\.0%\)/);
});

test('with a card, a list or the locator on the page too, every widget reads the one full file, whichever comes first', async () => {
  for (const widgets of [
    '<wfp-execution-gauge></wfp-execution-gauge><wfp-program-list limit="2"></wfp-program-list>',
    '<wfp-program-card program="mom-dad-taxi"></wfp-program-card><wfp-staffing-table></wfp-staffing-table>',
    '<wfp-staffing-table></wfp-staffing-table><wfp-facility-locator district="gangseo"></wfp-facility-locator>',
  ]) {
    const { requested, problems } = await openWidgets(widgets);
    assert.deepEqual(requested, ['seoul-wfp-2024-03.json', 'wfp-widgets.js'], widgets);
    assert.deepEqual(problems, []);
  }
});

test('the figures file missing beside the script (copied without it): the widgets read the full file instead', async () => {
  const { requested, texts, problems } = await openWidgets('<wfp-execution-gauge></wfp-execution-gauge><wfp-staffing-table></wfp-staffing-table>', {
    missing: 'seoul-wfp-2024-03.figures.json',
  });
  assert.deepEqual(requested, ['seoul-wfp-2024-03.figures.json', 'seoul-wfp-2024-03.json', 'wfp-widgets.js']);
  assert.deepEqual(problems, []);
  assert.match(texts[0]!, /31\.4%/);
  assert.match(texts[1]!, /230 \/ 230 \(173\)/);
});

test('a gauge whose source changes while the figures file is failing keeps its new source: its box and its Retry name the new file', async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  // The figures file answers 404 only after the page has pointed the gauge at a district file that is missing too.
  let answerFigures!: () => void;
  const figuresHeld = new Promise<void>((resolve) => (answerFigures = resolve));
  await page.route(`${origin}/dist/cdn/seoul-wfp-2024-03.figures.json`, async (route) => {
    await figuresHeld;
    await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  });
  await page.route(`${origin}/demo/source-change.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="ko"><script type="module" src="/dist/cdn/wfp-widgets.js"></script><wfp-execution-gauge></wfp-execution-gauge></html>' }),
  );
  try {
    await page.goto(`${origin}/demo/source-change.html`);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('.figures.json')) || document.querySelector('wfp-execution-gauge')?.shadowRoot?.querySelector('[aria-busy="true"]'));
    await page.evaluate(() => document.querySelector('wfp-execution-gauge')!.setAttribute('src', '/missing-district.json'));
    await page.waitForFunction(() => document.querySelector('wfp-execution-gauge')!.shadowRoot!.querySelector('[part="error"]'));
    answerFigures();
    await page.waitForTimeout(500);
    const box = await page.evaluate(() => document.querySelector('wfp-execution-gauge')!.shadowRoot!.querySelector('[part="error"]')!.textContent!);
    assert.match(box, /missing-district\.json/);
    assert.ok(!requested.includes('/dist/cdn/seoul-wfp-2024-03.json'), 'the replaced run fell back to the full file');
    requested.length = 0;
    await page.evaluate(() => (document.querySelector('wfp-execution-gauge')!.shadowRoot!.querySelector('[part="error"] button') as HTMLButtonElement).click());
    await page.waitForTimeout(500);
    assert.deepEqual(requested.filter((path) => path.endsWith('.json')), ['/missing-district.json'], 'Retry asks for the file the box names');
  } finally {
    await page.close();
  }
});

test('a figures file that never answers: the gauge times out in its box and the console names that file once (no fallback to wait for again)', async () => {
  const { page, noticed } = await openWithUnreachableFile('seoul-wfp-2024-03.figures.json', 'ko', '<wfp-execution-gauge></wfp-execution-gauge>', {}, {
    stall: true,
    head: `<script type="module">import { configureDataLoading } from '/dist/cdn/wfp-widgets.js'; configureDataLoading({ timeoutMs: 1500 });</script>`,
  });
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('[wfp]')) logged.push(message.text());
  });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.waitForFunction(() => document.querySelector('wfp-execution-gauge')?.shadowRoot?.querySelector('[part="error"]') !== null, undefined, { timeout: 15_000 });
  await page.waitForTimeout(300);
  const { thrown, kinds } = await noticed();
  assert.deepEqual(kinds, ['timeout']);
  assert.deepEqual(thrown, []);
  assert.equal(logged.length, 1, logged.join('\n'));
  assert.match(logged[0]!, /seoul-wfp-2024-03\.figures\.json/);
  assert.ok(!requested.includes('/dist/cdn/seoul-wfp-2024-03.json'), 'no fallback after a timeout');
  await page.close();
});
