/**
 * Fault matrix for data loading. A real server (tests/hardening/fault-server.mjs, on the test
 * server's origin, plus a closed loopback port) misbehaves on purpose; every widget type sits on the
 * page, 20 widgets sharing one URL — half through `<wfp-data src>`, half through their own `src`.
 * For each fault and each page locale: the specific message in every widget, a retry control,
 * `wfp-error` once per widget with the right kind, one console line per URL, one request for all
 * 20 widgets (plus one per retry), recovery through the retry control, nothing thrown.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { clearDatasetCache, configureDataLoading, DEFAULT_TIMEOUT_MS, dataLoadingSettings } from '../../src/data/index.js';
import type { WfpErrorDetail, WfpErrorEvent } from '../../src/events/wfp-error-event.js';
import type { Locale } from '../../src/i18n/locale.js';
import { dataStatus, faults, faultUrl, setPageLang, uniqueKey, waitFor, watchPage, WIDGET_TAGS, type PageWatch, type WidgetTag } from './helpers.js';

/** Attributes that make each widget show something specific from the official dataset. */
const WIDGET_ATTRIBUTES: Record<WidgetTag, Record<string, string>> = {
  'wfp-execution-gauge': { department: 'children' },
  'wfp-staffing-table': {},
  'wfp-program-card': { program: 'mom-dad-taxi' },
  'wfp-program-list': { 'program-ids': 'mom-dad-taxi,idolbom-childcare-service' },
  'wfp-facility-locator': { district: 'geumcheon' },
};

/** What each widget shows once its data is there. */
const READY_PART: Record<WidgetTag, string> = {
  'wfp-execution-gauge': '[part="value"]',
  'wfp-staffing-table': '[part="table"]',
  'wfp-program-card': '[part="title"]',
  'wfp-program-list': '[part="results"]',
  'wfp-facility-locator': '[part="results"]',
};

/** The box's title names what the widget could not show. */
const ERROR_TITLE: Record<WidgetTag, Record<Locale, string>> = {
  'wfp-execution-gauge': { ko: '예산 집행 현황을 표시할 수 없습니다', en: 'The budget execution cannot be shown' },
  'wfp-staffing-table': { ko: '정원·현원 표를 표시할 수 없습니다', en: 'The staffing table cannot be shown' },
  'wfp-program-card': { ko: '사업 정보를 표시할 수 없습니다', en: 'The program cannot be shown' },
  'wfp-program-list': { ko: '사업 목록을 표시할 수 없습니다', en: 'The program list cannot be shown' },
  'wfp-facility-locator': { ko: '시설 안내를 표시할 수 없습니다', en: 'The facilities cannot be shown' },
};
const RETRY_LABEL: Record<Locale, string> = { ko: '다시 시도', en: 'Try again' };

interface FaultCase {
  /** The fault-server's name for it (`refused` is a closed loopback port instead). */
  fault: string;
  /** How the test names it. */
  title: string;
  kind: WfpErrorDetail['kind'];
  status?: number;
  /** Words of the message each widget must show, per page locale. */
  message: Record<Locale, string>;
  /** The first schema problem's path and its message, shown under the message. */
  problemAt?: string;
  problemMessage?: Record<Locale, string>;
  problemCode?: string;
}

const FAULTS: FaultCase[] = [
  {
    fault: '404',
    title: 'HTTP 404',
    kind: 'http',
    status: 404,
    message: { ko: '(HTTP 404, 파일 없음). 주소와 파일 위치를 확인하세요.', en: '(HTTP 404, not found). Check the address and where the file was uploaded.' },
  },
  { fault: '500', title: 'HTTP 500', kind: 'http', status: 500, message: { ko: '을 받지 못했습니다 (HTTP 500)', en: 'could not be fetched (HTTP 500)' } },
  {
    fault: 'refused',
    title: 'connection refused (closed loopback port)',
    kind: 'network',
    // The closed port is another origin than the page's: the box names CORS too, which the browser
    // reports as the same network failure.
    message: { ko: '네트워크 연결을 확인하세요. 다른 사이트(http://127.0.0.1:', en: 'Check the network connection. A file on another site (http://127.0.0.1:' },
  },
  { fault: 'timeout', title: 'timeout (no answer)', kind: 'timeout', message: { ko: '제한 시간 안에 응답하지 않았습니다', en: 'did not answer in time' } },
  { fault: 'invalid-json', title: 'invalid JSON (file cut off)', kind: 'json', message: { ko: '올바른 JSON이 아닙니다', en: 'is not valid JSON' } },
  {
    fault: 'schema',
    title: 'valid JSON failing the schema (negative budget)',
    kind: 'schema',
    message: { ko: '데이터가 검사를 통과하지 못했습니다(문제 1건)', en: 'The data failed validation (1 problem)' },
    problemAt: '$.budgetLines[0].budget',
    problemMessage: { ko: '첫 번째 문제: $.budgetLines[0].budget — 음수일 수 없습니다', en: 'First problem: $.budgetLines[0].budget — must not be negative' },
    problemCode: 'negative',
  },
  { fault: 'html', title: 'wrong content type (text/html)', kind: 'content-type', message: { ko: 'JSON이 아닌 text/html 형식으로 전송되었습니다. 경로가 틀렸거나 로그인이 필요한 주소일 수 있습니다.', en: 'was sent as text/html, not JSON. The path may be wrong, or need a login.' } },
  {
    fault: 'csv',
    title: 'a CSV file uploaded as the dataset',
    kind: 'content-type',
    message: {
      ko: 'JSON이 아닌 text/csv 형식으로 전송되었습니다. CSV·엑셀 파일은 쓸 수 없습니다. JSON으로 만들어 올리세요.',
      en: 'was sent as text/csv, not JSON. CSV and spreadsheet files cannot be used: upload the data as JSON.',
    },
  },
  { fault: 'xml', title: 'a JSON file labelled application/xml', kind: 'content-type', message: { ko: 'JSON이 아닌 application/xml 형식으로 전송되었습니다. 서버가 이 파일을 application/json으로 보내도록 설정하세요.', en: 'was sent as application/xml, not JSON. Have the server send it as application/json.' } },
  { fault: 'oversized', title: 'oversized response (21 MB, streamed without Content-Length)', kind: 'too-large', message: { ko: '이 너무 큽니다(한도 20 MB).', en: 'is too large (limit 20 MB).' } },
  { fault: 'oversized-declared', title: 'oversized response (Content-Length: 21 MB)', kind: 'too-large', message: { ko: '이 너무 큽니다(한도 20 MB).', en: 'is too large (limit 20 MB).' } },
  {
    fault: 'newer-schema',
    title: 'schemaVersion 2.0, newer than the library',
    kind: 'schema',
    message: { ko: '데이터 형식 2.0은(는) 이 위젯(형식 1.0)보다 새 버전입니다. 위젯을 업데이트하세요', en: "Dataset schema 2.0 is newer than this library's 1.0; update the widgets" },
    
    problemCode: 'unsupported-schema-version',
  },
];

/** The widget timeout the timeout case configures (instead of waiting the default 10 s). */
const TEST_TIMEOUT_MS = 700;

interface Page {
  container: HTMLElement;
  widgets: HTMLElement[];
  events: Array<{ target: EventTarget | null; detail: WfpErrorDetail }>;
}

/** 20 widgets, four of each type, on one URL: ten inside `<wfp-data src>`, ten with their own `src`. */
function mountPage(url: string): Page {
  const container = document.createElement('div');
  const provider = document.createElement('wfp-data');
  provider.setAttribute('src', url);
  const widgets: HTMLElement[] = [];
  for (let copy = 0; copy < 4; copy += 1) {
    for (const tag of WIDGET_TAGS) {
      const widget = document.createElement(tag);
      for (const [name, value] of Object.entries(WIDGET_ATTRIBUTES[tag])) widget.setAttribute(name, value);
      if (copy % 2 === 0) provider.append(widget);
      else {
        widget.setAttribute('src', url);
        container.append(widget);
      }
      widgets.push(widget);
    }
  }
  container.prepend(provider);
  const events: Page['events'] = [];
  container.addEventListener('wfp-error', (event: WfpErrorEvent) => events.push({ target: event.target, detail: event.detail }));
  document.body.append(container);
  return { container, widgets, events };
}

/** One letter per widget (E error box, R ready, L loading, ? other) for failure messages. */
function states(page: Page): string {
  return page.widgets.map((widget) => (errorBox(widget) ? 'E' : isReady(widget) ? 'R' : dataStatus(widget) === 'loading' ? 'L' : '?')).join('');
}

/** waitFor, with the widgets' states in the message when it times out. */
async function waitForPage(page: Page, predicate: () => boolean, what: string, timeout: number): Promise<void> {
  try {
    await waitFor(predicate, what, timeout);
  } catch (error) {
    throw new Error(`${what}: timed out after ${timeout} ms; widget states ${states(page)}; ${page.events.length} wfp-error events`, { cause: error });
  }
}

const errorBox = (widget: Element) => widget.shadowRoot?.querySelector('[part="error"]') ?? null;
const isReady = (widget: HTMLElement) => Boolean(widget.shadowRoot?.querySelector(READY_PART[widget.localName as WidgetTag]));
const allShowErrors = (page: Page) => page.widgets.every((widget) => errorBox(widget) !== null);
const allReady = (page: Page) => page.widgets.every((widget) => isReady(widget) && errorBox(widget) === null);

function expectEveryWidgetShowsTheFault(page: Page, c: FaultCase, locale: Locale, href: string): void {
  for (const widget of page.widgets) {
    const box = errorBox(widget)!;
    const text = box.textContent!.replace(/\s+/g, ' ');
    const where = `<${widget.localName}>`;
    expect(text, where).to.contain(ERROR_TITLE[widget.localName as WidgetTag][locale]);
    expect(text, where).to.contain(c.message[locale]);
    if (c.kind !== 'schema') expect(text, where).to.contain(href);
    if (c.problemAt) expect(text, where).to.contain(c.problemAt);
    if (c.problemMessage) expect(text, where).to.contain(c.problemMessage[locale]);
    // The page's first outcome: read where it stands, not announced 20 times (error-announcement.test.ts).
    expect(box.getAttribute('role'), where).to.equal(null);
    expect(widget.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang'), where).to.equal(locale);
    const retry = box.querySelector('button');
    expect(retry, `${where} retry`).to.exist;
    expect(retry!.textContent!.trim(), where).to.equal(RETRY_LABEL[locale]);
  }
}

/** Exactly `times` events from each widget, all with the fault's kind and message. */
function expectEventsPerWidget(page: Page, c: FaultCase, href: string, times: number): void {
  expect(page.events.length, 'wfp-error events in total').to.equal(page.widgets.length * times);
  for (const widget of page.widgets) {
    const mine = page.events.filter((event) => event.target === widget);
    expect(mine.length, `wfp-error from <${widget.localName}>`).to.equal(times);
    for (const { detail } of mine) {
      expect(detail.kind).to.equal(c.kind);
      expect(detail.url).to.equal(href);
      expect(detail.message.ko).to.contain(c.message.ko);
      expect(detail.message.en).to.contain(c.message.en);
      if (c.status !== undefined) expect(detail.status).to.equal(c.status);
      if (c.problemCode) expect(detail.problems?.[0]?.code).to.equal(c.problemCode);
    }
  }
}

function expectLoggedOnce(watch: PageWatch, href: string): void {
  const lines = watch.errors.filter((line) => line.includes(href));
  expect(lines, 'console.error lines naming the URL').to.have.length(1);
  expect(lines[0]).to.match(/^\[wfp\] Dataset /);
  expect(watch.errors, 'other console errors').to.have.length(1);
}

async function requestCount(c: FaultCase, key: string): Promise<number | null> {
  // A refused connection never reaches a server, so there is nothing to count.
  return c.fault === 'refused' ? null : faults.count(key);
}

describe('hardening: data-loading fault matrix (20 widgets of all 5 types on one URL)', function () {
  this.timeout(60_000);
  let restoreLang: () => void = () => undefined;
  let watch: PageWatch | null = null;
  let page: Page | null = null;

  beforeEach(() => clearDatasetCache());
  afterEach(async () => {
    watch?.stop();
    watch = null;
    page?.container.remove();
    page = null;
    restoreLang();
    configureDataLoading({ timeoutMs: DEFAULT_TIMEOUT_MS });
    await faults.reset();
    clearDatasetCache();
  });

  it('the default timeout is 10 s, and configureDataLoading changes it page-wide (and refuses nonsense)', () => {
    expect(dataLoadingSettings()).to.deep.equal({ timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024 });
    expect(configureDataLoading({ timeoutMs: 2500 })).to.deep.equal({ timeoutMs: 2500, maxBytes: 20 * 1024 * 1024 });
    expect(() => configureDataLoading({ timeoutMs: -1 })).to.throw(RangeError);
    expect(() => configureDataLoading({ maxBytes: Number.NaN })).to.throw(RangeError);
    expect(dataLoadingSettings().timeoutMs).to.equal(2500);
  });

  for (const c of FAULTS) {
    for (const locale of ['ko', 'en'] as const) {
      it(`${c.title} [page lang=${locale}]: all 5 widget types show "${c.message[locale]}" with a retry control; wfp-error kind=${c.kind} once per widget; logged once; 1 request for 20 widgets (+1 per retry); retry recovers; nothing thrown`, async () => {
        const key = uniqueKey(c.fault);
        let url = faultUrl(c.fault, key);
        if (c.fault === 'refused') {
          await faults.listenRefused(false);
          url = (await faults.refused()).url;
          expect(new URL(url).hostname).to.equal('127.0.0.1'); // loopback only
        }
        if (c.fault === 'timeout') configureDataLoading({ timeoutMs: TEST_TIMEOUT_MS });
        const href = new URL(url, document.baseURI).href;
        restoreLang = setPageLang(locale);
        watch = watchPage();
        page = mountPage(url);
        const current = page;

        await waitForPage(current, () => allShowErrors(current), `every widget shows the ${c.title} error`, 30_000);
        await aTimeout(50); // let every updated() run, so late duplicate events would be seen
        expectEveryWidgetShowsTheFault(current, c, locale, href);
        expectEventsPerWidget(current, c, href, 1);
        expectLoggedOnce(watch, href);
        const first = await requestCount(c, key);
        if (first !== null) expect(first, 'requests for 20 widgets').to.equal(1);

        // Retry while the server still fails: one more request, every widget reports the failure once more, no new log line.
        errorBox(current.widgets[0]!)!.querySelector('button')!.click();
        await waitForPage(current, () => allShowErrors(current) && current.events.length === current.widgets.length * 2, 'failure after retry', 30_000);
        await aTimeout(50);
        expectEventsPerWidget(current, c, href, 2);
        expectLoggedOnce(watch, href);
        // Announced once: by the widget whose Retry was pressed.
        expect(current.widgets.map((widget) => errorBox(widget)!.getAttribute('role') ?? '-').join('')).to.equal(`alert${'-'.repeat(current.widgets.length - 1)}`);
        const second = await requestCount(c, key);
        if (second !== null) expect(second, 'requests after one retry').to.equal(2);

        // The server recovers; the retry control of another widget brings every widget back.
        if (c.fault === 'refused') await faults.listenRefused(true);
        else await faults.recover(key);
        errorBox(current.widgets[7]!)!.querySelector('button')!.click();
        await waitForPage(current, () => allReady(current), 'every widget recovers after retry', 30_000);
        await aTimeout(50);
        const third = c.fault === 'refused' ? (await faults.refused()).count : await faults.count(key);
        expect(third, 'requests after the recovering retry').to.equal(c.fault === 'refused' ? 1 : 3);
        expect(current.events.length, 'no wfp-error after recovery').to.equal(current.widgets.length * 2);
        expect(watch.errors, 'console errors').to.have.length(1);
        expect(watch.thrown, 'uncaught errors / unhandled rejections').to.deep.equal([]);
      });
    }
  }

  for (const locale of ['ko', 'en'] as const) {
    it(`slow 3 s response [page lang=${locale}]: every widget shows its loading state, then renders after the wait; no error, no log, 1 request for 20 widgets`, async () => {
      const key = uniqueKey('slow');
      const url = faultUrl('slow', key);
      restoreLang = setPageLang(locale);
      watch = watchPage();
      page = mountPage(url);
      const current = page;
      const started = performance.now();
      await aTimeout(1000);
      for (const widget of current.widgets) {
        expect(errorBox(widget), `<${widget.localName}> error`).to.equal(null);
        expect(isReady(widget), `<${widget.localName}> ready before the answer`).to.equal(false);
        const loading = widget.shadowRoot!.textContent!;
        expect(loading, `<${widget.localName}> loading text`).to.contain(locale === 'ko' ? '데이터를 불러오는 중입니다' : 'Loading data');
      }
      await waitForPage(current, () => allReady(current), 'every widget renders after the slow answer', 20_000);
      expect(performance.now() - started).to.be.at.least(2900);
      expect(current.events).to.deep.equal([]);
      expect(watch.errors).to.deep.equal([]);
      expect(watch.thrown).to.deep.equal([]);
      expect(await faults.count(key)).to.equal(1);
    });
  }

  it('schemaVersion 1.9 (newer minor version than the library): a warning only, every widget renders; no wfp-error, one console warning', async () => {
    const key = uniqueKey('newer-minor');
    watch = watchPage();
    const url = faultUrl('newer-minor', key);
    page = mountPage(url);
    const current = page;
    await waitForPage(current, () => allReady(current), 'every widget renders a 1.9 dataset', 20_000);
    expect(current.events).to.deep.equal([]);
    expect(watch.errors).to.deep.equal([]);
    // Once for the 20 widgets on the URL: the author of the file learns the widgets are older. Not
    // the official data's own warning (a funding split printed as "구비 50% 별도"): no fault of the page.
    expect(watch.warnings.filter((line) => line.includes(' is shown, ')), JSON.stringify(watch.warnings)).to.deep.equal([
      `[wfp] Dataset ${new URL(url, location.href).href} is shown, but part of it is ignored:\n` +
        "  $.schemaVersion: dataset schema 1.9 is newer than this library's 1.0; unknown fields are ignored [newer-schema-version, warning]",
    ]);
    expect(watch.thrown).to.deep.equal([]);
    expect(await faults.count(key)).to.equal(1);
  });
});
