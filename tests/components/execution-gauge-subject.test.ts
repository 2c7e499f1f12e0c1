import { expect } from '@open-wc/testing';
import { loadEnglish } from '../../src/i18n/english.js';
import {
  comparePace,
  departmentsWithFigures,
  describeFigure,
  needsDataset,
  parseOptions,
  parsePace,
  parseWon,
  resolveGauge,
  sortBreakdownRows,
  type GaugeInputs,
  type GaugeView,
} from '../../src/components/execution-gauge/execution-subject.js';
import { loadDataset, OFFICIAL_DATASET_URL } from '../../src/data/index.js';
import type { Dataset } from '../../src/schema/types.js';

const dataset = await loadDataset(OFFICIAL_DATASET_URL);

type Ready = Extract<GaugeView, { status: 'ready' }>;
type Failed = Extract<GaugeView, { status: 'error' }>;

function ready(inputs: GaugeInputs, data: Dataset | null = dataset): Ready {
  const view = resolveGauge(inputs, data);
  expect(view.status, JSON.stringify(view)).to.equal('ready');
  return view as Ready;
}

function failed(inputs: GaugeInputs, data: Dataset | null = dataset): Failed {
  const view = resolveGauge(inputs, data);
  expect(view.status).to.equal('error');
  return view as Failed;
}

/** The seven divisions' rates exactly as the report's execution table prints them. */
const DIVISIONS: Array<[id: string, ko: string, rate: number]> = [
  ['gender-equality', '양성평등담당관', 42.8],
  ['early-childhood', '영유아담당관', 31.2],
  ['childcare', '아이돌봄담당관', 36.9],
  ['children', '아동담당관', 27.7],
  ['family-multicultural', '가족다문화담당관', 28.3],
  ['single-household', '1인가구담당관', 34.5],
  ['child-welfare-center', '아동복지센터', 13.7],
];

describe('execution gauge subject (pure)', () => {
  // English words load on demand (src/i18n/english.ts); widgets wait for them, pure cores are handed them.
  before(() => loadEnglish());

  describe('parseWon', () => {
    const cases: Array<[string, number | null]> = [
      ['0', 0],
      ['393000', 393000],
      ['2072211000000', 2072211000000],
      ['2,072,211,000,000', 2072211000000],
      [' 1200 ', 1200],
      ['abc', null],
      ['', null],
      ['12억', null],
      ['-5', null],
      ['1.5', null],
      ['1e9', null],
      ['1,23', null],
      ['99999999999999999999', null],
    ];
    for (const [text, expected] of cases) it(`"${text}" → ${String(expected)}`, () => expect(parseWon(text)).to.equal(expected));
  });

  describe('parsePace', () => {
    const cases: Array<[string | null, 'auto' | number | null | undefined]> = [
      [null, null],
      ['', 'auto'],
      ['auto', 'auto'],
      ['40', 40],
      ['40%', 40],
      ['12.5', 12.5],
      ['0', 0],
      ['100', 100],
      ['101', undefined],
      ['fast', undefined],
      ['-3', undefined],
    ];
    for (const [text, expected] of cases) it(`${String(text)} → ${String(expected)}`, () => expect(parsePace(text)).to.equal(expected));
  });

  describe('parseOptions', () => {
    it('defaults: auto unit, arc, report order, no limit, no pace', () => {
      expect(parseOptions({})).to.deep.equal({ options: { unit: 'auto', variant: 'arc', sort: null, limit: null, pace: null } });
    });
    it('reads limit from attribute text too', () => {
      expect(parseOptions({ limit: ' 12 ' })).to.deep.equal({ options: { unit: 'auto', variant: 'arc', sort: null, limit: 12, pace: null } });
    });
    it('accepts every documented value', () => {
      const result = parseOptions({ unit: '억원', variant: 'bar', sort: 'name', limit: 10, pace: '40' });
      expect(result).to.deep.equal({ options: { unit: '억원', variant: 'bar', sort: 'name', limit: 10, pace: 40 } });
    });
    const bad: Array<[GaugeInputs, string]> = [
      [{ unit: '만원' }, 'auto, 원, 천원, 백만원, 억원, 조원'],
      [{ variant: 'pie' }, 'arc, bar'],
      [{ sort: 'size' }, 'rate, budget, name'],
      [{ limit: 0 }, '1 이상의 정수'],
      [{ limit: 2.5 }, '1 이상의 정수'],
      [{ limit: Number.NaN }, '1 이상의 정수'],
      [{ limit: 'ten' }, 'limit 값 "ten"은(는)'],
      [{ limit: '-2' }, 'limit 값 "-2"은(는)'],
      [{ pace: 'fast' }, '"auto" 또는 0에서 100'],
    ];
    for (const [inputs, listed] of bad) {
      it(`rejects ${JSON.stringify(inputs)} and says what is valid`, () => {
        const result = parseOptions(inputs);
        expect('error' in result).to.equal(true);
        if (!('error' in result)) return;
        expect(result.error.kind).to.equal('invalid-input');
        expect(result.error.message.ko).to.contain(listed);
        expect(result.error.message.en).to.not.equal(result.error.message.ko);
      });
    }
  });

  describe('comparePace', () => {
    it('ahead, behind and on pace in percentage points', () => {
      expect(comparePace(31.2, 25)).to.deep.equal({ status: 'ahead', difference: 6.2 });
      expect(comparePace(13.7, 25)).to.deep.equal({ status: 'behind', difference: 11.3 });
      expect(comparePace(31.4, 40)).to.deep.equal({ status: 'behind', difference: 8.6 });
      expect(comparePace(25, 25)).to.deep.equal({ status: 'on-pace', difference: 0 });
    });
    it('needs both a rate and a pace', () => {
      expect(comparePace(null, 25)).to.equal(null);
      expect(comparePace(31.2, null)).to.equal(null);
    });
  });

  describe('subjects from the official dataset', () => {
    it('no subject is the whole office: 3,286,749 / 1,033,351 백만원 → 31.4%', () => {
      const { figure, fromDataset } = ready({});
      expect(figure).to.include({ kind: 'office', id: 'office', budget: 3_286_749_000_000, spent: 1_033_351_000_000, rate: 31.4 });
      expect(figure.name).to.deep.equal({ ko: '여성가족정책실', en: 'Women & Family Policy Office' });
      expect(fromDataset).to.equal(true);
    });

    it('department="office" and "여성가족정책실" are the office too', () => {
      expect(ready({ department: 'office' }).figure.rate).to.equal(31.4);
      expect(ready({ department: '여성가족정책실' }).figure.kind).to.equal('office');
    });

    for (const [id, ko, rate] of DIVISIONS) {
      it(`${ko} (${id}) → ${rate}% by id and by Korean name`, () => {
        expect(ready({ department: id }).figure.rate).to.equal(rate);
        expect(ready({ department: ko }).figure).to.include({ kind: 'department', id, rate });
      });
    }

    it('matches Korean names printed with spaces ("양 성 평 등 담 당 관")', () => {
      expect(ready({ department: '양 성 평 등 담 당 관' }).figure.rate).to.equal(42.8);
    });

    it('a budget line by id: 부패신고 보상금 상환 (393천원, nothing spent) → 0.0%', () => {
      const { figure } = ready({ line: 'family-multicultural-033' });
      expect(figure).to.include({ kind: 'line', budget: 393_000, spent: 0, rate: 0, overspent: false });
      expect(figure.name).to.deep.equal({ ko: '부패신고 보상금 상환' });
      expect(figure.context).to.deep.equal({ ko: '가족다문화담당관', en: 'Family and Multicultural Division' });
    });

    it('a budget line by its unique Korean name', () => {
      expect(ready({ line: '부패신고 보상금 상환' }).figure.id).to.equal('family-multicultural-033');
    });

    it('a line with a budget and 0 spent is a real 0.0%, not "not applicable"', () => {
      const { figure } = ready({ line: 'children-006' });
      expect(figure.rate).to.equal(0);
      expect(figure.budget).to.be.greaterThan(0);
    });

    it('a line inside its own department is fine; the line wins', () => {
      expect(ready({ department: 'children', line: 'children-001' }).figure.id).to.equal('children-001');
    });

    it('lists only departments that have execution figures as valid', () => {
      expect(departmentsWithFigures(dataset).map((d) => d.id)).to.deep.equal(['office', ...DIVISIONS.map(([id]) => id)]);
    });

    it('a department without execution figures is an empty state, not an error', () => {
      const view = resolveGauge({ department: '저출생정책추진반' }, dataset);
      expect(view).to.deep.equal({
        status: 'empty',
        message: {
          ko: '저출생정책추진반의 예산 집행 현황은 이 데이터에 없습니다.',
          en: 'This dataset has no budget execution figures for the Low Birth Rate Policy Task Force.',
        },
      });
    });

    it('a dataset without execution data: the office, named or not, has none to show (not a budget of 0)', () => {
      const bare = { ...dataset, budgetLines: [], executionTotals: [] } as Dataset;
      for (const department of [undefined, 'office', '여성가족정책실']) {
        const view = resolveGauge({ department }, bare);
        expect(view.status, String(department)).to.equal('empty');
      }
    });

    it('a breakdown lists the units with figures, printed totals alone too; with nothing to list there is none', () => {
      // The report's seven units with lines, in its order.
      expect(ready({ breakdown: true }).breakdown!.rows.map((r) => r.id)).to.deep.equal(DIVISIONS.map(([id]) => id));
      // Totals only (a district that publishes no lines): the office lists its units from them.
      const totalsOnly = { ...dataset, budgetLines: [] } as Dataset;
      const office = ready({ breakdown: true }, totalsOnly);
      expect(office.figure.rate).to.equal(31.4);
      expect(office.breakdown!.rows.map((r) => r.id)).to.deep.equal(DIVISIONS.map(([id]) => id));
      expect(office.breakdown!.rows.find((r) => r.id === 'children')!.rate).to.equal(27.7);
      // A unit with a printed total but no lines: its figure, and no empty list under it.
      const children = ready({ department: 'children', breakdown: true }, totalsOnly);
      expect(children.figure.rate).to.equal(27.7);
      expect(children.breakdown).to.equal(null);
    });

    it('waits for the dataset when the subject needs it', () => {
      expect(resolveGauge({ department: 'children' }, null)).to.deep.equal({ status: 'needs-data' });
      expect(resolveGauge({}, null)).to.deep.equal({ status: 'needs-data' });
    });
  });

  describe('pace', () => {
    it('auto is even spending to the as-of date: end of March → 25.0', () => {
      expect(ready({ pace: 'auto' }).pace).to.equal(25);
      expect(ready({ pace: '' }).pace).to.equal(25);
    });
    it('an explicit percent is used as is', () => expect(ready({ pace: '40' }).pace).to.equal(40));
    it('auto has no marker for explicit figures until a dataset is there', () => {
      expect(ready({ budget: '1000', spent: '250', pace: 'auto' }, null).pace).to.equal(null);
      expect(ready({ budget: '1000', spent: '250', pace: 'auto' }).pace).to.equal(25);
    });
  });

  describe('explicit figures', () => {
    it('load no dataset, unless pace="auto" asks for its as-of date', () => {
      expect(needsDataset({ budget: '1000', spent: '500' })).to.equal(false);
      expect(needsDataset({ budget: '1000', spent: null, pace: '40' })).to.equal(false);
      expect(needsDataset({ budget: '1000', spent: '500', pace: '' })).to.equal(true); // a bare pace is auto
      expect(needsDataset({ budget: ' ', spent: null })).to.equal(true);
      expect(needsDataset({})).to.equal(true);
    });

    it('need no dataset', () => {
      const view = ready({ budget: '1,200,000,000', spent: '300000000', label: '구 자체 사업' }, null);
      expect(view.figure).to.deep.equal({
        kind: 'explicit',
        id: null,
        name: { ko: '구 자체 사업', en: '구 자체 사업' },
        context: null,
        budget: 1_200_000_000,
        spent: 300_000_000,
        rate: 25,
        overspent: false,
      });
      expect(view.problem).to.equal(null);
      expect(view.fromDataset).to.equal(false);
    });

    it('win over line and department', () => {
      expect(ready({ budget: '100', spent: '50', department: 'children', line: 'nope' }).figure.kind).to.equal('explicit');
    });

    it('budget 0 → rate not applicable, with a problem to report', () => {
      const view = ready({ budget: '0', spent: '0' }, null);
      expect(view.figure.rate).to.equal(null);
      expect(view.problem?.kind).to.equal('invalid-input');
      expect(view.problem?.message.ko).to.contain('예산(budget)이 0원');
    });

    it('spent > budget → the real rate (120.0), flagged, not clamped', () => {
      const view = ready({ budget: '1000', spent: '1200' }, null);
      expect(view.figure).to.include({ rate: 120, overspent: true });
      expect(view.problem?.message.ko).to.equal(
        '집행액(spent, 1,200원)이 예산(budget, 1,000원)보다 많습니다. 실제 집행률 120.0%을(를) 그대로 표시합니다.',
      );
      expect(view.problem?.message.en).to.contain('120.0%');
    });

    it('a non-numeric budget is an invalid-input error naming the value', () => {
      const { detail } = failed({ budget: 'abc', spent: '10' }, null);
      expect(detail.kind).to.equal('invalid-input');
      expect(detail.message.ko).to.equal('budget 값 "abc"은(는) 금액이 아닙니다. 원 단위의 0 이상 정수로 쓰세요(예: budget="2072211000000").');
    });

    it('a non-numeric spent, or one of the pair missing, is an error too', () => {
      expect(failed({ budget: '10', spent: '5억' }, null).detail.message.en).to.contain('The spent value "5억" is not an amount');
      expect(failed({ budget: '10' }, null).detail.message.ko).to.equal('budget만 지정되었습니다. spent도 원 단위 정수로 함께 지정하세요.');
      expect(failed({ spent: '10' }, null).detail.message.en).to.equal('Only spent is set. Set budget as well, as a whole number of won.');
    });
  });

  describe('bad subjects', () => {
    it('an unknown department lists the valid ones in both languages', () => {
      const { detail } = failed({ department: '여성정책과' });
      expect(detail.kind).to.equal('not-found');
      expect(detail.message.ko).to.equal(
        '"여성정책과"에 해당하는 부서가 없습니다. 사용할 수 있는 값: office (여성가족정책실), gender-equality (양성평등담당관), ' +
          'early-childhood (영유아담당관), childcare (아이돌봄담당관), children (아동담당관), family-multicultural (가족다문화담당관), ' +
          'single-household (1인가구담당관), child-welfare-center (아동복지센터)',
      );
      expect(detail.message.en).to.contain('early-childhood (Early Childhood Division)');
    });

    it('an unknown line number in a real department gives that department’s id range', () => {
      const { detail } = failed({ line: 'children-999' });
      expect(detail.kind).to.equal('not-found');
      expect(detail.message.ko).to.equal(
        '"children-999"에 해당하는 세부사업이 없습니다. 아동담당관의 세부사업 id는 children-001부터 children-046까지입니다(46개).',
      );
      expect(detail.message.en).to.contain('run from children-001 to children-046 (46)');
    });

    it('an unknown line otherwise explains the id format', () => {
      const { detail } = failed({ line: '없는사업' });
      expect(detail.message.ko).to.contain('세부사업 id는 "부서 id-세 자리 번호" 형식입니다(예: gender-equality-001)');
      expect(detail.message.ko).to.contain('부서 id: gender-equality, early-childhood');
    });

    it('an ambiguous line name asks for an id and lists the candidates', () => {
      const { detail } = failed({ line: '기본경비' });
      expect(detail.kind).to.equal('invalid-input');
      expect(detail.message.ko).to.match(/^이름이 "기본경비"인 세부사업이 여러 개입니다\. id로 지정하세요: [a-z-]+-\d{3}, /);
    });

    it('a line outside the given department is an error, not a silent choice', () => {
      const { detail } = failed({ department: 'children', line: 'family-multicultural-033' });
      expect(detail.message.ko).to.equal(
        '세부사업 family-multicultural-033의 소속 부서는 가족다문화담당관입니다. department="children" 값과 맞지 않습니다.',
      );
    });

    it('attribute errors come before dataset lookups', () => {
      expect(failed({ department: 'nope', unit: 'won' }).detail.message.en).to.contain('The unit value "won"');
    });
  });

  describe('breakdown', () => {
    it('아동담당관 lists its 46 lines in report order', () => {
      const { breakdown } = ready({ department: '아동담당관', breakdown: true });
      expect(breakdown?.scope).to.equal('department');
      expect(breakdown?.rows).to.have.length(46);
      expect(breakdown?.rows[0]).to.include({ id: 'children-001', rate: 25.4, order: 0 });
      expect(breakdown?.rows.at(-1)?.id).to.equal('children-046');
    });

    it('the office lists its seven divisions with their printed rates', () => {
      const rows = ready({ breakdown: true }).breakdown!.rows;
      expect(rows.map((r) => [r.id, r.rate])).to.deep.equal(DIVISIONS.map(([id, , rate]) => [id, rate]));
    });

    it('is off unless asked for, and a line has none', () => {
      expect(ready({ department: 'children' }).breakdown).to.equal(null);
      expect(ready({ line: 'children-001', breakdown: true }).breakdown).to.equal(null);
    });
  });

  describe('sortBreakdownRows', () => {
    const rows = ready({ department: 'children', breakdown: true }).breakdown!.rows;

    it('report order by default', () => expect(sortBreakdownRows(rows, null, 'ko').map((r) => r.id)).to.deep.equal(rows.map((r) => r.id)));

    it('rate: highest first', () => {
      const sorted = sortBreakdownRows(rows, 'rate', 'ko');
      expect(sorted.slice(0, 3).map((r) => [r.id, r.rate])).to.deep.equal([
        ['children-020', 94.6],
        ['children-045', 80.7],
        ['children-009', 75.8],
      ]);
      for (let i = 1; i < sorted.length; i += 1) expect(sorted[i - 1]!.rate!).to.be.at.least(sorted[i]!.rate!);
    });

    it('rate: ties keep the report order; 0.0% lines come last', () => {
      const zeros = sortBreakdownRows(rows, 'rate', 'ko').filter((r) => r.rate === 0);
      expect(zeros.map((r) => r.id)).to.deep.equal(['children-006', 'children-034', 'children-035', 'children-036', 'children-042']);
      expect(sortBreakdownRows(rows, 'rate', 'ko').slice(-5)).to.deep.equal(zeros);
    });

    it('"not applicable" (budget 0) sorts after 0.0%', () => {
      const extra = { ...rows[0]!, id: 'x', budget: 0, spent: 0, rate: null, order: -1 };
      expect(sortBreakdownRows([extra, ...rows], 'rate', 'ko').at(-1)?.id).to.equal('x');
    });

    it('budget: largest first', () => {
      expect(sortBreakdownRows(rows, 'budget', 'ko').slice(0, 3).map((r) => r.id)).to.deep.equal(['children-001', 'children-004', 'children-024']);
    });

    it('name: Korean collation', () => {
      const names = sortBreakdownRows(rows, 'name', 'ko').map((r) => r.name.ko);
      expect(names[0]).to.equal('가정위탁센터, 입양기관, 결연기관 운영지원');
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('ko').compare));
    });

    it('does not change its input', () => {
      const before = rows.map((r) => r.id);
      sortBreakdownRows(rows, 'budget', 'ko');
      expect(rows.map((r) => r.id)).to.deep.equal(before);
    });
  });

  describe('describeFigure', () => {
    it('reads as the report’s sentence: 영유아담당관 예산 집행률 31.2%, 2조 722억원 중 6,467억원 집행', () => {
      const { figure } = ready({ department: '영유아담당관' });
      expect(describeFigure(figure, 'ko', 'auto', null)).to.deep.equal({
        name: '영유아담당관',
        rate: '31.2%',
        amounts: '2조 722억원 중 6,467억원 집행',
        // The meter's name (aria-labelledby) is the division: not repeated in its value.
        valueText: '31.2%, 2조 722억원 중 6,467억원 집행',
        pace: null,
      });
    });

    it('in English', () => {
      const { figure } = ready({ department: 'early-childhood' });
      expect(describeFigure(figure, 'en', 'auto', null).valueText).to.equal(
        '31.2%: KRW 646.7\u00a0billion spent of KRW 2.07\u00a0trillion',
      );
    });

    it('in fixed units', () => {
      const { figure } = ready({});
      expect(describeFigure(figure, 'ko', '백만원', null).amounts).to.equal('3,286,749백만원 중 1,033,351백만원 집행');
    });

    it('gives the budget and the spending one precision in 조원', () => {
      // Alone, the spending (0.647조) takes three decimals and the budget (2.07조) two.
      const { figure } = ready({ department: 'early-childhood' });
      expect(describeFigure(figure, 'ko', '조원', null).amounts).to.equal('2.072조원 중 0.647조원 집행');
      expect(describeFigure(figure, 'en', '조원', null).amounts).to.contain('KRW 0.647\u00a0trillion spent of KRW 2.072\u00a0trillion');
      // A budget whose last decimal is 0 keeps it: "0.0040조원", not "0.004조원" beside "0.0014조원".
      const line = ready({ line: 'gender-equality-002' }).figure;
      expect(describeFigure(line, 'ko', '조원', null).amounts).to.match(/^0\.\d{4}조원 중 0\.\d{4}조원 집행$/);
    });

    it('formats 393천원 in every unit', () => {
      const { figure } = ready({ line: 'family-multicultural-033' });
      expect(describeFigure(figure, 'ko', 'auto', null).amounts).to.equal('39만 3,000원 중 0원 집행');
      expect(describeFigure(figure, 'ko', '천원', null).amounts).to.equal('393천원 중 0천원 집행');
      expect(describeFigure(figure, 'ko', '백만원', null).amounts).to.equal('0.393백만원 중 0백만원 집행');
      expect(describeFigure(figure, 'ko', 'auto', null).rate).to.equal('0.0%');
      expect(describeFigure(figure, 'en', 'auto', null).valueText).to.equal('0.0%: KRW 0 spent of KRW 393\u00a0thousand');
    });

    it('adds the pace in words', () => {
      const { figure } = ready({ department: 'early-childhood' });
      const ko = describeFigure(figure, 'ko', 'auto', 25);
      expect(ko.pace).to.deep.equal({ status: 'ahead', sentence: '계획 진도(25.0%)보다 6.2%p 앞섬', short: '앞섬' });
      expect(ko.valueText).to.equal('31.2%, 2조 722억원 중 6,467억원 집행, 계획 진도(25.0%)보다 6.2%p 앞섬');
      const behind = describeFigure(ready({ department: '아동복지센터' }).figure, 'en', 'auto', 25);
      expect(behind.pace?.sentence).to.equal('11.3 percentage points behind planned pace (25.0%)');
      expect(describeFigure(figure, 'ko', 'auto', 31.2).pace?.sentence).to.equal('계획 진도(31.2%)와 같음');
    });

    it('says "not applicable" for budget 0', () => {
      const { figure } = ready({ budget: '0', spent: '0' }, null);
      expect(describeFigure(figure, 'ko', 'auto', null).valueText).to.equal('해당 없음, 0원 중 0원 집행');
      expect(describeFigure(figure, 'en', 'auto', 25).pace).to.equal(null);
    });
  });
});
