import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/staffing-table/staffing-table.js';
import type { WfpStaffingTable } from '../../src/components/staffing-table/staffing-table.js';
import { clearDatasetCache, OFFICIAL_DATASET_URL } from '../../src/data/index.js';
import type { WfpErrorEvent } from '../../src/events/wfp-error-event.js';
import { settle } from '../hardening/helpers.js';
import { accessibleTextRuns } from './accessibility-tree.js';

const official = await (await fetch(OFFICIAL_DATASET_URL)).json();
/** A fresh copy to break in one test without touching the others. */
const copy = () => structuredClone(official) as typeof official;

/** The report's table (정원 /현원(여성), '24. 3월말 기준), columns 계, 행정직, 기술직, 관리운영직, 임기제. */
const REPORT_ROWS = [
  ['양성평등담당관', '59 / 61 (44)', '49 / 52 (36)', '2 / 2 (1)', '1 / 1 (1)', '7 / 6 (6)'],
  ['영유아담당관', '32 / 29 (21)', '32 / 29 (21)', '0 / 0 (0)', '0 / 0 (0)', '0 / 0 (0)'],
  ['아이돌봄담당관', '31 / 28 (20)', '28 / 25 (17)', '3 / 3 (3)', '0 / 0 (0)', '0 / 0 (0)'],
  ['아동담당관', '22 / 31 (26)', '21 / 30 (25)', '1 / 1 (1)', '0 / 0 (0)', '0 / 0 (0)'],
  ['가족다문화담당관', '20 / 24 (21)', '18 / 22 (19)', '0 / 0 (0)', '0 / 0 (0)', '2 / 2 (2)'],
  ['1인가구담당관', '26 / 23 (15)', '25 / 21 (14)', '1 / 2 (1)', '0 / 0 (0)', '0 / 0 (0)'],
  ['아동복지센터', '40 / 34 (26)', '22 / 17 (12)', '5 / 5 (2)', '1 / 0 (0)', '12 / 12 (12)'],
];
const REPORT_HEADER = ['부서', '계', '행정직', '기술직', '관리운영직', '임기제'];
const REPORT_TOTAL = ['계', '230 / 230 (173)', '195 / 196 (144)', '12 / 13 (8)', '2 / 1 (1)', '21 / 20 (20)'];

const root = (el: WfpStaffingTable) => el.shadowRoot!;

/** Waits until the widget shows its table, an error box or the empty sentence. */
async function settled(el: WfpStaffingTable): Promise<WfpStaffingTable> {
  await waitUntil(() => root(el).querySelector('table, [part="error"], .empty'), 'still loading', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

async function render(template: ReturnType<typeof html>): Promise<WfpStaffingTable> {
  const host = await fixture(template);
  const el = (host.localName === 'wfp-staffing-table' ? host : host.querySelector('wfp-staffing-table')) as WfpStaffingTable;
  return settled(el);
}

/** What a sighted reader sees in a cell: without screen-reader-only text and decorative bars. */
function visibleText(element: Element): string {
  let text = '';
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    // Not drawn (display: none, as the totals card's title in the table) or drawn for no one. Text
    // hidden from screen readers (aria-hidden) is still drawn: the figures are.
    if (parent.closest('.visually-hidden') || !parent.checkVisibility()) continue;
    text += node.textContent;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The table as shown: header, body rows, totals row. */
function visibleTable(el: WfpStaffingTable): string[][] {
  return [...root(el).querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map(visibleText));
}

const bodyRows = (el: WfpStaffingTable) => [...root(el).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map(visibleText));
const headers = (el: WfpStaffingTable) => [...root(el).querySelectorAll('thead th')] as HTMLTableCellElement[];
const sortButton = (el: WfpStaffingTable, label: string) => headers(el).find((th) => visibleText(th) === label)!.querySelector('button')!;

/** Minimal RFC 4180 reader for the round trip (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Clicks "Download CSV" and captures the blob and file name instead of saving a file. */
async function captureDownload(el: WfpStaffingTable): Promise<{ bytes: Uint8Array; text: string; name: string; type: string }> {
  const originalCreate = URL.createObjectURL;
  const originalClick = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return 'blob:captured';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    (root(el).querySelector('[part="download"]') as HTMLButtonElement).click();
  } finally {
    URL.createObjectURL = originalCreate;
    HTMLAnchorElement.prototype.click = originalClick;
  }
  expect(blob, 'a blob was created').to.exist;
  const bytes = new Uint8Array(await blob!.arrayBuffer());
  return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), name, type: blob!.type };
}

/** First number of a figure: "49 / 52 (36)" → [49, 52, 36]; "−9 정원 초과" → [-9]; "해당 없음" → null. */
function figureKey(text: string): number[] | null {
  const numbers = text.replace(/−/g, '-').match(/-?\d[\d,]*(\.\d+)?/g);
  return numbers ? numbers.map((n) => Number(n.replace(/,/g, ''))) : null;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

describe('<wfp-staffing-table>', () => {
  beforeEach(() => clearDatasetCache());
  afterEach(() => emulateMedia({ media: 'screen' }));

  describe('rendering', () => {
    it('reproduces every cell of the report, with derived totals in the footer', async () => {
      const el = await render(html`<wfp-staffing-table></wfp-staffing-table>`);
      const table = visibleTable(el);
      expect(table[0]).to.deep.equal(REPORT_HEADER);
      expect(table.slice(1, 8)).to.deep.equal(REPORT_ROWS);
      expect(table[8]).to.deep.equal(REPORT_TOTAL);
      expect(root(el).querySelectorAll('tfoot tr')).to.have.length(1);
      expect(visibleText(root(el).querySelector('tfoot tr')!)).to.contain('230 / 230 (173)');
    });

    it('uses native table semantics: caption, column and row headers', async () => {
      const el = await render(html`<wfp-staffing-table></wfp-staffing-table>`);
      const caption = visibleText(root(el).querySelector('caption')!);
      expect(caption).to.contain('여성가족정책실 인력 현황: 정원 / 현원 (여성)');
      // The as-of date once: the printed citation repeats it ("('24. 3월말 기준)").
      expect(caption).to.contain('2024년 3월 말 기준 · 출처: 서울특별시 여성가족정책실 「주요업무보고」(2024년 4월)');
      expect(caption.split('기준')).to.have.length(2);
      expect(headers(el).every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      expect(root(el).querySelectorAll('tbody th[scope="row"]')).to.have.length(7);
      expect(visibleText(root(el).querySelector('tfoot th[scope="row"]')!)).to.equal('계');
      expect(root(el).querySelector('table')!.getAttribute('aria-describedby')).to.equal('legend');
      expect(visibleText(root(el).querySelector('#legend')!)).to.contain('정원 / 현원 (여성) 순서');
    });

    it('names each count of a "정원 / 현원 (여성)" cell for a screen reader, which hears the column header and not the legend', async () => {
      const el = await render(html`<wfp-staffing-table department="children"></wfp-staffing-table>`);
      const runs = await accessibleTextRuns();
      // 아동담당관 (22 / 31 (26)) and the totals row, each read once, in words; the slashes are not read.
      expect(runs.filter((run) => run === '정원 22명, 현원 31명, 여성 26명')).to.have.length(1);
      expect(runs.filter((run) => run === '정원 230명, 현원 230명, 여성 173명')).to.have.length(1);
      expect(runs.filter((run) => /^정원 \d+명, 현원 \d+명, 여성 \d+명$/.test(run))).to.have.length(8 * 5);
      expect(runs.filter((run) => /\d+ \/ \d+/.test(run))).to.deep.equal([]);
      // A copy of the table takes the figures as shown, not the words for screen readers too.
      const row = root(el).querySelector('tr[data-id="children"]')!;
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      const range = document.createRange();
      range.selectNodeContents(row);
      selection.addRange(range);
      const copied = selection.toString().replace(/\s+/g, ' ').trim();
      selection.removeAllRanges();
      expect(copied).to.contain('22 / 31 (26)');
      expect(copied).to.not.contain('정원 22명');
      expect(copied).to.not.contain('강조 표시된 부서');
      // Measures of one count read as shown.
      el.measure = 'vacancy';
      await el.updateComplete;
      expect(await accessibleTextRuns()).to.include('−9');
      el.setAttribute('lang', 'en');
      el.measure = 'report';
      await settle(el);
      expect(await accessibleTextRuns()).to.include('quota 22, current 31, women 26');
    });

    it('renders in English under lang="en" with the dataset’s English names', async () => {
      const el = await render(html`<div lang="en"><wfp-staffing-table></wfp-staffing-table></div>`);
      const table = visibleTable(el);
      expect(table[0]).to.deep.equal(['Unit', 'Total', 'Administrative', 'Technical', 'Operations', 'Fixed-term']);
      expect(table[1]).to.deep.equal(['Gender Equality Division', '59 / 61 (44)', '49 / 52 (36)', '2 / 2 (1)', '1 / 1 (1)', '7 / 6 (6)']);
      expect(table[8]![0]).to.equal('Total');
      const caption = visibleText(root(el).querySelector('caption')!);
      expect(caption).to.contain('Women & Family Policy Office staffing: Quota / current (women)');
      // The source in English where the dataset gives it, not the Korean citation.
      expect(caption).to.contain('As of 31 March 2024 · Source: Seoul Metropolitan Government, Women & Family Policy Office, Work Report (April 2024)');
      expect(root(el).querySelector('caption [lang="ko"]') === null, 'no caption [lang="ko"]').to.equal(true);
      expect(root(el).querySelector('[part="download"]')!.textContent!.trim()).to.equal('Download CSV');
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('follows a change of lang on the page', async () => {
      const host = await fixture(html`<div lang="ko"><wfp-staffing-table></wfp-staffing-table></div>`);
      const el = await settled(host.querySelector('wfp-staffing-table')!);
      host.setAttribute('lang', 'en');
      await waitUntil(() => visibleTable(el)[0]![0] === 'Unit', 'did not switch to English');
    });

    it('shows a skeleton of the table’s size while loading', async () => {
      const originalFetch = window.fetch;
      window.fetch = () => new Promise<Response>(() => undefined);
      try {
        const el = await fixture<WfpStaffingTable>(html`<wfp-staffing-table src="/never-answers.json"></wfp-staffing-table>`);
        expect(root(el).querySelector('table') === null, 'no table').to.equal(true);
        expect(root(el).querySelectorAll('.skeleton-row')).to.have.length(8);
        expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('불러오는 중');
        await expect(el).to.be.accessible();
      } finally {
        window.fetch = originalFetch;
        clearDatasetCache();
      }
    });

    it('says so when the dataset has no staffing table', async () => {
      const data = copy();
      data.staffing = [];
      delete data.staffingTotals;
      const el = await render(html`<wfp-staffing-table .dataset=${data}></wfp-staffing-table>`);
      expect(root(el).querySelector('table') === null, 'no table').to.equal(true);
      expect(visibleText(root(el).querySelector('[part="empty"]')!)).to.equal('이 데이터에는 부서별 정원·현원 표가 없습니다.');
      await expect(el).to.be.accessible();
    });
  });

  describe('measures', () => {
    it('vacancy: 아동담당관 −9 (22 quota, 31 current), marked over strength in words', async () => {
      const el = await render(html`<wfp-staffing-table measure="vacancy"></wfp-staffing-table>`);
      const children = bodyRows(el).find((row) => row[0] === '아동담당관')!;
      expect(children[1]).to.equal('−9 정원 초과');
      expect(children[2]).to.equal('−9 정원 초과');
      const cell = root(el).querySelector('tr[data-id="children"] td[data-column="total"]')!;
      expect(cell.classList.contains('over')).to.equal(true);
      expect(cell.querySelector('.flag')!.textContent).to.equal('정원 초과');
      expect(bodyRows(el).find((row) => row[0] === '영유아담당관')![1]).to.equal('3');
      expect(visibleTable(el)[8]).to.deep.equal(['계', '0', '−1 정원 초과', '−1 정원 초과', '1', '1']);
      expect(visibleText(root(el).querySelector('#legend')!)).to.contain('정원 − 현원');
      expect(visibleText(root(el).querySelector('caption')!)).to.contain('결원 (정원 − 현원)');
      await expect(el).to.be.accessible();
    });

    it('women-share: 가족다문화담당관 87.5% (21 / 24); no current staff reads "해당 없음"', async () => {
      const el = await render(html`<wfp-staffing-table measure="women-share"></wfp-staffing-table>`);
      const family = bodyRows(el).find((row) => row[0] === '가족다문화담당관')!;
      expect(family[1]).to.equal('87.5%');
      expect(family[3]).to.equal('해당 없음');
      expect(visibleTable(el)[8]).to.deep.equal(['계', '75.2%', '73.5%', '61.5%', '100.0%', '100.0%']);
      expect(visibleText(root(el).querySelector('#legend')!)).to.contain('반올림');
      await expect(el).to.be.accessible();
    });

    it('women-share in English says "not applicable"', async () => {
      const el = await render(html`<wfp-staffing-table lang="en" measure="women-share"></wfp-staffing-table>`);
      const family = bodyRows(el).find((row) => row[0] === 'Family and Multicultural Division')!;
      expect(family.slice(1)).to.deep.equal(['87.5%', '86.4%', 'not applicable', 'not applicable', '100.0%']);
      await expect(el).to.be.accessible();
    });

    const single: Array<[string, string[]]> = [
      ['quota', ['계', '230', '195', '12', '2', '21']],
      ['current', ['계', '230', '196', '13', '1', '20']],
      ['women', ['계', '173', '144', '8', '1', '20']],
    ];
    for (const [measure, total] of single) {
      it(`measure="${measure}" shows that count in every cell`, async () => {
        const el = await render(html`<wfp-staffing-table measure=${measure}></wfp-staffing-table>`);
        expect(visibleTable(el)[8]).to.deep.equal(total);
        expect(bodyRows(el).every((row) => row.slice(1).every((cell) => /^\d+$/.test(cell)))).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('switches measure when the attribute changes', async () => {
      const el = await render(html`<wfp-staffing-table></wfp-staffing-table>`);
      el.measure = 'quota';
      await el.updateComplete;
      expect(visibleTable(el)[8]![1]).to.equal('230');
    });
  });

  describe('properties', () => {
    it('highlights the unit named by Korean name, with more than colour', async () => {
      const el = await render(html`<wfp-staffing-table department="아동담당관"></wfp-staffing-table>`);
      const rows = [...root(el).querySelectorAll('tbody tr')];
      const marked = rows.filter((tr) => tr.getAttribute('aria-current') === 'true');
      expect(marked.map((tr) => tr.getAttribute('data-id'))).to.deep.equal(['children']);
      expect(marked[0]!.classList.contains('highlighted')).to.equal(true);
      expect(marked[0]!.querySelector('th .visually-hidden')!.textContent).to.equal('(강조 표시된 부서)');
      expect(getComputedStyle(marked[0]!.querySelector('th')!).fontWeight).to.equal('700');
      await expect(el).to.be.accessible();
    });

    it('a see-through highlight colour stays even across the row and never lets figures show through the names column', async () => {
      const el = await render(
        html`<wfp-staffing-table department="children" style="--wfp-staffing-table-highlight-background: rgb(0 0 255 / 0.25)"></wfp-staffing-table>`,
      );
      const th = getComputedStyle(root(el).querySelector('tr.highlighted th')!);
      // Opaque underneath (the scrolled figures pass under this sticky cell), the tint painted once on top.
      expect(th.backgroundColor).to.match(/^rgb\(/);
      expect(th.backgroundImage).to.contain('rgba(0, 0, 255, 0.25)');
      expect(th.backgroundColor).to.equal(getComputedStyle(root(el).querySelector('tbody tr:not(.highlighted) th')!).backgroundColor);
      expect(getComputedStyle(root(el).querySelector('tr.highlighted')!).backgroundColor).to.equal('rgba(0, 0, 255, 0.25)');
    });

    it('highlights by id too', async () => {
      const el = await render(html`<wfp-staffing-table department="family-multicultural"></wfp-staffing-table>`);
      expect(root(el).querySelector('tr[aria-current="true"]')!.getAttribute('data-id')).to.equal('family-multicultural');
    });

    it('limits columns with categories; totals follow, as a subtotal that says what it adds up', async () => {
      const el = await render(html`<wfp-staffing-table categories="administrative,fixed-term"></wfp-staffing-table>`);
      const table = visibleTable(el);
      expect(table[0]).to.deep.equal(['부서', '소계', '행정직', '임기제']);
      expect(visibleText(root(el).querySelector('.legend')!)).to.contain('소계는 표시한 직종(행정직·임기제)만 집계한 값으로, 부서의 전체 인원이 아닙니다.');
      expect(table[1]).to.deep.equal(['양성평등담당관', '56 / 58 (42)', '49 / 52 (36)', '7 / 6 (6)']);
      expect(table[8]).to.deep.equal(['계', '216 / 216 (164)', '195 / 196 (144)', '21 / 20 (20)']);
    });

    it('draws bars beside the numbers, never instead of them', async () => {
      const el = await render(html`<wfp-staffing-table bars measure="quota"></wfp-staffing-table>`);
      const bars = root(el).querySelectorAll('tbody .bar');
      expect(bars).to.have.length(7 * 5);
      expect(root(el).querySelectorAll('tfoot .bar')).to.have.length(0);
      expect([...bars].every((bar) => bar.getAttribute('aria-hidden') === 'true')).to.equal(true);
      // the numbers are still there
      expect(visibleTable(el)[1]).to.deep.equal(['양성평등담당관', '59', '49', '2', '1', '7']);
      const full = root(el).querySelector('tr[data-id="gender-equality"] td[data-column="total"] .bar-fill') as HTMLElement;
      const part = root(el).querySelector('tr[data-id="children"] td[data-column="total"] .bar-fill') as HTMLElement;
      expect(full.getBoundingClientRect().width).to.be.greaterThan(part.getBoundingClientRect().width);
      expect(full.style.getPropertyValue('--_bar')).to.equal('1');
      expect(visibleText(root(el).querySelector('#legend')!)).to.contain('막대');
      await expect(el).to.be.accessible();
    });

    it('keeps the native data-* map while .dataset is unset', async () => {
      const el = await render(html`<wfp-staffing-table data-track="x"></wfp-staffing-table>`);
      expect(el.dataset['track']).to.equal('x');
    });
  });

  describe('sorting by keyboard', () => {
    const columns = ['부서', '계', '행정직', '기술직', '관리운영직', '임기제'];
    for (const [index, label] of columns.entries()) {
      it(`sorts by ${label} both ways with Enter and Space, aria-sort on the header`, async () => {
        const el = await render(html`<wfp-staffing-table></wfp-staffing-table>`);
        const button = sortButton(el, label);
        button.focus();
        const values = () => bodyRows(el).map((row) => row[index]!);
        const check = (direction: 'ascending' | 'descending') => {
          const sortedHeaders = headers(el).filter((th) => th.hasAttribute('aria-sort'));
          expect(sortedHeaders.map((th) => [visibleText(th), th.getAttribute('aria-sort')])).to.deep.equal([[label, direction]]);
          const shown = values();
          const sign = direction === 'ascending' ? 1 : -1;
          for (let i = 1; i < shown.length; i += 1) {
            const order =
              index === 0
                ? new Intl.Collator('ko').compare(shown[i - 1]!, shown[i]!)
                : compareKeys(figureKey(shown[i - 1]!)!, figureKey(shown[i]!)!);
            expect(sign * order, `${shown[i - 1]} before ${shown[i]}`).to.be.at.most(0);
          }
          // Every unit is still there, and the totals row stays last in the footer.
          expect([...values()].sort()).to.deep.equal(REPORT_ROWS.map((row) => row[index]!).sort());
          expect(visibleTable(el)[8]).to.deep.equal(REPORT_TOTAL);
        };
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        check('ascending');
        expect(root(el).activeElement).to.equal(button);
        expect(root(el).querySelector('.footer + [role="status"]')!.textContent).to.equal(`${label} 기준 오름차순으로 정렬했습니다.`);
        await sendKeys({ press: 'Space' });
        await el.updateComplete;
        check('descending');
        expect(root(el).querySelector('.footer + [role="status"]')!.textContent).to.equal(`${label} 기준 내림차순으로 정렬했습니다.`);
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        check('ascending');
      });
    }

    it('gives the expected order for 행정직 (by quota) both ways', async () => {
      const el = await render(html`<wfp-staffing-table></wfp-staffing-table>`);
      sortButton(el, '행정직').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const ascending = ['가족다문화담당관', '아동담당관', '아동복지센터', '1인가구담당관', '아이돌봄담당관', '영유아담당관', '양성평등담당관'];
      expect(bodyRows(el).map((row) => row[0])).to.deep.equal(ascending);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(bodyRows(el).map((row) => row[0])).to.deep.equal([...ascending].reverse());
    });

    it('moves the sort to another column; no header is marked before any sort', async () => {
      const el = await render(html`<wfp-staffing-table measure="vacancy"></wfp-staffing-table>`);
      expect(headers(el).some((th) => th.hasAttribute('aria-sort'))).to.equal(false);
      sortButton(el, '계').click();
      await el.updateComplete;
      expect(bodyRows(el).map((row) => row[1])).to.deep.equal(['−9 정원 초과', '−4 정원 초과', '−2 정원 초과', '3', '3', '3', '6']);
      sortButton(el, '기술직').click();
      await el.updateComplete;
      expect(headers(el).filter((th) => th.hasAttribute('aria-sort')).map((th) => visibleText(th))).to.deep.equal(['기술직']);
      await expect(el).to.be.accessible();
    });

    it('a sort whose column categories took away ends there: the column back does not bring it back, nor announce it', async () => {
      const el = await render(html`<wfp-staffing-table></wfp-staffing-table>`);
      const status = () => root(el).querySelector('.footer + [role="status"]')!.textContent;
      const reportOrder = bodyRows(el).map((row) => row[0]);
      sortButton(el, '기술직').click();
      await el.updateComplete;
      expect(bodyRows(el).map((row) => row[0])).to.not.deep.equal(reportOrder);
      el.setAttribute('categories', 'administrative');
      await el.updateComplete;
      expect(bodyRows(el).map((row) => row[0])).to.deep.equal(reportOrder);
      el.removeAttribute('categories');
      await el.updateComplete;
      expect(bodyRows(el).map((row) => row[0])).to.deep.equal(reportOrder);
      expect(headers(el).some((th) => th.hasAttribute('aria-sort'))).to.equal(false);
      expect(status()).to.equal('');
    });

    it('says the order in the page’s language, also after the page switches', async () => {
      const el = await render(html`<wfp-staffing-table></wfp-staffing-table>`);
      const status = () => root(el).querySelector('.footer + [role="status"]')!.textContent;
      expect(status()).to.equal('');
      sortButton(el, '행정직').click();
      await el.updateComplete;
      expect(status()).to.equal('행정직 기준 오름차순으로 정렬했습니다.');
      el.setAttribute('lang', 'en');
      await settle(el);
      expect(status()).to.equal('Sorted by Administrative, ascending.');
    });
  });

  describe('CSV download', () => {
    it('csv() right after a property change gives the new measure, not the one still on screen', async () => {
      const el = await render(html`<wfp-staffing-table></wfp-staffing-table>`);
      el.measure = 'vacancy';
      expect(el.csvFileName).to.equal('seoul-wfp-staffing-2024-03-31-vacancy.csv');
      expect(el.csv().split('\r\n')[1]).to.contain('정원 초과');
    });

    it('downloads the visible table as UTF-8 with BOM, named with the dataset date', async () => {
      const el = await render(html`<wfp-staffing-table></wfp-staffing-table>`);
      const download = await captureDownload(el);
      expect([...download.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(download.type).to.equal('text/csv;charset=utf-8');
      expect(download.name).to.equal('seoul-wfp-staffing-2024-03-31-report.csv');
      expect(download.text.startsWith('\uFEFF')).to.equal(true);
      const parsed = parseCsv(download.text.slice(1));
      expect(parsed).to.deep.equal(visibleTable(el));
      expect(parsed[8]).to.deep.equal(REPORT_TOTAL);
      expect(el.csv()).to.equal(download.text.slice(1));
    });

    it('follows the current measure, sort and columns (English)', async () => {
      const el = await render(html`<wfp-staffing-table lang="en" measure="vacancy" categories="administrative,technical"></wfp-staffing-table>`);
      sortButton(el, 'Administrative').click();
      await el.updateComplete;
      sortButton(el, 'Administrative').click();
      await el.updateComplete;
      const download = await captureDownload(el);
      expect(download.name).to.equal('seoul-wfp-staffing-2024-03-31-vacancy.csv');
      const parsed = parseCsv(download.text.slice(1));
      expect(parsed).to.deep.equal(visibleTable(el));
      expect(parsed[0]).to.deep.equal(['Unit', 'Subtotal', 'Administrative', 'Technical']);
      expect(parsed[1]![0]).to.equal('Child Welfare Center'); // largest administrative vacancy (22 − 17)
      expect(parsed.find((row) => row[0] === 'Children Division')![2]).to.equal('−9 over strength');
    });

    it('csv() is empty while there is no table', async () => {
      const el = await render(html`<wfp-staffing-table measure="nope"></wfp-staffing-table>`);
      expect(el.csv()).to.equal('');
    });
  });

  describe('layout', () => {
    it('stacks rows in a narrow container and stays a table to assistive technology', async () => {
      const el = await render(html`<div style="inline-size: 360px"><wfp-staffing-table department="children"></wfp-staffing-table></div>`);
      const row = root(el).querySelector('tbody tr')!;
      const cell = row.querySelector('td')!;
      expect(getComputedStyle(row).display).to.equal('block');
      expect(getComputedStyle(cell).display).to.equal('grid');
      expect(getComputedStyle(cell, '::before').content).to.equal('"계" / ""');
      // Cards do not scroll sideways: the table layout's sticky names column and its edge are off.
      expect(getComputedStyle(row.querySelector('th')!).position).to.equal('static');
      expect(getComputedStyle(root(el).querySelector('tbody tr:not(.highlighted) th')!).boxShadow).to.equal('none');
      expect(root(el).querySelector('td[data-column="administrative"]')!.getAttribute('data-label')).to.equal('행정직');
      // Rows are as wide as the container: no horizontal scrolling.
      expect(root(el).querySelector('table')!.getBoundingClientRect().width).to.be.at.most(360);
      // Explicit table roles back the native ones, for browsers that drop semantics on display changes.
      expect(root(el).querySelector('table')!.getAttribute('role')).to.equal('table');
      expect(row.getAttribute('role')).to.equal('row');
      expect(cell.getAttribute('role')).to.equal('cell');
      expect(row.querySelector('th')!.getAttribute('role')).to.equal('rowheader');
      expect(headers(el).every((th) => th.getAttribute('role') === 'columnheader')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('keeps words whole in cards on a 320 px phone, in English, with wide figures, and with text at 200 % ("Administrative", "230 / 230 (173)", "over strength")', async () => {
      // 320 px screen less the page's 16 px margins; the widget insets its cards by another 12 px.
      // Wide figures beside a long name squeezed the name column to a syllable a line (report and
      // women-share, or any measure at 200 % text): the name now takes its own line there.
      const cases = [
        { lang: 'en', measure: 'vacancy', text: '100%', width: 288 },
        { lang: 'en', measure: 'report', text: '100%', width: 288 },
        { lang: 'en', measure: 'women-share', text: '100%', width: 288 },
        { lang: 'ko', measure: 'report', text: '100%', width: 288 },
        { lang: 'ko', measure: 'vacancy', text: '200%', width: 288 },
        // At 200 % "Administrative" alone is wider than a 320 px phone's card: it must break there.
        { lang: 'en', measure: 'current', text: '200%', width: 358 },
      ];
      const rootStyle = document.documentElement.style;
      const fontSize = rootStyle.fontSize;
      const broken: string[] = [];
      try {
        for (const { lang, measure, text, width } of cases) {
          rootStyle.fontSize = text;
          const el = await render(html`<div lang=${lang} style=${`inline-size: ${width}px`}><wfp-staffing-table measure=${measure} bars></wfp-staffing-table></div>`);
          broken.push(...brokenWords(el).map((problem) => `${lang} ${measure} ${text}: ${problem}`));
          if (root(el).querySelector('table')!.getBoundingClientRect().width > width) broken.push(`${lang} ${measure} ${text}: wider than ${width} px`);
        }
      } finally {
        rootStyle.fontSize = fontSize;
      }
      expect(broken).to.deep.equal([]);
    });

    /** Labels narrower than their longest word, and words split over lines, in a card layout. */
    function brokenWords(el: WfpStaffingTable): string[] {
      const lines = (node: Node, from = 0, to = node.textContent!.length) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, to);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      };
      /** Width of `text` set like the card's labels (bold, the cell's font). */
      const wordWidth = (cell: Element, text: string) => {
        const probe = document.createElement('b');
        probe.textContent = text;
        probe.style.whiteSpace = 'nowrap';
        // Out of the cell's grid, so it is as wide as its text (a grid item stretches to its column).
        probe.style.position = 'absolute';
        cell.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return width;
      };
      const broken: string[] = [];
      for (const cell of root(el).querySelectorAll('tbody td')) {
        const label = cell.getAttribute('data-label')!;
        // The label (::before) is at least as wide as its longest word, so it never splits one.
        const longest = Math.max(...label.split(' ').map((word) => wordWidth(cell, word)));
        if (parseFloat(getComputedStyle(cell, '::before').width) < longest - 0.5) broken.push(`label ${label}`);
        for (const part of cell.querySelectorAll('.figure, .flag')) {
          const text = part.firstChild!;
          for (const word of part.textContent!.matchAll(/\S+/g)) {
            if (lines(text, word.index, word.index + word[0].length) > 1) broken.push(`${label}: "${word[0]}"`);
          }
        }
      }
      return broken;
    }

    it('keeps figures and bars in one place in every card row at 320–390 px, in English too; an "over strength" flag goes under them', async () => {
      // "Administrative" and "−3 over strength" do not fit one line at 360 px: the whole value went
      // under the label there while "Total −2" kept its line, so the figures zig-zagged down a card.
      for (const lang of ['en', 'ko']) {
        for (const width of [288, 328, 358]) {
          const el = await render(html`<div lang=${lang} style=${`inline-size: ${width}px`}><wfp-staffing-table measure="vacancy" bars></wfp-staffing-table></div>`);
          const misplaced: string[] = [];
          const rights: number[] = [];
          for (const cell of root(el).querySelectorAll('tbody td, tfoot td')) {
            const where = `${lang} ${width}px ${cell.closest('tr')!.getAttribute('data-id')} ${cell.getAttribute('data-label')}`;
            const box = (selector: string) => cell.querySelector(selector)?.getBoundingClientRect();
            const figure = box('.figure')!;
            const bar = box('.bar, .bar-space')!;
            const flag = box('.flag');
            const cellBox = cell.getBoundingClientRect();
            // The figure and the bar on the label's line (the cell's first), side by side.
            if (figure.top - (cellBox.top + parseFloat(getComputedStyle(cell).paddingTop)) > figure.height / 2) misplaced.push(`${where}: figure below its label`);
            if (Math.abs(figure.top + figure.height / 2 - (bar.top + bar.height / 2)) > 2) misplaced.push(`${where}: bar off the figure's line`);
            if (flag && flag.top < figure.bottom - 1) misplaced.push(`${where}: flag beside the figure`);
            rights.push(figure.right);
          }
          expect(misplaced).to.deep.equal([]);
          // One column of figures (the totals card's border is 1 px thicker).
          expect(Math.max(...rights) - Math.min(...rights), `${lang} ${width}px: figures' right edges`).to.be.at.most(1.5);
        }
      }
    });

    it('titles the totals card 전체 (All units) on a phone, where 계 sat over its own first line 계; the table keeps the printed 계', async () => {
      const title = async (width: number, lang: string) => {
        const el = await render(html`<div lang=${lang} style=${`inline-size: ${width}px`}><wfp-staffing-table></wfp-staffing-table></div>`);
        return visibleText(root(el).querySelector('tfoot th')!);
      };
      expect([await title(360, 'ko'), await title(360, 'en'), await title(720, 'ko'), await title(720, 'en')]).to.deep.equal(['전체', 'All units', '계', 'Total']);
    });

    it('turns into cards below a 480 px widget, its inset included', async () => {
      for (const [width, display] of [
        [470, 'block'],
        [490, 'table-row'],
      ] as const) {
        const el = await render(html`<div style=${`inline-size: ${width}px`}><wfp-staffing-table></wfp-staffing-table></div>`);
        expect(getComputedStyle(root(el).querySelector('tbody tr')!).display, `${width} px`).to.equal(display);
      }
    });

    it('keeps each column\'s figures aligned with bars on, the total (which has no bar) included', async () => {
      for (const width of [900, 320]) {
        const el = await render(html`<div style=${`inline-size: ${width}px`}><wfp-staffing-table bars measure="vacancy"></wfp-staffing-table></div>`);
        const rows = [...root(el).querySelectorAll('tbody tr, tfoot tr')];
        const columns = rows[0]!.querySelectorAll('td').length;
        for (let column = 0; column < columns; column += 1) {
          // Figures (and flags) end where the bar column starts, in every row: the total's keeps its room empty.
          const ends = rows.map((row) => {
            const cell = row.querySelectorAll('td')[column]!.querySelector('.cell')!;
            const bar = cell.querySelector('.bar, .bar-space');
            return Math.round((bar ?? cell).getBoundingClientRect()[bar ? 'left' : 'right']);
          });
          expect(Math.max(...ends) - Math.min(...ends), `${width} px, column ${column + 1}: ${ends}`).to.be.at.most(1);
        }
      }
    });

    it("keeps a card's rounded corners: its name row paints no square background over them", async () => {
      for (const theme of ['light', 'dark']) {
        // A highlighted unit's card too (its name row painted its own highlight, square).
        const el = await render(html`<div style="inline-size: 320px"><wfp-staffing-table theme=${theme} department="children"></wfp-staffing-table></div>`);
        expect(root(el).querySelector('tr.highlighted')).to.not.equal(null);
        for (const name of root(el).querySelectorAll<HTMLElement>('tbody th, tfoot th')) {
          const style = getComputedStyle(name);
          const painted = style.backgroundImage !== 'none' || (style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent');
          expect(painted && parseFloat(style.borderStartStartRadius) === 0, `${theme}: ${visibleText(name)}`).to.equal(false);
        }
        // The sort chips keep one look: the department chip's background is the others'.
        const chips = [...root(el).querySelectorAll<HTMLElement>('thead th')].map((chip) => getComputedStyle(chip).backgroundColor);
        expect(new Set(chips).size, chips.join(' ')).to.equal(1);
      }
    });

    it('keeps the table layout in a wide container', async () => {
      const el = await render(html`<div style="inline-size: 800px"><wfp-staffing-table></wfp-staffing-table></div>`);
      expect(getComputedStyle(root(el).querySelector('tbody tr')!).display).to.equal('table-row');
      expect(getComputedStyle(root(el).querySelector('td')!, '::before').content).to.equal('none');
    });

    it('scrolls sideways between 480 px and its full width with the names whole and the caption and names in view', async () => {
      for (const lang of ['ko', 'en']) {
        const el = await render(html`<div style="inline-size: 520px" lang=${lang}><wfp-staffing-table bars></wfp-staffing-table></div>`);
        const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
        expect(scroller.scrollWidth, `${lang}: the table is wider than its box`).to.be.greaterThan(scroller.clientWidth);
        // Names break between words only: each fits on one line in Korean, one word per line at worst in English.
        for (const th of root(el).querySelectorAll<HTMLElement>('tbody th')) {
          const lineHeight = parseFloat(getComputedStyle(th).lineHeight);
          const words = visibleText(th).split(/[ -]/).length; // a hyphen may end a line too
          const lines = Math.round((th.getBoundingClientRect().height - 16) / lineHeight);
          expect(lines, `${lang}: ${visibleText(th)}`).to.be.at.most(lang === 'ko' ? 1 : words);
        }
        scroller.scrollLeft = scroller.scrollWidth;
        await new Promise(requestAnimationFrame);
        const box = scroller.getBoundingClientRect();
        for (const selector of ['.caption-title', '.caption-meta', 'tbody tr:first-child th', 'tfoot th']) {
          const part = root(el).querySelector(selector)!.getBoundingClientRect();
          expect(part.left, `${lang}: ${selector} scrolled away`).to.be.closeTo(box.left, 1);
          expect(part.right, `${lang}: ${selector} wider than the box`).to.be.at.most(box.right + 1);
        }
        // Shift+Tab back to a sort button scrolled in under the names column: it is brought out.
        const names = root(el).querySelector('th.department')!.getBoundingClientRect();
        const third = root(el).querySelectorAll<HTMLElement>('th.figure-column .sort')[2]!;
        third.focus();
        await new Promise(requestAnimationFrame);
        const button = third.getBoundingClientRect();
        expect(button.left, `${lang}: focused sort button under the sticky column`).to.be.at.least(names.right - 1);
      }
    });

    it('brings a focused sort button out from under the names column, just so, on a zoomed page (a portal\'s 화면 확대/축소)', async () => {
      // Rectangles come in the page's zoomed pixels, scrollLeft in the scroller's own.
      for (const zoom of ['zoom: 0.8', 'zoom: 1.5', 'transform: scale(1.2); transform-origin: 0 0']) {
        const el = await render(html`<div style=${zoom}><div style="inline-size: 520px"><wfp-staffing-table></wfp-staffing-table></div></div>`);
        const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
        scroller.scrollLeft = scroller.scrollWidth;
        await new Promise(requestAnimationFrame);
        const names = root(el).querySelector('th.department')!.getBoundingClientRect();
        // The last sort button the names column covers, as Shift+Tab would reach it.
        const covered = [...root(el).querySelectorAll<HTMLElement>('th.figure-column .sort')].filter((button) => button.getBoundingClientRect().left < names.right - 1);
        const button = covered.at(-1)!;
        expect(button, `${zoom}: no sort button under the names column`).to.exist;
        button.focus();
        await new Promise(requestAnimationFrame);
        expect(button.getBoundingClientRect().left, `${zoom}: at the names column's edge`).to.be.closeTo(names.right, 1);
      }
    });

    it('prints the full table without controls, even from a narrow container', async () => {
      const el = await render(html`<div style="inline-size: 360px"><wfp-staffing-table></wfp-staffing-table></div>`);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(root(el).querySelector('[part="download"]')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('.sort-icon')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('tbody tr')!).display).to.equal('table-row');
      expect(visibleTable(el)).to.have.length(9);
      // It fits the column rather than spilling over what stands beside it on the page.
      expect(root(el).querySelector('table')!.getBoundingClientRect().width).to.be.at.most(361);
      await emulateMedia({ media: 'screen' });
      expect(getComputedStyle(root(el).querySelector('[part="download"]')!).display).to.not.equal('none');
    });
  });

  describe('themes', () => {
    for (const theme of ['dark', 'high-contrast', 'light']) {
      it(`is accessible with theme="${theme}"`, async () => {
        const el = await render(html`<wfp-staffing-table theme=${theme} bars department="children" measure="vacancy"></wfp-staffing-table>`);
        expect(root(el).querySelector('[part="base"]')!.getAttribute('data-theme')).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible in the default state', async () => {
      const el = await render(html`<wfp-staffing-table></wfp-staffing-table>`);
      await expect(el).to.be.accessible();
    });

    it('takes the theme from an ancestor', async () => {
      const el = await render(html`<div theme="dark"><wfp-staffing-table></wfp-staffing-table></div>`);
      expect(root(el).querySelector('[part="base"]')!.getAttribute('data-theme')).to.equal('dark');
    });

    it("follows a KRDS page's display mode (<html data-krds-mode>) as it toggles, unless a theme is set", async () => {
      const pageRoot = document.documentElement;
      const themeOf = (el: WfpStaffingTable) => root(el).querySelector('[part="base"]')!.getAttribute('data-theme');
      try {
        pageRoot.setAttribute('data-krds-mode', 'light');
        const el = await render(html`<wfp-staffing-table></wfp-staffing-table>`);
        const own = await render(html`<div theme="dark"><wfp-staffing-table></wfp-staffing-table></div>`);
        expect(themeOf(el)).to.equal('light');
        // The page's "선명한 화면" toggle: the widget follows without a reload; its own theme wins.
        pageRoot.setAttribute('data-krds-mode', 'high-contrast');
        await waitUntil(() => themeOf(el) === 'high-contrast', 'the widget did not follow the KRDS mode');
        expect(themeOf(own), 'a theme attribute wins').to.equal('dark');
        // KRDS's own settings script goes back to the light page by removing the attribute.
        pageRoot.removeAttribute('data-krds-mode');
        await waitUntil(() => themeOf(el) === 'light', 'back to the light page');
        pageRoot.setAttribute('data-krds-mode', 'theme');
        await waitUntil(() => themeOf(el) === 'auto', 'KRDS "theme" (system setting) is auto');
        pageRoot.setAttribute('data-krds-mode', 'constructor');
        await waitUntil(() => themeOf(el) === 'auto', 'an unknown mode is auto');
      } finally {
        pageRoot.removeAttribute('data-krds-mode');
      }
    });
  });

  describe('bad input', () => {
    it('an unknown department: error box listing the valid units, and wfp-error not-found', async () => {
      const el = document.createElement('wfp-staffing-table');
      el.department = '없는담당관';
      const event = oneEvent(el, 'wfp-error') as Promise<WfpErrorEvent>;
      await fixture(html`<div>${el}</div>`);
      const { detail } = await event;
      await settled(el);
      expect(detail.kind).to.equal('not-found');
      expect(detail.message.en).to.contain('children (Children Division)');
      const text = visibleText(root(el).querySelector('[part="error"]')!);
      expect(text).to.contain('부서 "없는담당관"은(는) 인력 현황 표에 없습니다');
      expect(text).to.contain('children (아동담당관)');
      expect(root(el).querySelector('table') === null, 'no table').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('a real unit without a row of its own (저출생정책추진반): the whole table, a sentence saying so, no error', async () => {
      const events: Event[] = [];
      const el = await render(
        html`<wfp-staffing-table department="저출생정책추진반" @wfp-error=${(event: Event) => events.push(event)}></wfp-staffing-table>`,
      );
      expect(root(el).querySelector('[part="error"]') === null, 'no [part="error"]').to.equal(true);
      expect(visibleTable(el)).to.have.length(9);
      expect(root(el).querySelector('tr[aria-current]') === null, 'no tr[aria-current]').to.equal(true);
      const legend = root(el).querySelector('#legend')!;
      expect(visibleText(legend)).to.contain('이 표에는 저출생정책추진반의 행이 따로 없습니다. 표 전체를 보여 드립니다.');
      expect(root(el).querySelector('table')!.getAttribute('aria-describedby')).to.equal('legend');
      expect(events).to.have.length(0);
      await expect(el).to.be.accessible();
      // The office is the whole table (its total row): nothing to say.
      for (const office of ['office', '여성가족정책실']) {
        const whole = await render(html`<wfp-staffing-table department=${office}></wfp-staffing-table>`);
        expect(root(whole).querySelector('[part="error"]') === null, 'no [part="error"]').to.equal(true);
        expect(visibleText(root(whole).querySelector('#legend')!)).not.to.contain('행이 따로 없습니다');
      }
    });

    it('unknown categories: error box listing valid ones, wfp-error invalid-input', async () => {
      const el = document.createElement('wfp-staffing-table');
      el.categories = 'administrative,contract';
      const event = oneEvent(el, 'wfp-error') as Promise<WfpErrorEvent>;
      await fixture(html`<div>${el}</div>`);
      const { detail } = await event;
      expect(detail.kind).to.equal('invalid-input');
      await settled(el);
      const text = visibleText(root(el).querySelector('[part="error"]')!);
      expect(text).to.contain('"contract"');
      expect(text).to.contain('administrative (행정직), technical (기술직), operations (관리운영직), fixed-term (임기제)');
    });

    it('an unknown measure: error box listing the measures, in English too', async () => {
      const el = await render(html`<wfp-staffing-table lang="en" measure="ratio"></wfp-staffing-table>`);
      const text = visibleText(root(el).querySelector('[part="error"]')!);
      expect(text).to.contain('The measure "ratio" is not available');
      expect(text).to.contain('report (Quota / current (women)), quota (Quota)');
      expect(text).to.contain('women-share (Share of women)');
    });

    it('recovers when a bad attribute is fixed, and fires wfp-error once per error', async () => {
      const el = document.createElement('wfp-staffing-table');
      el.department = 'nowhere';
      let events = 0;
      el.addEventListener('wfp-error', () => (events += 1));
      await fixture(html`<div>${el}</div>`);
      await settled(el);
      el.requestUpdate();
      await el.updateComplete;
      expect(events).to.equal(1);
      el.department = '아동담당관';
      await el.updateComplete;
      expect(root(el).querySelector('[part="error"]') === null, 'no [part="error"]').to.equal(true);
      expect(root(el).querySelector('tr[aria-current="true"]')!.getAttribute('data-id')).to.equal('children');
      expect(events).to.equal(1);
    });

    it('fires no wfp-error for valid input', async () => {
      let events = 0;
      const listener = () => (events += 1);
      document.addEventListener('wfp-error', listener);
      try {
        await render(html`<wfp-staffing-table measure="vacancy" department="children" categories="technical"></wfp-staffing-table>`);
        expect(events).to.equal(0);
      } finally {
        document.removeEventListener('wfp-error', listener);
      }
    });

    const broken: Array<[string, (data: ReturnType<typeof copy>) => void, string, string]> = [
      ['an unknown department', (d) => (d.staffing[2].departmentId = 'nowhere'), '$.staffing[2].departmentId', '부서 "nowhere"를 찾을 수 없습니다'],
      ['a negative count', (d) => (d.staffing[0].quota = -1), '$.staffing[0].quota', ''],
      ['a fractional count', (d) => (d.staffing[1].current = 1.5), '$.staffing[1].current', ''],
      ['more women than current staff', (d) => (d.staffing[0].women = 60), '$.staffing[0].women', '여성 인원(60명)이 현원(52명)보다 많습니다'],
    ];
    for (const [what, breakIt, path, why] of broken) {
      it(`rejects a staffing row with ${what} before rendering, naming the row`, async () => {
        const data = copy();
        breakIt(data);
        const el = document.createElement('wfp-staffing-table');
        (el as unknown as { dataset: unknown }).dataset = data;
        const event = oneEvent(el, 'wfp-error') as Promise<WfpErrorEvent>;
        await fixture(html`<div>${el}</div>`);
        const { detail } = await event;
        await settled(el);
        expect(detail.kind).to.equal('schema');
        expect(root(el).querySelector('table') === null, 'no table').to.equal(true);
        const text = visibleText(root(el).querySelector('[part="error"]')!);
        // The rejected rows list it: the box does not repeat it as the first problem.
        expect(text).not.to.contain('첫 번째 문제');
        expect(text).to.contain('인력 현황에서 거부된 행:');
        expect(text).to.contain(`${path}: ${why}`);
        await expect(el).to.be.accessible();
      });
    }
  });
});
