import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html as litHtml } from 'lit';
import '../../src/components/data/wfp-data.js';
import '../../src/components/execution-gauge/execution-gauge.js';
import { clearDatasetCache, isDatasetContentType, loadDataset, OFFICIAL_DATASET_URL } from '../../src/data/index.js';
import { WidgetElement } from '../../src/internal/widget-element.js';
import type { WfpErrorEvent } from '../../src/events/wfp-error-event.js';
import { watchPage } from '../hardening/helpers.js';

/** A test widget that shows which dataset it got (its title) or its error box. */
class SourceProbe extends WidgetElement {
  override updated() {
    const state = this.widget.data.state;
    this.widget.report(state.status === 'error' ? this.widget.dataErrorDetail(state.error) : null);
  }
  override render() {
    const state = this.widget.data.state;
    return litHtml`<div class="base">${
      state.status === 'ready'
        ? litHtml`<p id="title">${state.dataset.meta.title.en}</p>`
        : state.status === 'error'
          ? this.widget.renderError(this.widget.dataErrorDetail(state.error))
          : litHtml`<p id="loading">loading</p>`
    }</div>`;
  }
}
customElements.define('source-probe', SourceProbe);

const official = await (await fetch(OFFICIAL_DATASET_URL)).json();
const mini = (title: string) => ({ ...official, meta: { ...official.meta, title: { ko: title, en: title } } });

function blobUrl(value: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
}

/** `window.fetch` answering HTTP `status` until `recover()`, then `mini(title)`; call `restore()` in a finally. */
function flakyFetch(status: number, title: string) {
  const original = window.fetch;
  let failing = true;
  const counter = { calls: 0, urls: [] as string[] };
  window.fetch = async (input) => {
    counter.calls += 1;
    counter.urls.push(String(input));
    return failing ? new Response('nope', { status }) : new Response(JSON.stringify(mini(title)), { headers: { 'content-type': 'application/json' } });
  };
  return { counter, recover: () => void (failing = false), restore: () => void (window.fetch = original) };
}

async function settled(el: SourceProbe): Promise<string> {
  await waitUntil(() => !el.shadowRoot?.querySelector('#loading'), 'still loading', { timeout: 10000 });
  return el.shadowRoot!.textContent!.trim();
}

describe('dataset sources and loading', () => {
  beforeEach(() => clearDatasetCache());

  it('loads the embedded official dataset by default', async () => {
    const el = await fixture<SourceProbe>(html`<source-probe></source-probe>`);
    expect(await settled(el)).to.equal('Work Report');
  });

  it('uses a <wfp-data> provider for the widgets inside it', async () => {
    const url = blobUrl(mini('Provider data'));
    const wrapper = await fixture(html`<wfp-data src=${url}><source-probe></source-probe></wfp-data>`);
    expect(await settled(wrapper.querySelector('source-probe') as SourceProbe)).to.equal('Provider data');
  });

  it('says once in the console when a <wfp-data> with a source has no widget inside (closed before them), never when it has', async () => {
    const watch = watchPage();
    try {
      const url = blobUrl(mini('Provider data'));
      // Widgets nested in a CMS block inside it are inside it too; an empty one without a source says nothing.
      await fixture(html`<div><wfp-data src=${url}><div><source-probe></source-probe></div></wfp-data><wfp-data></wfp-data></div>`);
      // A widget whose module is imported later has not asked yet, but it is inside: no warning either.
      await fixture(html`<wfp-data src=${url}><wfp-later-widget></wfp-later-widget></wfp-data>`);
      const page = await fixture(html`<div><wfp-data src="/wfp/my-district.json"></wfp-data><source-probe></source-probe></div>`);
      expect(await settled(page.querySelector('source-probe') as SourceProbe)).to.equal('Work Report');
      await aTimeout(20);
      const about = watch.warnings.filter((line) => line.includes('<wfp-data'));
      expect(about).to.deep.equal([
        '[wfp] <wfp-data src="/wfp/my-district.json"> has no widget inside it; widgets after it show the official data. Close it after them.',
      ]);
    } finally {
      watch.stop();
    }
  });

  it('lets a widget’s own src and .dataset win over the provider', async () => {
    const provider = blobUrl(mini('Provider data'));
    const own = blobUrl(mini('Own src'));
    const wrapper = await fixture(html`<wfp-data src=${provider}>
      <source-probe id="a" src=${own}></source-probe>
      <source-probe id="b" src=${own} .dataset=${mini('Own object')}></source-probe>
    </wfp-data>`);
    expect(await settled(wrapper.querySelector('#a') as SourceProbe)).to.equal('Own src');
    expect(await settled(wrapper.querySelector('#b') as SourceProbe)).to.equal('Own object');
  });

  it('keeps the native data-* map while .dataset is unset', async () => {
    const el = await fixture<SourceProbe>(html`<source-probe data-track="x"></source-probe>`);
    expect(el.dataset['track']).to.equal('x');
  });

  it('makes one request per URL however many widgets ask', async () => {
    const url = blobUrl(mini('Shared'));
    const originalFetch = window.fetch;
    let calls = 0;
    window.fetch = (...args) => {
      calls += 1;
      return originalFetch(...args);
    };
    try {
      const wrapper = await fixture(html`<div>${Array.from({ length: 20 }, () => html`<source-probe src=${url}></source-probe>`)}</div>`);
      for (const el of wrapper.querySelectorAll('source-probe')) expect(await settled(el as SourceProbe)).to.equal('Shared');
      expect(calls).to.equal(1);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('shows a specific error and fires wfp-error once for a missing file', async () => {
    const el = document.createElement('source-probe') as SourceProbe;
    el.src = '/does-not-exist.json';
    const events: WfpErrorEvent[] = [];
    el.addEventListener('wfp-error', (event) => events.push(event as WfpErrorEvent));
    await fixture(html`<div>${el}</div>`);
    const text = await settled(el);
    await aTimeout(50); // a late duplicate would arrive by now
    expect(events).to.have.length(1);
    expect(events[0]!.detail.kind).to.equal('http');
    expect(events[0]!.detail.status).to.equal(404);
    expect(text).to.contain('HTTP 404');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
  });

  it('reports schema problems with the first path', async () => {
    const broken = mini('Broken');
    broken.budgetLines = [{ ...official.budgetLines[0], budget: -1 }];
    const el = await fixture<SourceProbe>(html`<source-probe .dataset=${broken}></source-probe>`);
    const text = await settled(el);
    expect(text).to.contain('$.budgetLines[0].budget');
  });

  it('retries: one new request, and every widget on the URL recovers', async () => {
    const fetch = flakyFetch(500, 'Recovered');
    try {
      const wrapper = await fixture(html`<div><source-probe src="/flaky.json"></source-probe><source-probe src="/flaky.json"></source-probe></div>`);
      const [a, b] = wrapper.querySelectorAll('source-probe') as NodeListOf<SourceProbe>;
      expect(await settled(a!)).to.contain('HTTP 500');
      expect(await settled(b!)).to.contain('HTTP 500');
      expect(fetch.counter.calls).to.equal(1);
      fetch.recover();
      a!.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => a!.shadowRoot!.textContent!.includes('Recovered') && b!.shadowRoot!.textContent!.includes('Recovered'), 'not recovered');
      expect(fetch.counter.calls).to.equal(2);
    } finally {
      fetch.restore();
    }
  });

  for (const [source, markup] of [
    ['its own src', html`<div><source-probe src="/flaky-2.json"></source-probe><source-probe src="/flaky-2.json"></source-probe></div>`],
    ['a <wfp-data>', html`<wfp-data src="/flaky-4.json"><source-probe></source-probe><source-probe></source-probe></wfp-data>`],
  ] as const) {
    it(`a widget taken out while its URL (${source}) failed, put back after a retry elsewhere recovered it, shows the data`, async () => {
      const fetch = flakyFetch(500, 'Recovered');
      try {
        const wrapper = await fixture(markup);
        const [a, b] = wrapper.querySelectorAll('source-probe') as NodeListOf<SourceProbe>;
        expect(await settled(b!)).to.contain('HTTP 500');
        b!.remove();
        fetch.recover();
        a!.shadowRoot!.querySelector('button')!.click();
        await waitUntil(() => a!.shadowRoot!.textContent!.includes('Recovered'), 'not recovered');
        wrapper.append(b!);
        await waitUntil(() => b!.shadowRoot!.textContent!.includes('Recovered'), 'the widget put back still shows the failure');
        // One request per attempt (the first, the retry), and never the official file meanwhile.
        expect(fetch.counter.calls).to.equal(2);
        expect(fetch.counter.urls.some((url) => url.includes('seoul-wfp-2024-03')), 'official file requested').to.equal(false);
      } finally {
        fetch.restore();
      }
    });
  }

  it('Retry by keyboard keeps the focus in the widget: on the new Retry button, then on the widget once it recovers', async () => {
    const fetch = flakyFetch(503, 'Back');
    try {
      const el = await fixture<SourceProbe>(html`<source-probe src="/flaky-3.json"></source-probe>`);
      expect(await settled(el)).to.contain('HTTP 503');
      el.shadowRoot!.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' }); // still failing: a new box
      await waitUntil(() => el.shadowRoot!.querySelector('button') && el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('button'), 'focus not on the new Retry button');
      fetch.recover();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Back'), 'not recovered');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('.base'), 'focus on the widget').to.equal(true);
    } finally {
      fetch.restore();
    }
  });

  it('a widget moved out of its <wfp-data> shows the official dataset, like a new one there', async () => {
    const page = await fixture(html`<div><wfp-data src=${blobUrl(mini('Provider data'))}><source-probe></source-probe></wfp-data><section></section></div>`);
    const probe = page.querySelector('source-probe') as SourceProbe;
    expect(await settled(probe)).to.equal('Provider data');
    page.querySelector('section')!.append(probe);
    await waitUntil(() => probe.shadowRoot!.textContent!.includes('Work Report'), 'still shows the provider’s data');
  });

  it('a .dataset that is invalid logs its problems once, and Retry validates it again after the page corrects it in place', async () => {
    const broken = mini('Corrected in place');
    broken.budgetLines = [{ ...official.budgetLines[0], budget: -1 }, ...official.budgetLines.slice(1)];
    const logged: string[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    try {
      const wrapper = await fixture(html`<div><source-probe .dataset=${broken}></source-probe><source-probe .dataset=${broken}></source-probe></div>`);
      const [a] = wrapper.querySelectorAll('source-probe') as NodeListOf<SourceProbe>;
      expect(await settled(a!)).to.contain('$.budgetLines[0].budget');
      // The box says "see the browser console": the problems are there, once for both widgets.
      expect(logged.length).to.equal(1);
      expect(logged[0]).to.contain('The dataset property does not match the schema').and.to.contain('$.budgetLines[0].budget');
      broken.budgetLines = official.budgetLines;
      a!.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => a!.shadowRoot!.textContent!.includes('Corrected in place'), 'Retry did not validate the corrected object');
      // Every widget showing the object follows, as on a URL; the console said it once.
      const [, b] = wrapper.querySelectorAll('source-probe') as NodeListOf<SourceProbe>;
      await waitUntil(() => b!.shadowRoot!.textContent!.includes('Corrected in place'), 'the other widget kept the error');
      expect(logged.length).to.equal(1);
    } finally {
      console.error = originalError;
    }
  });

  it('more problems than the console lists: the box says the first 20 are there, and the console counts the rest', async () => {
    const broken = mini('Twenty-five problems');
    broken.budgetLines = official.budgetLines.map((line: { budget: number }, index: number) => (index < 25 ? { ...line, budget: -1 } : line));
    const logged: string[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    try {
      const el = await fixture(html`<wfp-execution-gauge .dataset=${broken}></wfp-execution-gauge>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'the error box');
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('데이터가 검사를 통과하지 못했습니다(문제 25건). 처음 20건은 브라우저 콘솔에 있습니다.');
      expect(logged.length).to.equal(1);
      expect(logged[0]!.split('\n').filter((line) => line.includes('must not be negative'))).to.have.length(20);
      expect(logged[0]).to.match(/\n  … 5 more$/);
      // 19 errors and two misspelt fields: the box says the console has them all, and it has: the
      // misspelt field first (often the cause), then every error, not cut by the warning.
      logged.length = 0;
      const nineteen = {
        ...mini('Nineteen problems'),
        budgetLines: official.budgetLines.map((line: { budget: number }, index: number) => (index < 19 ? { ...line, budget: -1 } : line)),
        facilties: [],
        notez: [],
      };
      const other = await fixture(html`<wfp-execution-gauge .dataset=${nineteen}></wfp-execution-gauge>`);
      await waitUntil(() => other.shadowRoot!.querySelector('[part="error"]'), 'the error box');
      expect(other.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('(문제 19건). 문제 전체는 브라우저 콘솔에 있습니다.');
      const lines = logged[0]!.split('\n');
      expect(lines[1]).to.contain('facilties');
      expect(lines[2]).to.contain('notez');
      expect(lines.filter((line) => line.includes('must not be negative'))).to.have.length(19);
    } finally {
      console.error = originalError;
    }
  });

  it('ignores a slow earlier source when a newer one arrives first (last request wins)', async () => {
    const originalFetch = window.fetch;
    window.fetch = async (input) => {
      const url = String(input);
      if (url.includes('slow')) await aTimeout(300);
      return new Response(JSON.stringify(mini(url.includes('slow') ? 'Slow' : 'Fast')), { headers: { 'content-type': 'application/json' } });
    };
    try {
      const el = await fixture<SourceProbe>(html`<source-probe src="/slow.json"></source-probe>`);
      el.src = '/fast.json';
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Fast'));
      await aTimeout(400);
      expect(el.shadowRoot!.textContent).to.contain('Fast');
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('rejects with typed errors from loadDataset', async () => {
    const url = URL.createObjectURL(new Blob(['{not json'], { type: 'application/json' }));
    try {
      await loadDataset(url);
      expect.fail('should reject');
    } catch (error) {
      expect((error as { kind: string }).kind).to.equal('json');
    }
  });

  it('a hand-edited file with a JSON mistake: the box says on which line and column, and what to fix, in both languages', async () => {
    const text = '{\n  "schemaVersion": "1.0",\n  "meta": {\n    "title": { "ko": "가상구" },\n  }\n}';
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const el = Object.assign(document.createElement('wfp-execution-gauge'), { src: url });
    const error = oneEvent(el, 'wfp-error') as Promise<WfpErrorEvent>;
    await fixture(el);
    const { detail } = await error;
    expect(detail.kind).to.equal('json');
    expect(detail.message.ko).to.equal(`데이터 파일(${url})이 올바른 JSON이 아닙니다. 4번째 줄 29번째 글자: 닫는 괄호 앞에 쉼표(,)가 남아 있습니다. 마지막 항목 뒤의 쉼표를 지우세요.`);
    expect(detail.message.en).to.equal(`The data file (${url}) is not valid JSON. At line 4, column 29: a comma is left before a closing bracket; remove the comma after the last item.`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error box');
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('4번째 줄 29번째 글자: 닫는 괄호 앞에 쉼표(,)가 남아 있습니다');
    // The console line (logged once by the loader) quotes the place too.
    const failure = (await loadDataset(url).catch((cause: unknown) => cause)) as Error;
    expect(failure.message).to.contain('line 4, column 29').and.contain('near "title": { "ko": "가상구" },');
  });

  describe("a district's file saved by Korean Windows tools", () => {
    /** The example district file's bytes, its title re-encoded: `encode` gets the title's text. */
    async function exampleWithTitle(encode: (title: string) => Uint8Array<ArrayBuffer>): Promise<string> {
      const text = await (await fetch('/examples/district-minimal.json')).text();
      const title = '가상구 여성가족과 예산 (예시)';
      const [before, after] = text.split(title) as [string, string];
      const utf8 = (part: string) => new TextEncoder().encode(part);
      return URL.createObjectURL(new Blob([utf8(before), encode(title), utf8(after)], { type: 'application/json' }));
    }

    it('EUC-KR (Excel and Notepad\'s "ANSI"): the box says to save it as UTF-8, not "������" for every name', async () => {
      // 가상구 in EUC-KR, then the rest as it would be: not UTF-8.
      const url = await exampleWithTitle(() => new Uint8Array([0xb0, 0xa1, 0xbb, 0xf3, 0xb1, 0xb8]));
      const el = Object.assign(document.createElement('wfp-execution-gauge'), { src: url, department: 'family' });
      const error = oneEvent(el, 'wfp-error') as Promise<WfpErrorEvent>;
      await fixture(el);
      expect((await error).detail.kind).to.equal('encoding');
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error box');
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('UTF-8이 아닙니다(EUC-KR 등). UTF-8로 저장해 올리세요.');
    });

    it('UTF-16 (Notepad\'s "Unicode") is refused the same way; UTF-8 with a byte-order mark is read', async () => {
      const text = await (await fetch('/examples/district-minimal.json')).text();
      const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text, (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat()]);
      const refused = await loadDataset(URL.createObjectURL(new Blob([utf16], { type: 'application/json' }))).then(
        () => null,
        (error: { kind: string }) => error.kind,
      );
      expect(refused).to.equal('encoding');
      // Not text at all (a spreadsheet renamed .json, zero bytes included) or cut off mid-character:
      // no JSON, which is what the box then says, not "save it as UTF-8".
      const kindOf = async (bytes: Uint8Array<ArrayBuffer>) =>
        loadDataset(URL.createObjectURL(new Blob([bytes], { type: 'application/json' }))).then(
          () => null,
          (error: { kind: string }) => error.kind,
        );
      const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
      expect(await kindOf(zip)).to.equal('json');
      // The console line says what it is, without the file's raw control bytes.
      const zipError = (await loadDataset(URL.createObjectURL(new Blob([zip], { type: 'application/json' }))).catch((error: unknown) => error)) as Error;
      expect(zipError.message).to.contain('this is not a text file (a zip or spreadsheet renamed .json, say)').and.not.match(/[\u0000-\u0008\uFFFD]/);
      const cut = new TextEncoder().encode(text.slice(0, text.indexOf('가'))).length + 1;
      expect(await kindOf(new TextEncoder().encode(text).slice(0, cut))).to.equal('json');
      const withMark = URL.createObjectURL(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), text], { type: 'application/json' }));
      const dataset = await loadDataset(withMark);
      expect(dataset.meta.title.ko).to.equal('가상구 여성가족과 예산 (예시)');
    });
  });

  it('names a size limit below 1 MB in kB, not as "0 MB"', async () => {
    const url = blobUrl(mini('Big'));
    try {
      await loadDataset(url, { maxBytes: 100_000 });
      expect.fail('should reject');
    } catch (error) {
      expect((error as { kind: string }).kind).to.equal('too-large');
      expect((error as Error).message).to.match(/larger than the limit of 98 kB( \(\d+ kB\))?$/);
    }
  });
});

describe('the content types a dataset may be served with', () => {
  it('takes JSON under any of its names, text and untyped bytes; refuses web pages and other documents', () => {
    const accepted = ['application/json', 'application/json; charset=utf-8', 'text/json', 'application/x-json', 'text/x-json', 'application/geo+json', 'application/vnd.seoul.wfp+json', 'text/plain', 'application/octet-stream', 'binary/octet-stream', '', null];
    // A Content-Type sent twice (a proxy adding its own): the last one counts.
    accepted.push('application/json, application/json', 'text/html, application/json; charset=utf-8');
    const refused = ['text/html', 'text/html; charset=utf-8', 'application/xhtml+xml', 'application/xml', 'text/javascript', 'image/png', 'application/jsonp', 'application/json-seq', 'text/html-json', 'application/json, text/html'];
    expect(accepted.filter((type) => !isDatasetContentType(type))).to.deep.equal([]);
    expect(refused.filter((type) => isDatasetContentType(type))).to.deep.equal([]);
  });
});
