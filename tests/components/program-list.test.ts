import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { accessibleHeadings } from './accessibility-tree.js';
import { expectFocusRingsWithin } from './focus-rings.js';
import '../../src/components/program-card/program-list.js';
import type { WfpProgramCard } from '../../src/components/program-card/program-card.js';
import type { WfpProgramList } from '../../src/components/program-card/program-list.js';
import { loadDataset } from '../../src/data/index.js';
import type { WfpErrorEvent } from '../../src/events/wfp-error-event.js';
import type { WfpProgramFilterChangeEvent } from '../../src/events/wfp-program-filter-change-event.js';

const dataset = await loadDataset();
const TOTAL = dataset.programs.length;
const GANGSEO_NAMED = [
  'initiative-06-seoul-morning-care',
  'initiative-11-single-household-outdoor-programs',
  'initiative-12-single-household-social-dining',
  'multicultural-family-self-reliance',
];

async function list(template: ReturnType<typeof html>): Promise<WfpProgramList> {
  const el = await fixture<WfpProgramList>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('.count, [part="error"], .empty'), 'list did not settle', { timeout: 10000 });
  return el;
}

const $ = (el: WfpProgramList, selector: string) => el.shadowRoot!.querySelector(selector);
const has = (el: WfpProgramList, selector: string) => $(el, selector) !== null;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cards = (el: WfpProgramList) => [...el.shadowRoot!.querySelectorAll('wfp-program-card')] as WfpProgramCard[];
const shownIds = (el: WfpProgramList) => cards(el).map((card) => card.program);
/** Cards on screen (those past a `limit` are drawn, for print, but hidden). */
const visibleCards = (el: WfpProgramList) => cards(el).filter((card) => card.checkVisibility());
const count = (el: WfpProgramList) => text($(el, '[part="count"]'));

async function cardsReady(el: WfpProgramList): Promise<void> {
  await waitUntil(() => cards(el).every((card) => card.shadowRoot?.querySelector('article, [part="error"]')), 'cards did not render', {
    timeout: 10000,
  });
}

async function type(el: WfpProgramList, value: string): Promise<void> {
  const input = $(el, '#search') as HTMLInputElement;
  input.focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}

async function choose(el: WfpProgramList, selectId: string, value: string): Promise<void> {
  const select = $(el, `#${selectId}`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<wfp-program-list>', () => {
  describe('rendering', () => {
    it('shows every program as a compact card, with a live count', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      expect(shownIds(el)).to.deep.equal(dataset.programs.map((p) => p.id));
      expect(cards(el).every((card) => card.compact)).to.equal(true);
      expect(count(el)).to.equal(`사업 ${TOTAL}개`);
      // The count for screen readers (it follows the visible one once typing pauses: program-list search tests).
      const live = $(el, '[data-announces="count"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(live.getAttribute('role')).to.equal('status');
      expect(text(live)).to.equal(`사업 ${TOTAL}개`);
      expect(text($(el, '[part="meta"]'))).to.contain('2024년 3월 말 기준');
    });

    it('exposes every card to screen readers, the ones far below the fold too (its heading in the accessibility tree)', async () => {
      // content-visibility: auto took cards out of view out of Chromium's accessibility tree (37 of 65
      // missing at 1280 px), so a screen reader's heading list and reading mode missed most programs.
      await setViewport({ width: 1280, height: 900 });
      try {
        const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
        await cardsReady(el);
        await new Promise(requestAnimationFrame);
        const headings = await accessibleHeadings();
        const titles = dataset.programs.map((program) => program.title.ko);
        expect(titles.filter((title) => !headings.includes(title)).length, 'cards missing from the accessibility tree').to.equal(0);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('draws the cards of one grid row to one height, not ragged boxes with holes under the short ones', async () => {
      // A desktop screen, wide enough for three cards a row.
      await setViewport({ width: 1280, height: 1000 });
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"><wfp-program-list .dataset=${dataset}></wfp-program-list></div>`);
        const el = wrapper.firstElementChild as WfpProgramList;
        await waitUntil(() => el.shadowRoot?.querySelector('.count'), 'list did not settle', { timeout: 10000 });
        await cardsReady(el);
        await new Promise(requestAnimationFrame);
        const boxes = cards(el)
          .slice(0, 6)
          .map((card) => card.shadowRoot!.querySelector('.base')!.getBoundingClientRect());
        const rows = new Map<number, number[]>();
        for (const box of boxes) rows.set(Math.round(box.top), [...(rows.get(Math.round(box.top)) ?? []), Math.round(box.height)]);
        expect([...rows.values()][0]!.length, 'several cards a row at 1200 px').to.be.greaterThan(1);
        for (const heights of rows.values()) expect(new Set(heights).size, `one height a row: ${JSON.stringify([...rows])}`).to.equal(1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('loads the official dataset by default and hands it to every card', async () => {
      const el = await list(html`<wfp-program-list program-ids="mom-dad-taxi"></wfp-program-list>`);
      await cardsReady(el);
      const card = cards(el)[0]! as WfpProgramCard & { datasetInput: unknown };
      expect(card.datasetInput).to.be.an('object');
      expect(text(card.shadowRoot!.querySelector('.kpi'))).to.contain('68.5%');
    });

    it('shows full cards with `full`', async () => {
      const el = await list(html`<wfp-program-list full program-ids="idolbom-childcare-service" .dataset=${dataset}></wfp-program-list>`);
      await cardsReady(el);
      const card = cards(el)[0]!;
      expect(card.compact).to.equal(false);
      expect([...card.shadowRoot!.querySelectorAll('.funding-legend li')].map(text)).to.deep.equal(['국비 30%', '시비 35%', '구비 35% 별도']);
    });

    it('passes headline-level and unit to the cards', async () => {
      const el = await list(html`<wfp-program-list headline-level="2" unit="백만원" program-ids="initiative-07-community-child-centers" .dataset=${dataset}></wfp-program-list>`);
      await cardsReady(el);
      const card = cards(el)[0]!;
      expect(card.shadowRoot!.querySelector('[part="title"]')!.localName).to.equal('h2');
      expect(text(card.shadowRoot!.querySelector('.budget-amount'))).to.equal('61,573백만원');
    });

    it('renders in English', async () => {
      const el = await list(html`<wfp-program-list lang="en" .dataset=${dataset}></wfp-program-list>`);
      expect(text($(el, 'label[for="search"]'))).to.equal('Search program titles');
      // The hint's Korean examples are marked Korean, so an English voice does not read them.
      expect([...el.shadowRoot!.querySelectorAll('#search-hint [lang="ko"]')].map((span) => span.textContent)).to.deep.equal(['ㅋㅈㅋㅍ', '키즈카페']);
      expect(count(el)).to.equal(`${TOTAL} programs`);
      await type(el, 'taxi');
      expect(count(el)).to.equal(`1 of ${TOTAL} programs`);
      expect(shownIds(el)).to.deep.equal(['mom-dad-taxi']);
    });
  });

  describe('search', () => {
    it('finds 키즈카페 programs by initial consonants ㅋㅈㅋㅍ', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      await type(el, 'ㅋㅈㅋㅍ');
      expect(shownIds(el)).to.deep.equal(['initiative-05-seoul-kids-cafe-expansion', 'city-run-kids-cafes']);
      expect(count(el)).to.equal(`전체 ${TOTAL}개 사업 중 2개`);
    });

    it('announces the count once the typing pauses, keeping the visible count current', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      const live = $(el, '[data-announces="count"]')!;
      // Screen readers hear the count once, from the status line, in browse mode too.
      expect($(el, '[part="count"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(text(live)).to.equal(count(el));
      for (const key of ['ㅋ', 'ㅈ', 'ㅋ', 'ㅍ']) await type(el, key); // four counts in a row on screen
      expect(count(el)).to.equal(`전체 ${TOTAL}개 사업 중 2개`);
      expect(text(live)).to.equal(`사업 ${TOTAL}개`);
      await waitUntil(() => text(live) === `전체 ${TOTAL}개 사업 중 2개`, 'the count was not announced', { timeout: 2000 });
    });

    it('finds by whole words and mixed syllables and initials', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      await type(el, '엄마ㅇㅃ');
      expect(shownIds(el)).to.deep.equal(['mom-dad-taxi']);
    });

    it('keeps the matches on screen while a syllable is being composed (킺 on the way to 키즈)', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      const input = $(el, '#search') as HTMLInputElement;
      // What the input method shows after each keystroke of 키즈카페: ㅋ 키 킺 키즈 키즠 키즈카 키즈캎 키즈카페.
      for (const state of ['ㅋ', '키', '킺', '키즈', '키즠', '키즈카', '키즈캎', '키즈카페']) {
        input.value = state;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true }));
        await el.updateComplete;
        expect(has(el, '.empty'), state).to.be.false;
        expect(shownIds(el), state).to.include.members(['initiative-05-seoul-kids-cafe-expansion', 'city-run-kids-cafes']);
      }
    });

    it('starts from the query attribute', async () => {
      const el = await list(html`<wfp-program-list query="아이돌봄" .dataset=${dataset}></wfp-program-list>`);
      expect(shownIds(el)).to.deep.equal(['idolbom-childcare-service']);
      expect(($(el, '#search') as HTMLInputElement).value).to.equal('아이돌봄');
    });
  });

  describe('filters and sort', () => {
    it('filters by division', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      await choose(el, 'division', 'childcare');
      const expected = dataset.programs.filter((p) => p.departmentId === 'childcare').map((p) => p.id);
      expect(shownIds(el)).to.deep.equal(expected);
      expect(count(el)).to.equal(`전체 ${TOTAL}개 사업 중 ${expected.length}개`);
    });

    it('accepts division by Korean name as an attribute', async () => {
      const el = await list(html`<wfp-program-list division="아이돌봄담당관" .dataset=${dataset}></wfp-program-list>`);
      expect(shownIds(el)).to.include('idolbom-childcare-service');
      expect(($(el, '#division') as HTMLSelectElement).value).to.equal('childcare');
    });

    it('takes department= as the gauge and staffing table spell it; division wins when both are set', async () => {
      const el = await list(html`<wfp-program-list department="영유아담당관" .dataset=${dataset}></wfp-program-list>`);
      const early = dataset.programs.filter((p) => p.departmentId === 'early-childhood').map((p) => p.id);
      expect(early).to.not.be.empty;
      expect(shownIds(el)).to.deep.equal(early);
      expect(($(el, '#division') as HTMLSelectElement).value).to.equal('early-childhood');
      el.setAttribute('division', 'childcare');
      await el.updateComplete;
      expect(($(el, '#division') as HTMLSelectElement).value).to.equal('childcare');
      const bad = await list(html`<wfp-program-list department="없는과" .dataset=${dataset}></wfp-program-list>`);
      expect(text($(bad, '[part="error"]'))).to.contain('"없는과" 부서를 찾을 수 없습니다');
      // The office runs them all; a unit that runs none gets a box rather than an empty list.
      const office = await list(html`<wfp-program-list department="여성가족정책실" .dataset=${dataset}></wfp-program-list>`);
      expect(shownIds(office)).to.have.length(TOTAL);
      const none = await list(html`<wfp-program-list department="아동복지센터" .dataset=${dataset}></wfp-program-list>`);
      expect(text($(none, '[part="error"]'))).to.contain('"아동복지센터"이(가) 맡은 사업은 이 데이터에 없습니다. 사업이 있는 부서: gender-equality (양성평등담당관)');
    });

    it('a curated list with a division that runs none of its programs says so, rather than an empty list under "all divisions"', async () => {
      const errors: WfpErrorEvent[] = [];
      const wrapper = await fixture(html`<div @wfp-error=${(event: WfpErrorEvent) => errors.push(event)}>
        <wfp-program-list program-ids="memory-site-redevelopment,seoul-foreign-residents-center" division="childcare" .dataset=${dataset}></wfp-program-list>
      </div>`);
      const el = wrapper.firstElementChild as WfpProgramList;
      await waitUntil(() => el.shadowRoot?.querySelector('.count, [part="error"], .empty'), 'list did not settle', { timeout: 10000 });
      expect(text($(el, '[part="error"]'))).to.contain(
        '"childcare"이(가) 맡은 사업은 program-ids 목록에 없습니다. 목록에 사업이 있는 부서: gender-equality (양성평등담당관), family-multicultural (가족다문화담당관)',
      );
      expect(errors.map((event) => event.detail.kind)).to.deep.equal(['not-found']);
      expect(errors[0]!.detail.message.en).to.contain('"childcare" runs none of the programs in program-ids');
      // A division the list does have filters it, and its select says so.
      el.setAttribute('division', 'family-multicultural');
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['seoul-foreign-residents-center']);
      expect(($(el, '#division') as HTMLSelectElement).value).to.equal('family-multicultural');

      // A reader's choice of division does not outlive the set it was made in: the page swaps the
      // list (a tab) for programs of other divisions, and the new list shows, with no error.
      el.removeAttribute('division');
      await el.updateComplete;
      await choose(el, 'division', 'gender-equality');
      expect(shownIds(el)).to.deep.equal(['memory-site-redevelopment']);
      el.setAttribute('program-ids', 'seoul-foreign-residents-center,mom-dad-taxi');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]') === null, 'no error box').to.equal(true);
      expect(shownIds(el)).to.deep.equal(['seoul-foreign-residents-center', 'mom-dad-taxi']);
      expect(errors).to.have.length(1);
    });

    it('a curated list with a district keeps the page\'s order, and no notice says the district\'s programs come first', async () => {
      // A citywide program before one naming 강서구: district-first order would swap them.
      const ids = ['mom-dad-taxi', GANGSEO_NAMED[0]!];
      const el = await list(html`<wfp-program-list district="gangseo" program-ids=${ids.join(', ')} .dataset=${dataset}></wfp-program-list>`);
      expect(shownIds(el)).to.deep.equal(ids);
      expect($(el, '.district-notice') === null, 'no district-first notice').to.equal(true);
    });

    for (const key of ['gangseo', '강서구', '강서']) {
      it(`district="${key}" keeps programs naming 강서구 or running citywide, and says which`, async () => {
        const el = await list(html`<wfp-program-list district=${key} .dataset=${dataset}></wfp-program-list>`);
        const citywide = dataset.programs.filter((p) => !p.districts?.length).map((p) => p.id);
        expect(shownIds(el)).to.have.length(citywide.length + GANGSEO_NAMED.length);
        expect(shownIds(el)).to.not.include('memory-site-redevelopment');
        expect(text($(el, '.district-notice'))).to.equal('강서구에서 운영하는 사업을 먼저, 서울 전체 대상 사업을 이어서 보여 줍니다.');
        // The district's own programs lead (the report prints them among 60 citywide ones).
        expect(shownIds(el).slice(0, GANGSEO_NAMED.length)).to.deep.equal(GANGSEO_NAMED);
        const items = [...el.shadowRoot!.querySelectorAll('.results > li')];
        const badges = new Map(items.map((li) => [li.querySelector('wfp-program-card')!.program, text(li.querySelector('[part="scope"]'))]));
        for (const id of GANGSEO_NAMED) expect(badges.get(id), id).to.equal('대상 지역: 강서구');
        for (const id of citywide) expect(badges.get(id), id).to.equal('대상 지역: 서울 전체');
        expect(($(el, '#district') as HTMLSelectElement).value).to.equal('gangseo');
      });
    }

    it('shows no reach badge without a district', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      expect(has(el, '[part="scope"]')).to.equal(false);
    });

    it('sorts by budget, by title in Korean order and by KPI achievement', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      await choose(el, 'sort', 'budget');
      expect(shownIds(el).slice(0, 3)).to.deep.equal(['single-household-safety-plan-2024', 'assistant-substitute-teachers', 'single-parent-support']);
      await choose(el, 'sort', 'title');
      await cardsReady(el);
      const titles = cards(el).map((card) => text(card.shadowRoot!.querySelector('[part="title"]')));
      expect(titles.slice(0, 2)).to.deep.equal(['1인가구 맞춤형 경제자립교육 운영', '1인가구 소셜다이닝 「행복한 밥상·건강한 밥상」 강화']);
      expect(titles.at(-1)).to.equal('힘든 집안일 덜어주는 「서울형 가사서비스」 지원');
      await choose(el, 'sort', 'achievement');
      const ids = shownIds(el);
      // 150.4 % first (the 1인가구 안전 plan), then the three at 100 % in the report's order, then 95.4 %.
      expect(ids.slice(0, 5)).to.deep.equal([
        'single-household-safety-plan-2024',
        'initiative-01-future-jobs-vocational-training',
        'initiative-06-seoul-morning-care',
        'safe-return-home',
        'gender-equality-family-fund',
      ]);
      expect(ids.indexOf('mom-dad-taxi')).to.be.lessThan(ids.indexOf('first-meeting-voucher'));
      await choose(el, 'sort', 'order');
      expect(shownIds(el)).to.deep.equal(dataset.programs.map((p) => p.id));
    });

    it('its selects name the filters applied after the reader chose and the page then set them', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      await choose(el, 'sort', 'title');
      await choose(el, 'division', 'childcare');
      await choose(el, 'district', 'mapo');
      el.setAttribute('sort', 'budget');
      el.setAttribute('division', 'children');
      el.setAttribute('district', 'gangseo');
      await el.updateComplete;
      el.setAttribute('sort', 'title');
      el.setAttribute('division', 'childcare');
      el.setAttribute('district', 'mapo');
      await el.updateComplete;
      const value = (id: string) => ($(el, `#${id}`) as HTMLSelectElement).value;
      expect([value('sort'), value('division'), value('district')]).to.deep.equal(['title', 'childcare', 'mapo']);
      el.removeAttribute('division');
      el.removeAttribute('district');
      await el.updateComplete;
      expect([value('division'), value('district')]).to.deep.equal(['', '']);
    });

    it('a new program-ids set and its division, changed together, show that division in the select', async () => {
      // The new division's option takes the old selected one's place (both second in their lists).
      const el = await list(
        html`<wfp-program-list program-ids="initiative-01-digital-specialization-grants,initiative-10-family-meal-discounts" division="gender-equality" .dataset=${dataset}></wfp-program-list>`,
      );
      const select = $(el, '#division') as HTMLSelectElement;
      expect(select.value).to.equal('gender-equality');
      el.setAttribute('program-ids', 'initiative-06-seoul-morning-care,initiative-08-child-abuse-prevention');
      el.setAttribute('division', 'childcare');
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['initiative-06-seoul-morning-care']);
      expect(select.value).to.equal('childcare');
    });

    it('a new .dataset object equal to the old (React hands one over on every render) keeps the list and the reader\'s place in the search field', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      await type(el, '키즈');
      const search = $(el, '#search') as HTMLInputElement;
      search.focus();
      const shown = shownIds(el);
      el.dataset = structuredClone(dataset);
      await el.updateComplete;
      expect($(el, '#search') === search, 'the same field').to.equal(true);
      expect(el.shadowRoot!.activeElement === search, 'still focused').to.equal(true);
      expect(shownIds(el)).to.deep.equal(shown);
      await waitUntil(() => !el.isUpdatePending, 'settled');
      expect(el.shadowRoot!.activeElement === search, 'still focused once checked').to.equal(true);
    });

    it('starts from the sort attribute', async () => {
      const el = await list(html`<wfp-program-list sort="budget" .dataset=${dataset}></wfp-program-list>`);
      expect(shownIds(el)[0]).to.equal('single-household-safety-plan-2024');
      expect(($(el, '#sort') as HTMLSelectElement).value).to.equal('budget');
    });

    it('shows a curated set in the given order', async () => {
      const el = await list(html`<wfp-program-list program-ids="first-meeting-voucher, mom-dad-taxi,idolbom-childcare-service" .dataset=${dataset}></wfp-program-list>`);
      expect(shownIds(el)).to.deep.equal(['first-meeting-voucher', 'mom-dad-taxi', 'idolbom-childcare-service']);
      expect(count(el)).to.equal('사업 3개');
      expect(text(($(el, '#sort') as HTMLSelectElement).selectedOptions[0]!)).to.equal('지정한 순서');
      const divisions = [...($(el, '#division') as HTMLSelectElement).options].map((option) => option.value);
      expect(divisions).to.deep.equal(['', 'low-birth-task-force', 'childcare']);
      // With a district too, the page's order stands: the district's own program does not jump ahead.
      const withDistrict = await list(html`<wfp-program-list program-ids="mom-dad-taxi, initiative-06-seoul-morning-care" district="gangseo" .dataset=${dataset}></wfp-program-list>`);
      expect(shownIds(withDistrict)).to.deep.equal(['mom-dad-taxi', 'initiative-06-seoul-morning-care']);
    });

    it('filtered to zero results: says so, offers a reset that restores the list and keeps focus', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      await type(el, '없는사업이름');
      expect(cards(el)).to.have.length(0);
      expect(count(el)).to.equal(`전체 ${TOTAL}개 사업 중 0개`);
      expect(text($(el, '[part="empty"] p'))).to.contain('조건에 맞는 사업이 없습니다');
      ($(el, '[part="empty"] button') as HTMLButtonElement).click();
      await el.updateComplete;
      await el.updateComplete;
      expect(cards(el)).to.have.length(TOTAL);
      expect(el.shadowRoot!.activeElement?.id).to.equal('search');
      expect(($(el, '#search') as HTMLInputElement).value).to.equal('');
    });

    it('a reset keeps the portal\'s district when the search emptied the list, and clears it when the district alone did (a curated list with none there)', async () => {
      const searched = await list(html`<wfp-program-list district="gangseo" .dataset=${dataset}></wfp-program-list>`);
      await type(searched, '없는사업이름');
      ($(searched, '[part="empty"] button') as HTMLButtonElement).click();
      await waitUntil(() => cards(searched).length > 0, 'the list is back');
      expect(($(searched, '#district') as HTMLSelectElement).value).to.equal('gangseo');

      // 중구's and 영등포구's programs only, on 강서구's portal.
      const curated = await list(
        html`<wfp-program-list program-ids="memory-site-redevelopment,seoul-foreign-residents-center" district="gangseo" .dataset=${dataset}></wfp-program-list>`,
      );
      expect(cards(curated)).to.have.length(0);
      const changes: WfpProgramFilterChangeEvent[] = [];
      curated.addEventListener('wfp-program-filter-change', (event) => changes.push(event as WfpProgramFilterChangeEvent));
      ($(curated, '[part="empty"] button') as HTMLButtonElement).click();
      await waitUntil(() => changes.length === 1, 'the change is told');
      expect(shownIds(curated)).to.deep.equal(['memory-site-redevelopment', 'seoul-foreign-residents-center']);
      expect(($(curated, '#district') as HTMLSelectElement).value).to.equal('');
      expect(changes[0]!.detail.district).to.equal(null);
      expect(changes[0]!.detail.resultCount).to.equal(2);
    });
  });

  describe('limit', () => {
    it('shows the first `limit` cards and a button for the rest, which takes the reader to the first new card', async () => {
      const el = await list(html`<wfp-program-list limit="4" district="gangseo" .dataset=${dataset}></wfp-program-list>`);
      const results = dataset.programs.length - 4; // 4 programs name other districts only
      expect(count(el)).to.equal(`전체 ${TOTAL}개 사업 중 ${results}개`);
      expect(visibleCards(el)).to.have.length(4);
      const more = $(el, 'button.more') as HTMLButtonElement;
      expect(text(more)).to.equal(`전체 ${results}개 보기`);
      more.focus();
      more.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(visibleCards(el)).to.have.length(results);
      expect(has(el, 'button.more')).to.equal(false);
      const items = [...el.shadowRoot!.querySelectorAll('.results > li')];
      expect(items.indexOf(el.shadowRoot!.activeElement!)).to.equal(4);
      // The count and the event speak of every result, not only the cards drawn.
      expect(count(el)).to.equal(`전체 ${TOTAL}개 사업 중 ${results}개`);
    });

    it('starts again from `limit` cards after a new search, and shows no button when the results fit', async () => {
      const el = await list(html`<wfp-program-list limit="3" .dataset=${dataset}></wfp-program-list>`);
      ($(el, 'button.more') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(visibleCards(el)).to.have.length(TOTAL);
      await type(el, 'ㅋ');
      await el.updateComplete;
      expect(visibleCards(el)).to.have.length(3);
      expect(text($(el, 'button.more'))).to.match(/^전체 \d+개 보기$/);
      await choose(el, 'division', 'childcare'); // ㅋ within 아이돌봄담당관: 3 programs, all shown
      expect(visibleCards(el)).to.have.length(3);
      expect(has(el, 'button.more')).to.equal(false);
    });

    it('says "Show all" in English; on paper every card prints and the button does not', async () => {
      const el = await list(html`<wfp-program-list lang="en" limit="2" .dataset=${dataset}></wfp-program-list>`);
      expect(text($(el, 'button.more'))).to.equal(`Show all ${TOTAL}`);
      await emulateMedia({ media: 'print' });
      try {
        expect(visibleCards(el)).to.have.length(TOTAL);
        expect(($(el, 'button.more') as HTMLElement).checkVisibility()).to.equal(false);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('events', () => {
    it('fires wfp-program-filter-change when the reader types or chooses', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      const typed = oneEvent(el, 'wfp-program-filter-change') as Promise<WfpProgramFilterChangeEvent>;
      await type(el, 'ㅋ');
      const first = (await typed).detail;
      expect(first.query).to.equal('ㅋ');
      expect(first.sort).to.equal('order');
      const chosen = oneEvent(el, 'wfp-program-filter-change') as Promise<WfpProgramFilterChangeEvent>;
      await choose(el, 'division', 'childcare');
      const { detail } = await chosen;
      expect(detail.division).to.equal('childcare');
      // ㅋ matches 키즈카페 and 키움센터.
      expect(detail.programIds).to.deep.equal(['initiative-05-seoul-kids-cafe-expansion', 'city-run-kids-cafes', 'neighborhood-kium-centers']);
      expect(detail.resultCount).to.equal(3);
      expect(detail.district).to.equal(null);
    });

    it('does not fire when a script sets the attributes', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      let fired = 0;
      el.addEventListener('wfp-program-filter-change', () => (fired += 1));
      el.query = '택시';
      el.sort = 'title';
      el.district = 'mapo';
      el.division = 'low-birth-task-force';
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(shownIds(el)).to.deep.equal(['mom-dad-taxi']);
      expect(fired).to.equal(0);
    });
  });

  describe('keyboard', () => {
    it('every focus ring in a listed card is drawn within the card', async () => {
      const el = await list(html`<wfp-program-list full .dataset=${dataset}></wfp-program-list>`);
      await cardsReady(el);
      let checked = 0;
      for (const card of cards(el).slice(0, 3)) checked += await expectFocusRingsWithin(card);
      expect(checked).to.be.greaterThan(2);
    });

    it('the same disclosure in every card ("자세히 보기") is described by its card\'s title', async () => {
      const el = await list(html`<wfp-program-list full .dataset=${dataset}></wfp-program-list>`);
      await cardsReady(el);
      const summaries = cards(el).flatMap((card) => [...card.shadowRoot!.querySelectorAll('summary')].map((summary) => ({ card, summary })));
      expect(summaries.length).to.be.greaterThan(cards(el).length);
      for (const { card, summary } of summaries) {
        const described = card.shadowRoot!.getElementById(summary.getAttribute('aria-describedby') ?? '');
        expect(text(described), `${card.program}: ${text(summary)}`).to.equal(text(card.shadowRoot!.querySelector('[part="title"]')));
      }
    });

    it('prints every card, wherever the screen was scrolled', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      await cardsReady(el);
      const last = cards(el).at(-1)!;
      await emulateMedia({ media: 'print' });
      try {
        // Drawn, its title on the page; the search and filters are not (nothing to press on paper).
        expect(last.shadowRoot!.querySelector('h3, h2')!.getBoundingClientRect().height).to.be.above(0);
        expect(getComputedStyle($(el, '.controls')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('is usable with the keyboard only: search, division, district and sort', async () => {
      const el = await list(html`<wfp-program-list .dataset=${dataset}></wfp-program-list>`);
      // Start from the page: the search box is the first stop.
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('search');
      await sendKeys({ type: 'ㅈㅇ' });
      await el.updateComplete;
      const afterSearch = shownIds(el).length;
      expect(afterSearch).to.be.greaterThan(0);
      expect(afterSearch).to.be.lessThan(TOTAL);

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('division');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const firstDivision = ($(el, '#division') as HTMLSelectElement).value;
      expect(firstDivision).to.equal('gender-equality');
      expect(shownIds(el).every((id) => dataset.programs.find((p) => p.id === id)!.departmentId === 'gender-equality')).to.equal(true);

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('district');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('sort');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(($(el, '#sort') as HTMLSelectElement).value).to.equal('budget');
      // The division's programs, largest budget first.
      const budgets = shownIds(el).map((id) => dataset.programs.find((p) => p.id === id)!.budget?.amount ?? -1);
      expect(budgets.length).to.be.greaterThan(2);
      expect(budgets.every((amount, i) => i === 0 || budgets[i - 1]! >= amount), budgets.join(' ≥ ')).to.equal(true);
      expect(count(el)).to.match(/^전체 69개 사업 중 \d+개$/);

      // Clearing the search with the keyboard brings the division's programs back.
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('search');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      const all = dataset.programs.filter((p) => p.departmentId === 'gender-equality');
      expect(shownIds(el)).to.have.length(all.length);

    });
  });

  describe('accessibility (axe)', () => {
    it('default list', async () => {
      const el = await list(html`<wfp-program-list program-ids="mom-dad-taxi,initiative-10-family-meal-discounts,idolbom-childcare-service" .dataset=${dataset}></wfp-program-list>`);
      await cardsReady(el);
      await expect(el).to.be.accessible();
    });

    it('filtered to zero results', async () => {
      const el = await list(html`<wfp-program-list query="없는사업이름" .dataset=${dataset}></wfp-program-list>`);
      expect(cards(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('with a district', async () => {
      const el = await list(html`<wfp-program-list district="gangseo" division="childcare" .dataset=${dataset}></wfp-program-list>`);
      await cardsReady(el);
      await expect(el).to.be.accessible();
    });

    for (const theme of ['dark', 'high-contrast'] as const) {
      it(theme, async () => {
        const el = await list(html`<wfp-program-list theme=${theme} district="gangseo" division="childcare" .dataset=${dataset}></wfp-program-list>`);
        await cardsReady(el);
        expect(cards(el)[0]!.shadowRoot!.querySelector('.base')!.getAttribute('data-theme')).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }

    it('English', async () => {
      const el = await list(html`<wfp-program-list lang="en" division="childcare" .dataset=${dataset}></wfp-program-list>`);
      await cardsReady(el);
      await expect(el).to.be.accessible();
    });

    it('error', async () => {
      const el = await list(html`<wfp-program-list program-ids="nope" .dataset=${dataset}></wfp-program-list>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('unknown program ids: names them, says how to find ids and fires wfp-error once, showing the programs that exist', async () => {
      const el = document.createElement('wfp-program-list');
      el.programIds = 'mom-dad-taxi,mom-dad-taxy,nothing-here';
      el.dataset = dataset as unknown as DOMStringMap;
      const events: WfpErrorEvent[] = [];
      el.addEventListener('wfp-error', (event) => events.push(event as WfpErrorEvent));
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => events.length > 0, 'no wfp-error');
      await cardsReady(el);
      expect(events).to.have.length(1);
      const { detail } = events[0]!;
      expect(detail.kind).to.equal('not-found');
      expect(detail.message.ko).to.equal('program-ids에 데이터에 없는 사업 id가 있습니다: mom-dad-taxy, nothing-here');
      const box = $(el, '[part="error"]')!;
      expect(text(box)).to.contain('programs[].id');
      expect(text(box)).to.contain('비슷한 id: mom-dad-taxi');
      // The ids that exist still show, under a box that says some cannot — not announced to every visitor.
      expect(text(box)).to.contain('일부 사업을 표시할 수 없습니다');
      expect(box.hasAttribute('role')).to.equal(false);
      expect(shownIds(el)).to.deep.equal(['mom-dad-taxi']);
      el.requestUpdate();
      await el.updateComplete;
      expect(events).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('program ids that all fail: the error box alone', async () => {
      const el = await list(html`<wfp-program-list program-ids="nope, nada" .dataset=${dataset}></wfp-program-list>`);
      expect(text($(el, '[part="error"]'))).to.contain('사업 목록을 표시할 수 없습니다');
      expect(cards(el)).to.have.length(0);
    });

    const cases: Array<[string, ReturnType<typeof html>, string]> = [
      ['an unknown sort', html`<wfp-program-list sort="price" .dataset=${dataset}></wfp-program-list>`, 'order, budget, title, achievement'],
      ['an unknown division', html`<wfp-program-list division="없는과" .dataset=${dataset}></wfp-program-list>`, 'childcare (아이돌봄담당관)'],
      ['an unknown district', html`<wfp-program-list district="busan" .dataset=${dataset}></wfp-program-list>`, 'gangseo (강서구)'],
      ['an unknown unit', html`<wfp-program-list unit="달러" .dataset=${dataset}></wfp-program-list>`, 'auto, 원, 천원, 백만원, 억원, 조원'],
      ['a bad headline level', html`<wfp-program-list headline-level="1" .dataset=${dataset}></wfp-program-list>`, '2부터 6 사이'],
      ['a limit that is not a count', html`<wfp-program-list limit="ten" .dataset=${dataset}></wfp-program-list>`, 'limit 값 "ten"은(는) 쓸 수 없습니다. 1 이상의 정수로 쓰세요.'],
    ];
    for (const [name, template, listed] of cases) {
      it(`${name} shows an error listing valid values`, async () => {
        const el = await list(template);
        expect(text($(el, '[part="error"]'))).to.contain(listed);
      });
    }

    it('lists valid districts and divisions in the language of each message (the English one named them in Korean)', async () => {
      const messages: WfpErrorEvent['detail']['message'][] = [];
      const listen = (event: WfpErrorEvent) => messages.push(event.detail.message);
      await fixture(html`<div @wfp-error=${listen}><wfp-program-list district="busan" .dataset=${dataset}></wfp-program-list></div>`);
      await fixture(html`<div @wfp-error=${listen}><wfp-program-list division="없는과" .dataset=${dataset}></wfp-program-list></div>`);
      await waitUntil(() => messages.length === 2, 'two wfp-error events');
      expect(messages[0]!.ko).to.contain('gangseo (강서구)');
      expect(messages[0]!.en).to.contain('gangseo (Gangseo-gu)').and.not.contain('강서구');
      expect(messages[1]!.ko).to.contain('childcare (아이돌봄담당관)');
      expect(messages[1]!.en).to.contain('childcare (Childcare Division)').and.not.contain('아이돌봄담당관');
    });

    it('says so when the dataset has no programs', async () => {
      const raw = await (await fetch(new URL('../../data/seoul-wfp-2024-03.json', import.meta.url))).json();
      // Facilities point at programs; without programs those links must go too.
      const facilities = raw.facilities.map(({ programIds: _unused, ...facility }: { programIds?: string[] }) => facility);
      const empty = { ...raw, programs: [], facilities };
      const el = await list(html`<wfp-program-list .dataset=${empty}></wfp-program-list>`);
      expect(text($(el, '[part="empty"]'))).to.equal('이 데이터에는 사업이 없습니다.');
    });
  });
});
