// Headless Chromium through playwright-core (no browser download: the system Chromium, found as
// the tests find it).
//
// "Fresh page per run" is a fresh document: each run navigates a tab to the page anew (new DOM,
// new JS realm, nothing cached: the server sends no-store). The tab itself is kept within a
// scenario, because a new tab means a new renderer process, and its start-up (0.1–0.3 s on this
// machine kind, more when busy) would swamp the figures and make warm-up meaningless.
// BENCH_NEW_TAB=1 opens a new tab for every run instead.
import { chromium } from 'playwright-core';
import { findChrome, INSTALL_HINT } from '../../scripts/find-chrome.mjs';

export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];
export const VIEWPORT = { width: 1280, height: 800 };
export const NEW_TAB_PER_RUN = process.env.BENCH_NEW_TAB === '1';
const PAGE_TIMEOUT_MS = 120_000;

export async function launchBrowser() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
  return { browser, context, version: browser.version() };
}

/** A tab that collects page errors for the run that fails. */
export async function openTab(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return { page, problems };
}

/**
 * Navigates `tab` to `url` and returns what the page reported (`__benchDone`). `hooks.whileRunning`
 * lets profiling act during the run (e.g. start a recorder once the page opens its gate).
 */
export async function runPage(tab, url, hooks = {}) {
  const { page, problems } = tab;
  problems.length = 0;
  // Every variant keeps its own tab, and only the tab in front is scheduled like a page a citizen is
  // looking at: a page in another tab that fetches a module after its first render (the CDN file
  // importing the validator) got its next frames 1–2 s late. Bring this run's tab to the front.
  await page.bringToFront();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  let timer;
  const done = Promise.race([
    page.evaluate(() => globalThis.__benchDone),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${url}: no result within ${PAGE_TIMEOUT_MS / 1000} s\n${problems.join('\n')}`)), PAGE_TIMEOUT_MS);
    }),
  ]);
  try {
    const [result, extra] = await Promise.all([done, hooks.whileRunning?.(page)]);
    if (!result?.ok) throw new Error(`${url}\n${result?.error ?? 'no result'}\n${problems.join('\n')}`);
    return { result, extra };
  } finally {
    clearTimeout(timer);
  }
}

/** One run in its own tab (BENCH_NEW_TAB=1, and the request-count assertion). */
export async function runInNewTab(context, url, hooks) {
  const tab = await openTab(context);
  try {
    return await runPage(tab, url, hooks);
  } finally {
    await tab.page.close();
  }
}
