import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { accessibleHeadings } from './accessibility-tree.js';
import { expectFocusRingsWithin } from './focus-rings.js';
import '../../src/components/facility-locator/facility-locator.js';
import type { WfpFacilityLocator } from '../../src/components/facility-locator/facility-locator.js';
import { buildFacilityIndex, filterFacilities } from '../../src/components/facility-locator/facility-filter.js';
import { OFFICIAL_DATASET_URL } from '../../src/data/index.js';
import type { WfpErrorEvent } from '../../src/events/wfp-error-event.js';
import type { WfpFilterChangeEvent } from '../../src/events/wfp-filter-change-event.js';
import { loadEnglish } from '../../src/i18n/english.js';
import { facilityLocatorLabels } from '../../src/i18n/facility-locator.js';
import { DISTRICTS } from '../../src/schema/districts.js';
import type { Dataset, Facility } from '../../src/schema/types.js';
import { settle } from '../hardening/helpers.js';

const official = (await (await fetch(OFFICIAL_DATASET_URL)).json()) as Dataset;
const copy = () => structuredClone(official);
/** Seoul wall-clock time as an instant (KST = UTC+9). 2024-04-01 is a Monday. */
const kst = (isoLocal: string) => new Date(`${isoLocal}+09:00`);
const MONDAY_NOON = kst('2024-04-01T12:00');
const SATURDAY_NOON = kst('2024-04-06T12:00');

const root = (el: WfpFacilityLocator) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What a sighted reader sees: without screen-reader-only text and decorative glyphs. */
function visibleText(node: Element | null | undefined): string {
  if (!node) return '';
  const clone = node.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden, [aria-hidden="true"]').forEach((n) => n.remove());
  return text(clone);
}

async function settled(el: WfpFacilityLocator): Promise<WfpFacilityLocator> {
  await waitUntil(() => root(el).querySelector('.tiles, .boundaries, [part="error"], .map, .empty'), 'still loading', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

async function render(template: ReturnType<typeof html>): Promise<WfpFacilityLocator> {
  const host = await fixture(template);
  const el = (host.localName === 'wfp-facility-locator' ? host : host.querySelector('wfp-facility-locator')) as WfpFacilityLocator;
  return settled(el);
}

const tiles = (el: WfpFacilityLocator) => [...root(el).querySelectorAll<HTMLButtonElement>('button.tile')];
const tile = (el: WfpFacilityLocator, id: string) => root(el).querySelector<HTMLButtonElement>(`button.tile[data-district="${id}"]`)!;
/** The count drawn on a tile (beside its button, so the button's name holds all its visible text). */
const tileCount = (t: HTMLElement) => text(t.parentElement!.querySelector('.tile-count'));
const tileStep = (t: HTMLElement) => t.parentElement!.dataset['step'];
/** A key pressed with a modifier held (the test runner's press takes one key). */
async function withKey(modifier: 'Control' | 'Shift', key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}
const articles = (el: WfpFacilityLocator) => [...root(el).querySelectorAll<HTMLElement>('article.result')];
const resultNames = (el: WfpFacilityLocator) => articles(el).map((a) => text(a.querySelector('h4 > span')));
const article = (el: WfpFacilityLocator, name: string) => articles(el).find((a) => text(a.querySelector('h4 > span')) === name)!;
const countLine = (el: WfpFacilityLocator) => root(el).querySelector('.result-count')!;
const chip = (el: WfpFacilityLocator, type: string) => root(el).querySelector<HTMLButtonElement>(`button.chip[data-type="${type}"]`)!;
const search = (el: WfpFacilityLocator) => root(el).querySelector<HTMLInputElement>('#search')!;
const openNowBox = (el: WfpFacilityLocator) => root(el).querySelector<HTMLInputElement>('.check input')!;
const buttonByText = (el: WfpFacilityLocator, label: string) => [...root(el).querySelectorAll('button')].find((b) => text(b) === label)!;

/** A locator with one attribute the widget cannot use: the `wfp-error` it fires, and it settled. */
async function mountWithBadAttribute(name: string, value: string): Promise<{ el: WfpFacilityLocator; detail: WfpErrorEvent['detail'] }> {
  const el = document.createElement('wfp-facility-locator');
  el.setAttribute(name, value);
  const event = oneEvent(el, 'wfp-error') as Promise<WfpErrorEvent>;
  await fixture(html`<div>${el}</div>`);
  const { detail } = await event;
  await settled(el);
  return { el, detail };
}

async function typeQuery(el: WfpFacilityLocator, value: string) {
  const input = search(el);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The official dataset with its facilities replaced (types and programs kept, so it validates). */
function withFacilities(facilities: Facility[]): Dataset {
  const data = copy();
  data.facilities = facilities;
  data.programs = data.programs.map((p) => ({ ...p, facilityIds: undefined }));
  return data;
}

function syntheticFacilities(count: number): Facility[] {
  const types = official.facilityTypes.map((t) => t.id);
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic-${i}`,
    name: { ko: `합성 시설 ${i}호`, en: `Synthetic facility ${i}` },
    type: types[i % types.length]!,
    district: i % 50 === 49 ? null : DISTRICTS[i % 25]!.id,
    address: `${DISTRICTS[i % 25]!.ko} 합성로 ${i}`,
  }));
}

describe('<wfp-facility-locator>', () => {
  describe('rendering with the official dataset', () => {
    it('shows 25 district tiles named with their counts (강서구, 시설 3곳)', async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      expect(tiles(el)).to.have.length(25);
      expect(tile(el, 'gangseo').getAttribute('aria-label')).to.equal('강서구, 시설 3곳');
      expect(tile(el, 'dongjak').getAttribute('aria-label')).to.equal('동작구, 시설 10곳');
      expect(tile(el, 'songpa').getAttribute('aria-label')).to.equal('송파구, 시설 0곳');
      // The count is visible text on the tile, not only colour.
      expect(tileCount(tile(el, 'gangseo'))).to.equal('3');
      expect(text(tile(el, 'gangseo').querySelector('.tile-name'))).to.contain('강서구');
      // Sequential scale: none, and the busiest district at the top step.
      expect(tileStep(tile(el, 'songpa'))).to.equal('0');
      expect(tileStep(tile(el, 'dongjak'))).to.equal('4');
      expect(Number(tileStep(tile(el, 'gangseo')))).to.be.within(1, 3);
      const sum = tiles(el).reduce((total, t) => total + Number(tileCount(t)), 0);
      expect(sum).to.equal(61);
      expect(text(countLine(el))).to.equal('시설 91곳');
      expect(tiles(el).every((t) => t.getAttribute('aria-pressed') === 'false')).to.be.true;
    });

    // A phone (360 px screen): with real Korean fonts four syllables do not fit a 40 px tile.
    it('on a phone every tile keeps its name on one line and its count inside it (구 dropped); wide maps keep 구', async () => {
      // 288 px: a 320 px phone with 16 px page margins, where 서대문 broke as 서대/문.
      const narrow = await render(html`<div style="width: 288px"><wfp-facility-locator district="gangseo"></wfp-facility-locator></div>`);
      const broken = tiles(narrow).filter((t) => {
        const name = t.querySelector('.tile-name')!;
        return name.getBoundingClientRect().height > (t.getAttribute('aria-pressed') === 'true' ? 2.5 : 1.5) * parseFloat(getComputedStyle(name).lineHeight);
      });
      expect(broken.map((t) => t.dataset['district']), '288 px').to.deep.equal([]);
      const el = await render(html`<div style="width: 328px"><wfp-facility-locator district="gangseo"></wfp-facility-locator></div>`);
      const lineHeight = (t: HTMLElement) => parseFloat(getComputedStyle(t.querySelector('.tile-name')!).lineHeight);
      for (const t of tiles(el)) {
        const name = visibleText(t.querySelector('.tile-name'));
        const box = t.getBoundingClientRect();
        const count = t.parentElement!.querySelector('.tile-count')!.getBoundingClientRect();
        expect(count.top, `${name}: count inside its tile`).to.be.at.least(box.top - 1);
        expect(count.bottom, `${name}: count inside its tile`).to.be.at.most(box.bottom + 1);
        // The selected tile has its ✓ on a line of its own above the name.
        const lines = t.getAttribute('aria-pressed') === 'true' ? 2 : 1;
        expect(t.querySelector('.tile-name')!.getBoundingClientRect().height, name).to.be.below((lines + 0.5) * lineHeight(t));
      }
      const shown = (t: HTMLElement) => t.querySelector<HTMLElement>('.tile-name')!.innerText.trim(); // rendered text only
      expect(shown(tile(el, 'yeongdeungpo'))).to.equal('영등포');
      expect(shown(tile(el, 'jung'))).to.equal('중구');
      expect(tile(el, 'yeongdeungpo').getAttribute('aria-label')).to.equal('영등포구, 시설 4곳');
      // The legend's swatches keep their size where there is room (they shrink only for large text).
      for (const swatch of root(el).querySelectorAll('.swatch')) expect(swatch.getBoundingClientRect().width).to.be.closeTo(20, 1);
      const wide = await render(html`<div style="width: 720px"><wfp-facility-locator></wfp-facility-locator></div>`);
      expect(shown(tile(wide, 'yeongdeungpo'))).to.equal('영등포구');
    });

    it('selecting 금천구 lists the 서남권 직장맘지원센터 at 가산디지털1로 120 and the 외국인노동자센터', async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      tile(el, 'geumcheon').click();
      await el.updateComplete;
      expect(tile(el, 'geumcheon').getAttribute('aria-pressed')).to.equal('true');
      expect(text(countLine(el))).to.equal('금천구 시설 2곳');
      expect(resultNames(el)).to.deep.equal(['서남권 직장맘지원센터', '외국인노동자센터(금천)']);
      const centre = article(el, '서남권 직장맘지원센터');
      expect(text(centre.querySelector('[data-field="address"]'))).to.contain('금천구 가산디지털1로 120, 3층');
      expect(text(centre.querySelector('[data-field="operator"]'))).to.equal('(사)여성노동법률지원센터');
      expect(text(centre.querySelector('[data-field="district"]'))).to.equal('금천구');
      expect(text(centre)).to.contain('직장맘지원센터');
      // Clicking the selected tile again returns to all of Seoul.
      tile(el, 'geumcheon').click();
      await el.updateComplete;
      expect(tile(el, 'geumcheon').getAttribute('aria-pressed')).to.equal('false');
      expect(text(countLine(el))).to.equal('시설 91곳');
    });

    it('광진구 includes 서울상상나라 at 능동로 216', async () => {
      const el = await render(html`<wfp-facility-locator district="gwangjin"></wfp-facility-locator>`);
      expect(resultNames(el)).to.include('서울상상나라');
      expect(text(article(el, '서울상상나라').querySelector('[data-field="address"]'))).to.contain('광진구 능동로 216');
      expect(resultNames(el)).to.have.length(3);
    });

    it('district="영등포구" preselects the district (Korean name or id)', async () => {
      const el = await render(html`<wfp-facility-locator district="영등포구"></wfp-facility-locator>`);
      expect(tile(el, 'yeongdeungpo').getAttribute('aria-pressed')).to.equal('true');
      expect(text(countLine(el))).to.equal('영등포구 시설 4곳');
      expect(resultNames(el)).to.include('서울외국인주민지원센터');
      // The count line names the district; its one group heading is for screen readers only.
      const heading = root(el).querySelector('.group h3')!;
      expect(text(heading)).to.equal('영등포구 · 4곳');
      expect(heading.getBoundingClientRect().height).to.be.at.most(1);
      const byId = await render(html`<wfp-facility-locator district="yeongdeungpo"></wfp-facility-locator>`);
      expect(tile(byId, 'yeongdeungpo').getAttribute('aria-pressed')).to.equal('true');
    });

    for (const written of ['영등포', 'Yeongdeungpo', '서울특별시 영등포구', '11560']) {
      it(`district="${written}" (as people write it; the small tiles print 영등포) preselects 영등포구`, async () => {
        const el = await render(html`<wfp-facility-locator district=${written}></wfp-facility-locator>`);
        expect(tile(el, 'yeongdeungpo').getAttribute('aria-pressed')).to.equal('true');
        expect(text(countLine(el))).to.equal('영등포구 시설 4곳');
      });
    }

    it('"서울 외" holds 영보자애원, which is never counted on a tile', async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      expect(text(root(el).querySelector('.map .hint:last-child'))).to.equal('지도에 표시하지 않는 시설: 서울 외 1곳, 자치구 미표기 29곳');
      // A place with none is left out ("서울 외 0곳" says nothing), and the line goes when both are.
      el.types = 'kids-cafe';
      await el.updateComplete;
      expect(text(root(el).querySelector('.map .hint:last-child'))).to.equal('지도에 표시하지 않는 시설: 자치구 미표기 2곳');
      el.types = 'morning-care-center';
      await el.updateComplete;
      expect(root(el).querySelector('.map .hint:last-child')?.textContent?.includes('지도에 표시하지 않는') ?? false).to.equal(false);
      el.types = null;
      await el.updateComplete;
      // The list shows 50 at a time; 서울 외 comes last.
      buttonByText(el, '더 보기 (91곳 중 50곳 표시)').click();
      await el.updateComplete;
      expect(articles(el)).to.have.length(91);
      const outside = root(el).querySelector('[data-group="outside-seoul"]')!;
      expect(text(outside.querySelector('h3'))).to.equal('서울 외 · 1곳');
      expect([...outside.querySelectorAll('article h4 > span')].map(text)).to.deep.equal(['시립 영보자애원']);
      expect(text(outside.querySelector('[data-field="address"]'))).to.contain('경기 용인시 처인구 이원로 483');
      // Facilities whose district the report does not print are not called "outside Seoul".
      const unknown = root(el).querySelector('[data-group="district-unknown"]')!;
      expect(text(unknown.querySelector('h3'))).to.equal('자치구 미표기 · 29곳');
      // Searching for it leaves every tile at 0.
      await typeQuery(el, '영보');
      expect(resultNames(el)).to.deep.equal(['시립 영보자애원']);
      expect(tiles(el).every((t) => tileCount(t) === '0')).to.be.true;
    });

    it('shows the citywide totals as a labelled summary, not as points', async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      const summary = root(el).querySelector('[part="citywide"]')!;
      expect(text(summary.querySelector('h3'))).to.equal('서울시 전체 시설 수 (총계)');
      expect(text(summary)).to.contain('지도와 목록에는 표시하지 않습니다');
      const row = (id: string) => text(summary.querySelector(`[data-infrastructure="${id}"]`));
      expect(row('daycare-centers')).to.equal('어린이집 4,330곳');
      expect(row('seoul-kids-cafes')).to.equal('서울형키즈카페 52곳');
      expect(row('neighborhood-kium-centers')).to.equal('우리동네키움센터 255곳');
      expect(resultNames(el)).to.not.include('어린이집');
    });

    it('shows each result’s type, operator, programs served and a tel: link for its phone', async () => {
      const el = await render(html`<wfp-facility-locator .now=${SATURDAY_NOON} query="장난감도서관"></wfp-facility-locator>`);
      const library = article(el, '서울장난감도서관');
      expect(text(library)).to.contain('장난감도서관');
      expect(text(library.querySelector('[data-field="operator"]'))).to.equal('서울시육아종합지원센터');
      const programs = [...library.querySelectorAll('[data-field="programs"] li')].map(text);
      const expected = ['initiative-04-seoul-toy-library', 'seoul-childcare-support-center'].map((id) => official.programs.find((p) => p.id === id)!.title.ko);
      expect(programs).to.deep.equal(expected);
      await typeQuery(el, '위기임산부');
      const hotline = article(el, '위기임산부 통합지원센터');
      const link = hotline.querySelector('a[href^="tel:"]')!;
      expect(link.getAttribute('href')).to.equal('tel:15511099');
      expect(text(link)).to.equal('1551-1099');
      expect(text(hotline.querySelector('.badge.status'))).to.equal('개소 예정');
      // Facilities without a phone get no link.
      await typeQuery(el, '서울상상나라');
      expect(article(el, '서울상상나라').querySelector('a[href^="tel:"]') === null, 'no a[href^="tel:"]').to.equal(true);
    });

    it('does not load the boundary code when boundaries are not used', async () => {
      await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(loaded.some((name) => name.includes('facility-locator/boundaries'))).to.be.false;
      expect(loaded.some((name) => name.includes('d3-geo'))).to.be.false;
    });

    it('exposes every result to screen readers, the ones far below the fold too (its heading in the accessibility tree)', async () => {
      // content-visibility: auto left results out of view as empty articles in Chromium's
      // accessibility tree: no name, heading, facts or copy button.
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      const names = articles(el).map((result) => text(result.querySelector('.name')));
      expect(names.length, 'a page of results').to.be.above(20);
      await new Promise(requestAnimationFrame);
      const headings = await accessibleHeadings();
      expect(names.filter((name) => !headings.includes(name)), `results missing from the accessibility tree: ${JSON.stringify(headings.slice(-8))}`).to.deep.equal([]);
    });
  });

  describe('open now (Asia/Seoul clock injected with .now)', () => {
    it('서울장난감도서관 is closed on Monday 12:00 and open on Saturday 12:00', async () => {
      const el = await render(html`<wfp-facility-locator .now=${MONDAY_NOON} district="dongjak"></wfp-facility-locator>`);
      const badge = () => article(el, '서울장난감도서관').querySelector('.badge[data-open]')!;
      expect(text(article(el, '서울장난감도서관').querySelector('[data-field="hours"]'))).to.contain('화~금 10:00~18:30, 주말 11:00~17:00');
      expect(visibleText(badge())).to.equal('지금은 운영하지 않음');
      el.now = SATURDAY_NOON;
      await el.updateComplete;
      expect(visibleText(badge())).to.equal('지금 운영 중');
      // Facilities with printed text only get no badge (no claim about now).
      expect(article(el, '동작3호점').querySelector('.badge[data-open]') === null, 'no .badge[data-open]').to.equal(true);
    });

    it('the open-now filter follows the injected clock', async () => {
      const el = await render(html`<wfp-facility-locator .now=${MONDAY_NOON}></wfp-facility-locator>`);
      openNowBox(el).click();
      await el.updateComplete;
      expect(el.openNow).to.be.true;
      expect(resultNames(el)).to.deep.equal(['여성긴급전화1366 서울센터']);
      el.now = SATURDAY_NOON;
      await el.updateComplete;
      expect(resultNames(el)).to.have.members(['서울장난감도서관', '여성긴급전화1366 서울센터']);
      expect(tile(el, 'dongjak').getAttribute('aria-label')).to.equal('동작구, 시설 1곳');
      el.now = kst('2024-04-02T18:30');
      await el.updateComplete;
      expect(resultNames(el)).to.deep.equal(['여성긴급전화1366 서울센터']);
    });

    it('open-now works as an attribute', async () => {
      const el = await render(html`<wfp-facility-locator open-now .now=${SATURDAY_NOON} district="dongjak"></wfp-facility-locator>`);
      expect(openNowBox(el).checked).to.be.true;
      expect(resultNames(el)).to.deep.equal(['서울장난감도서관']);
    });
  });

  describe('filters', () => {
    it('type chips and search combine, and type counts update with the other filters', async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      expect(text(chip(el, 'kids-cafe').querySelector('.chip-count'))).to.equal('4곳');
      chip(el, 'kids-cafe').click();
      await el.updateComplete;
      expect(chip(el, 'kids-cafe').getAttribute('aria-pressed')).to.equal('true');
      expect(resultNames(el)).to.have.length(4);
      expect(tile(el, 'dongjak').getAttribute('aria-label')).to.equal('동작구, 시설 1곳');
      await typeQuery(el, '목동');
      expect(resultNames(el)).to.deep.equal(['시립 목동점']);
      expect(text(countLine(el))).to.equal('시설 1곳');
      // With 금천구 selected, chips count only 금천구's facilities.
      await typeQuery(el, '');
      chip(el, 'kids-cafe').click();
      tile(el, 'geumcheon').click();
      await el.updateComplete;
      expect(text(chip(el, 'working-moms-center').querySelector('.chip-count'))).to.equal('1곳');
      expect(text(chip(el, 'foreign-workers-center').querySelector('.chip-count'))).to.equal('1곳');
      expect(chip(el, 'kids-cafe')).to.be.null; // zero and not selected: hidden
    });

    it('types="…" preselects by id or Korean name', async () => {
      const el = await render(html`<wfp-facility-locator types="kids-cafe, 장난감도서관"></wfp-facility-locator>`);
      expect(chip(el, 'kids-cafe').getAttribute('aria-pressed')).to.equal('true');
      expect(chip(el, 'toy-library').getAttribute('aria-pressed')).to.equal('true');
      expect(resultNames(el)).to.have.length(5);
    });

    it('typed initial consonants find facilities (ㅋㅈㅋㅍ → 키즈카페)', async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      search(el).focus();
      await sendKeys({ type: 'ㅋㅈㅋㅍ' });
      await el.updateComplete;
      expect(el.query).to.equal('ㅋㅈㅋㅍ');
      expect(resultNames(el)).to.have.length(4);
      expect(text(countLine(el))).to.equal('시설 4곳');
    });

    it('keeps its results while a syllable is being composed: no "nothing found" between keystrokes of 외국인', async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      await typeQuery(el, '외국인');
      const final = resultNames(el);
      expect(final.length).to.be.greaterThan(0);
      // What the input method shows after each keystroke: ㅇ 외 (ㅇㅗㅣ) 왹 외구 외국 외국ㅇ 외국이 외국인.
      for (const state of ['ㅇ', '오', '외', '왹', '외구', '외국', '외국ㅇ', '외국이', '외국인']) {
        await typeQuery(el, state);
        expect(root(el).querySelector('.results .empty'), state).to.equal(null);
        expect(Number(/(\d+)곳/.exec(text(countLine(el)))![1]), state).to.be.at.least(final.length);
      }
    });

    it('announces the result count politely once the typing pauses, not at every keystroke', async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      const live = root(el).querySelector('[data-announces="count"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(live.getAttribute('role')).to.equal('status');
      // There from the start (not read out on page load), and the same node throughout.
      expect(text(live)).to.equal('시설 91곳');
      // Screen readers hear the count once, from the status line, in browse mode too.
      expect(countLine(el).getAttribute('aria-hidden')).to.equal('true');
      const heard: string[] = [];
      new MutationObserver(() => heard.push(text(live))).observe(live, { childList: true, characterData: true, subtree: true });
      for (const query of ['외', '외국', '외국인', '외국인노동자']) await typeQuery(el, query);
      expect(text(countLine(el))).to.equal('시설 6곳'); // the visible count follows every key
      expect(text(live)).to.equal('시설 91곳');
      await waitUntil(() => text(live) === '시설 6곳', 'the count was not announced', { timeout: 2000 });
      expect(root(el).querySelector('[data-announces="count"]') === live, 'same node').to.equal(true);
      expect(heard.filter((value, i) => value !== heard[i - 1])).to.deep.equal(['시설 6곳']);
    });

    it('empty state: "강서구에는 조건에 맞는 시설이 없습니다." and a "서울 전체 보기" button under it clears the district', async () => {
      const el = await render(html`<wfp-facility-locator district="강서구" types="toy-library"></wfp-facility-locator>`);
      expect(text(root(el).querySelector('.empty'))).to.equal('강서구에는 조건에 맞는 시설이 없습니다. 서울 전체 보기');
      // The button on a line of its own under the sentence (a phone wrapped it away from a dash before).
      const sentence = root(el).querySelector('.empty p')!.getBoundingClientRect();
      expect(buttonByText(el, '서울 전체 보기').getBoundingClientRect().top).to.be.at.least(sentence.bottom);
      expect(text(countLine(el))).to.equal('강서구 시설 0곳');
      const event = oneEvent(el, 'wfp-filter-change') as Promise<WfpFilterChangeEvent>;
      buttonByText(el, '서울 전체 보기').click();
      const { detail } = await event;
      expect(detail).to.deep.equal({ district: null, types: ['toy-library'], query: '', openNow: false, cause: 'district' });
      await el.updateComplete;
      expect(resultNames(el)).to.deep.equal(['서울장난감도서관']);
      expect(tile(el, 'gangseo').getAttribute('aria-pressed')).to.equal('false');
      // Focus goes back to the map, not to the body.
      expect(root(el).activeElement).to.equal(tile(el, 'gangseo'));
    });

    it('empty state without a district offers to clear the filters', async () => {
      const el = await render(html`<wfp-facility-locator query="존재하지않는시설"></wfp-facility-locator>`);
      expect(text(root(el).querySelector('.empty'))).to.equal('조건에 맞는 시설이 없습니다. 조건 초기화');
      buttonByText(el, '조건 초기화').click();
      await el.updateComplete;
      expect(el.query).to.equal('');
      expect(articles(el)).to.have.length(50);
    });
  });

  describe('events', () => {
    it('fires wfp-filter-change with a typed detail for each user action', async () => {
      const el = await render(html`<wfp-facility-locator .now=${MONDAY_NOON}></wfp-facility-locator>`);
      const details: WfpFilterChangeEvent['detail'][] = [];
      el.addEventListener('wfp-filter-change', (e) => details.push(e.detail));
      tile(el, 'gangseo').click();
      await el.updateComplete;
      chip(el, 'single-household-center').click();
      await el.updateComplete;
      await typeQuery(el, '강서');
      openNowBox(el).click();
      await el.updateComplete;
      expect(details).to.deep.equal([
        { district: 'gangseo', types: [], query: '', openNow: false, cause: 'district' },
        { district: 'gangseo', types: ['single-household-center'], query: '', openNow: false, cause: 'types' },
        { district: 'gangseo', types: ['single-household-center'], query: '강서', openNow: false, cause: 'query' },
        { district: 'gangseo', types: ['single-household-center'], query: '강서', openNow: true, cause: 'open-now' },
      ]);
      expect(el.district).to.equal('gangseo');
      expect(el.types).to.equal('single-household-center');
    });

    it('does not fire when a script sets the properties', async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      let fired = 0;
      el.addEventListener('wfp-filter-change', () => (fired += 1));
      el.district = 'mapo';
      el.types = 'kids-cafe';
      el.query = '시립';
      el.openNow = true;
      await el.updateComplete;
      // The settings took effect (so the silence below is not a widget that ignored them).
      expect(tile(el, 'mapo').getAttribute('aria-pressed')).to.equal('true');
      expect((root(el).querySelector('#search') as HTMLInputElement).value).to.equal('시립');
      expect(countLine(el).textContent).to.contain('마포구');
      el.district = null;
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect(tile(el, 'mapo').getAttribute('aria-pressed')).to.equal('false');
    });
  });

  describe('keyboard', () => {
    it("draws a focused tile's ring above its neighbours, which it overlaps across the 2–3 px gap", async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      const focused = tile(el, 'mapo');
      focused.focus();
      const ring = getComputedStyle(focused);
      const gap = parseFloat(getComputedStyle(root(el).querySelector('.tiles')!).columnGap);
      expect(parseFloat(ring.outlineWidth) + parseFloat(ring.outlineOffset), 'the ring reaches the next tile').to.be.above(gap);
      // Later tiles paint after it: only a stacking order above theirs keeps its ring whole.
      const order = (t: HTMLElement) => Number(getComputedStyle(t.parentElement!).zIndex) || 0;
      for (const neighbour of ['seodaemun', 'yeongdeungpo', 'yongsan', 'eunpyeong']) expect(order(focused), neighbour).to.be.above(order(tile(el, neighbour)));
    });

    it("a result keeps the kit's focus ring, and every ring inside a result is drawn within it", async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      const results = articles(el);
      results[1]!.focus();
      expect(getComputedStyle(results[1]!).outlineStyle).to.not.equal('none');
      expect(parseFloat(getComputedStyle(results[1]!).outlineOffset)).to.be.at.least(0);
      let checked = 0;
      for (const result of results.filter((r) => r.querySelector('button.copy, a[href]')).slice(0, 4)) checked += await expectFocusRingsWithin(result);
      expect(checked).to.be.at.least(4);
    });

    it('the map is one tab stop; arrow keys move between tiles by geography; Enter selects', async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      const tabbable = tiles(el).filter((t) => t.tabIndex === 0);
      expect(tabbable.map((t) => t.dataset['district'])).to.deep.equal(['dobong']);
      tile(el, 'dobong').focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(root(el).activeElement).to.equal(tile(el, 'seongbuk'));
      await sendKeys({ press: 'ArrowLeft' });
      expect(root(el).activeElement).to.equal(tile(el, 'gangbuk'));
      await sendKeys({ press: 'ArrowDown' });
      expect(root(el).activeElement).to.equal(tile(el, 'jongno'));
      await sendKeys({ press: 'ArrowDown' });
      expect(root(el).activeElement).to.equal(tile(el, 'jung'));
      await sendKeys({ press: 'ArrowRight' });
      expect(root(el).activeElement).to.equal(tile(el, 'seongdong'));
      expect(tile(el, 'seongdong').tabIndex).to.equal(0);
      expect(tile(el, 'dobong').tabIndex).to.equal(-1);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(tile(el, 'seongdong').getAttribute('aria-pressed')).to.equal('true');
      expect(text(countLine(el))).to.equal('성동구 시설 3곳');
      await sendKeys({ press: 'End' });
      expect(root(el).activeElement).to.equal(tile(el, 'seocho'));
      await sendKeys({ press: 'Home' });
      expect(root(el).activeElement).to.equal(tile(el, 'dobong'));
    });

    it('reaches every tile with the arrow keys', async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      const seen = new Set<string>(['dobong']);
      const queue = ['dobong'];
      while (queue.length > 0) {
        const current = queue.shift()!;
        for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
          tile(el, current).focus();
          await sendKeys({ press: key });
          const reached = (root(el).activeElement as HTMLElement).dataset['district']!;
          if (!seen.has(reached)) {
            seen.add(reached);
            queue.push(reached);
          }
        }
      }
      expect(seen.size).to.equal(25);
    });

    it('the results are one tab stop (the last result focused), Page Down / Page Up and Home / End move between them, Ctrl+End / Ctrl+Home leave them', async () => {
      const all = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      expect(articles(all)).to.have.length(50);
      // The map's keys are its description: a screen reader in browse mode would take arrows for itself.
      const keys = root(all).getElementById(root(all).querySelector('.tiles')!.getAttribute('aria-describedby')!);
      expect(keys?.textContent).to.equal('화살표 키로 이웃 자치구로, Home·End 키로 처음·마지막 자치구로 옮겨 가고, Enter·Space 키로 고릅니다.');
      expect(articles(all).map((a) => a.tabIndex).filter((index) => index === 0)).to.have.length(1);
      expect(articles(all)[0]!.tabIndex).to.equal(0);
      articles(all)[0]!.focus();
      await sendKeys({ press: 'End' });
      expect(root(all).activeElement === articles(all)[49], 'End: the last result').to.equal(true);
      await withKey('Control', 'End');
      expect(root(all).activeElement?.textContent?.trim()).to.equal('더 보기 (91곳 중 50곳 표시)');
      // Tab back into the results lands in the result last focused (on its last control, if it has one), not the first.
      await withKey('Shift', 'Tab');
      expect(root(all).activeElement?.closest('article.result') === articles(all)[49], 'Shift+Tab from "more": the result last focused').to.equal(true);
      expect(articles(all).filter((a) => a.tabIndex === 0)).to.deep.equal([articles(all)[49]]);
      articles(all)[49]!.focus(); // Home and End act from a result, not from a control inside one
      await sendKeys({ press: 'Home' });
      expect(root(all).activeElement === articles(all)[0], 'Home: the first result').to.equal(true);
      await withKey('Control', 'Home');
      expect(root(all).activeElement?.closest('.tiles'), 'Ctrl+Home: the map, the control before the results').to.exist;
      // A page that hides the map: Ctrl+Home goes to the search field instead.
      const hide = document.createElement('style');
      hide.textContent = 'wfp-facility-locator::part(map) { display: none; }';
      document.head.append(hide);
      try {
        articles(all)[1]!.focus();
        await withKey('Control', 'Home');
        expect(root(all).activeElement?.id, 'Ctrl+Home with the map hidden').to.equal('search');
      } finally {
        hide.remove();
      }
      // A filter change reuses the results' elements: still exactly one tab stop, the first result.
      articles(all)[2]!.focus();
      const focused = articles(all)[2]!.dataset['facility'];
      all.district = 'gwangjin';
      await all.updateComplete;
      expect(articles(all).map((a) => a.tabIndex)).to.deep.equal([0, -1, -1]);
      // Back to all of Seoul: the result last focused is the stop again, and the only one.
      all.district = null;
      await all.updateComplete;
      expect(articles(all).filter((a) => a.tabIndex === 0).map((a) => a.dataset['facility'])).to.deep.equal([focused]);

      const el = await render(html`<wfp-facility-locator district="gwangjin"></wfp-facility-locator>`);
      const list = articles(el);
      expect(list).to.have.length(3);
      list[0]!.focus();
      await sendKeys({ press: 'PageDown' });
      expect(root(el).activeElement === list[1]).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      expect(root(el).activeElement === list[2]).to.equal(true);
      await sendKeys({ press: 'PageUp' });
      expect(root(el).activeElement === list[1]).to.equal(true);
      // Tab goes from a result into its controls (the address copy button).
      const withAddress = list.find((a) => a.querySelector('button.copy'))!;
      withAddress.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement === withAddress.querySelector('button.copy')).to.equal(true);
      // …and Page Down from that button goes on to the next result (or back, with Page Up).
      const index = list.indexOf(withAddress);
      await sendKeys({ press: index < list.length - 1 ? 'PageDown' : 'PageUp' });
      // (A boolean: chai would print whole custom elements in a failure message, for minutes.)
      expect(root(el).activeElement === list[index < list.length - 1 ? index + 1 : index - 1], 'moved on from the copy button').to.equal(true);
    });
  });

  describe('focus stays with the reader when the type chips change', () => {
    const twoTypes = () =>
      withFacilities([
        { id: 'cafe-gangseo', name: { ko: '강서 키즈카페' }, type: 'kids-cafe', district: 'gangseo' },
        { id: 'library-jongno', name: { ko: '종로 장난감도서관' }, type: 'toy-library', district: 'jongno' },
        { id: 'support-gangseo', name: { ko: '강서 육아종합지원센터' }, type: 'childcare-support-center', district: 'gangseo' },
      ]);

    it('“show all types” takes the focus to the first new chip (they appear before the button), not past them to the map', async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      const before = [...root(el).querySelectorAll<HTMLButtonElement>('button.chip')];
      const more = [...root(el).querySelectorAll<HTMLButtonElement>('button.link-button')].find((b) => text(b).startsWith('유형 모두 보기'))!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      const after = [...root(el).querySelectorAll<HTMLButtonElement>('button.chip')];
      expect(after.length).to.be.above(before.length);
      expect(root(el).activeElement, 'focus on the first new chip').to.equal(after.find((chip) => !before.includes(chip)));

      // A type preselected beyond the first twelve is shown collapsed too; the first chip revealed
      // is then the twelfth's neighbour, not the chip that was re-used for another type.
      const typesInOrder = after.map((chip) => chip.dataset['type']!);
      const kept = await render(html`<wfp-facility-locator types=${typesInOrder[14]!}></wfp-facility-locator>`);
      const shownBefore = new Set([...root(kept).querySelectorAll<HTMLButtonElement>('button.chip')].map((chip) => chip.dataset['type']));
      expect(shownBefore.has(typesInOrder[14])).to.equal(true);
      [...root(kept).querySelectorAll<HTMLButtonElement>('button.link-button')].find((b) => text(b).startsWith('유형 모두 보기'))!.focus();
      await sendKeys({ press: 'Enter' });
      await kept.updateComplete;
      await kept.updateComplete;
      const chipsAfter = [...root(kept).querySelectorAll<HTMLButtonElement>('button.chip')];
      const focused = chipsAfter.indexOf(root(kept).activeElement as HTMLButtonElement);
      expect(focused, 'a chip has the focus').to.be.at.least(0);
      expect(shownBefore.has(chipsAfter[focused]!.dataset['type']), 'it was not shown before').to.equal(false);
      expect(chipsAfter.slice(0, focused).every((chip) => shownBefore.has(chip.dataset['type'])), 'every chip before it was shown before').to.equal(true);
    });

    it('“clear types” hands the focus to the first chip instead of dropping it', async () => {
      const el = await render(html`<wfp-facility-locator .dataset=${twoTypes()}></wfp-facility-locator>`);
      chip(el, 'kids-cafe').click();
      await el.updateComplete;
      const clear = buttonByText(el, '유형 선택 해제');
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(chip(el, 'kids-cafe').getAttribute('aria-pressed')).to.equal('false');
      expect(root(el).activeElement === root(el).querySelector('.chip'), 'focus on the first chip').to.equal(true);
    });

    it('a chip deselected where its type has no results stays, focused, until another filter changes', async () => {
      const el = await render(html`<wfp-facility-locator .dataset=${twoTypes()}></wfp-facility-locator>`);
      chip(el, 'toy-library').click();
      await el.updateComplete;
      tile(el, 'gangseo').click(); // no toy library in 강서구
      await el.updateComplete;
      const toyLibrary = chip(el, 'toy-library');
      toyLibrary.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(chip(el, 'toy-library') === toyLibrary, 'the same chip, still there').to.equal(true);
      expect(toyLibrary.getAttribute('aria-pressed')).to.equal('false');
      expect(root(el).activeElement === toyLibrary, 'focus kept').to.equal(true);
      // Pressing a chip after it keeps both where they are: the focus stays on the chip pressed.
      const support = chip(el, 'childcare-support-center');
      support.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(chip(el, 'toy-library') === toyLibrary, 'the deselected chip is still there').to.equal(true);
      expect(support.getAttribute('aria-pressed')).to.equal('true');
      expect(root(el).activeElement === support, 'focus on the chip pressed').to.equal(true);
      await typeQuery(el, '강서');
      expect(chip(el, 'toy-library')).to.equal(null);
    });
  });

  describe('printing', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('lists every result on paper (not the first page of 50), keeps the map colours, drops the buttons', async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      expect(articles(el)).to.have.length(50);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(articles(el)).to.have.length(91);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(tile(el, 'dongjak')).printColorAdjust).to.equal('exact');
      expect(articles(el)[90]!.getBoundingClientRect().height, 'the last result is drawn').to.be.above(0);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(articles(el)).to.have.length(50);
    });

    it('prints the empty state as a sentence, without its buttons', async () => {
      const el = await render(html`<wfp-facility-locator district="강서구" types="toy-library"></wfp-facility-locator>`);
      await emulateMedia({ media: 'print' });
      const button = root(el).querySelector('.empty button')!;
      expect(getComputedStyle(button).display).to.equal('none');
    });
  });

  describe('copying an address', () => {
    it('uses the async clipboard and announces it', async () => {
      const el = await render(html`<wfp-facility-locator district="gwangjin"></wfp-facility-locator>`);
      const written: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void written.push(value) } });
      try {
        const button = article(el, '서울상상나라').querySelector<HTMLButtonElement>('button.copy')!;
        expect(button.getAttribute('aria-label')).to.equal('서울상상나라 주소 복사');
        button.click();
        await waitUntil(() => written.length === 1);
        await el.updateComplete;
        expect(written).to.deep.equal(['광진구 능동로 216(어린이대공원 내)']);
        const status = root(el).querySelector('[data-announces="action"]')!;
        expect(text(status)).to.equal('서울상상나라 주소를 복사했습니다.');
        // A second copy is announced too: the same words are only heard again after the line was empty.
        const seen: string[] = [];
        const observer = new MutationObserver(() => seen.push(text(status)));
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        button.click();
        await waitUntil(() => written.length === 2 && seen.at(-1) === '서울상상나라 주소를 복사했습니다.', 'announced again', { timeout: 3000 });
        observer.disconnect();
        expect(seen).to.include('');
        // Copies in quick succession: the last one is announced, never an earlier one after it.
        const other = articles(el).find((result) => result !== article(el, '서울상상나라') && result.querySelector('button.copy'))!;
        const otherName = text(other.querySelector('.name'));
        button.click();
        other.querySelector<HTMLButtonElement>('button.copy')!.click();
        await waitUntil(() => written.length === 4, 'both copied');
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(text(status)).to.equal(`${otherName} 주소를 복사했습니다.`);
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['clipboard'];
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
    });

    it('falls back to a selection copy where the async clipboard is missing', async () => {
      const el = await render(html`<wfp-facility-locator district="gwangjin"></wfp-facility-locator>`);
      const originalExec = document.execCommand;
      let selected = '';
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      document.execCommand = (command: string) => {
        selected = (root(el).querySelector('textarea') as HTMLTextAreaElement | null)?.value ?? '';
        return command === 'copy';
      };
      try {
        article(el, '서울상상나라').querySelector<HTMLButtonElement>('button.copy')!.click();
        await waitUntil(() => text(root(el).querySelector('[data-announces="action"]')) !== '');
        expect(selected).to.equal('광진구 능동로 216(어린이대공원 내)');
        expect(root(el).querySelector('textarea') === null, 'no textarea').to.equal(true);
        expect(text(root(el).querySelector('[data-announces="action"]'))).to.equal('서울상상나라 주소를 복사했습니다.');
      } finally {
        document.execCommand = originalExec;
        delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      }
    });
  });

  describe('near me', () => {
    const located = withFacilities([
      { id: 'far-centre', name: { ko: '먼 센터' }, type: 'family-center', district: 'gangseo', location: { lat: 37.5509, lon: 126.8495 } },
      { id: 'near-centre', name: { ko: '가까운 센터' }, type: 'family-center', district: 'songpa', location: { lat: 37.5145, lon: 127.1059 } },
      { id: 'unlocated-centre', name: { ko: '위치 없는 센터' }, type: 'family-center', district: 'jongno' },
    ]);

    it('is absent when no facility carries a location (the official data)', async () => {
      const el = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      expect(root(el).querySelector('.near-me') === null, 'no .near-me').to.equal(true);
    });

    it('asks for the position only on click, then sorts by distance and shows it', async () => {
      const calls: number[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: {
          getCurrentPosition: (success: PositionCallback) => {
            calls.push(Date.now());
            success({ coords: { latitude: 37.5133, longitude: 127.1001 } } as GeolocationPosition);
          },
        },
      });
      try {
        const el = await render(html`<wfp-facility-locator .dataset=${located}></wfp-facility-locator>`);
        expect(calls).to.have.length(0);
        expect(resultNames(el)).to.deep.equal(['위치 없는 센터', '먼 센터', '가까운 센터']);
        const button = root(el).querySelector<HTMLButtonElement>('.near-me')!;
        expect(text(button)).to.equal('내 위치에서 가까운 순');
        expect(button.getAttribute('aria-pressed')).to.equal('false');
        button.click();
        await el.updateComplete;
        expect(calls).to.have.length(1);
        expect(button.getAttribute('aria-pressed')).to.equal('true');
        expect(resultNames(el)).to.deep.equal(['가까운 센터', '먼 센터', '위치 없는 센터']);
        expect(text(article(el, '가까운 센터').querySelector('[data-field="distance"]'))).to.equal('0.5km');
        expect(article(el, '위치 없는 센터').querySelector('[data-field="distance"]') === null, 'no [data-field="distance"]').to.equal(true);
        button.click();
        await el.updateComplete;
        expect(resultNames(el)).to.deep.equal(['위치 없는 센터', '먼 센터', '가까운 센터']);
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['geolocation'];
        if (original) Object.defineProperty(Navigator.prototype, 'geolocation', original);
      }
    });

    it('starts again from the first 50 when "near me" changes the order', async () => {
      const many = withFacilities(
        Array.from({ length: 60 }, (_, i) => ({
          id: `located-${i}`,
          name: { ko: `위치 센터 ${i}호` },
          type: 'family-center',
          district: 'songpa',
          location: { lat: 37.5 + i / 1000, lon: 127.1 },
        })),
      );
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: { getCurrentPosition: (success: PositionCallback) => success({ coords: { latitude: 37.56, longitude: 127.1 } } as GeolocationPosition) },
      });
      try {
        const el = await render(html`<wfp-facility-locator .dataset=${many}></wfp-facility-locator>`);
        expect(articles(el)).to.have.length(50);
        root(el).querySelector<HTMLButtonElement>('.more')!.click();
        await el.updateComplete;
        expect(articles(el)).to.have.length(60);
        root(el).querySelector<HTMLButtonElement>('.near-me')!.click();
        await el.updateComplete;
        expect(resultNames(el)[0]).to.equal('위치 센터 59호');
        expect(articles(el)).to.have.length(50);
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['geolocation'];
        if (original) Object.defineProperty(Navigator.prototype, 'geolocation', original);
      }
    });

    it('keeps the focus on “near me” while the position is being found', async () => {
      let answer: PositionCallback | undefined;
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
      Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition: (success: PositionCallback) => (answer = success) } });
      try {
        const el = await render(html`<wfp-facility-locator .dataset=${located}></wfp-facility-locator>`);
        const button = root(el).querySelector<HTMLButtonElement>('.near-me')!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(button.getAttribute('aria-disabled')).to.equal('true');
        expect(getComputedStyle(button).cursor, 'looks busy').to.equal('progress');
        expect(root(el).activeElement === button, 'focus kept while locating').to.equal(true);
        button.click(); // ignored while locating
        answer!({ coords: { latitude: 37.5133, longitude: 127.1001 } } as GeolocationPosition);
        await el.updateComplete;
        expect(button.hasAttribute('aria-disabled')).to.equal(false);
        expect(button.getAttribute('aria-pressed')).to.equal('true');
        expect(root(el).activeElement === button, 'focus kept after locating').to.equal(true);
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['geolocation'];
        if (original) Object.defineProperty(Navigator.prototype, 'geolocation', original);
      }
    });

    it('says so when the position is refused', async () => {
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: { getCurrentPosition: (_: PositionCallback, error: PositionErrorCallback) => error({ code: 1 } as GeolocationPositionError) },
      });
      try {
        const el = await render(html`<wfp-facility-locator .dataset=${located}></wfp-facility-locator>`);
        root(el).querySelector<HTMLButtonElement>('.near-me')!.click();
        await el.updateComplete;
        expect(text(root(el).querySelector('[data-announces="action"]'))).to.contain('위치를 확인할 수 없습니다');
        expect(root(el).querySelector('.near-me')!.getAttribute('aria-pressed')).to.equal('false');
        // The page switches language: the status line is in English too, not left in Korean.
        el.setAttribute('lang', 'en');
        await settle(el);
        expect(text(root(el).querySelector('[data-announces="action"]'))).to.equal('Your location is not available. Check the browser’s location permission.');
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['geolocation'];
        if (original) Object.defineProperty(Navigator.prototype, 'geolocation', original);
      }
    });
  });

  describe('scale: 5,000 synthetic facilities', () => {
    const big = withFacilities(syntheticFacilities(5000));

    it('renders one page of 50, pages on with "show more", and filters correctly', async () => {
      const el = await render(html`<wfp-facility-locator .dataset=${big}></wfp-facility-locator>`);
      expect(text(countLine(el))).to.equal('시설 5,000곳');
      expect(articles(el)).to.have.length(50);
      const sum = tiles(el).reduce((total, t) => total + Number(tileCount(t).replace(/,/g, '')), 0);
      expect(sum).to.equal(4900); // every 50th has no district
      buttonByText(el, '더 보기 (5,000곳 중 50곳 표시)').click();
      await el.updateComplete;
      expect(articles(el)).to.have.length(100);
      // Keyboard users land on the first newly shown result.
      expect(root(el).activeElement).to.equal(articles(el)[50]);

      await typeQuery(el, '합성 시설 49');
      const index = buildFacilityIndex(big);
      const expected = filterFacilities(index, { query: '합성 시설 49' }).matches.length;
      expect(expected).to.be.greaterThan(50);
      expect(text(countLine(el))).to.equal(`시설 ${expected.toLocaleString('ko-KR')}곳`);
      expect(articles(el)).to.have.length(50); // paging restarts with a new filter
      tile(el, 'gangnam').click();
      await el.updateComplete;
      const gangnam = filterFacilities(index, { query: '합성 시설 49', district: 'gangnam' }).matches;
      expect(gangnam.length).to.be.greaterThan(0);
      expect(gangnam.every((e) => e.districtId === 'gangnam')).to.be.true;
      expect(resultNames(el)).to.deep.equal(gangnam.slice(0, 50).map((e) => e.facility.name.ko));
    });
  });

  describe('headline-level', () => {
    it('puts the title at the level the page gives and every heading below it (3: h3, h4, h5)', async () => {
      const el = await render(html`<wfp-facility-locator headline-level="3"></wfp-facility-locator>`);
      expect(root(el).querySelector('[part="title"]')!.localName).to.equal('h3');
      expect(root(el).querySelector('#map-heading')!.localName).to.equal('h4');
      expect(root(el).querySelector('.group [class~="sub"]')!.localName).to.equal('h4');
      expect(root(el).querySelector('#citywide-heading')!.localName).to.equal('h4');
      expect(articles(el)[0]!.querySelector('.name')!.localName).to.equal('h5');
      expect(root(el).querySelector('h2') === null, 'no h2').to.equal(true);
      await expect(el).to.be.accessible();
      const plain = await render(html`<wfp-facility-locator></wfp-facility-locator>`);
      expect(root(plain).querySelector('[part="title"]')!.localName).to.equal('h2');
    });

    it('a level outside 2–6 becomes an error box and wfp-error', async () => {
      const { el, detail } = await mountWithBadAttribute('headline-level', '7');
      expect(detail.kind).to.equal('invalid-input');
      expect(detail.message.en).to.equal('headline-level="7" cannot be used. Use a whole number from 2 to 6.');
      expect(text(root(el).querySelector('[part="error"]'))).to.contain('headline-level="7"은(는) 쓸 수 없습니다');
    });
  });

  describe('bad input', () => {
    it('an unknown district becomes an error box listing the valid values, and wfp-error', async () => {
      const { el, detail } = await mountWithBadAttribute('district', 'atlantis');
      expect(detail.kind).to.equal('not-found');
      expect(detail.message.en).to.contain('Unknown district "atlantis"');
      expect(detail.message.en).to.contain('gangseo (Gangseo-gu)');
      const box = root(el).querySelector('[part="error"]')!;
      expect(text(box)).to.contain('알 수 없는 자치구 "atlantis"');
      expect(text(box)).to.contain('gangseo (강서구)');
      await expect(el).to.be.accessible();
    });

    it('an unknown type becomes an error box listing the type ids with their names', async () => {
      const el = await render(html`<wfp-facility-locator types="kids-cafe,spaceport"></wfp-facility-locator>`);
      const box = root(el).querySelector('[part="error"]')!;
      expect(text(box)).to.contain('"spaceport"');
      expect(text(box)).to.contain('kids-cafe (서울형 키즈카페)');
      expect(text(box)).to.contain('toy-library');
      // The type that exists still applies, under a box that says another could not (not announced
      // to every visitor: the locator works).
      expect(text(box)).to.contain('일부 시설 유형을 적용하지 못했습니다');
      expect(box.hasAttribute('role')).to.equal(false);
      const byId = await render(html`<wfp-facility-locator types="kids-cafe"></wfp-facility-locator>`);
      expect(resultNames(el)).to.deep.equal(resultNames(byId));
      await expect(el).to.be.accessible();
      const none = await render(html`<wfp-facility-locator types="spaceport"></wfp-facility-locator>`);
      expect(text(root(none).querySelector('[part="error"]'))).to.contain('시설 안내를 표시할 수 없습니다');
      expect(resultNames(none)).to.deep.equal([]);
    });

    it('a shortened type name that fits one type only is taken (키즈카페 → 서울형 키즈카페); one that fits several is not', async () => {
      const el = await render(html`<wfp-facility-locator types="키즈카페"></wfp-facility-locator>`);
      expect(root(el).querySelector('[part="error"]') === null, 'no [part="error"]').to.equal(true);
      const byId = await render(html`<wfp-facility-locator types="kids-cafe"></wfp-facility-locator>`);
      expect(resultNames(el)).to.deep.equal(resultNames(byId));
      expect(resultNames(el).length).to.be.within(1, 20);
      const ambiguous = await render(html`<wfp-facility-locator types="센터"></wfp-facility-locator>`);
      expect(text(root(ambiguous).querySelector('[part="error"]'))).to.contain('알 수 없는 시설 유형 "센터"');
    });

    it('a data failure shows the shared error box', async () => {
      const el = await render(html`<wfp-facility-locator src="/no-such-file.json"></wfp-facility-locator>`);
      expect(text(root(el).querySelector('[part="error"]'))).to.contain('HTTP 404');
    });
  });

  describe('English (lang="en")', () => {
    it('says in English which facilities are not on the map, leaving out a place with none', async () => {
      const el = await render(html`<wfp-facility-locator lang="en"></wfp-facility-locator>`);
      await waitUntil(() => text(root(el).querySelector('.map .hint:last-child')).startsWith('Not on the map'), 'the English hint');
      expect(text(root(el).querySelector('.map .hint:last-child'))).to.equal('Not on the map: 1 outside Seoul, 29 with no district given');
      el.types = 'kids-cafe';
      await el.updateComplete;
      expect(text(root(el).querySelector('.map .hint:last-child'))).to.equal('Not on the map: 2 with no district given');
    });

    it('breaks romanized tile names on a phone only between syllables (Yeong-deung-po)', async () => {
      await loadEnglish();
      for (const district of DISTRICTS) {
        const short = facilityLocatorLabels.en.tileShortName(district.id, district.en);
        // The syllable table spells the dataset's names, one syllable per Korean syllable (구 aside).
        expect(short.replace(/\u00ad/g, ''), district.id).to.equal(district.en.replace(/-gu$/, ''));
        expect(short.split('\u00ad').length, district.id).to.equal(district.ko.length === 2 ? 1 : district.ko.length - 1);
      }
      // 328 px: a 360 px phone; 288 px: a 320 px phone (16 px page margins), where the widest
      // syllables (Gwang, pyeong) fit only without the soft break's hyphen.
      for (const width of [328, 288]) {
        const el = await render(html`<div style=${`width: ${width}px`}><wfp-facility-locator lang="en" district="gangseo"></wfp-facility-locator></div>`);
        const yeongdeungpo = tile(el, 'yeongdeungpo').querySelector('.tile-name')!;
        expect(yeongdeungpo.getBoundingClientRect().height, 'Yeongdeungpo wraps on a phone').to.be.above(2 * parseFloat(getComputedStyle(yeongdeungpo).lineHeight));
        for (const t of tiles(el)) {
          const name = t.querySelector('.tile-name')!;
          const text = [...name.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
          // Where each line starts: the characters whose box sits lower than the one before.
          const range = document.createRange();
          let previousTop = -Infinity;
          for (let i = 0; i < text.textContent!.length; i += 1) {
            if (text.textContent![i] === '\u00ad') continue;
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            // A range at a line's start may also report an empty box at the end of the line before.
            const top = [...range.getClientRects()].filter((rect) => rect.width > 0).at(-1)!.top;
            if (top > previousTop + 2 && previousTop !== -Infinity) expect(text.textContent![i - 1], `${width} px, ${t.dataset['district']}: line break at ${i}`).to.equal('\u00ad');
            previousTop = top;
          }
        }
      }
    });

    it('a type name that wraps on a phone reads from the chip\'s start, not centred like a button\'s', async () => {
      await loadEnglish();
      const el = await render(html`<div style="width: 328px"><wfp-facility-locator lang="en"></wfp-facility-locator></div>`);
      const label = (button: HTMLButtonElement) => button.querySelector('span:not(.mark):not(.chip-count)')!;
      const wrapped = [...root(el).querySelectorAll<HTMLButtonElement>('button.chip')].filter(
        (button) => label(button).getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(label(button)).lineHeight),
      );
      expect(wrapped.length, 'some English type names wrap at 328 px').to.be.above(0);
      for (const button of wrapped) {
        const range = document.createRange();
        range.selectNodeContents(label(button));
        const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
        const start = label(button).getBoundingClientRect().left;
        for (const line of lines) expect(line.left - start, `${button.dataset['type']}: every line starts at the name's start`).to.be.below(1);
      }
    });

    it('keeps every romanized name inside its tile on a 320 px phone and at 200 % text (Eun-pyeong, Seong-dong)', async () => {
      await loadEnglish();
      // Each line of a tile's name (range rects: a syllable too long for its line sticks out of it).
      const overflowing = (el: WfpFacilityLocator) =>
        tiles(el).flatMap((t) => {
          const box = t.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(t.querySelector('.tile-name')!);
          const out = [...range.getClientRects()].filter((r) => r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5));
          return out.length > 0 ? [`${t.dataset['district']}: a ${Math.round(out[0]!.width)} px line in a ${Math.round(box.width)} px tile`] : [];
        });
      for (const width of [288, 328]) {
        const el = await render(html`<div style=${`width: ${width}px`}><wfp-facility-locator lang="en"></wfp-facility-locator></div>`);
        expect(overflowing(el), `${width} px`).to.deep.equal([]);
      }
      document.documentElement.style.fontSize = '200%';
      try {
        const el = await render(html`<div style="width: 640px"><wfp-facility-locator lang="en"></wfp-facility-locator></div>`);
        expect(overflowing(el), '640 px at 200 % text').to.deep.equal([]);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('names tiles, counts and the empty state in English', async () => {
      const el = await render(html`<wfp-facility-locator lang="en" district="gangseo" types="toy-library"></wfp-facility-locator>`);
      expect(tile(el, 'gangseo').getAttribute('aria-label')).to.equal('Gangseo-gu, 0 facilities');
      expect([...root(el).querySelectorAll('#search-hint [lang="ko"]')].map((span) => span.textContent)).to.deep.equal(['ㅋㅈㅋㅍ']);
      expect(tile(el, 'dongjak').getAttribute('aria-label')).to.equal('Dongjak-gu, 1 facility');
      expect(visibleText(tile(el, 'dongjak').querySelector('.tile-name')).replace(/\u00ad/g, '')).to.equal('Dongjak');
      expect(text(root(el).querySelector('.empty'))).to.equal('No facilities in Gangseo-gu match these filters. Show all of Seoul');
      el.types = null;
      await el.updateComplete;
      expect(tile(el, 'gangseo').getAttribute('aria-label')).to.equal('Gangseo-gu, 3 facilities');
      expect(text(countLine(el))).to.equal('3 facilities in Gangseo-gu');
      const summary = root(el).querySelector('[part="citywide"]')!;
      expect(text(summary.querySelector('[data-infrastructure="daycare-centers"]'))).to.equal('Daycare centers 4,330 facilities');
      // Korean-only text is marked lang="ko" inside the English UI.
      el.district = 'geumcheon';
      await el.updateComplete;
      const address = article(el, 'Southwestern Seoul Working Moms Support Center').querySelector('[data-field="address"] [lang="ko"]');
      expect(text(address)).to.equal('금천구 가산디지털1로 120, 3층');
      await expect(el).to.be.accessible();
    });

    it('shows open / closed badges in words', async () => {
      const el = await render(html`<wfp-facility-locator lang="en" .now=${MONDAY_NOON} query="toy library"></wfp-facility-locator>`);
      expect(visibleText(articles(el)[0]!.querySelector('.badge[data-open]'))).to.equal('Closed now');
    });
  });

  describe('accessibility (axe)', () => {
    it('loading', async () => {
      const originalFetch = window.fetch;
      window.fetch = () => new Promise<Response>(() => undefined);
      try {
        const el = await fixture<WfpFacilityLocator>(html`<wfp-facility-locator src="/pending-forever.json"></wfp-facility-locator>`);
        expect(root(el).querySelector('.loading')).to.exist;
        await expect(el).to.be.accessible();
      } finally {
        window.fetch = originalFetch;
      }
    });

    it('default', async () => {
      const el = await render(html`<wfp-facility-locator .now=${SATURDAY_NOON}></wfp-facility-locator>`);
      await expect(el).to.be.accessible();
    });

    it('filtered (district + types)', async () => {
      const el = await render(html`<wfp-facility-locator .now=${SATURDAY_NOON} district="dongjak" types="toy-library,kids-cafe"></wfp-facility-locator>`);
      expect(resultNames(el)).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('empty', async () => {
      const el = await render(html`<wfp-facility-locator district="강서구" types="toy-library"></wfp-facility-locator>`);
      await expect(el).to.be.accessible();
    });

    it('dark', async () => {
      const el = await render(html`<wfp-facility-locator theme="dark" district="dongjak" .now=${SATURDAY_NOON}></wfp-facility-locator>`);
      await expect(el).to.be.accessible();
    });

    it('high contrast', async () => {
      const el = await render(html`<wfp-facility-locator theme="high-contrast" district="dongjak" .now=${SATURDAY_NOON}></wfp-facility-locator>`);
      await expect(el).to.be.accessible();
    });

    it('all types shown, near me present', async () => {
      const located = withFacilities([
        { id: 'a-centre', name: { ko: '센터' }, type: 'family-center', district: 'gangseo', location: { lat: 37.55, lon: 126.85 } },
      ]);
      const el = await render(html`<wfp-facility-locator .dataset=${located}></wfp-facility-locator>`);
      await expect(el).to.be.accessible();
    });
  });
});
