import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { loadEnglish } from '../../src/i18n/english.js';
import '../../src/components/program-card/program-card.js';
import type { WfpProgramCard } from '../../src/components/program-card/program-card.js';
import { loadDataset } from '../../src/data/index.js';
import type { WfpErrorEvent } from '../../src/events/wfp-error-event.js';
import { type ColourVision, colourDistance, contrast } from './contrast.js';

const dataset = await loadDataset();

/** Text a reader sees, including nested widgets (the execution gauges), whitespace collapsed. */
function deepText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLStyleElement) return;
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

async function settled(el: WfpProgramCard): Promise<WfpProgramCard> {
  await waitUntil(() => el.shadowRoot?.querySelector('article, [part="error"]'), 'card did not settle', { timeout: 10000 });
  const gauges = [...el.shadowRoot!.querySelectorAll('wfp-execution-gauge')];
  await waitUntil(
    () => gauges.every((gauge) => gauge.shadowRoot?.querySelector('.amounts:not(.skeleton-text), [part="error"]')),
    'gauges did not settle',
    { timeout: 10000 },
  );
  return el;
}

async function card(template: ReturnType<typeof html>): Promise<WfpProgramCard> {
  return settled(await fixture<WfpProgramCard>(template));
}

const $ = (el: WfpProgramCard, selector: string) => el.shadowRoot!.querySelector(selector);
const has = (el: WfpProgramCard, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
const $$ = (el: WfpProgramCard, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<wfp-program-card>', () => {
  describe('rendering the report’s figures', () => {
    it('서울엄마아빠택시: KPI 34,265 of 50,000 → 68.5%, budget 2,555백만원 with 시비 50% + 구비 50% 별도', async () => {
      const el = await card(html`<wfp-program-card program="mom-dad-taxi"></wfp-program-card>`);
      expect(text($(el, '[part="title"]'))).to.equal('서울엄마아빠택시 지원');
      expect(text($(el, '.eyebrow'))).to.equal('저출생정책추진반 · 부서 사업');
      const kpi = text($(el, '.kpi'));
      expect(kpi).to.contain('지원 영아');
      expect(kpi).to.contain('실적 34,265명');
      expect(kpi).to.contain('목표 50,000명');
      expect(kpi).to.contain('달성률 68.5%');
      const budget = text($(el, '[part="budget"]'));
      expect(budget).to.contain('2024년 예산');
      expect(budget).to.contain('25억 5,500만원');
      expect(budget).to.contain('25억 5,500만원 (2,555백만원)');
      const legend = $$(el, '.funding-legend li').map(text);
      expect(legend).to.deep.equal(['시비 50%', '구비 50% 별도']);
      expect(text($(el, '.funding .note'))).to.contain('포함되지 않고');
    });

    it('지역아동센터 공공성 강화: 61,573백만원 = 국비 16,843 + 시비 44,730 (백만원), drawn to scale', async () => {
      const el = await card(html`<wfp-program-card program="initiative-07-community-child-centers"></wfp-program-card>`);
      // The compact form rounds to 억 above 100억 (the shared formatter's rule); the report's figure stays exact.
      expect(text($(el, '[part="budget"]'))).to.contain('616억원');
      expect(text($(el, '[part="budget"]'))).to.contain('61,573백만원');
      const legend = $$(el, '.funding-legend li').map(text);
      expect(legend[0]).to.equal('국비 168억원 (16,843백만원) · 27.4%');
      expect(legend[1]).to.equal('시비 447억원 (44,730백만원) · 72.6%');
      const segments = $$(el, '.funding-bar rect.seg');
      expect(segments.map((rect) => rect.getAttribute('class'))).to.deep.equal(['seg seg-national', 'seg seg-city']);
      expect(parseFloat(segments[0]!.getAttribute('width')!)).to.be.closeTo(27.35, 0.01);
      expect($(el, '.funding-bar')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('prints exactly "61,573백만원" when unit="백만원", without repeating it', async () => {
      const el = await card(html`<wfp-program-card program="initiative-07-community-child-centers" unit="백만원"></wfp-program-card>`);
      expect(text($(el, '.budget-amount'))).to.equal('61,573백만원');
      expect(has(el, '[part="budget"] .printed')).to.equal(false);
      expect($$(el, '.funding-legend li').map(text)).to.deep.equal(['국비 16,843백만원 · 27.4%', '시비 44,730백만원 · 72.6%']);
      expect($$(el, 'wfp-execution-gauge').every((gauge) => gauge.getAttribute('unit') === '백만원')).to.equal(true);
    });

    it('prints the budget and its funding amounts to one precision, a sum and its parts (unit="억원")', async () => {
      // Alone, 국비 88백만원 takes two decimals in 억원, 시비 2,206백만원 one ("22.1억원") and the
      // budget 2,294백만원 one ("22.9억원"): the parts would not add up to it.
      const el = await card(html`<wfp-program-card program="at-risk-teen-girls-support" unit="억원"></wfp-program-card>`);
      expect($$(el, '.funding-legend li').map(text)).to.deep.equal(['국비 0.88억원 (88백만원) · 3.8%', '시비 22.06억원 (2,206백만원) · 96.2%']);
      expect(text($(el, '.budget-amount'))).to.equal('22.94억원');
      const compact = await card(html`<wfp-program-card compact program="at-risk-teen-girls-support" unit="억원"></wfp-program-card>`);
      expect(text($(compact, '.budget-amount')), 'the compact card reads the same figure').to.equal('22.94억원');
    });

    it('아이돌봄 지원사업: shares 국비 30% / 시비 35% / 구비 35% 별도, the separate part hatched', async () => {
      const el = await card(html`<wfp-program-card program="idolbom-childcare-service"></wfp-program-card>`);
      expect(text($(el, '[part="budget"]'))).to.contain('69,638백만원');
      expect($$(el, '.funding-legend li').map(text)).to.deep.equal(['국비 30%', '시비 35%', '구비 35% 별도']);
      const segments = $$(el, '.funding-bar rect.seg');
      expect(segments.map((rect) => [rect.getAttribute('x'), rect.getAttribute('width')])).to.deep.equal([
        ['0%', '30%'],
        ['30%', '35%'],
        ['65%', '35%'],
      ]);
      expect(segments[2]!.getAttribute('fill')).to.equal('url(#hatch-2)');
      // What is drawn: the pattern, not the district colour solid (a class's CSS fill beats the attribute).
      expect(getComputedStyle(segments[2]!).fill).to.match(/^url\("?#hatch-2"?\)/);
      expect(getComputedStyle(segments[0]!).fill).to.match(/^rgb/);
      expect(has(el, '#hatch-2')).to.equal(true);
    });

    it('a program without budget (비예산) says so and draws no funding', async () => {
      const el = await card(html`<wfp-program-card program="initiative-10-family-meal-discounts"></wfp-program-card>`);
      // Under the section's "예산" heading, not "예산 / 예산 / 비예산"; the compact card, without the heading, keeps its label.
      expect(text($(el, '.budget-section'))).to.match(/^예산 비예산/);
      expect(text($(el, '[part="budget"]'))).to.equal('비예산');
      const compact = await card(html`<wfp-program-card compact program="initiative-10-family-meal-discounts"></wfp-program-card>`);
      expect(text($(compact, '[part="budget"]'))).to.equal('예산 비예산');
      expect(has(el, '.funding')).to.equal(false);
      expect(has(el, 'wfp-execution-gauge')).to.equal(false);
      expect(deepText(el)).to.not.match(/undefined|NaN/);
    });

    it('첫만남 이용권: KPI 10,096 of 40,006 → 25.2%, and the linked line’s execution', async () => {
      const el = await card(html`<wfp-program-card program="first-meeting-voucher"></wfp-program-card>`);
      expect(text($(el, '.kpi'))).to.contain('실적 10,096명 / 목표 40,006명 달성률 25.2%');
      expect(has(el, '[part="budget"]'), 'the report prints no amount for it').to.equal(false);
      const gauge = $(el, 'wfp-execution-gauge')!;
      expect(gauge.getAttribute('line')).to.equal('gender-equality-012');
      expect(gauge.getAttribute('variant')).to.equal('bar');
      expect(deepText(gauge)).to.contain('60.0%'); // 39,774 of 66,288백만원
    });

    it('says when the execution shown is a whole budget line shared with another program, not this one’s', async () => {
      // Both foreign-resident centres (10.76억 and 17.95억) link 외국인주민 지원시설 설치·운영, 47억 2,600만원.
      const el = await card(html`<wfp-program-card program="seoul-foreign-residents-center"></wfp-program-card>`);
      const execution = $(el, '.execution')!;
      expect(text(execution.querySelector('.note'))).to.equal(
        '이 사업만이 아닌 세부사업 전체의 집행률입니다(다른 사업 1개와 공유, 세부사업 예산이 이 사업 예산보다 큼).',
      );
      // The note comes before the gauge it qualifies, in reading order.
      expect(execution.querySelector('.note')!.compareDocumentPosition(execution.querySelector('wfp-execution-gauge')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      const english = await card(html`<wfp-program-card lang="en" program="seoul-foreign-residents-center"></wfp-program-card>`);
      expect(text($(english, '.execution .note'))).to.equal(
        'These rates are for whole budget lines, not this program alone (shared with 1 other program; the lines’ budget exceeds the program’s).',
      );
      // A line that is the program's own gets no note.
      const own = await card(html`<wfp-program-card program="mom-dad-taxi"></wfp-program-card>`);
      expect(has(own, '.execution'), 'mom-dad-taxi shows its line').to.equal(true);
      expect(has(own, '.execution .note')).to.equal(false);
    });

    it('hands its own dataset object to the gauge (no second load or validation)', async () => {
      const el = await card(html`<wfp-program-card program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      const gauge = $(el, 'wfp-execution-gauge') as HTMLElement & { datasetInput: unknown };
      expect(gauge.datasetInput).to.equal(dataset);
      expect(gauge.getAttribute('line')).to.equal('gender-equality-016');
    });

    it('folds more than three budget lines into a nested disclosure', async () => {
      const el = await card(html`<wfp-program-card program="initiative-07-community-child-centers" .dataset=${dataset}></wfp-program-card>`);
      expect($$(el, '.execution > .gauges wfp-execution-gauge')).to.have.length(3);
      const more = $(el, '.execution details.more') as HTMLDetailsElement;
      expect(text(more.querySelector('summary'))).to.equal('세부사업 3개 더 보기');
      expect(more.querySelectorAll('wfp-execution-gauge')).to.have.length(3);
    });

    it('shows districts as chips with Korean names and linked facilities by name', async () => {
      const el = await card(html`<wfp-program-card program="initiative-06-seoul-morning-care" .dataset=${dataset}></wfp-program-card>`);
      const chips = $$(el, '[part="district"]').map(text);
      expect(chips).to.have.length(10);
      expect(chips).to.include('강서구');
      expect(chips).to.include('성동구');
      const facilities = $$(el, '.facilities li').map(text);
      expect(facilities).to.have.length(10);
      expect(facilities.some((name) => name.includes('(강서구)'))).to.equal(true);
    });

    it('says "서울 전체" for a program naming no district', async () => {
      const el = await card(html`<wfp-program-card program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      expect($$(el, '[part="district"]').map(text)).to.deep.equal(['서울 전체']);
    });

    it('marks plans after the as-of date as upcoming, and past ones as past', async () => {
      const taxi = await card(html`<wfp-program-card program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      expect($$(taxi, '.timeline li').map(text)).to.deep.equal(['2024년 7월 예정 서울엄마아빠택시 만족도 조사 실시']);
      const weddings = await card(html`<wfp-program-card program="public-venue-weddings" .dataset=${dataset}></wfp-program-card>`);
      const plans = $$(weddings, '.timeline li').map(text);
      expect(plans).to.include('2024년 1월 ~ 3월 지난 일정 신규예식장(공공·민간협력) 추가 발굴');
      expect(plans).to.include("2024년 2월부터 진행 중 '25년 대관일정 조기확보 및 신청자 모집");
      const voucher = await card(html`<wfp-program-card program="first-meeting-voucher" .dataset=${dataset}></wfp-program-card>`);
      expect(text($(voucher, '.timeline li'))).to.equal('2024년 진행 중 대상자 모니터링(각 자치구)');
      // "'24. 6월, 10월" is two inspections, not one from June to October.
      const escort = await card(html`<wfp-program-card program="hospital-escort-service" .dataset=${dataset}></wfp-program-card>`);
      expect($$(escort, '.timeline li').map(text)).to.include('2024년 6월, 10월 예정 현장 지도점검 실시');
    });

    it('lists achievements with their dates, the legal basis and the report’s table', async () => {
      const el = await card(html`<wfp-program-card program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      const details = text($(el, '.details'));
      expect(details).to.contain('2024년 1월 \'24년 서울엄마아빠택시 사업 개시 및 보도자료 배포');
      expect(details).to.contain('2024년 2월 ~ 3월 서울엄마아빠택시 차량 랩핑(100대) 홍보');
      expect(details).to.contain('「서울특별시 출산 및 양육지원에 관한 조례」 제5조');
      const table = $(el, '.details table')!;
      expect(text(table.querySelector('caption'))).to.equal("추진실적('24.3월말 기준)");
      expect([...table.querySelectorAll('tbody td')].map(text)).to.deep.equal(['50,000명', '34,265명', '68.5%']);
      expect(table.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    });

    it('links contacts with tel: built from the validated numbers only', async () => {
      const el = await card(html`<wfp-program-card program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      const links = $$(el, '.contacts a') as HTMLAnchorElement[];
      expect(links.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
        ['02-2133-5320', 'tel:02-2133-5320'],
        ['02-2133-5326', 'tel:02-2133-5326'],
        ['02-2133-5328', 'tel:02-2133-5328'],
      ]);
      expect(text($(el, '.contacts li'))).to.equal('저출생정책추진반장 주재완 02-2133-5320');
    });

    it('names a parent initiative for a sub-program', async () => {
      const el = await card(html`<wfp-program-card program="initiative-01-digital-specialization-grants" .dataset=${dataset}></wfp-program-card>`);
      expect(text($(el, '.parent'))).to.equal('「경력보유여성 IT 등 미래유망직종 교육 강화」 세부사업');
    });

    it('names its parts on an initiative the report prints as sub-parts, which a compact card otherwise showed as a bare title', async () => {
      for (const compact of [true, false]) {
        const el = await card(html`<wfp-program-card program="initiative-02-residency-requirement-abolition" ?compact=${compact} .dataset=${dataset}></wfp-program-card>`);
        expect(text($(el, '.parts'))).to.equal('세부사업: 임산부 교통비 지원, 서울형 산후조리경비 지원');
      }
      await loadEnglish();
      const english = await card(html`<wfp-program-card lang="en" program="initiative-02-residency-requirement-abolition" compact .dataset=${dataset}></wfp-program-card>`);
      const titles = dataset.programs.filter((p) => p.parentId === 'initiative-02-residency-requirement-abolition').map((p) => p.title.en ?? p.title.ko);
      expect(text($(english, '.parts'))).to.equal(`Parts: ${titles.join(', ')}`);
    });

    it('renders nothing empty for a program with no budget, KPI or plan', async () => {
      const el = await card(html`<wfp-program-card program="initiative-01-career-women-future-jobs-training" .dataset=${dataset}></wfp-program-card>`);
      expect(has(el, '.budget-section')).to.equal(false);
      expect(has(el, '.kpis')).to.equal(false);
      expect(has(el, '.timeline')).to.equal(false);
      expect($$(el, '.section-heading').map(text)).to.deep.equal(['운영 지역', '문의']);
      for (const heading of $$(el, 'h2, h3, h4, h5, h6')) expect(text(heading)).to.not.equal('');
      expect(deepText(el)).to.not.match(/undefined|NaN/);
    });

    it('shows a KPI stated in won as money', async () => {
      const el = await card(html`<wfp-program-card program="gender-equality-family-fund" .dataset=${dataset}></wfp-program-card>`);
      const rows = [...$$(el, '.kpi'), ...$$(el, '.more .kpi')].map(text);
      expect(rows.find((row) => row.includes('기금 조성액'))).to.contain('실적 241억원 (24,094백만원)');
      expect(rows.find((row) => row.includes('기금 조성액'))).to.contain('2023년 12월 말 기준');
    });

    it("says under a plan's budget that it is larger than the division's whole budget, in both languages and the compact card", async () => {
      // 5,808억원 shown as 1인가구담당관's program would read as the division's own money (its whole budget is 158억원).
      const el = await card(html`<wfp-program-card program="single-household-safety-plan-2024" .dataset=${dataset}></wfp-program-card>`);
      expect(text($(el, '.budget-scope'))).to.equal('1인가구담당관 예산 전체(158억원)보다 큰 금액으로, 이 부서만의 예산이 아닙니다.');
      const compact = await card(html`<wfp-program-card compact lang="en" program="single-household-safety-plan-2024" .dataset=${dataset}></wfp-program-card>`);
      expect(text($(compact, '.budget-scope'))).to.match(/^More than the whole budget of the Single-Person Household Division \(KRW 15\.8\sbillion\): not that department's budget alone\.$/);
      const own = await card(html`<wfp-program-card program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      expect(has(own, '.budget-scope')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('dates an achievement rate taken part-way through the year (a first quarter against a year\'s target)', async () => {
      const el = await card(html`<wfp-program-card program="hospital-escort-service" .dataset=${dataset}></wfp-program-card>`);
      const rows = [...$$(el, '.kpi'), ...$$(el, '.more .kpi')];
      const escort = rows.find((row) => text(row).includes('병원 안심동행서비스 제공'))!;
      expect(text(escort)).to.contain('달성률 31.2%');
      expect(text(escort.querySelector('.kpi-asof'))).to.equal('2024년 3월 말 기준');
      // Without a rate, the card's own date (its source line) is not repeated.
      const jobs = await card(html`<wfp-program-card program="women-reemployment-centers" .dataset=${dataset}></wfp-program-card>`);
      const seekers = [...$$(jobs, '.kpi'), ...$$(jobs, '.more .kpi')].find((row) => text(row).includes('구직자'))!;
      expect(seekers.querySelector('.kpi-asof') === null, 'no .kpi-asof').to.equal(true);
    });

    it('prints a money KPI and its target to one precision in a fixed unit (unit="억원")', async () => {
      // 477 of 500백만원 at 95.4 % must not read "실적 5억원 / 목표 5억원".
      const el = await card(html`<wfp-program-card program="gender-equality-family-fund" unit="억원" .dataset=${dataset}></wfp-program-card>`);
      const rows = [...$$(el, '.kpi'), ...$$(el, '.more .kpi')].map(text);
      expect(rows.find((row) => row.includes('공모사업 지원액'))).to.contain('실적 4.77억원 (477백만원) / 목표 5.00억원 (500백만원)');
    });

    it('renders in English under lang="en", with Korean-only text marked lang="ko"', async () => {
      const el = await card(html`<wfp-program-card lang="en" program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      expect(text($(el, '[part="title"]'))).to.equal('Seoul Mom & Dad Taxi support');
      expect(text($(el, '.eyebrow'))).to.contain('Division program');
      const kpi = text($(el, '.kpi'));
      expect(kpi).to.contain('Result 34,265 people');
      expect(kpi).to.contain('Target 50,000 people');
      expect(kpi).to.contain('Achieved 68.5%');
      expect(has(el, '.kpi-label [lang="ko"]')).to.equal(true);
      expect(text($(el, '[part="budget"]'))).to.contain('2024 budget KRW 2.56 billion (KRW 2,555 million)');
      expect($$(el, '.funding-legend li').map(text)).to.deep.equal(['City 50%', 'District 50% separate']);
      expect(text($(el, '.timeline li'))).to.equal('July 2024 Upcoming 서울엄마아빠택시 만족도 조사 실시');
      expect(text($(el, 'summary'))).to.equal('Details');
      expect(text($(el, '[part="meta"]'))).to.contain('As of 31 March 2024');
    });
  });

  describe('layout', () => {
    it('compact shows title, budget and one KPI only', async () => {
      const el = await card(html`<wfp-program-card compact program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      expect(text($(el, '[part="title"]'))).to.equal('서울엄마아빠택시 지원');
      expect(text($(el, '[part="budget"]'))).to.contain('2,555백만원');
      expect($$(el, '.kpi')).to.have.length(1);
      expect(text($(el, '.kpi'))).to.contain('68.5%');
      expect(has(el, 'details')).to.equal(false);
      expect(has(el, 'section')).to.equal(false);
      expect(has(el, '.summary')).to.equal(false);
      expect(has(el, 'wfp-execution-gauge')).to.equal(false);
    });

    it('uses headline-level for the title and one level below for sections', async () => {
      const three = await card(html`<wfp-program-card program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      expect($(three, '[part="title"]')!.localName).to.equal('h3');
      expect($(three, '.section-heading')!.localName).to.equal('h4');
      const two = await card(html`<wfp-program-card headline-level="2" program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      expect($(two, '[part="title"]')!.localName).to.equal('h2');
      expect($$(two, '.section-heading').every((h) => h.localName === 'h3')).to.equal(true);
      const six = await card(html`<wfp-program-card headline-level="6" program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      expect($(six, '[part="title"]')!.localName).to.equal('h6');
      expect($(six, '.section-heading')!.localName).to.equal('h6');
      // The property given as text (Vue's headlineLevel="4"), "4.0" too, reads as the attribute would.
      for (const level of ['4', '4.0', ' 4 ']) {
        const texted = await card(html`<wfp-program-card .headlineLevel=${level as unknown as number} program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
        expect($(texted, '[part="title"]')?.localName, JSON.stringify(level)).to.equal('h4');
      }
    });

    it('keeps details closed until asked, in a native <details>', async () => {
      const el = await card(html`<wfp-program-card program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      const details = $(el, 'details.details') as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      (details.querySelector('summary') as HTMLElement).click();
      expect(details.open).to.equal(true);
    });

    it('opens every <details> for printing and restores them afterwards', async () => {
      const el = await card(html`<wfp-program-card program="initiative-07-community-child-centers" .dataset=${dataset}></wfp-program-card>`);
      const all = $$(el, 'details') as HTMLDetailsElement[];
      expect(all.length).to.be.greaterThan(1);
      window.dispatchEvent(new Event('beforeprint'));
      expect(all.every((d) => d.open)).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(all.every((d) => !d.open)).to.equal(true);
    });

    it('shows the host’s call to action in the actions slot, and takes no space without one', async () => {
      const el = await card(html`<wfp-program-card program="mom-dad-taxi" .dataset=${dataset}><a slot="actions" href="#apply">신청하기</a></wfp-program-card>`);
      const actions = $(el, '[part="actions"]') as HTMLElement;
      expect(actions.hidden).to.equal(false);
      const slot = actions.querySelector('slot') as HTMLSlotElement;
      expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['신청하기']);
      const bare = await card(html`<wfp-program-card program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      expect(($(bare, '[part="actions"]') as HTMLElement).hidden).to.equal(true);
      expect(has(bare, 'slot[name="actions"]')).to.equal(true);
    });

    it('names each execution gauge by its line under "예산 집행", without "예산 집행률" again, and says which department owns a line only when it is not the card’s', async () => {
      // The card's own lines (아이돌봄담당관's kids cafés): the header names the department already.
      const own = await card(html`<wfp-program-card program="initiative-05-seoul-kids-cafe-expansion" .dataset=${dataset}></wfp-program-card>`);
      const gauges = $$(own, '.gauges wfp-execution-gauge');
      expect(gauges.length).to.be.greaterThan(1);
      const shown = (gauge: Element, selector: string) => gauge.shadowRoot!.querySelector(selector)!.checkVisibility();
      expect(gauges.map((gauge) => [shown(gauge, '.caption'), shown(gauge, '.context'), shown(gauge, '.amounts')])).to.deep.equal(gauges.map(() => [false, false, true]));
      // Hidden, the caption also leaves the meter's name (aria-labelledby reads only what is shown):
      // each meter is named by its line, in a list named by the label above it.
      const list = $(own, '.execution > .gauges')!;
      expect($(own, `#${list.getAttribute('aria-labelledby')}`)!.textContent).to.equal('예산 집행');
      // 엄마아빠택시 (저출생정책추진반) runs on a line of 양성평등담당관: that one is named.
      own.remove();
      const other = await card(html`<wfp-program-card program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      const context = $(other, '.gauges wfp-execution-gauge')!.shadowRoot!.querySelector('.context')!;
      expect([context.checkVisibility(), context.textContent]).to.deep.equal([true, '양성평등담당관 세부사업']);
    });

    it("sets its execution gauges as items of the budget section: no larger than its headings and budget figure, flush with its text", async () => {
      const el = await card(html`<wfp-program-card program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      const gauge = $(el, '.gauges wfp-execution-gauge') as HTMLElement;
      await waitUntil(() => gauge.shadowRoot?.querySelector('[part="value"]'), 'the nested gauge did not render');
      const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
      const label = gauge.shadowRoot!.querySelector('.label')!;
      const value = gauge.shadowRoot!.querySelector('[part="value"]')!;
      expect(size(label), 'line name').to.be.at.most(size($(el, '.section-heading')!));
      // The program's budget is the section's figure; each line's rate is body text beside it.
      expect(size(value), 'rate').to.be.below(size($(el, '.budget-amount')!));
      expect(size(value), 'rate').to.equal(size($(el, '.section')!));
      const section = $(el, '.execution .block-label')!.getBoundingClientRect().left;
      expect(label.getBoundingClientRect().left - section, 'flush with the section').to.be.closeTo(0, 1);
    });

    it('keeps every figure and word of a report table whole on a 320 px phone (a wider table scrolls), and a fitting table a pixel inside its region', async () => {
      // Squeezed to the card's width, the cells broke anywhere: "50,00/0명", "68.5/%", "달성/률".
      for (const id of ['mom-dad-taxi', 'prostitution-victim-support', 'initiative-05-seoul-kids-cafe-expansion']) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 288px"><wfp-program-card program=${id} .dataset=${dataset}></wfp-program-card></div>`);
        const el = await settled(wrapper.firstElementChild as WfpProgramCard);
        for (const details of $$(el, 'details') as HTMLDetailsElement[]) details.open = true;
        const broken: string[] = [];
        for (const cell of $$(el, '.table-scroll th, .table-scroll td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            // Each word (between spaces) must sit on one line; a line may also break before a bracket
            // ("영아 / (명)") and after a middle dot ("상담·의료· / 법률지원"), as Korean text does.
            for (const match of node.textContent!.matchAll(/[^\s(·]+·?|\([^\s·]*·?/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
              if (lines.size > 1) broken.push(match[0]);
            }
          }
        }
        // A row name printed letter-spaced, as Korean tables print short headers ("기 존", "개 선"),
        // is one word: not one syllable a line.
        for (const cell of $$(el, '.table-scroll th[scope="row"]')) {
          const spaced = cell.textContent!.trim();
          if (!/^\S(?: \S)+$/.test(spaced)) continue;
          const range = document.createRange();
          range.selectNodeContents(cell);
          const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(spaced);
        }
        expect(broken, id).to.deep.equal([]);
      }
      // On paper, which does not scroll, the widest tables fit the page again.
      await emulateMedia({ media: 'print' });
      try {
        const printed = await fixture<HTMLDivElement>(html`<div style="width: 640px"><wfp-program-card program="prostitution-victim-support" .dataset=${dataset}></wfp-program-card></div>`);
        const paper = await settled(printed.firstElementChild as WfpProgramCard);
        for (const details of $$(paper, 'details') as HTMLDetailsElement[]) details.open = true;
        for (const table of $$(paper, '.table-scroll table')) {
          expect(table.getBoundingClientRect().right, 'a printed table within the card').to.be.at.most(paper.getBoundingClientRect().right);
        }
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      // A table that fits is not a pixel too wide for its region (its right border clipped, a 1 px scroll).
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"><wfp-program-card program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card></div>`);
      const el = await settled(wrapper.firstElementChild as WfpProgramCard);
      for (const details of $$(el, 'details') as HTMLDetailsElement[]) details.open = true;
      const region = $(el, '.table-scroll') as HTMLElement;
      expect(region.scrollWidth).to.equal(region.clientWidth);
    });

    it('wraps the longest Korean titles (and opened details, tables included) without overflow at 280 px', async () => {
      const longest = [...dataset.programs].sort((a, b) => b.title.ko.length - a.title.ko.length).slice(0, 3);
      // 14 and 10 columns: the widest tables the report prints.
      const withWideTables = ['prostitution-victim-support', 'digital-sex-crime-victim-support'].map((id) => dataset.programs.find((p) => p.id === id)!);
      for (const program of [...longest, ...withWideTables]) {
        for (const compact of [false, true]) {
          const wrapper = await fixture<HTMLDivElement>(
            html`<div style="width: 280px"><wfp-program-card program=${program.id} ?compact=${compact} .dataset=${dataset}></wfp-program-card></div>`,
          );
          const el = await settled(wrapper.firstElementChild as WfpProgramCard);
          for (const details of $$(el, 'details') as HTMLDetailsElement[]) details.open = true;
          const base = $(el, '.base') as HTMLElement;
          expect(el.getBoundingClientRect().width).to.equal(280);
          // Wide report tables scroll inside their own focusable region instead of widening the card.
          for (const region of $$(el, '.table-scroll')) {
            expect(region.getAttribute('tabindex')).to.equal('0');
            expect(region.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
          }
          expect(base.scrollWidth, program.id).to.be.at.most(base.clientWidth);
          const title = $(el, '[part="title"]') as HTMLElement;
          if (longest.includes(program)) expect(title.getBoundingClientRect().height).to.be.greaterThan(30, 'the title wraps onto several lines');
          for (const node of $$(el, '*').filter((node) => !node.closest('.table-scroll > table'))) {
            expect((node as HTMLElement).getBoundingClientRect().right, `${program.id} ${node.className}`).to.be.at.most(
              el.getBoundingClientRect().right + 0.5,
            );
          }
        }
      }
    });
  });

  describe('funding colours', () => {
    const PAYERS = ['national', 'city', 'district', 'private'] as const;
    const VISIONS: ColourVision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
    /** A colour as the browser computes it ("rgb(…)"), from a custom property's value. */
    const computed = (value: string) => {
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.color = value;
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    };

    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      it(`${theme}: each payer's colour stands out from the card, and every two stay apart for colour-blind readers${theme === 'light' ? ' and on a black-and-white print' : ''}`, async () => {
        const el = await card(html`<wfp-program-card theme=${theme} program="initiative-07-community-child-centers" .dataset=${dataset}></wfp-program-card>`);
        const base = getComputedStyle($(el, '.base')!);
        const colours = Object.fromEntries(PAYERS.map((payer) => [payer, computed(base.getPropertyValue(`--_funding-${payer}`))]));
        // The bar is painted with them (국비 and 시비 here).
        expect(getComputedStyle($(el, '.seg-city')!).fill).to.equal(colours.city);
        expect(getComputedStyle($(el, '.seg-national')!).fill).to.equal(colours.national);
        const faint = PAYERS.filter((payer) => contrast(colours[payer]!, base.backgroundColor) < 3);
        expect(faint, 'segments under 3:1 against the card (WCAG 1.4.11)').to.deep.equal([]);
        // 국비·시비 and 시비·구비 are the splits the report prints; a district's data may pair any two.
        // Side by side, ΔE 10 is plainly different; the old 시비 red and 구비 green were 7 apart for
        // deuteranopes.
        // Every theme prints in the light colours: those must also differ in lightness alone.
        const visions: ColourVision[] = theme === 'light' ? [...VISIONS, 'greyscale'] : VISIONS;
        const merged: string[] = [];
        PAYERS.forEach((a, i) =>
          PAYERS.slice(i + 1).forEach((b) => {
            for (const vision of visions) {
              const distance = colourDistance(colours[a]!, colours[b]!, vision);
              if (distance < 10) merged.push(`${a}/${b} ${vision} ΔE ${distance.toFixed(1)}`);
            }
          }),
        );
        expect(merged).to.deep.equal([]);
      });
    }
  });

  describe('accessibility (axe)', () => {
    it('compact', async () => {
      const el = await card(html`<wfp-program-card compact program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
      await expect(el).to.be.accessible();
    });

    it('full', async () => {
      const el = await card(html`<wfp-program-card program="idolbom-childcare-service" .dataset=${dataset}></wfp-program-card>`);
      await expect(el).to.be.accessible();
    });

    it('two full cards on one page add no landmarks: their sections are structured by headings, not named regions', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <wfp-program-card program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>
        <wfp-program-card program="idolbom-childcare-service" .dataset=${dataset}></wfp-program-card>
      </div>`);
      const cards = [...page.querySelectorAll('wfp-program-card')] as WfpProgramCard[];
      for (const el of cards) await settled(el);
      await expect(page).to.be.accessible();
      // A named <section> is a region landmark: three per card made a list of 65 full cards 200
      // landmarks ("… 예산", "… 목표 및 실적"), which no one can use. Each section has its heading.
      for (const el of cards) {
        const sections = $$(el, 'section');
        expect(sections.length).to.be.at.least(2);
        for (const section of sections) {
          expect(section.hasAttribute('aria-labelledby') || section.hasAttribute('aria-label'), 'a named section (region landmark)').to.be.false;
          expect(section.querySelector('h2, h3, h4, h5, h6, [role="heading"]'), 'a section with its heading').to.exist;
        }
      }
    });

    it('expanded (every disclosure open)', async () => {
      const el = await card(html`<wfp-program-card program="initiative-07-community-child-centers" .dataset=${dataset}></wfp-program-card>`);
      for (const details of $$(el, 'details') as HTMLDetailsElement[]) details.open = true;
      await expect(el).to.be.accessible();
    });

    for (const theme of ['dark', 'high-contrast'] as const) {
      it(`${theme}, expanded`, async () => {
        const el = await card(html`<wfp-program-card theme=${theme} program="mom-dad-taxi" .dataset=${dataset}></wfp-program-card>`);
        expect($(el, '.base')!.getAttribute('data-theme')).to.equal(theme);
        for (const details of $$(el, 'details') as HTMLDetailsElement[]) details.open = true;
        await expect(el).to.be.accessible();
      });
    }

    it('English', async () => {
      const el = await card(html`<wfp-program-card lang="en" program="initiative-06-seoul-morning-care" .dataset=${dataset}></wfp-program-card>`);
      for (const details of $$(el, 'details') as HTMLDetailsElement[]) details.open = true;
      await expect(el).to.be.accessible();
    });

    it('loading keeps a skeleton and is accessible', async () => {
      // Hold the response until the loading state has been checked.
      const originalFetch = window.fetch;
      let answer: (response: Response) => void = () => undefined;
      window.fetch = () => new Promise<Response>((resolve) => (answer = resolve));
      try {
        const el = await fixture<WfpProgramCard>(html`<wfp-program-card program="mom-dad-taxi" src="/slow-card-data.json"></wfp-program-card>`);
        expect(has(el, '.loading')).to.equal(true);
        expect(has(el, '.skeleton.block')).to.equal(true);
        await expect(el).to.be.accessible();
        expect(has(el, '.loading')).to.equal(true);
      } finally {
        window.fetch = originalFetch;
        answer(new Response('{}', { status: 404 }));
      }
    });

    it('error', async () => {
      const el = await card(html`<wfp-program-card program="nope" .dataset=${dataset}></wfp-program-card>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('an unknown id shows how to find ids, suggests close ones and fires wfp-error', async () => {
      const el = document.createElement('wfp-program-card');
      el.program = 'mom-dad-taxy';
      el.dataset = dataset as unknown as DOMStringMap;
      const event = oneEvent(el, 'wfp-error') as Promise<WfpErrorEvent>;
      await fixture(html`<div>${el}</div>`);
      const { detail } = await event;
      expect(detail.kind).to.equal('not-found');
      expect(detail.message.ko).to.contain('"mom-dad-taxy" 사업을 찾을 수 없습니다');
      expect(detail.message.en).to.contain('There is no program "mom-dad-taxy"');
      await settled(el);
      const box = text($(el, '[part="error"]'));
      expect(box).to.contain('programs[].id');
      expect(box).to.contain('비슷한 id: mom-dad-taxi');
      expect(has(el, 'article')).to.equal(false);
    });

    it('a missing program attribute is an invalid input', async () => {
      const el = document.createElement('wfp-program-card');
      el.dataset = dataset as unknown as DOMStringMap;
      const event = oneEvent(el, 'wfp-error') as Promise<WfpErrorEvent>;
      await fixture(html`<div>${el}</div>`);
      expect((await event).detail.kind).to.equal('invalid-input');
      await settled(el);
      expect(text($(el, '[part="error"]'))).to.contain('program="mom-dad-taxi"');
    });

    it('an unknown unit lists the valid ones', async () => {
      const el = await card(html`<wfp-program-card program="mom-dad-taxi" unit="만원" .dataset=${dataset}></wfp-program-card>`);
      expect(text($(el, '[part="error"]'))).to.contain('auto, 원, 천원, 백만원, 억원, 조원');
    });

    it('a headline level outside 2–6 is refused', async () => {
      const el = await card(html`<wfp-program-card program="mom-dad-taxi" headline-level="9" .dataset=${dataset}></wfp-program-card>`);
      expect(text($(el, '[part="error"]'))).to.contain('headline-level="9"');
    });

    it('fires wfp-error once for the same mistake, again after a recovery', async () => {
      const el = await card(html`<wfp-program-card program="nope" .dataset=${dataset}></wfp-program-card>`);
      let count = 0;
      el.addEventListener('wfp-error', () => (count += 1));
      el.requestUpdate();
      await el.updateComplete;
      expect(count).to.equal(0);
      el.program = 'mom-dad-taxi';
      await el.updateComplete;
      el.program = 'nope';
      await el.updateComplete;
      expect(count).to.equal(1);
    });

    it('recovers when the program is corrected', async () => {
      const el = await card(html`<wfp-program-card program="nope" .dataset=${dataset}></wfp-program-card>`);
      el.program = 'first-meeting-voucher';
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal('첫만남 이용권 지원');
    });
  });

  describe('every program in the official dataset', () => {
    it('renders as a full and a compact card without console errors, "undefined" or "NaN"', async () => {
      await setViewport({ width: 1024, height: 800 });
      const problems: string[] = [];
      const original = { error: console.error, warn: console.warn };
      console.error = (...args: unknown[]) => problems.push(`error: ${args.join(' ')}`);
      console.warn = (...args: unknown[]) => problems.push(`warn: ${args.join(' ')}`);
      const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
      window.addEventListener('error', onError);
      try {
        for (const compact of [false, true]) {
          const wrapper = await fixture<HTMLDivElement>(
            html`<div>
              ${dataset.programs.map((p) => html`<wfp-program-card program=${p.id} ?compact=${compact} .dataset=${dataset}></wfp-program-card>`)}
            </div>`,
          );
          const cards = [...wrapper.querySelectorAll('wfp-program-card')];
          expect(cards).to.have.length(dataset.programs.length);
          for (const el of cards) {
            await settled(el);
            for (const details of $$(el, 'details') as HTMLDetailsElement[]) details.open = true;
            const id = el.program!;
            const visible = deepText(el);
            expect(has(el, '[part="error"]'), id).to.equal(false);
            expect(visible, id).to.not.match(/undefined|NaN|\[object/);
            expect(text($(el, '[part="title"]')), id).to.not.equal('');
            for (const heading of $$(el, 'h2, h3, h4, h5, h6')) expect(text(heading), id).to.not.equal('');
            for (const list of $$(el, 'ul, ol')) expect(list.children.length, `${id}: empty list`).to.be.greaterThan(0);
          }
        }
      } finally {
        console.error = original.error;
        console.warn = original.warn;
        window.removeEventListener('error', onError);
      }
      expect(problems).to.deep.equal([]);
    });
  });
});

describe("<wfp-program-card> on a district's own data", () => {
  it('sets the 백만원 figure beside an amount only when it is exact: 1,234,567원 gets no rounded second figure', async () => {
    const example = await (await fetch('/examples/district-minimal.json')).json();
    example.programs[0].budget.amount = 1_234_567;
    const el = await card(html`<wfp-program-card program="district-kids-cafe" .dataset=${example}></wfp-program-card>`);
    expect(text($(el, '[part="budget"]'))).to.equal('2024년 예산 123만 4,567원');
    example.programs[0].budget.amount = 1_200_000_000;
    const round = await card(html`<wfp-program-card program="district-kids-cafe" .dataset=${structuredClone(example)}></wfp-program-card>`);
    expect(text($(round, '[part="budget"]'))).to.equal('2024년 예산 12억원 (1,200백만원)');
  });
});

