/**
 * Scale: a department with 10,000 budget lines (the gauge's breakdown renders every line and sorts
 * them by rate, budget and name) and 5,000 facilities (the locator filters by district, type, text
 * and Hangul initials, with correct tile counts and paging). Correctness only: timings belong to
 * the benchmark.
 */
import { expect } from '@open-wc/testing';
import { clearDatasetCache } from '../../src/data/index.js';
import { executionRate } from '../../src/format/rate.js';
import { parseDataset } from '../../src/schema/parse.js';
import type { DatasetInput } from '../../src/schema/types.js';
import { manyBudgetLinesDataset, manyFacilitiesDataset } from './datasets.js';
import { settle, watchPage } from './helpers.js';

const LINES = 10_000;
const FACILITIES = 5_000;

function mount<T extends HTMLElement>(tag: string, attributes: Record<string, string>, dataset: unknown): T {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  (element as unknown as { dataset: unknown }).dataset = dataset;
  document.body.append(element);
  return element;
}

describe('hardening: scale (correctness only)', function () {
  this.timeout(60_000);
  let element: HTMLElement | null = null;
  beforeEach(() => clearDatasetCache());
  afterEach(() => {
    element?.remove();
    element = null;
  });

  describe(`<wfp-execution-gauge> breakdown of one department with ${LINES.toLocaleString('en')} budget lines`, () => {
    const dataset = manyBudgetLinesDataset(LINES);
    const lines = dataset.budgetLines!;
    const order = new Map(lines.map((line, index) => [line.id, index]));
    const byOrder = (a: string, b: string) => order.get(a)! - order.get(b)!;
    const rate = new Map(lines.map((line) => [line.id, executionRate(line.spent, line.budget) ?? -Infinity]));
    const budget = new Map(lines.map((line) => [line.id, line.budget]));
    const name = new Map(lines.map((line) => [line.id, line.name]));
    const collator = new Intl.Collator('ko');
    const ids = lines.map((line) => line.id);
    const expected = {
      rate: [...ids].sort((a, b) => rate.get(b)! - rate.get(a)! || byOrder(a, b)),
      budget: [...ids].sort((a, b) => budget.get(b)! - budget.get(a)! || byOrder(a, b)),
      name: [...ids].sort((a, b) => collator.compare(name.get(a)!, name.get(b)!) || byOrder(a, b)),
    };
    const shownIds = (gauge: HTMLElement) => [...gauge.shadowRoot!.querySelectorAll<HTMLElement>('li.row')].map((row) => row.dataset['id']);

    it('the dataset is valid', () => {
      expect(parseDataset(dataset).ok).to.equal(true);
    });

    it(`renders all ${LINES} rows sorted by name (Korean collation), then by budget (the reader's sort control), then by rate (attribute)`, async () => {
      const watch = watchPage();
      try {
        // Each full re-render of 10,000 rows takes seconds in Lit's dev mode: three orders are enough.
        const gauge = mount('wfp-execution-gauge', { department: 'big', breakdown: '', sort: 'name' }, dataset);
        element = gauge;
        await settle(gauge, 30_000);
        expect(shownIds(gauge), 'sort=name').to.deep.equal(expected.name);
        expect(gauge.shadowRoot!.querySelector('.count')!.textContent).to.contain(`전체 ${LINES}개`);
        // A row reads its own figures.
        const first = gauge.shadowRoot!.querySelector('li.row')!;
        const firstLine = lines[order.get(expected.name[0]!)!]!;
        expect(first.querySelector('.row-name')!.textContent).to.equal(firstLine.name);
        expect(first.querySelector('.row-value')!.textContent).to.contain(`${rate.get(firstLine.id)!.toFixed(1)}%`);

        const select = gauge.shadowRoot!.querySelector<HTMLSelectElement>('#sort')!;
        select.value = 'budget';
        select.dispatchEvent(new Event('change'));
        await settle(gauge, 30_000);
        expect(shownIds(gauge), 'sort control → budget').to.deep.equal(expected.budget);

        gauge.setAttribute('sort', 'rate');
        await settle(gauge, 30_000);
        expect(shownIds(gauge), 'sort=rate').to.deep.equal(expected.rate);
        expect(watch.errors).to.deep.equal([]);
        expect(watch.thrown).to.deep.equal([]);
      } finally {
        watch.stop();
      }
    });
  });

  describe(`<wfp-facility-locator> with ${FACILITIES.toLocaleString('en')} facilities`, () => {
    const dataset: DatasetInput = manyFacilitiesDataset(FACILITIES);
    const facilities = dataset.facilities!;
    const expectedCount = (filter: { district?: string; type?: string; name?: (name: string) => boolean }) =>
      facilities.filter(
        (facility) =>
          (filter.district === undefined || facility.district === filter.district) &&
          (filter.type === undefined || facility.type === filter.type) &&
          (filter.name === undefined || filter.name(facility.name.ko)),
      ).length;
    const resultCount = (locator: HTMLElement) => locator.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
    const resultItems = (locator: HTMLElement) => locator.shadowRoot!.querySelectorAll('article.result').length;
    const tileCount = (locator: HTMLElement, district: string) =>
      Number(locator.shadowRoot!.querySelector(`button.tile[data-district="${district}"]`)!.parentElement!.querySelector('.tile-count')!.textContent!.replace(/,/g, ''));

    it('the dataset is valid', () => {
      expect(parseDataset(dataset).ok).to.equal(true);
    });

    it('filters by district, type, text and Hangul initials with correct counts, tile counts and paging', async () => {
      const watch = watchPage();
      try {
        const locator = mount('wfp-facility-locator', {}, dataset);
        element = locator;
        await settle(locator, 30_000);
        expect(resultCount(locator)).to.equal(`시설 ${FACILITIES.toLocaleString('en')}곳`);
        expect(resultItems(locator), 'first page').to.equal(50);
        const outside = facilities.filter((facility) => facility.district === null).length;
        expect(locator.shadowRoot!.querySelector('.map .hint')!.textContent).to.contain(`서울 외 ${outside}곳`);
        for (const district of ['gangseo', 'jongno', 'gangdong']) {
          expect(tileCount(locator, district), `tile ${district}`).to.equal(expectedCount({ district }));
        }

        locator.setAttribute('district', 'gangseo');
        await settle(locator);
        const inGangseo = expectedCount({ district: 'gangseo' });
        expect(resultCount(locator)).to.equal(`강서구 시설 ${inGangseo}곳`);
        expect(resultItems(locator)).to.equal(Math.min(50, inGangseo));

        locator.setAttribute('types', 'kids-cafe');
        await settle(locator);
        expect(resultCount(locator)).to.equal(`강서구 시설 ${expectedCount({ district: 'gangseo', type: 'kids-cafe' })}곳`);
        // Tiles count every district under the other filters (the type).
        expect(tileCount(locator, 'mapo')).to.equal(expectedCount({ district: 'mapo', type: 'kids-cafe' }));

        locator.removeAttribute('district');
        locator.removeAttribute('types');
        locator.setAttribute('query', '1234호점');
        await settle(locator);
        expect(resultCount(locator)).to.equal('시설 1곳');
        expect(locator.shadowRoot!.querySelector('article.result h4')!.textContent).to.contain('1234호점');

        // Initial consonants of 공동육아나눔터.
        locator.setAttribute('query', 'ㄱㄷㅇㅇㄴㄴㅌ');
        locator.setAttribute('district', 'mapo');
        await settle(locator);
        const sharing = (name: string) => name.startsWith('공동육아나눔터');
        expect(resultCount(locator)).to.equal(`마포구 시설 ${expectedCount({ district: 'mapo', name: sharing })}곳`);

        locator.removeAttribute('district');
        await settle(locator);
        const allSharing = expectedCount({ name: sharing });
        expect(resultCount(locator)).to.equal(`시설 ${allSharing.toLocaleString('en')}곳`);
        // Paging: "show more" adds the next 50.
        locator.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!.click();
        await settle(locator);
        expect(resultItems(locator)).to.equal(100);
        expect(watch.errors).to.deep.equal([]);
        expect(watch.thrown).to.deep.equal([]);
      } finally {
        watch.stop();
      }
    });
  });
});
