import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { parseDataset } from '../../src/schema/parse.js';
import {
  BudgetLineSchema,
  ContactSchema,
  DatasetSchema,
  DepartmentSchema,
  FacilitySchema,
  FundSchema,
  InfrastructureCountSchema,
  LocalizedTextSchema,
  PeriodSchema,
  ProgramSchema,
} from '../../src/schema/dataset-schema.js';
import { numberFromWrittenAmount } from '../../src/schema/shape-issues.js';
import { meantField, unknownFieldProblems } from '../../src/schema/unknown-fields.js';
import type { ProblemCode } from '../../src/schema/problems.js';
import { miniDataset } from './fixtures.js';

// Broken data is by definition not a DatasetInput; the tests poke at it through an untyped view.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mini = any;

interface Case {
  name: string;
  break: (data: Mini) => unknown;
  path: string;
  code: ProblemCode;
  /** Warnings leave the dataset usable. */
  severity?: 'error' | 'warning';
}

const CASES: Case[] = [
  { name: 'missing as-of date', break: (d) => void delete d.meta.asOf, path: '$.meta.asOf', code: 'missing-field' },
  { name: 'meta is a string', break: (d) => void (d.meta = 'x'), path: '$.meta', code: 'wrong-type' },
  { name: 'schema version from the future', break: (d) => void (d.schemaVersion = '2.0'), path: '$.schemaVersion', code: 'unsupported-schema-version' },
  { name: 'newer minor schema version', break: (d) => void (d.schemaVersion = '1.1'), path: '$.schemaVersion', code: 'newer-schema-version', severity: 'warning' },
  { name: 'budget as a string', break: (d) => void (d.budgetLines[0].budget = '2000'), path: '$.budgetLines[0].budget', code: 'wrong-type' },
  { name: 'negative money', break: (d) => void (d.budgetLines[1].budget = -1), path: '$.budgetLines[1].budget', code: 'negative' },
  { name: 'fractional won', break: (d) => void (d.budgetLines[0].spent = 585_000_000.5), path: '$.budgetLines[0].spent', code: 'not-integer' },
  { name: 'unknown department on a line', break: (d) => void (d.budgetLines[0].departmentId = 'nope'), path: '$.budgetLines[0].departmentId', code: 'unknown-department' },
  { name: 'duplicate line id', break: (d) => void (d.budgetLines[1].id = 'children-001'), path: '$.budgetLines[1].id', code: 'duplicate-id' },
  {
    name: 'spent above budget is flagged',
    break: (d) => {
      d.budgetLines[1].spent = 200_000_000;
      delete d.budgetLines[1].printedRate;
      d.executionTotals.forEach((t: Mini) => {
        t.spent = 785_000_000;
        delete t.printedRate;
      });
    },
    path: '$.budgetLines[1].spent',
    code: 'spent-exceeds-budget',
    severity: 'warning',
  },
  { name: 'department total does not add up', break: (d) => void (d.executionTotals[1].budget = 2_166_000_000), path: '$.executionTotals[1].budget', code: 'total-mismatch' },
  { name: 'printed rate is not spent/budget', break: (d) => void (d.budgetLines[0].printedRate = 29.2), path: '$.budgetLines[0].printedRate', code: 'rate-mismatch' },
  { name: 'printed line count is wrong', break: (d) => void (d.executionTotals[0].lineCount = 227), path: '$.executionTotals[0].lineCount', code: 'count-mismatch' },
  { name: 'more women than current staff', break: (d) => void (d.staffing[1].women = 2), path: '$.staffing[1].women', code: 'women-exceed-current' },
  { name: 'negative quota', break: (d) => void (d.staffing[0].quota = -21), path: '$.staffing[0].quota', code: 'negative' },
  { name: 'fractional head count', break: (d) => void (d.staffing[0].current = 29.5), path: '$.staffing[0].current', code: 'not-integer' },
  { name: 'staffing for an unknown department', break: (d) => void (d.staffing[0].departmentId = 'ghost'), path: '$.staffing[0].departmentId', code: 'unknown-department' },
  { name: 'unknown job category', break: (d) => void (d.staffing[0].category = 'clerical'), path: '$.staffing[0].category', code: 'invalid-value' },
  { name: 'duplicate staffing row', break: (d) => void (d.staffing[1].category = 'administrative'), path: '$.staffing[1]', code: 'duplicate-row' },
  { name: 'staffing total does not add up', break: (d) => void (d.staffingTotals.total.women = 27), path: '$.staffingTotals.total.women', code: 'total-mismatch' },
  { name: 'unknown district id', break: (d) => void (d.facilities[0].district = 'gangnam-gu'), path: '$.facilities[0].district', code: 'unknown-district' },
  { name: 'district given as a Korean name', break: (d) => void (d.programs[0].districts = ['강서구']), path: '$.programs[0].districts[0]', code: 'unknown-district' },
  { name: 'unknown facility type', break: (d) => void (d.facilities[0].type = 'spa'), path: '$.facilities[0].type', code: 'unknown-facility-type' },
  { name: 'impossible date', break: (d) => void (d.meta.asOf = '2024-02-30'), path: '$.meta.asOf', code: 'invalid-date' },
  { name: 'date in the wrong format', break: (d) => void (d.meta.asOf = '31/03/2024'), path: '$.meta.asOf', code: 'invalid-date' },
  { name: 'unknown parent program', break: (d) => void (d.programs[0].parentId = 'ghost'), path: '$.programs[0].parentId', code: 'unknown-program' },
  { name: 'unknown budget line on a program', break: (d) => void (d.programs[0].budgetLineIds = ['children-999']), path: '$.programs[0].budgetLineIds[0]', code: 'unknown-budget-line' },
  { name: 'unknown facility on a program', break: (d) => void (d.programs[0].facilityIds = ['ghost']), path: '$.programs[0].facilityIds[0]', code: 'unknown-facility' },
  { name: 'script in a phone number', break: (d) => void (d.programs[0].contacts[0].phone = 'javascript:alert(1)'), path: '$.programs[0].contacts[0].phone', code: 'invalid-phone' },
  { name: 'javascript: source URL', break: (d) => void (d.meta.sourceUrl = 'javascript:alert(1)'), path: '$.meta.sourceUrl', code: 'invalid-url' },
  { name: 'currency other than KRW', break: (d) => void (d.meta.currency = 'USD'), path: '$.meta.currency', code: 'invalid-value' },
  { name: 'missing English department name', break: (d) => void delete d.departments[1].name.en, path: '$.departments[1].name.en', code: 'missing-field' },
  { name: 'fund parts do not add up', break: (d) => void (d.funds[0].amount = 24_200_000_000), path: '$.funds[0].amount', code: 'total-mismatch' },
  { name: 'account children do not add up', break: (d) => void (d.budget.accounts[1].amount = 200_000_000), path: '$.budget.accounts[0].amount', code: 'total-mismatch' },
  { name: 'printed change rate is wrong', break: (d) => void (d.budget.accounts[0].changeRate = 5), path: '$.budget.accounts[0].changeRate', code: 'rate-mismatch' },
  { name: 'funding shares do not make 100%', break: (d) => void (d.programs[0].budget.funding = [{ source: 'city', share: 90 }]), path: '$.programs[0].budget.funding', code: 'share-sum', severity: 'warning' },
  { name: 'id with spaces', break: (d) => void (d.programs[0].id = 'Care Leavers'), path: '$.programs[0].id', code: 'invalid-format' },
  { name: 'opening time 25:00', break: (d) => void (d.facilities[0].hours.weekly[0].opens = '25:00'), path: '$.facilities[0].hours.weekly[0].opens', code: 'invalid-format' },
  { name: 'unknown weekday', break: (d) => void (d.facilities[0].hours.weekly[0].days = ['funday']), path: '$.facilities[0].hours.weekly[0].days[0]', code: 'invalid-value' },
  { name: 'budget lines not an array', break: (d) => void (d.budgetLines = {}), path: '$.budgetLines', code: 'wrong-type' },
  // The widgets read one office: a second one would be summed into the first.
  {
    name: 'a second office',
    break: (d) => void d.departments.push({ id: 'welfare-bureau', name: { ko: '복지국', en: 'Welfare Bureau' }, kind: 'office' }),
    path: '$.departments[2].kind',
    code: 'invalid-value',
  },
  { name: 'a program that is its own parent', break: (d) => void (d.programs[0].parentId = 'care-leavers'), path: '$.programs[0].parentId', code: 'invalid-value' },
  {
    name: 'two programs that are each other\'s parent',
    break: (d) => {
      d.programs.push({ ...d.programs[0], id: 'care-leavers-part', parentId: 'care-leavers' });
      d.programs[0].parentId = 'care-leavers-part';
    },
    path: '$.programs[1].parentId',
    code: 'invalid-value',
  },
  {
    name: 'a misspelt department in the printed staffing totals',
    break: (d) => void (d.staffingTotals.byDepartment = { childern: { quota: 22, current: 31, women: 26 } }),
    path: '$.staffingTotals.byDepartment.childern',
    code: 'unknown-department',
  },
  { name: 'two execution totals for one department', break: (d) => void d.executionTotals.push({ ...d.executionTotals[1], spent: 1 }), path: '$.executionTotals[2].departmentId', code: 'duplicate-row' },
  {
    name: 'a department total (no lines of its own) spending above its budget',
    break: (d) => {
      d.departments.push({ id: 'youth', name: { ko: '청년과', en: 'Youth Division' }, kind: 'division', parentId: 'office' });
      d.executionTotals.push({ departmentId: 'youth', budget: 999, spent: 5_000 });
    },
    path: '$.executionTotals[2].spent',
    code: 'spent-exceeds-budget',
    severity: 'warning',
  },
  { name: 'a name of spaces only', break: (d) => void (d.departments[1].name.ko = '   '), path: '$.departments[1].name.ko', code: 'empty' },
  { name: 'an interval that ends before it starts', break: (d) => void (d.programs[0].plans = [{ text: '설명회', when: '2024-05/2024-04' }]), path: '$.programs[0].plans[0].when', code: 'invalid-date' },
  { name: 'closing at 24:30', break: (d) => void (d.facilities[0].hours.weekly[0].closes = '24:30'), path: '$.facilities[0].hours.weekly[0].closes', code: 'invalid-format' },
];

describe('parseDataset rejects broken datasets with a path and a code', () => {
  it('accepts the unbroken mini dataset', () => {
    const result = parseDataset(miniDataset());
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
  });

  for (const testCase of CASES) {
    it(`${testCase.name} → ${testCase.code} at ${testCase.path}`, () => {
      const data = miniDataset() as Mini;
      testCase.break(data);
      const result = parseDataset(data);
      const problems = result.ok ? result.warnings : result.problems;
      const match = problems.find((p) => p.path === testCase.path && p.code === testCase.code);
      expect(match, `got ${JSON.stringify(problems.map((p) => [p.path, p.code]))}`).to.exist;
      expect(match!.severity).to.equal(testCase.severity ?? 'error');
      expect(result.ok).to.equal(testCase.severity === 'warning');
      expect(match!.message.ko).to.be.a('string').and.not.be.empty;
      expect(match!.message.en).to.be.a('string').and.not.be.empty;
    });
  }

  /** A total's message in each language, for a dataset `edit` broke: no Korean label in the English one. */
  const MISMATCH_MESSAGES: Array<{ name: string; edit: (data: Mini) => void; path: string; en: string; ko: string }> = [
    {
      name: 'staffing: rows against the printed total',
      edit: (data) => void (data.staffingTotals.total.women = 27),
      path: '$.staffingTotals.total.women',
      en: 'Total staff women does not add up: rows sum to 26, printed 27',
      ko: '정원·현원 전체 women 합계가 맞지 않습니다: 행의 합 26명, 표기 27명',
    },
    {
      name: "execution: the department's name and the parts' exact sum",
      edit: (data) => void (data.executionTotals[1].budget = 2_166_000_000),
      path: '$.executionTotals[1].budget',
      en: 'Children Division budget does not add up: parts sum to 2,165,000,000 won, printed 2,166,000,000 won',
      ko: '아동담당관 예산 합계가 맞지 않습니다: 항목 합 2,165,000,000원, 표기 2,166,000,000원',
    },
    {
      // A district typed its lines in thousands of won (2,000,000 and 165,000) but the totals in won.
      name: 'lines typed in 천원 among totals in won: the exact sum, not the rounded one, and a hint to check the unit',
      edit: (data) => {
        data.budgetLines[0].budget = 2_000_000;
        data.budgetLines[1].budget = 165_000;
      },
      path: '$.executionTotals[1].budget',
      en: 'Children Division budget does not add up: parts sum to 2,165,000 won (2,000,000 won at the printed precision), printed 2,165,000,000 won; about 1,000 times apart: check that every amount is in won, not thousands of won',
      ko: '아동담당관 예산 합계가 맞지 않습니다: 항목 합 2,165,000원(표기 단위로 2,000,000원), 표기 2,165,000,000원. 약 1,000배 차이입니다: 모든 금액을 원 단위로 적었는지 확인하세요(천원 단위와 섞임)',
    },
  ];
  for (const { name, edit, path, en, ko } of MISMATCH_MESSAGES) {
    it(`says a total that does not add up in each language (${name})`, () => {
      const data = miniDataset() as Mini;
      edit(data);
      const result = parseDataset(data);
      const mismatch = !result.ok && result.problems.find((p) => p.path === path && p.code === 'total-mismatch');
      expect(mismatch && mismatch.message).to.deep.equal({ en, ko });
    });
  }

  it('says what a wrong change and change rate are wrong against, in each language', () => {
    const data = miniDataset() as Mini;
    data.budget.accounts[0].change = 110_000_000;
    data.budget.accounts[0].changeRate = 55;
    const result = parseDataset(data);
    const problems = result.ok ? [] : result.problems.map((p) => [p.path, p.code, p.message.en, p.message.ko]);
    expect(problems).to.deep.equal([
      [
        '$.budget.accounts[0].change',
        'total-mismatch',
        'Total change 110,000,000 won differs from amount − previousAmount (100,000,000 won)',
        '총계 증감 110,000,000원이 금액 − 전년 금액(100,000,000원)과 다릅니다',
      ],
      [
        '$.budget.accounts[0].changeRate',
        'rate-mismatch',
        'Total change rate 55% differs from (amount − previousAmount) ÷ previousAmount rounded half-up (50%)',
        '총계 증감률 55%가 (금액 − 전년 금액) ÷ 전년 금액(반올림 50%)과 다릅니다',
      ],
    ]);
    // A fall written as a rise (−50 for +50) is wrong in sign, not in whole percents: no hint for that.
    data.budget.accounts[0].change = 100_000_000;
    data.budget.accounts[0].changeRate = -50;
    const signed = parseDataset(data);
    expect(signed.ok ? [] : signed.problems.map((p) => p.message.en)).to.deep.equal([
      'Total change rate -50% differs from (amount − previousAmount) ÷ previousAmount rounded half-up (50%)',
    ]);
  });

  it('accepts what a report may print: totals rounded to their sourceUnit, parts budgeted separately (별도), 0507 numbers', () => {
    const data = miniDataset() as Mini;
    // The fund printed in 백만원 over parts in whole won: 1,499.6 + 1,500.3 rounds to 3,000백만원.
    data.funds[0] = { ...data.funds[0], amount: 3_000_000_000, sourceUnit: '백만원', components: [
      { name: { ko: '예탁금', en: 'Deposit' }, amount: 1_499_600_000 },
      { name: { ko: '예치금', en: 'Savings' }, amount: 1_500_300_000 },
    ] };
    // "2,000백만원(시비) ※ 구비 1,000백만원 별도": the district's part is not in the amount.
    data.programs[0].budget.funding = [
      { source: 'city', amount: 2_000_000_000 },
      { source: 'district', amount: 1_000_000_000, note: '별도 — 이 금액에 포함되지 않음' },
    ];
    data.programs[0].contacts[0].phone = '0507-1234-5678';
    const result = parseDataset(data);
    expect(result.ok && result.warnings, JSON.stringify(result.ok ? result.warnings : result.problems)).to.deep.equal([]);
  });

  it('checks a rate written as a whole number ("36.0%" is 36 in JSON) to the tenth, and says to leave out a rate printed in whole percents', () => {
    const data = miniDataset() as Mini;
    data.budgetLines[0].printedRate = 29; // 585 / 2,000 = 29.25 %: "29.3%", or 29 if printed in whole percents
    const whole = parseDataset(data);
    expect(whole.ok ? [] : whole.problems.map((p) => `${p.path} ${p.message.en} | ${p.message.ko}`)).to.deep.equal([
      '$.budgetLines[0].printedRate printed rate 29% differs from spent/budget rounded half-up (29.3%); if the source prints whole percentages only, leave the rate out | 집행률 29%가 지출액/예산액(반올림 29.3%)과 다릅니다. 출처가 정수 %로만 적었다면 이 값을 빼세요',
    ]);
    data.budgetLines[0].printedRate = 30; // wrong at any precision: no hint
    const wrong = parseDataset(data);
    expect(wrong.ok ? [] : wrong.problems.map((p) => `${p.path} ${p.message.en}`)).to.deep.equal([
      '$.budgetLines[0].printedRate printed rate 30% differs from spent/budget rounded half-up (29.3%)',
    ]);
    data.budgetLines[0].printedRate = 29.25; // more decimals than one: checked at them
    expect(parseDataset(data).ok).to.equal(true);
  });

  it('words a whole-number rule for head counts without won, and tells Korean readers a plan may have an interval', () => {
    const data = miniDataset() as Mini;
    data.staffing[0].current = 29.5;
    data.programs[0].plans = [{ text: '설명회', when: '2024-04~05' }];
    const result = parseDataset(data);
    const messages = result.ok ? [] : result.problems.map((p) => p.message.ko);
    expect(messages).to.include('정수여야 합니다');
    expect(messages.some((message) => message.includes('2024-04/2024-05')), messages.join(' | ')).to.equal(true);
  });

  it("accepts a district's totals in whole won equal to the exact sum of their lines", () => {
    const data = miniDataset() as Mini;
    data.budgetLines[1].budget = 165_000_001;
    data.executionTotals[0].budget = 2_165_000_001;
    data.executionTotals[1].budget = 2_165_000_001;
    const result = parseDataset(data);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
  });

  it('warns of fields the schema does not have, naming the one most likely meant, and still uses the dataset', () => {
    const data = miniDataset() as Mini & { programs: Array<Record<string, unknown>> };
    const program = data.programs[0]!;
    program['facilityIDs'] = program['facilityIds'];
    delete program['facilityIds'];
    program['kpi'] = [];
    (program['contacts'] as Array<Record<string, unknown>>)[0]!['Phone'] = '02-2133-5001';
    (data as unknown as Record<string, unknown>)['comment'] = 'draft';
    (data.departments[1]!.name as unknown as Record<string, unknown>)['jp'] = '子ども担当官';
    // Not data: an editor's link to the shipped schema.json. And a key every object inherits.
    (data as unknown as Record<string, unknown>)['$schema'] = 'https://cdn.jsdelivr.net/npm/seoul-wfp-widgets/dist/wfp-dataset.schema.json';
    (data.departments[0] as unknown as Record<string, unknown>)['constructor'] = 'x';
    const result = parseDataset(data);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
    const unknown = (result.ok ? result.warnings : []).filter((p) => p.code === 'unknown-field');
    expect(unknown.map((p) => [p.path, p.message.en]).sort((a, b) => a[0]!.localeCompare(b[0]!))).to.deep.equal([
      ['$.comment', 'unknown field "comment" is ignored'],
      ['$.departments[0].constructor', 'unknown field "constructor" is ignored'],
      ['$.departments[1].name.jp', 'unknown field "jp" is ignored'],
      ['$.programs[0].contacts[0].Phone', 'unknown field "Phone" is ignored (did you mean "phone"?)'],
      ['$.programs[0].facilityIDs', 'unknown field "facilityIDs" is ignored (did you mean "facilityIds"?)'],
      ['$.programs[0].kpi', 'unknown field "kpi" is ignored (did you mean "kpis"?)'],
    ].sort((a, b) => a[0]!.localeCompare(b[0]!)));
    expect(unknown[0]!.message.ko).to.match(/^알 수 없는 항목 ".+"은\(는\) 무시됩니다/);
  });

  it('names a misspelt field beside the errors it causes, and guesses only what is clear', () => {
    // A misspelt list: every reference into it fails; the warning says why.
    const lists = miniDataset() as unknown as Record<string, unknown>;
    lists['facilties'] = lists['facilities'];
    delete lists['facilities'];
    const broken = parseDataset(lists);
    expect(broken.ok).to.equal(false);
    const problems = broken.ok ? [] : broken.problems;
    expect(problems.map((p) => [p.code, p.severity])).to.deep.equal([['unknown-facility', 'error'], ['unknown-field', 'warning']]);
    expect(problems[1]).to.deep.include({ path: '$.facilties', suggestion: 'facilities' });
    // A misspelt required field: "missing" and, beside it, the key that was meant.
    const lines = miniDataset() as unknown as { budgetLines: Record<string, unknown>[] };
    lines.budgetLines[0]!['budgte'] = lines.budgetLines[0]!['budget'];
    delete lines.budgetLines[0]!['budget'];
    const shape = parseDataset(lines);
    expect(shape.ok ? [] : shape.problems.map((p) => [p.path, p.code, p.suggestion])).to.deep.equal([
      ['$.budgetLines[0].budget', 'missing-field', undefined],
      ['$.budgetLines[0].budgte', 'unknown-field', 'budget'],
    ]);
    // Against the schema's own field lists: slips are caught…
    const fields = (schema: { entries: Record<string, unknown> }) => Object.keys(schema.entries);
    expect(meantField('facilties', fields(DatasetSchema))).to.equal('facilities');
    expect(meantField('nmae', fields(DepartmentSchema))).to.equal('name');
    expect(meantField('Budget', fields(BudgetLineSchema))).to.equal('budget');
    expect(meantField('adress', fields(FacilitySchema))).to.equal('address');
    expect(meantField('capasity', fields(FacilitySchema))).to.equal('capacity');
    expect(meantField('kpi', fields(ProgramSchema))).to.equal('kpis');
    // …but a real field put in the wrong object is not taken for a near one there.
    expect(meantField('count', fields(FundSchema))).to.equal(undefined);
    expect(meantField('amount', fields(InfrastructureCountSchema))).to.equal(undefined);
    expect(meantField('opens', fields(BudgetLineSchema))).to.equal(undefined);
    expect(meantField('spent', ['days', 'opens', 'closes'])).to.equal(undefined);
    // Short or far-off keys get no guess; neither does a key equally near two fields.
    expect(meantField('jp', fields(LocalizedTextSchema))).to.equal(undefined);
    expect(meantField('fax', fields(ContactSchema))).to.equal(undefined);
    expect(meantField('comment', fields(DatasetSchema))).to.equal(undefined);
    expect(meantField('rol', ['role', 'roll'])).to.equal(undefined);
  });

  it('finds unknown fields inside records, unions and nullable values, in document order, and none in plain values', () => {
    const counts = v.object({ quota: v.number(), current: v.number() });
    const schema = v.object({
      byDepartment: v.record(v.string(), counts),
      contact: v.nullable(v.union([v.string(), v.object({ phone: v.string() })])),
      tags: v.array(v.string()),
    });
    const input = {
      byDepartment: { children: { quota: 1, current: 1, Current: 2 }, family: { quota: 2, current: 2 } },
      contact: { phone: '02-120', fax: '02-121' },
      tags: ['a', 'b'],
      note: 'x',
    };
    expect(unknownFieldProblems(schema, input).map((p) => p.message.en)).to.deep.equal([
      'unknown field "Current" is ignored (did you mean "current"?)',
      'unknown field "fax" is ignored',
      'unknown field "note" is ignored',
    ]);
    expect(unknownFieldProblems(schema, input).map((p) => p.path)).to.deep.equal(['$.byDepartment.children.Current', '$.contact.fax', '$.note']);
    expect(unknownFieldProblems(schema, { byDepartment: {}, contact: '02-120', tags: [] })).to.deep.equal([]);
    // Plain values have no fields: the walk never tries a union's options on them (which re-ran
    // the whole schema of each option on every string, most of the validation time).
    let tried = 0;
    const spied = v.object({ names: v.array(v.union([v.pipe(v.string(), v.check(() => (tried += 1) > 0)), v.object({ ko: v.string() })])) });
    expect(unknownFieldProblems(spied, { names: ['가', '나', { ko: '다', en: 'Da' }] }).map((p) => p.path)).to.deep.equal(['$.names[2].en']);
    expect(tried).to.equal(0);
    expect(unknownFieldProblems(schema, { byDepartment: {}, contact: null, tags: [] })).to.deep.equal([]);
  });

  it('says what a malformed value was and what to write: a date as Korean documents print it, an id, a clock time; once each', () => {
    const data = miniDataset() as Mini;
    data.meta.asOf = '2024. 6. 30.';
    data.meta.reported = '2024년 4월';
    data.departments[1].id = 'Family_Policy';
    const result = parseDataset(data);
    expect(result.ok).to.equal(false);
    const at = (path: string) => (!result.ok ? result.problems.filter((p) => p.path === path) : []);
    // The date fails both the pattern and the calendar check: one line, not the same Korean twice.
    expect(at('$.meta.asOf')).to.have.length(1);
    expect(at('$.meta.asOf')[0]!.message.ko).to.equal('날짜 형식(YYYY-MM-DD, YYYY-MM, YYYY)이 아니거나 없는 날짜입니다. "2024-06-30"처럼 쓰세요 (받은 값: "2024. 6. 30.")');
    expect(at('$.meta.asOf')[0]!.message.en).to.equal('must be YYYY, YYYY-MM or YYYY-MM-DD; write "2024-06-30" (received "2024. 6. 30.")');
    expect(at('$.meta.reported')[0]!.message.en).to.contain('write "2024-04"');
    // A date the calendar does not have gets no suggestion; a long value is shortened.
    const other = miniDataset() as Mini;
    other.meta.asOf = '2024. 2. 30.';
    other.departments[1].id = 'X'.repeat(300);
    const second = parseDataset(other);
    const messages = !second.ok ? second.problems.map((p) => p.message.en) : [];
    expect(messages.find((m) => m.includes('2024. 2. 30.'))).to.not.contain('write');
    expect(messages.find((m) => m.includes('XXX'))!.length).to.be.below(120);
    const emoji = miniDataset() as Mini;
    emoji.departments[1].id = `a${'😀'.repeat(70)}`;
    const third = parseDataset(emoji);
    const shortened = (!third.ok ? third.problems : []).find((p) => p.path === '$.departments[1].id')!.message.en;
    expect(shortened).to.contain('…').and.not.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const id = at('$.departments[1].id');
    expect(id).to.have.length(1);
    expect(id[0]!.message.ko).to.equal('영문 소문자·숫자와 하이픈(-)만 쓴 아이디여야 합니다 (받은 값: "Family_Policy", 예: family-policy)');
    expect(id[0]!.message.en).to.equal('must be a kebab-case id (a-z, 0-9, -) (received "Family_Policy")');
  });

  it('says what to write for an amount written as text ("12억", "1,200,000원") and a name without its English', () => {
    const data = miniDataset() as Mini;
    data.budget.accounts[0].amount = '3억';
    data.executionTotals[0].spent = '585,000,000원';
    data.meta.title = '가상구 자료';
    data.departments[1].name = '아동담당관';
    data.staffing[0].quota = '1,021';
    data.programs[0].title = '서울엄마아빠택시';
    const result = parseDataset(data);
    const at = (path: string) => (!result.ok ? result.problems.find((p) => p.path === path)?.message : undefined);
    // [path, Korean, English]: money in whole won; a count (no money) without "whole won"; a name in
    // both languages; a program's title, which needs no English.
    const expected: Array<[string, string, string]> = [
      [
        '$.budget.accounts[0].amount',
        '숫자 형식이어야 합니다 (받은 값: "3억"). 따옴표 없이 300000000처럼 쓰세요(원 단위 정수)',
        'expected number, received "3억"; write 300000000 without quotes (whole won)',
      ],
      ['$.staffing[0].quota', '숫자 형식이어야 합니다 (받은 값: "1,021"). 따옴표 없이 1021처럼 쓰세요', 'expected number, received "1,021"; write 1021 without quotes'],
      [
        '$.meta.title',
        '객체 형식이어야 합니다 (받은 값: "가상구 자료"). 한국어와 영어를 { "ko": "…", "en": "…" }처럼 함께 쓰세요',
        'expected Object, received "가상구 자료"; write it in Korean and English: { "ko": "…", "en": "…" }',
      ],
      [
        '$.programs[0].title',
        '객체 형식이어야 합니다 (받은 값: "서울엄마아빠택시"). { "ko": "…" }처럼 쓰세요(영어 "en"은 있으면 함께)',
        'expected Object, received "서울엄마아빠택시"; write { "ko": "…" } (with "en" if there is an English one)',
      ],
    ];
    for (const [path, ko, en] of expected) expect(at(path), path).to.deep.equal({ ko, en });
    expect(at('$.executionTotals[0].spent')!.ko).to.contain('따옴표 없이 585000000처럼 쓰세요(원 단위 정수)');
    expect(at('$.departments[1].name')!.en).to.contain('{ "ko": "…", "en": "…" }');
  });

  it('reads amounts as people write them, and nothing else', () => {
    expect(numberFromWrittenAmount('12억')).to.equal(1_200_000_000);
    expect(numberFromWrittenAmount('1,200,000')).to.equal(1_200_000);
    expect(numberFromWrittenAmount(' 61,573백만원 ')).to.equal(61_573_000_000);
    expect(numberFromWrittenAmount('3조 2,867억')).to.equal(3_286_700_000_000);
    expect(numberFromWrittenAmount('4.77억')).to.equal(477_000_000);
    expect(numberFromWrittenAmount('393천원')).to.equal(393_000);
    // Small units count within a group of four digits, closed by 만, 억 or 조.
    expect(numberFromWrittenAmount('2천5백만원')).to.equal(25_000_000);
    expect(numberFromWrittenAmount('5천만원')).to.equal(50_000_000);
    expect(numberFromWrittenAmount('1억 2천만원')).to.equal(120_000_000);
    expect(numberFromWrittenAmount('3억5천만원')).to.equal(350_000_000);
    expect(numberFromWrittenAmount('12억 3,400만 5000원')).to.equal(1_234_005_000);
    // Units out of order, twice, or with nothing before them are no amount (no guess is better than a wrong one).
    for (const text of ['', '원', '약 12억', '12억 정도', '12 34', '1.5', 'abc', '12억원원', '3만 2억', '5백2천', '억', '2억 3억', '1.5원']) {
      expect(numberFromWrittenAmount(text), text).to.equal(null);
    }
    expect(numberFromWrittenAmount(1200)).to.equal(null);
  });

  it('names the district id meant by a Korean name, a short name, an older romanisation or a typo; none when nothing is close', () => {
    const hintFor = (district: string) => {
      const data = miniDataset() as Mini;
      data.facilities[0].district = district;
      const result = parseDataset(data);
      const found = !result.ok ? result.problems.find((p) => p.code === 'unknown-district') : undefined;
      expect(found, district).to.not.equal(undefined);
      return found!;
    };
    for (const [written, id] of [['강서구', 'gangseo'], ['강서', 'gangseo'], ['Gangseo-gu', 'gangseo'], ['kangseo', 'gangseo'], ['chongno', 'jongno'], ['kwanak', 'gwanak'], ['youngdeungpo', 'yeongdeungpo']]) {
      expect(hintFor(written!).message.en, written).to.match(new RegExp(`\\(did you mean "${id}"\\?\\)$`));
    }
    expect(hintFor('Jung gu').message.en).to.contain('(did you mean "jung"?)');
    // A stray space in a Korean name, older spellings from signs and maps, an id cut off.
    for (const [written, id] of [['강서 구', 'gangseo'], ['서울 강서 구', 'gangseo'], ['Chung-gu', 'jung'], ['Sŏdaemun-gu', 'seodaemun'], ['Tongjak', 'dongjak'], ["Map'o", 'mapo'], ["Yŏngdŭngp'o-gu", 'yeongdeungpo'], ['jong', 'jongno'], ['yang', 'yangcheon'], ['서울 특별시 강서구', 'gangseo'], ['11 500', 'gangseo'], ['Sǒngbuk', 'seongbuk'], ["Yǒngdǔngpʼo", 'yeongdeungpo'], ["Ǔnp‘yǒng", 'eunpyeong'], ["Kǔmch'ǒn-gu", 'geumcheon']]) {
      expect(hintFor(written!).message.en, written).to.match(new RegExp(`\\(did you mean "${id}"\\?\\)$`));
    }
    // Korean names the id without a particle (을/를 would depend on how each id is read).
    expect(hintFor('kangnam').message.ko).to.equal('알 수 없는 자치구 "kangnam"입니다 (올바른 아이디: "gangnam", 강남구)');
    // Nothing close enough: no guess. "kang" is two edits from "jung", too many for four letters.
    for (const written of ['seoul', 'kang', 'gu', 'gang', 'seong']) expect(hintFor(written).message.en, written).to.equal(`unknown district "${written}"; use one of the 25 district ids (gangseo, jongno, …)`);
    expect(hintFor('seoul').message.ko).to.equal('알 수 없는 자치구 "seoul"입니다. 25개 자치구 아이디(gangseo, jongno 등) 중 하나를 쓰세요');
  });

  it("says how to write a citywide program when its districts say \"all\"", () => {
    for (const written of ['all', '서울 전체', 'seoul']) {
      const data = miniDataset() as unknown as { programs: { districts?: string[] }[] };
      data.programs[0]!.districts = [written];
      const result = parseDataset(data);
      const found = !result.ok ? result.problems.find((p) => p.code === 'unknown-district') : undefined;
      expect(found?.path, written).to.equal('$.programs[0].districts[0]');
      expect(found!.message.en, written).to.equal(`unknown district "${written}"; use one of the 25 district ids (gangseo, jongno, …), or leave districts out for a program that runs citywide`);
      expect(found!.message.ko, written).to.match(/\. 서울 전체에서 하는 사업이면 districts를 빼세요$/);
    }
  });

  it('rejects values that are not objects', () => {
    for (const input of [null, [], 'dataset', 42, undefined]) {
      const result = parseDataset(input);
      expect(result.ok).to.equal(false);
      expect(!result.ok && result.problems[0]!.code).to.equal('not-an-object');
    }
  });

  it('reports every problem, not only the first', () => {
    const data = miniDataset() as Mini;
    data.budgetLines[0].budget = -1;
    data.budgetLines[1].spent = 'zero';
    data.meta.currency = 'USD';
    const result = parseDataset(data);
    expect(!result.ok && result.problems.map((p) => p.path)).to.have.members([
      '$.meta.currency',
      '$.budgetLines[0].budget',
      '$.budgetLines[1].spent',
    ]);
  });
});

describe('districtUnknown', () => {
  it('is accepted only on facilities whose district is null', () => {
    const data = miniDataset() as Mini;
    data.facilities[0].districtUnknown = true;
    const result = parseDataset(data);
    expect(!result.ok && result.problems.map((p) => [p.path, p.code])).to.deep.equal([['$.facilities[0].districtUnknown', 'invalid-value']]);
    data.facilities[0].district = null;
    expect(parseDataset(data).ok).to.equal(true);
  });
});

describe('PeriodSchema (plans[].when, achievements[].date)', () => {
  it('takes dates, intervals and separate dates ("\'24. 5월, 11월" is twice, not May to November)', () => {
    for (const value of ['2024', '2024-07', '2024-04/2024-05', '2024-12/..', '../2024-06', '{2024-05,2024-11}', '{2024-04,2024-07,2024-10}', '{2023-12-01,2024-06}', '2024-05-03/2024-05', '2024-05/2024', '2024/2024-01']) {
      expect(v.safeParse(PeriodSchema, value).success, value).to.equal(true);
    }
  });
  it('refuses what is none of them', () => {
    for (const value of ['{2024-05}', '{2024-05/2024-06,2024-11}', '{2024-13,2024-11}', '{2024-05,,2024-11}', '2024-05,2024-11', '{}', '5월, 11월', '2024-05/2024-04', '2024-05-03/2024-05-02', '2025/2024-12']) {
      expect(v.safeParse(PeriodSchema, value).success, value).to.equal(false);
    }
  });
});
