import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/data/wfp-data.js';
import '../../src/components/execution-gauge/execution-gauge.js';
import type { WfpExecutionGauge } from '../../src/components/execution-gauge/execution-gauge.js';
import { OFFICIAL_DATASET_URL } from '../../src/data/index.js';
import { loadEnglish } from '../../src/i18n/english.js';
import type { WfpErrorDetail } from '../../src/events/wfp-error-event.js';
import { contrast } from './contrast.js';

const official = await (await fetch(OFFICIAL_DATASET_URL)).json();
const officialText = JSON.stringify(official);

/** The seven divisions' rates exactly as the report's execution table prints them. */
const DIVISIONS: Array<[id: string, ko: string, rate: string]> = [
  ['gender-equality', '양성평등담당관', '42.8'],
  ['early-childhood', '영유아담당관', '31.2'],
  ['childcare', '아이돌봄담당관', '36.9'],
  ['children', '아동담당관', '27.7'],
  ['family-multicultural', '가족다문화담당관', '28.3'],
  ['single-household', '1인가구담당관', '34.5'],
  ['child-welfare-center', '아동복지센터', '13.7'],
];

const root = (el: WfpExecutionGauge) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: WfpExecutionGauge, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: WfpExecutionGauge, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const meter = (el: WfpExecutionGauge) => $(el, '.gauge [role="meter"]')!;
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What a sighted reader sees: rendered text only. */
const seen = (el: WfpExecutionGauge) => ($(el, '.base') as HTMLElement).innerText.replace(/\s+/g, ' ');
const rows = (el: WfpExecutionGauge) => $$(el, '.row');
const visibleRows = (el: WfpExecutionGauge) => rows(el).filter((row) => row.checkVisibility());

async function settled(el: WfpExecutionGauge): Promise<WfpExecutionGauge> {
  await waitUntil(() => root(el).querySelector('.gauge:not([aria-hidden]), [part="error"], .status'), 'still loading', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

/** Renders a template (the gauge or a wrapper holding one), records its wfp-error events, waits for data. */
async function render(template: ReturnType<typeof html>) {
  const events: WfpErrorDetail[] = [];
  const host = await fixture(html`<div @wfp-error=${(event: CustomEvent<WfpErrorDetail>) => events.push(event.detail)}>${template}</div>`);
  const el = host.querySelector('wfp-execution-gauge')!;
  await settled(el);
  return { el, events, host };
}

/** A fetch that answers for `path` only when `release()` is called (loading state, layout shift). */
/** The widget's data controller (internal): what hosts and tests wait on. */
const dataOf = (el: WfpExecutionGauge) => (el as unknown as { widget: { data: { complete: Promise<unknown> } } }).widget.data;

/** Whether the gauge's data wait settles within `ms`. */
const settledWithin = (el: WfpExecutionGauge, ms: number) => Promise.race([dataOf(el).complete.then(() => true), aTimeout(ms).then(() => false)]);

function deferFetch(path: string) {
  const originalFetch = window.fetch;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  window.fetch = async (input, init) => {
    if (!String(input).endsWith(path)) return originalFetch(input, init);
    await gate;
    return new Response(officialText, { headers: { 'content-type': 'application/json' } });
  };
  return { release, restore: () => (window.fetch = originalFetch) };
}

describe('<wfp-execution-gauge>', () => {
  describe('rendering', () => {
    it('shows the whole office by default: 31.4%, its amounts and the source line', async () => {
      const { el } = await render(html`<wfp-execution-gauge></wfp-execution-gauge>`);
      expect(text($(el, '[part="value"]'))).to.equal('31.4%');
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('31.4');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('31.4%, 3조 2,867억원 중 1조 334억원 집행');
      expect(seen(el)).to.contain('3조 2,867억원 중 1조 334억원 집행');
      expect(text($(el, '[part="meta"]'))).to.equal('서울특별시 여성가족정책실 「주요업무보고」(2024년 4월) · 2024년 3월 말 기준');
    });

    for (const [id, ko, rate] of DIVISIONS) {
      it(`${ko}: ${rate}% as printed`, async () => {
        const { el } = await render(html`<wfp-execution-gauge department=${id}></wfp-execution-gauge>`);
        expect(meter(el).getAttribute('aria-valuenow')).to.equal(rate);
        expect(seen(el)).to.contain(`${rate}%`);
        expect(text($(el, '[part="label"]'))).to.equal(`${ko} 예산 집행률`);
      });
    }

    for (const department of ['영유아담당관', 'early-childhood']) {
      it(`department="${department}" exposes a meter at 31.2 with the report's sentence`, async () => {
        const { el } = await render(html`<wfp-execution-gauge department=${department}></wfp-execution-gauge>`);
        const gauge = meter(el);
        expect(gauge.getAttribute('role')).to.equal('meter');
        expect(gauge.getAttribute('aria-valuemin')).to.equal('0');
        expect(gauge.getAttribute('aria-valuemax')).to.equal('100');
        expect(gauge.getAttribute('aria-valuenow')).to.equal('31.2');
        expect(gauge.getAttribute('aria-valuetext')).to.equal('31.2%, 2조 722억원 중 6,467억원 집행');
        expect(seen(el)).to.contain('31.2%');
        expect(seen(el)).to.contain('2조 722억원 중 6,467억원 집행');
        // Its name is the visible label.
        const label = root(el).getElementById(gauge.getAttribute('aria-labelledby')!);
        expect(text(label)).to.equal('영유아담당관 예산 집행률');
      });
    }

    it('a screen reader hears what is measured once: the name, then the rate and amounts', async () => {
      const { el } = await render(html`<wfp-execution-gauge department="영유아담당관" breakdown limit="1"></wfp-execution-gauge>`);
      // What is read for a meter: its name (aria-labelledby, an id in the same shadow root), then
      // its value text. (The accessibility-tree snapshot leaves meters out: not "interesting".)
      const meters = [...root(el).querySelectorAll('[role="meter"]')].filter((meter) => meter.checkVisibility());
      const spoken = meters.map(
        (meter) => `${text(root(el).getElementById(meter.getAttribute('aria-labelledby')!))} | ${meter.getAttribute('aria-valuetext')}`,
      );
      expect(spoken).to.deep.equal([
        '영유아담당관 예산 집행률 | 31.2%, 2조 722억원 중 6,467억원 집행',
        // A row's name is its line; the list around it is "세부사업별 집행률".
        '어린이집 운영지원(자체) | 27.0%, 537억원 중 145억원 집행',
      ]);
    });

    it('a budget line with nothing spent: 부패신고 보상금 상환, 393천원 → 0.0%', async () => {
      const { el } = await render(html`<wfp-execution-gauge line="family-multicultural-033"></wfp-execution-gauge>`);
      expect(text($(el, '[part="value"]'))).to.equal('0.0%');
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('0');
      expect(seen(el)).to.contain('부패신고 보상금 상환');
      expect(seen(el)).to.contain('가족다문화담당관 세부사업');
      expect(seen(el)).to.contain('39만 3,000원 중 0원 집행');
      expect($(el, '[part="indicator"]')).to.equal(null);
      expect($(el, '[part="track"]')).to.exist;
    });

    it('the same line in 천원, as the report prints it: 393천원', async () => {
      const { el } = await render(html`<wfp-execution-gauge line="family-multicultural-033" unit="천원"></wfp-execution-gauge>`);
      expect(seen(el)).to.contain('393천원 중 0천원 집행');
    });

    it('fixed units for the office: 3,286,749백만원 중 1,033,351백만원 집행', async () => {
      const { el } = await render(html`<wfp-execution-gauge unit="백만원"></wfp-execution-gauge>`);
      expect(seen(el)).to.contain('3,286,749백만원 중 1,033,351백만원 집행');
    });

    it('explicit budget/spent render at once, without waiting for any data', async () => {
      const gate = deferFetch('/never-gauge.json');
      try {
        const el = await fixture<WfpExecutionGauge>(
          html`<wfp-execution-gauge src="/never-gauge.json" budget="1,200,000,000" spent="300000000" label="구 자체 사업"></wfp-execution-gauge>`,
        );
        expect(text($(el, '[part="value"]'))).to.equal('25.0%');
        expect(meter(el).getAttribute('aria-valuetext')).to.equal('25.0%, 12억원 중 3억원 집행');
        // Not the dataset's figure, so no dataset source line.
        expect($(el, '[part="meta"]')).to.equal(null);
      } finally {
        gate.release();
        gate.restore();
      }
    });

    it('figures of its own fetch no data (pace="auto" aside); without them the gauge loads its data and shows the office', async () => {
      const originalFetch = window.fetch;
      const fetched: string[] = [];
      window.fetch = (input, init) => (fetched.push(String(input)), originalFetch(input, init));
      try {
        const el = await fixture<WfpExecutionGauge>(
          html`<wfp-execution-gauge src="/own-figures-gauge.json" budget="1200000000" spent="300000000" label="구 자체 사업"></wfp-execution-gauge>`,
        );
        await aTimeout(50);
        expect(text($(el, '[part="value"]'))).to.equal('25.0%');
        expect(fetched).to.deep.equal([]);
        // Whoever waits for its data (a host, a test) is told at once that there is none to wait for.
        expect(await settledWithin(el, 1000)).to.equal(true);
        el.pace = 'auto'; // the pace is the dataset's as-of date
        await waitUntil(() => fetched.length === 1, 'pace="auto" reads the dataset');
        el.removeAttribute('pace');
        el.src = OFFICIAL_DATASET_URL;
        el.budget = null;
        el.spent = null;
        await waitUntil(() => text($(el, '[part="value"]')) === '31.4%', 'the office, from the dataset');
      } finally {
        window.fetch = originalFetch;
      }
    });

    it('its own figures with pace="auto" and a dataset that fails: the figures, and above them a box saying the pace cannot be shown, once', async () => {
      const { el, events } = await render(
        html`<wfp-execution-gauge src="/no-such-pace-data.json" budget="1200000000" spent="300000000" label="구 자체 사업" pace="auto"></wfp-execution-gauge>`,
      );
      await waitUntil(() => $(el, '[part="error"]'), 'a box for the pace');
      expect(text($(el, '[part="value"]'))).to.equal('25.0%');
      expect(text($(el, '[part="error"] .title'))).to.equal('계획 진도를 표시할 수 없습니다');
      expect(text($(el, '[part="error"]'))).to.contain('/no-such-pace-data.json');
      expect($(el, '.pace') === null, 'no pace sentence').to.equal(true);
      el.requestUpdate();
      await el.updateComplete;
      expect(events.map((event) => `${event.kind} ${event.status ?? ''}`)).to.deep.equal(['http 404']);
      // Without pace="auto" the dataset is not needed: the box goes.
      el.removeAttribute('pace');
      await el.updateComplete;
      expect($(el, '[part="error"]') === null, 'no box').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('a new data source shows the loading state at once, not the old figures until the new data comes', async () => {
      const { el, events } = await render(html`<wfp-execution-gauge department="children"></wfp-execution-gauge>`);
      expect(text($(el, '[part="value"]'))).to.equal('27.7%');
      const gate = deferFetch('/slow-district-data.json');
      try {
        el.src = '/slow-district-data.json';
        el.department = 'early-childhood';
        await el.updateComplete;
        expect($(el, '[part="value"]') === null, 'no figure from the old data').to.equal(true);
        expect($(el, '.skeleton-text') !== null, 'the loading state').to.equal(true);
        gate.release();
        await waitUntil(() => text($(el, '[part="value"]')) === '31.2%', 'the new data, for the new name');
        expect(events).to.deep.equal([]);
      } finally {
        gate.release();
        gate.restore();
      }
    });

    it('inside <wfp-data>, a name set on the gauge just before the wrapper\'s new src is looked up in the new data (React commits a child\'s props first)', async () => {
      const renamed = JSON.parse(officialText);
      renamed.departments.find((d: { id: string }) => d.id === 'children').name.ko = '아동정책담당관';
      const originalFetch = window.fetch;
      window.fetch = async (input, init) =>
        String(input).endsWith('/renamed-unit.json')
          ? new Response(JSON.stringify(renamed), { headers: { 'content-type': 'application/json' } })
          : originalFetch(input, init);
      try {
        const errors: WfpErrorDetail[] = [];
        const wrapper = await fixture<HTMLElement & { src: string | null }>(
          html`<wfp-data @wfp-error=${(event: CustomEvent<WfpErrorDetail>) => errors.push(event.detail)}><wfp-execution-gauge department="children"></wfp-execution-gauge></wfp-data>`,
        );
        const el = wrapper.querySelector('wfp-execution-gauge')!;
        await settled(el);
        el.department = '아동정책담당관'; // only in the new data
        wrapper.src = '/renamed-unit.json';
        await waitUntil(() => seen(el).includes('아동정책담당관'), 'the unit, from the new data', { timeout: 10_000 });
        expect(text($(el, '[part="value"]'))).to.equal('27.7%');
        expect(errors).to.deep.equal([]);
      } finally {
        window.fetch = originalFetch;
      }
    });

    it('a gauge given its own figures while its data loads tells whoever waits for that data that it is done', async () => {
      const gate = deferFetch('/slow-then-own.json');
      try {
        const el = await fixture<WfpExecutionGauge>(html`<wfp-execution-gauge src="/slow-then-own.json"></wfp-execution-gauge>`);
        const waiting = dataOf(el).complete.then(() => true);
        el.budget = '1000';
        el.spent = '500';
        expect(await Promise.race([waiting, aTimeout(1000).then(() => false)]), 'the wait begun while loading').to.equal(true);
        expect(await settledWithin(el, 1000), 'a wait begun after').to.equal(true);
        expect(text($(el, '[part="value"]'))).to.equal('50.0%');
      } finally {
        gate.release();
        gate.restore();
      }
    });

    it('renders in English with lang="en", keeping Korean names marked as Korean', async () => {
      const { el } = await render(html`<wfp-execution-gauge lang="en" department="early-childhood"></wfp-execution-gauge>`);
      expect(meter(el).getAttribute('aria-valuetext')).to.equal(
        '31.2%: KRW 646.7\u00a0billion spent of KRW 2.07\u00a0trillion',
      );
      expect(text($(el, '[part="meta"]'))).to.equal('Seoul Metropolitan Government, Women & Family Policy Office, Work Report (April 2024) · As of 31 March 2024');
      const line = await render(html`<wfp-execution-gauge lang="en" line="family-multicultural-033"></wfp-execution-gauge>`);
      expect(line.el.shadowRoot!.querySelector('.name [lang="ko"]')?.textContent).to.equal('부패신고 보상금 상환');
      expect(seen(line.el)).to.contain('KRW 0 spent of KRW 393 thousand');
    });

    it('follows the page language from an ancestor', async () => {
      const { el } = await render(html`<div lang="en"><wfp-execution-gauge></wfp-execution-gauge></div>`);
      expect(text($(el, '[part="label"]'))).to.equal('Women & Family Policy Office Budget execution');
    });

    it('variant="bar" is a horizontal bar with the same meter', async () => {
      const { el } = await render(html`<wfp-execution-gauge variant="bar" department="아동복지센터"></wfp-execution-gauge>`);
      expect($(el, '[part="arc"]')).to.equal(null);
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('13.7');
      expect(text($(el, '[part="value"]'))).to.equal('13.7%');
      const track = $(el, '[part="track"]')!;
      const fill = $(el, '[part="indicator"]')!;
      expect(fill.getBoundingClientRect().width / track.getBoundingClientRect().width).to.be.closeTo(0.137, 0.01);
    });

    it('draws the arc from the geometry module (office: the fill ends at 31.4%)', async () => {
      const { el } = await render(html`<wfp-execution-gauge></wfp-execution-gauge>`);
      expect($(el, '[part="indicator"]')!.getAttribute('d')).to.equal('M-90,0A90,90,0,0,1,-49.65,-75.07L-39.72,-60.05A72,72,0,0,0,-72,0Z');
      expect($(el, 'svg[part="arc"]')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('takes its data from .dataset over the official file', async () => {
      const district = structuredClone(official);
      district.meta.title = { ko: '강서구 여성가족 현황', en: 'Gangseo women and family figures' };
      district.meta.publisher = { ko: '강서구청', en: 'Gangseo-gu Office' };
      const { el } = await render(html`<wfp-execution-gauge .dataset=${district} department="children"></wfp-execution-gauge>`);
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('27.7');
      expect(text($(el, '[part="meta"]'))).to.equal('강서구청 「강서구 여성가족 현황」(2024년 4월) · 2024년 3월 말 기준');
    });

    it('takes its data from an enclosing <wfp-data>', async () => {
      const gate = deferFetch('/provider-gauge.json');
      gate.release();
      try {
        const { el } = await render(html`<wfp-data src="/provider-gauge.json"><wfp-execution-gauge department="children"></wfp-execution-gauge></wfp-data>`);
        expect(meter(el).getAttribute('aria-valuenow')).to.equal('27.7');
      } finally {
        gate.restore();
      }
    });

    it('a department without execution figures says so in a sentence', async () => {
      const { el, events } = await render(html`<wfp-execution-gauge department="저출생정책추진반"></wfp-execution-gauge>`);
      expect(text($(el, '.status'))).to.equal('저출생정책추진반의 예산 집행 현황은 이 데이터에 없습니다.');
      expect(events).to.have.length(0);
    });
  });

  describe('pace', () => {
    it('pace="auto" marks even spending at the as-of date (25.0%) and says ahead in words and shape', async () => {
      const { el } = await render(html`<wfp-execution-gauge department="영유아담당관" pace="auto"></wfp-execution-gauge>`);
      const pace = $(el, '.pace')!;
      expect(text(pace)).to.equal('계획 진도(25.0%)보다 6.2%p 앞섬');
      expect(pace.dataset['status']).to.equal('ahead');
      expect(pace.querySelector('svg.shape path')!.getAttribute('d')).to.equal('M5 0L10 9H0Z'); // ▲
      expect($(el, '[part="pace"] line')).to.exist;
      expect($(el, '[part="pace"] path')!.getAttribute('d')).to.equal('M-64.35,-64.35L-72.83,-67.17L-67.17,-72.83Z');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal(
        '31.2%, 2조 722억원 중 6,467억원 집행, 계획 진도(25.0%)보다 6.2%p 앞섬',
      );
    });

    it('behind pace: 아동복지센터 13.7% is 11.3 points behind, marked ▼', async () => {
      const { el } = await render(html`<wfp-execution-gauge department="아동복지센터" pace="auto" lang="en"></wfp-execution-gauge>`);
      expect(text($(el, '.pace'))).to.equal('11.3 percentage points behind planned pace (25.0%)');
      expect($(el, '.pace svg.shape path')!.getAttribute('d')).to.equal('M0 1H10L5 10Z'); // ▼
    });

    it('pace="40" sets the marker explicitly', async () => {
      const { el } = await render(html`<wfp-execution-gauge pace="40" variant="bar"></wfp-execution-gauge>`);
      expect(text($(el, '.pace'))).to.equal('계획 진도(40.0%)보다 8.6%p 뒤처짐');
      expect(($(el, '[part="pace"]') as HTMLElement).style.getPropertyValue('--_pace')).to.equal('40%');
    });

    it('no pace attribute, no marker', async () => {
      const { el } = await render(html`<wfp-execution-gauge></wfp-execution-gauge>`);
      expect($(el, '[part="pace"]')).to.equal(null);
      expect($(el, '.pace')).to.equal(null);
    });
  });

  describe('breakdown', () => {
    it('lists the 46 budget lines of 아동담당관, each a named meter', async () => {
      const { el } = await render(html`<wfp-execution-gauge department="아동담당관" breakdown></wfp-execution-gauge>`);
      expect(rows(el)).to.have.length(46);
      expect(visibleRows(el)).to.have.length(46);
      const first = rows(el)[0]!;
      const gauge = first.querySelector('[role="meter"]')!;
      expect(text(root(el).getElementById(gauge.getAttribute('aria-labelledby')!))).to.equal('아동수당 지원');
      expect(gauge.getAttribute('aria-valuenow')).to.equal('25.4');
      expect(gauge.getAttribute('aria-valuetext')).to.match(/^25\.4%, /);
      expect(text($(el, '.count'))).to.equal('보고서 순서 · 전체 46개');
      expect($(el, 'button.more')).to.equal(null);
    });

    it('shows 0.0% lines honestly', async () => {
      const { el } = await render(html`<wfp-execution-gauge department="children" breakdown></wfp-execution-gauge>`);
      const zero = rows(el).find((row) => row.dataset['id'] === 'children-006')!;
      expect(text(zero.querySelector('.row-value'))).to.equal('0.0%');
      expect(zero.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('0');
    });

    it('the office breaks down into its seven divisions', async () => {
      const { el } = await render(html`<wfp-execution-gauge breakdown variant="bar"></wfp-execution-gauge>`);
      expect(rows(el).map((row) => text(row.querySelector('.row-value')))).to.deep.equal(DIVISIONS.map(([, , rate]) => `${rate}%`));
      expect(text($(el, '.breakdown-title'))).to.equal('부서별 집행률');
    });

    it('sort="rate" puts the highest rate first; limit shows the first rows only', async () => {
      const { el } = await render(html`<wfp-execution-gauge department="children" breakdown sort="rate" limit="5"></wfp-execution-gauge>`);
      expect(visibleRows(el).map((row) => row.dataset['id'])).to.deep.equal(['children-020', 'children-045', 'children-009', rows(el)[3]!.dataset['id'], rows(el)[4]!.dataset['id']]);
      expect(text(visibleRows(el)[0]!.querySelector('.row-value'))).to.equal('94.6%');
      expect(text($(el, '.count'))).to.equal('집행률 높은 순 · 46개 중 5개 표시');
      expect(text($(el, 'button.more'))).to.equal('전체 46개 보기');
    });

    it('the sort select names the rows\' order after the reader chose one and the page then set sort', async () => {
      const { el } = await render(html`<wfp-execution-gauge department="children" breakdown limit="5"></wfp-execution-gauge>`);
      const select = $<HTMLSelectElement>(el, 'select')!;
      select.value = 'rate';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(visibleRows(el)[0]!.dataset['id']).to.equal('children-020');
      el.setAttribute('sort', 'budget');
      await el.updateComplete;
      expect(select.value).to.equal('budget');
      el.setAttribute('sort', 'rate');
      await el.updateComplete;
      expect(select.value).to.equal('rate');
      expect(visibleRows(el)[0]!.dataset['id']).to.equal('children-020');
      el.removeAttribute('sort');
      await el.updateComplete;
      expect(select.value).to.equal('');
      expect(visibleRows(el)[0]!.dataset['id']).to.equal('children-001');
    });

    it('rows carry the pace too, as a tick and a word', async () => {
      const { el } = await render(html`<wfp-execution-gauge breakdown pace="auto"></wfp-execution-gauge>`);
      const center = rows(el).find((row) => row.dataset['id'] === 'child-welfare-center')!;
      expect(text(center.querySelector('.row-value'))).to.equal('13.7%뒤처짐');
      expect(center.querySelector('.bar-pace')).to.exist;
      expect(center.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.contain('계획 진도(25.0%)보다 11.3%p 뒤처짐');
    });
  });

  describe('keyboard', () => {
    it('sorts with the keyboard: Tab to the sort control, arrow keys change the order', async () => {
      const { el } = await render(html`<wfp-execution-gauge department="아동담당관" breakdown limit="10"></wfp-execution-gauge>`);
      expect(visibleRows(el)[0]!.dataset['id']).to.equal('children-001');
      const select = $<HTMLSelectElement>(el, 'select')!;
      select.focus();
      expect(root(el).activeElement).to.equal(select);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(select.value).to.equal('rate');
      expect(el.sort).to.equal('rate');
      expect(visibleRows(el).map((row) => row.dataset['id']).slice(0, 3)).to.deep.equal(['children-020', 'children-045', 'children-009']);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(visibleRows(el)[0]!.dataset['id']).to.equal('children-001'); // largest budget: 아동수당 지원
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(text(visibleRows(el)[0]!.querySelector('.row-name'))).to.equal('가정위탁센터, 입양기관, 결연기관 운영지원');
      expect(text($(el, '.count'))).to.equal('이름순 · 46개 중 10개 표시');
    });

    it('"show all" and "show fewer" work from the keyboard and announce the count; "show all" takes the focus to the first new row', async () => {
      const { el } = await render(html`<wfp-execution-gauge department="아동담당관" breakdown limit="10"></wfp-execution-gauge>`);
      expect(visibleRows(el)).to.have.length(10);
      $<HTMLSelectElement>(el, 'select')!.focus();
      await sendKeys({ press: 'Tab' });
      const button = $<HTMLButtonElement>(el, 'button.more')!;
      expect(root(el).activeElement).to.equal(button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('rows');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visibleRows(el)).to.have.length(46);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(button)).to.equal('처음 10개만 보기');
      expect(text($(el, '[role="status"].count'))).to.equal('보고서 순서 · 전체 46개');
      // The new rows appear above the button, which moved 36 rows down: the reader is at the first of
      // them, on its name (the whole row, focused, was read with its figures twice: words and meter).
      const eleventh = visibleRows(el)[10]!;
      const name = eleventh.querySelector('.row-name')!;
      expect(root(el).activeElement === name, 'the first new row\'s name has the focus').to.equal(true);
      expect(text(name)).to.equal(text(root(el).getElementById(eleventh.querySelector('[role="meter"]')!.getAttribute('aria-labelledby')!)));
      // Only for this once a stop: Tab goes on to the button, and the name leaves the tab order.
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(button);
      expect(name.hasAttribute('tabindex')).to.equal(false);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(visibleRows(el)).to.have.length(10);
      expect(text($(el, '.count'))).to.equal('보고서 순서 · 46개 중 10개 표시');
    });
  });

  describe('accessibility (axe)', () => {
    it('loading', async () => {
      const gate = deferFetch('/slow-axe-gauge.json');
      try {
        const el = await fixture<WfpExecutionGauge>(html`<wfp-execution-gauge src="/slow-axe-gauge.json"></wfp-execution-gauge>`);
        expect($(el, '.skeleton-text')).to.exist;
        expect(text($(el, '[role="status"]'))).to.equal('데이터를 불러오는 중입니다');
        await expect(el).to.be.accessible();
      } finally {
        gate.release();
        gate.restore();
      }
    });

    it('error', async () => {
      const { el } = await render(html`<wfp-execution-gauge department="nope"></wfp-execution-gauge>`);
      await expect(el).to.be.accessible();
    });

    it('arc with pace', async () => {
      const { el } = await render(html`<wfp-execution-gauge department="early-childhood" pace="auto"></wfp-execution-gauge>`);
      await expect(el).to.be.accessible();
    });

    it('bar', async () => {
      const { el } = await render(html`<wfp-execution-gauge variant="bar" pace="40"></wfp-execution-gauge>`);
      await expect(el).to.be.accessible();
    });

    it('breakdown with limit, expanded', async () => {
      const { el } = await render(html`<wfp-execution-gauge department="children" breakdown limit="5" pace="auto"></wfp-execution-gauge>`);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, 'button.more')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    for (const theme of ['dark', 'high-contrast']) {
      it(`${theme}: arc, bar and breakdown`, async () => {
        const arc = await render(html`<wfp-execution-gauge theme=${theme} pace="auto" department="아동복지센터"></wfp-execution-gauge>`);
        expect($(arc.el, '.base')!.dataset['theme']).to.equal(theme);
        await expect(arc.el).to.be.accessible();
        const bar = await render(html`<wfp-execution-gauge theme=${theme} variant="bar" breakdown limit="3" pace="auto"></wfp-execution-gauge>`);
        await expect(bar.el).to.be.accessible();
      });
    }

    // WCAG 1.4.11: the filled part is what shows the rate, so it must stand out at 3:1 from the
    // unfilled track and from the widget's surface; high contrast also outlines the track, whose
    // fill there is the black surface, so its full extent (100 %) stays visible.
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      it(`${theme}: the fill stands out 3:1 from the track and the surface, arc and bar`, async () => {
        const arc = await render(html`<wfp-execution-gauge theme=${theme}></wfp-execution-gauge>`);
        const surface = getComputedStyle($(arc.el, '.base')!).backgroundColor;
        const track = getComputedStyle($(arc.el, '.track')!);
        const indicator = getComputedStyle($(arc.el, '.indicator')!).fill;
        expect(contrast(indicator, track.fill), 'arc: fill against track').to.be.at.least(3);
        expect(contrast(indicator, surface), 'arc: fill against surface').to.be.at.least(3);
        const bar = await render(html`<wfp-execution-gauge theme=${theme} variant="bar"></wfp-execution-gauge>`);
        const barTrack = getComputedStyle($(bar.el, '.bar-track')!);
        const barFill = getComputedStyle($(bar.el, '.bar-fill')!).backgroundColor;
        expect(contrast(barFill, barTrack.backgroundColor), 'bar: fill against track').to.be.at.least(3);
        expect(contrast(barFill, surface), 'bar: fill against surface').to.be.at.least(3);
        if (theme === 'high-contrast') {
          expect(contrast(track.stroke, surface), 'arc: track edge').to.be.at.least(3);
          expect(contrast(barTrack.borderTopColor, surface), 'bar: track edge').to.be.at.least(3);
          expect(parseFloat(barTrack.borderTopWidth)).to.be.at.least(1);
        }
      });
    }

    it('English, a line, and the budget-0 and over-budget notices', async () => {
      const { el } = await render(html`<div lang="en">
        <wfp-execution-gauge line="family-multicultural-033"></wfp-execution-gauge>
      </div>`);
      await expect(el).to.be.accessible();
      const zero = await render(html`<wfp-execution-gauge budget="0" spent="0"></wfp-execution-gauge>`);
      await expect(zero.el).to.be.accessible();
      const over = await render(html`<wfp-execution-gauge budget="1000" spent="1200" variant="bar"></wfp-execution-gauge>`);
      await expect(over.el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    let uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    beforeEach(() => {
      uncaught = [];
      window.addEventListener('error', onError);
    });
    afterEach(() => {
      window.removeEventListener('error', onError);
      expect(uncaught, 'uncaught exceptions').to.deep.equal([]);
    });

    it('unknown department: lists the valid ones, fires not-found', async () => {
      const { el, events } = await render(html`<wfp-execution-gauge department="여성정책과"></wfp-execution-gauge>`);
      const alert = $(el, '[part="error"]')!;
      expect(text(alert)).to.contain('"여성정책과"에 해당하는 부서가 없습니다. 사용할 수 있는 값: office (여성가족정책실), gender-equality (양성평등담당관)');
      expect(text(alert)).to.contain('child-welfare-center (아동복지센터)');
      expect(events.map((e) => e.kind)).to.deep.equal(['not-found']);
      expect(events[0]!.message.en).to.contain('There is no department "여성정책과". Valid values: office (Women & Family Policy Office)');
      expect($(el, '[role="meter"]')).to.equal(null);
    });

    it('unknown line: says how ids look, fires not-found', async () => {
      const { el, events } = await render(html`<wfp-execution-gauge line="children-999"></wfp-execution-gauge>`);
      expect(text($(el, '[part="error"]'))).to.contain('아동담당관의 세부사업 id는 children-001부터 children-046까지입니다(46개).');
      expect(events.map((e) => e.kind)).to.deep.equal(['not-found']);
    });

    it('non-numeric budget: invalid-input, at once, without data', async () => {
      const { el, events } = await render(html`<wfp-execution-gauge budget="abc" spent="100"></wfp-execution-gauge>`);
      expect(text($(el, '[part="error"]'))).to.contain('budget 값 "abc"은(는) 금액이 아닙니다.');
      expect(events.map((e) => e.kind)).to.deep.equal(['invalid-input']);
    });

    it('budget 0: "not applicable", a clear message, an event — and no meter without a value', async () => {
      const { el, events } = await render(html`<wfp-execution-gauge budget="0" spent="0" label="시범 사업"></wfp-execution-gauge>`);
      expect(text($(el, '[part="value"]'))).to.equal('해당 없음');
      expect(text($(el, '.notice'))).to.equal('예산이 0원이어서 집행률을 계산할 수 없습니다.');
      expect($(el, '[role="meter"]')).to.equal(null);
      expect(events).to.have.length(1);
      expect(events[0]!.kind).to.equal('invalid-input');
      expect(events[0]!.message.ko).to.contain('예산(budget)이 0원');
    });

    it('spent > budget: the real rate, a warning, an event; the arc stops at 100%', async () => {
      const { el, events } = await render(html`<wfp-execution-gauge budget="1000" spent="1200"></wfp-execution-gauge>`);
      expect(text($(el, '[part="value"]'))).to.equal('120.0%');
      expect(text($(el, '.notice'))).to.equal('집행액이 예산보다 많습니다(집행률 120.0%). 그래프는 100%까지만 그립니다.');
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('100');
      expect(meter(el).getAttribute('aria-valuetext')).to.contain('120.0%');
      expect($(el, '[part="indicator"]')!.getAttribute('d')).to.equal($(el, '[part="track"]')!.getAttribute('d'));
      expect(events.map((e) => e.kind)).to.deep.equal(['invalid-input']);
      expect(events[0]!.message.en).to.equal(
        'The amount spent (spent, KRW 1,200) exceeds the budget (budget, KRW 1,000). The real rate, 120.0%, is shown as is.',
      );
    });

    it('missing dataset (bad src): the failure kind, a retry button, an event', async () => {
      const { el, events } = await render(html`<wfp-execution-gauge src="/no-such-gauge-data.json"></wfp-execution-gauge>`);
      expect(text($(el, '[part="error"]'))).to.contain('HTTP 404');
      expect($(el, '[part="error"] button')).to.exist;
      expect(events.map((e) => [e.kind, e.status])).to.deep.equal([['http', 404]]);
    });

    it('other bad attributes: unit, variant, sort, limit, pace', async () => {
      for (const [attribute, value, expected] of [
        ['unit', '만원', 'unit 값 "만원"은(는) 쓸 수 없습니다. 사용할 수 있는 값: auto, 원, 천원, 백만원, 억원, 조원'],
        ['variant', 'pie', 'variant 값 "pie"은(는) 쓸 수 없습니다. 사용할 수 있는 값: arc, bar'],
        ['sort', 'size', 'sort 값 "size"은(는) 쓸 수 없습니다. 사용할 수 있는 값: rate, budget, name'],
        ['limit', 'ten', 'limit 값 "ten"은(는) 쓸 수 없습니다. 1 이상의 정수로 쓰세요.'],
        ['pace', 'fast', 'pace 값 "fast"은(는) 쓸 수 없습니다.'],
      ]) {
        const el = document.createElement('wfp-execution-gauge');
        el.setAttribute(attribute!, value!);
        const { events } = await render(html`${el}`);
        expect(text($(el, '[part="error"]')), attribute).to.contain(expected);
        expect(events.map((e) => e.kind), attribute).to.deep.equal(['invalid-input']);
      }
    });

    it('fires once per distinct problem, again after a fix and a new mistake, never for good input', async () => {
      const { el, events } = await render(html`<wfp-execution-gauge department="nope"></wfp-execution-gauge>`);
      el.theme = 'dark';
      await el.updateComplete;
      expect(events).to.have.length(1);
      el.department = 'children';
      await el.updateComplete;
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('27.7');
      expect(events).to.have.length(1);
      el.department = 'nope';
      await el.updateComplete;
      expect(events).to.have.length(2);
      el.department = 'also-nope';
      await el.updateComplete;
      expect(events).to.have.length(3);
      const good = await render(html`<wfp-execution-gauge department="children" breakdown limit="3"></wfp-execution-gauge>`);
      $<HTMLButtonElement>(good.el, 'button.more')!.click();
      await good.el.updateComplete;
      expect(good.events).to.have.length(0);
    });
  });

  describe('layout, motion, print', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
    });

    // With real Korean fonts (tests/i18n/hangul-font.test.ts) the text wraps at these widths: the
    // skeleton's lines must wrap the same way, so they hold typical text, invisible.
    it('a page hiding the caption and context parts (as a program card does) gets the same size loading and loaded', async () => {
      const path = '/shift-parts.json';
      const gate = deferFetch(path);
      try {
        const host = await fixture(html`<div style="width: 320px">
          <style>
            .parts wfp-execution-gauge::part(caption),
            .parts wfp-execution-gauge::part(context) {
              display: none;
            }
          </style>
          <div class="parts"><wfp-execution-gauge src=${path} line="early-childhood-001" variant="bar"></wfp-execution-gauge></div>
        </div>`);
        const el = host.querySelector('wfp-execution-gauge')!;
        await el.updateComplete;
        expect($(el, '.skeleton-text')).to.exist;
        const before = el.getBoundingClientRect().height;
        gate.release();
        await settled(el);
        expect([$(el, '.caption')!.checkVisibility(), $(el, '.context')!.checkVisibility()]).to.deep.equal([false, false]);
        expect(el.getBoundingClientRect().height).to.be.closeTo(before, 1);
      } finally {
        gate.restore();
      }
    });

    it('loading keeps the final size: no layout shift when the data arrives', async () => {
      // The skeleton's text is the report's own for a division, the office and a budget line.
      const subjects = [{ department: '영유아담당관' }, {}, { line: 'early-childhood-001' }];
      const cases = [160, 240, 480].flatMap((width) =>
        ['arc', 'bar'].flatMap((variant) =>
          ['ko', 'en'].flatMap((lang) => subjects.map((subject) => ({ width, variant, lang, subject, pace: width === 240 ? null : 'auto' }))),
        ),
      );
      await loadEnglish(); // words on demand: measure the English skeleton, not its Korean stand-in
      for (const { width, variant, lang, pace, subject } of cases) {
        const name = `${width}px ${variant} ${lang} pace=${pace} ${JSON.stringify(subject)}`;
        const path = `/shift-${width}-${variant}-${lang}-${subjects.indexOf(subject)}.json`;
        const gate = deferFetch(path);
        try {
          const host = await fixture(html`<div style=${`width: ${width}px`}>
            <wfp-execution-gauge src=${path} lang=${lang} variant=${variant} pace=${pace ?? nothing} department=${subject.department ?? nothing} line=${subject.line ?? nothing}></wfp-execution-gauge>
          </div>`);
          const el = host.querySelector('wfp-execution-gauge')!;
          await el.updateComplete;
          expect($(el, '.skeleton-text'), name).to.exist;
          const before = el.getBoundingClientRect().height;
          gate.release();
          await settled(el);
          expect($(el, '[role="meter"]'), name).to.exist;
          expect(el.getBoundingClientRect().height, name).to.be.closeTo(before, 1);
        } finally {
          gate.restore();
        }
      }
    });

    for (const width of [160, 240, 320, 480]) {
      it(`stays legible and inside its box at ${width}px`, async () => {
        for (const variant of ['arc', 'bar']) {
          const host = await fixture(html`<div style=${`width: ${width}px`}>
            <wfp-execution-gauge variant=${variant} department="영유아담당관" pace="auto" breakdown limit="3"></wfp-execution-gauge>
          </div>`);
          const el = await settled(host.querySelector('wfp-execution-gauge')!);
          const base = $(el, '.base')!;
          expect(base.scrollWidth, `${variant} overflow`).to.be.at.most(base.clientWidth);
          const size = parseFloat(getComputedStyle($(el, '[part="value"]')!).fontSize);
          expect(size, `${variant} value size`).to.be.within(19, 49);
          expect(parseFloat(getComputedStyle($(el, '.amounts')!).fontSize)).to.be.at.least(12);
        }
      });
    }

    it('keeps the pace shape beside the first word when the centred pace sentence wraps', async () => {
      for (const [width, lang] of [[160, 'ko'], [320, 'en']] as const) {
        const { el } = await render(html`<div style=${`width: ${width}px`}><wfp-execution-gauge lang=${lang} pace="auto"></wfp-execution-gauge></div>`);
        const range = document.createRange();
        range.selectNodeContents($(el, '.pace > span')!);
        const words = [...range.getClientRects()].filter((rect) => rect.width > 0); // one per line
        expect(words.length, `${width}px ${lang}: the sentence wraps`).to.be.greaterThan(1);
        const shape = $(el, '.pace > .shape')!.getBoundingClientRect();
        expect(words[0]!.left - shape.right, `${width}px ${lang}`).to.be.within(0, 8);
      }
    });

    it('puts the arc beside its words in a wide container and above them in a narrow one', async () => {
      const wide = await fixture(html`<div style="width: 600px"><wfp-execution-gauge></wfp-execution-gauge></div>`);
      const wideEl = await settled(wide.querySelector('wfp-execution-gauge')!);
      expect($(wideEl, '.text')!.getBoundingClientRect().left).to.be.greaterThan($(wideEl, '.figure')!.getBoundingClientRect().right - 1);
      // A full-width column: the words follow the arc, not half a page away from it.
      const full = await fixture(html`<div style="width: 1200px"><wfp-execution-gauge></wfp-execution-gauge></div>`);
      const fullEl = await settled(full.querySelector('wfp-execution-gauge')!);
      const gap = $(fullEl, '.text')!.getBoundingClientRect().left - $(fullEl, '.figure')!.getBoundingClientRect().right;
      expect(gap).to.be.within(0, 40);
      // 240 px, and 448 px (a 28rem sidebar), where halves would squeeze the arc and break its amounts
      // line ("2조 722억원 중 6,467억원 집행") in two: stacked, the line stays whole.
      for (const width of [240, 448]) {
        const narrow = await fixture(html`<div style="width: ${width}px"><wfp-execution-gauge department="영유아담당관"></wfp-execution-gauge></div>`);
        const narrowEl = await settled(narrow.querySelector('wfp-execution-gauge')!);
        expect($(narrowEl, '.text')!.getBoundingClientRect().top, `${width} px`).to.be.at.least($(narrowEl, '.figure')!.getBoundingClientRect().bottom - 1);
        if (width === 448) expect($(narrowEl, '.amounts')!.getClientRects().length === 1 && $(narrowEl, '.amounts')!.getBoundingClientRect().height < 30, 'amounts on one line').to.equal(true);
      }
    });

    it('lines up the breakdown bars of every row, whatever its pace word or however its name wraps', async () => {
      // 25.0% "● 진도 일치" is wider than 36.2% "▲ 앞섬"; 어린이집 보육교직원 인건비 지원 wraps.
      const wrapper = await fixture(html`<div style="width: 440px"><wfp-execution-gauge department="영유아담당관" breakdown sort="budget" limit="3" pace="auto" variant="bar"></wfp-execution-gauge></div>`);
      const el = await settled(wrapper.querySelector('wfp-execution-gauge')!);
      const bars = visibleRows(el).map((row) => row.querySelector('.bar-track')!.getBoundingClientRect());
      expect(bars).to.have.length(3);
      expect(new Set(bars.map((bar) => Math.round(bar.left))).size, 'bars start together').to.equal(1);
      expect(new Set(bars.map((bar) => Math.round(bar.right))).size, 'bars end together').to.equal(1);
    });

    it('keeps the rate at the end of a long name\'s first line in the bar variant (a card\'s nested gauges)', async () => {
      const wrapper = await fixture(html`<div style="width: 330px"><wfp-execution-gauge line="children-030" variant="bar"></wfp-execution-gauge></div>`);
      const el = await settled(wrapper.querySelector('wfp-execution-gauge')!);
      const name = $(el, '.head .label')!.getBoundingClientRect();
      const value = $(el, '.head [part="value"]')!.getBoundingClientRect();
      expect(name.height, 'the name wraps').to.be.greaterThan(40);
      expect(value.left, 'the rate beside the name').to.be.greaterThan(name.right - 1);
      expect(value.top, 'on its first line').to.be.lessThan(name.top + 20);
      // In a sidebar (200–240 px) a short name keeps its rate beside it, as before.
      for (const width of [200, 240]) {
        const narrow = await fixture(html`<div style="width: ${width}px"><wfp-execution-gauge department="아동담당관" variant="bar"></wfp-execution-gauge></div>`);
        const gauge = await settled(narrow.querySelector('wfp-execution-gauge')!);
        const short = $(gauge, '.head .label .name')!.getBoundingClientRect();
        const rate = $(gauge, '.head [part="value"]')!.getBoundingClientRect();
        expect(rate.top < short.bottom && rate.left > short.right, `${width} px: 아동담당관 with its rate on one line`).to.equal(true);
      }
    });

    it('keeps breakdown rows readable at 200 % text: names, bars and rates stacked, not squeezed side by side', async () => {
      // The reader's text size: the root's, which the widgets' sizes follow (a wrapper's does not).
      document.documentElement.style.fontSize = '200%';
      try {
        const wrapper = await fixture(html`<div style="width: 470px"><wfp-execution-gauge department="영유아담당관" breakdown limit="3" pace="auto"></wfp-execution-gauge></div>`);
        const el = await settled(wrapper.querySelector('wfp-execution-gauge')!);
        expect(visibleRows(el), 'the three rows of the limit, shown').to.have.length(3);
        for (const row of visibleRows(el)) {
          const name = row.querySelector('.row-name')!.getBoundingClientRect();
          const bar = row.querySelector('.row-meter')!.getBoundingClientRect();
          expect(bar.top, 'the bar below the name').to.be.at.least(name.bottom - 1);
          expect(row.querySelector('.row-value')!.getBoundingClientRect().right, 'the rate inside the widget').to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('sweeps the arc in, except with prefers-reduced-motion', async () => {
      const moving = await render(html`<wfp-execution-gauge></wfp-execution-gauge>`);
      const sweep = $(moving.el, '.sweep')!;
      expect(getComputedStyle(sweep).animationName).to.equal('wfp-gauge-sweep');
      expect(sweep.style.getPropertyValue('--_sweep')).to.equal('56.52');
      await emulateMedia({ reducedMotion: 'reduce' });
      const still = await render(html`<wfp-execution-gauge></wfp-execution-gauge>`);
      expect(getComputedStyle($(still.el, '.sweep')!).animationName).to.equal('none');
    });

    it('prints every breakdown row and hides the controls', async () => {
      const { el } = await render(html`<wfp-execution-gauge department="children" breakdown limit="5"></wfp-execution-gauge>`);
      expect(visibleRows(el)).to.have.length(5);
      await emulateMedia({ media: 'print' });
      await aTimeout(0);
      expect(visibleRows(el)).to.have.length(46);
      expect($(el, '.controls')!.checkVisibility()).to.equal(false);
      expect($(el, 'button.more')!.checkVisibility()).to.equal(false);
      expect(getComputedStyle($(el, '.bar-fill')!).printColorAdjust).to.equal('exact');
    });

    it('has forced-colors rules for every graphic part (system colours, not theme tints)', async () => {
      const { el } = await render(html`<wfp-execution-gauge></wfp-execution-gauge>`);
      const media = root(el)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'));
      const css = media.map((rule) => rule.cssText).join('\n');
      for (const selector of ['.indicator', '.track', '.pace-marker line', '.bar-fill', '.bar-pace']) expect(css).to.contain(selector);
      expect(css).to.contain('fill: highlight');
      expect(css).to.contain('forced-color-adjust: none');
    });

    it('exposes the documented parts and custom properties', async () => {
      const { el } = await render(html`<wfp-execution-gauge style="--wfp-gauge-fill-color: rgb(1, 2, 3)"></wfp-execution-gauge>`);
      for (const part of ['base', 'arc', 'track', 'indicator', 'value', 'label', 'meta']) expect($(el, `[part="${part}"]`), part).to.exist;
      expect(getComputedStyle($(el, '[part="indicator"]')!).fill).to.equal('rgb(1, 2, 3)');
    });
  });
});
