import { expect } from '@open-wc/testing';
import { fundingSplit } from '../../src/components/program-card/funding-split.js';
import { isSeparateNote } from '../../src/schema/vocabulary.js';
import { achievementPercent, headlineKpi } from '../../src/components/program-card/kpi-achievement.js';
import { formatPeriod, parsePeriod, planStatus } from '../../src/components/program-card/plan-timeline.js';
import {
  districtScope,
  filterEntries,
  parseIdList,
  programEntries,
  resolveDivisionFilter,
  resolvePrograms,
  sortEntries,
} from '../../src/components/program-card/program-catalog.js';
import { editDistance } from '../../src/internal/edit-distance.js';
import { suggestProgramIds } from '../../src/components/program-card/program-suggestions.js';
import { matchesQuery, prepareSearchText, searchKey } from '../../src/components/program-card/program-search.js';
import { programView, telHref } from '../../src/components/program-card/program-view.js';
import { loadDataset } from '../../src/data/index.js';
import type { Kpi, ProgramBudget } from '../../src/schema/types.js';

const dataset = await loadDataset();
const program = (id: string) => dataset.programs.find((p) => p.id === id)!;
const SEPARATE = '별도 — 이 금액에 포함되지 않음 (separate; not included in the amount)';

describe('program core (pure)', () => {
  describe('funding split', () => {
    it('lays out amounts to scale (지역아동센터: 국비 16,843 / 시비 44,730 백만원)', () => {
      const split = fundingSplit(program('initiative-07-community-child-centers').budget);
      expect(split.basis).to.equal('amount');
      expect(split.segments.map((s) => [s.source, s.amount])).to.deep.equal([
        ['national', 16_843_000_000],
        ['city', 44_730_000_000],
      ]);
      // Shares of the summed amounts, half-up one decimal: 16,843 / 61,573 = 27.35… → 27.4.
      expect(split.segments.map((s) => s.share)).to.deep.equal([27.4, 72.6]);
      expect(split.segments[0]!.x0).to.equal(0);
      expect(split.segments[0]!.x1).to.be.closeTo(27.354, 0.001);
      expect(split.segments[1]!.x0).to.equal(split.segments[0]!.x1);
      expect(split.segments[1]!.x1).to.be.closeTo(100, 1e-9);
      expect(split.unspecified).to.equal(null);
      expect(split.hasSeparate).to.equal(false);
    });

    it('lays out printed shares with the separate 구비 part (아이돌봄: 30 / 35 / 35 별도)', () => {
      const split = fundingSplit(program('idolbom-childcare-service').budget);
      expect(split.basis).to.equal('share');
      expect(split.segments.map((s) => [s.source, s.share, s.separate])).to.deep.equal([
        ['national', 30, false],
        ['city', 35, false],
        ['district', 35, true],
      ]);
      expect(split.segments.map((s) => [s.x0, s.x1])).to.deep.equal([
        [0, 30],
        [30, 65],
        [65, 100],
      ]);
      expect(split.hasSeparate).to.equal(true);
      expect(split.segments[2]!.note).to.equal(undefined, 'the 별도 marker is a flag, not a note');
    });

    it('keeps the 엄마아빠택시 split: 시비 50% + 구비 50% 별도', () => {
      const split = fundingSplit(program('mom-dad-taxi').budget);
      expect(split.segments.map((s) => [s.source, s.share, s.separate])).to.deep.equal([
        ['city', 50, false],
        ['district', 50, true],
      ]);
    });

    it('leaves shares that add up to less than 100 unattributed', () => {
      const split = fundingSplit(program('seoul-housekeeping-service').budget);
      expect(split.basis).to.equal('share');
      expect(split.segments).to.have.length(1);
      expect(split.unspecified).to.deep.equal({ x0: 50, x1: 100, share: 50 });
    });

    it('adds no "not stated" slice when printed shares miss 100 by rounding only (33.33 × 3)', () => {
      const third = { share: 33.33 } as const;
      const budget: ProgramBudget = { amount: 1, year: 2024, funding: [{ source: 'national', ...third }, { source: 'city', ...third }, { source: 'district', ...third }] };
      expect(fundingSplit(budget).unspecified).to.equal(null);
    });

    it('scales shares summing past 100 to fit the bar', () => {
      const budget: ProgramBudget = { amount: 1, year: 2024, funding: [{ source: 'city', share: 80 }, { source: 'district', share: 40 }] };
      const split = fundingSplit(budget);
      expect(split.segments[0]!.x1).to.be.closeTo(66.667, 0.001);
      expect(split.segments[1]!.x1).to.be.closeTo(100, 1e-9);
      expect(split.unspecified).to.equal(null);
    });

    it('names payers without figures instead of drawing them (긴급·틈새보육: 시비, 구비)', () => {
      const split = fundingSplit(program('initiative-03-emergency-gap-childcare').budget);
      expect(split.basis).to.equal('named');
      expect(split.segments.map((s) => [s.source, s.share, s.amount])).to.deep.equal([
        ['city', null, undefined],
        ['district', null, undefined],
      ]);
    });

    it('treats a mix of amounts and shares as named (nothing to draw to one scale)', () => {
      const split = fundingSplit({ amount: 10, year: 2024, funding: [{ source: 'national', amount: 5 }, { source: 'city', share: 50 }] });
      expect(split.basis).to.equal('named');
      expect(split.segments.map((s) => [s.amount, s.share])).to.deep.equal([
        [5, null],
        [undefined, 50],
      ]);
    });

    it('has nothing to show without funding or without a budget', () => {
      expect(fundingSplit(undefined).basis).to.equal('none');
      expect(fundingSplit(program('initiative-12-single-household-social-dining').budget).basis).to.equal('none');
      expect(fundingSplit({ amount: 1, year: 2024, funding: [] }).basis).to.equal('none');
    });

    it('does not divide by zero when every amount is 0', () => {
      const split = fundingSplit({ amount: 0, year: 2024, funding: [{ source: 'city', amount: 0 }] });
      expect(split.basis).to.equal('named');
      expect(split.segments[0]!.x1).to.equal(0);
    });

    it('keeps a private payer and a note other than 별도', () => {
      const split = fundingSplit({ amount: 100, year: 2024, funding: [{ source: 'private', amount: 100, note: '협력사 부담' }] });
      expect(split.segments[0]).to.include({ source: 'private', share: 100, separate: false, note: '협력사 부담' });
    });

    it('recognises the 별도 marker', () => {
      expect(isSeparateNote(SEPARATE)).to.equal(true);
      expect(isSeparateNote(' 별도')).to.equal(true);
      expect(isSeparateNote('협력사 부담')).to.equal(false);
      expect(isSeparateNote(undefined)).to.equal(false);
    });
  });

  describe('KPI achievement', () => {
    const cases: Array<[Partial<Kpi>, number | null]> = [
      [{ target: 50000, actual: 34265 }, 68.5],
      [{ target: 40006, actual: 10096 }, 25.2],
      [{ target: 2000, actual: 585 }, 29.3], // a tie: 29.25 rounds half-up
      [{ target: 12000, actual: 18042 }, 150.4],
      [{ target: 1.5, actual: 1.5 }, 100],
      [{ target: 34, actual: 29.8 }, 87.6],
      [{ target: 4000, actual: 1426 }, 35.7],
      [{ target: 0, actual: 5 }, null],
      [{ target: 100 }, null],
      [{ actual: 100 }, null],
      [{}, null],
      [{ target: 10, actual: -1 }, null],
    ];
    for (const [kpi, expected] of cases) {
      it(`${kpi.actual} of ${kpi.target} → ${expected}`, () => {
        expect(achievementPercent(kpi)).to.equal(expected);
      });
    }

    it('picks the first KPI with an achievement, else a result, else a target', () => {
      const base = { unit: '명' };
      const a: Kpi = { ...base, label: 'a', target: 10 };
      const b: Kpi = { ...base, label: 'b', actual: 5 };
      const c: Kpi = { ...base, label: 'c', target: 10, actual: 5 };
      expect(headlineKpi([a, b, c])).to.equal(c);
      expect(headlineKpi([a, b])).to.equal(b);
      expect(headlineKpi([a])).to.equal(a);
      expect(headlineKpi([])).to.equal(undefined);
      expect(headlineKpi(undefined)).to.equal(undefined);
      expect(headlineKpi(program('mom-dad-taxi').kpis)!.label).to.equal('지원 영아');
    });
  });

  describe('plan timeline', () => {
    const asOf = '2024-03-31';
    const statuses: Array<[string, string | null]> = [
      ['2024-07', 'upcoming'],
      ['2024-04/2024-05', 'upcoming'],
      ['2024-04/..', 'upcoming'],
      ['2024-12/..', 'upcoming'],
      ['2024-03', 'past'],
      ['2024-01/2024-03', 'past'],
      ['2024-03-31', 'past'],
      ['2024', 'ongoing'],
      ['2024/..', 'ongoing'],
      ['../2024-06', 'ongoing'],
      ['../2024-03', 'past'],
      ['2024-02/..', 'ongoing'],
      ['2024-02-21/2024-06-30', 'ongoing'],
      ['2024-04-01', 'upcoming'],
      ['soon', null],
      ['2024-13', null],
    ];
    for (const [when, expected] of statuses) {
      it(`${when} on ${asOf} is ${expected}`, () => {
        expect(planStatus(when, asOf)).to.equal(expected);
      });
    }

    it('reads a month as-of date as its last day', () => {
      expect(planStatus('2024-03-15', '2024-03')).to.equal('past');
      expect(planStatus('2024-04', '2024-03')).to.equal('upcoming');
      expect(planStatus('2024-03', 'not a date')).to.equal(null);
    });

    it('parses periods to whole-month and whole-year bounds', () => {
      expect(parsePeriod('2024-02')).to.deep.equal({ start: 20240201, end: 20240229, startText: '2024-02', endText: '2024-02' });
      expect(parsePeriod('2024')).to.include({ start: 20240101, end: 20241231 });
      expect(parsePeriod('2024-12/..')).to.include({ start: 20241201, end: null });
      expect(parsePeriod('../2024-06')).to.include({ start: null, end: 20240630 });
      expect(parsePeriod('../..')).to.equal(null);
      expect(parsePeriod('a/b/c')).to.equal(null);
      // Separate dates, in date order whatever the order written; bounds from the first and the last.
      expect(parsePeriod('{2024-11,2024-05}')).to.deep.equal({ start: 20240501, end: 20241130, startText: '2024-05', endText: '2024-11', dates: ['2024-05', '2024-11'] });
      expect(parsePeriod('{2024-05,2024-13}')).to.equal(null);
    });

    it('places separate dates by the first and the last: upcoming before, past after', () => {
      expect(planStatus('{2024-05,2024-11}', '2024-03-31')).to.equal('upcoming');
      expect(planStatus('{2024-05,2024-11}', '2024-06-30')).to.equal('ongoing');
      expect(planStatus('{2024-05,2024-11}', '2024-12-31')).to.equal('past');
    });

    const formats: Array<[string, string, string]> = [
      ['2024-07', '2024년 7월', 'July 2024'],
      ['2024', '2024년', '2024'],
      ['2024-04/2024-05', '2024년 4월 ~ 5월', 'April – May 2024'],
      ['2024-05-04/2024-05-05', '2024년 5월 4일 ~ 5일', '4 May – 5 May 2024'],
      ['2024-02-21/2024-06-30', '2024년 2월 21일 ~ 6월 30일', '21 February – 30 June 2024'],
      ['2022-05/2024-03', '2022년 5월 ~ 2024년 3월', 'May 2022 – March 2024'],
      ['2024-12/..', '2024년 12월부터', 'From December 2024'],
      ['../2024-06', '2024년 6월까지', 'Until June 2024'],
      ['2024/..', '2024년부터', 'From 2024'],
      ['{2024-05,2024-11}', '2024년 5월, 11월', 'May and November 2024'],
      ['{2024-04,2024-07,2024-10}', '2024년 4월, 7월, 10월', 'April, July, and October 2024'],
      ['{2023-12,2024-06}', '2023년 12월, 2024년 6월', 'December 2023 and June 2024'],
      ['연중', '연중', '연중'],
    ];
    for (const [when, ko, en] of formats) {
      it(`formats ${when} as "${ko}" / "${en}"`, () => {
        expect(formatPeriod(when, 'ko')).to.equal(ko);
        expect(formatPeriod(when, 'en')).to.equal(en);
      });
    }
  });

  describe('Hangul search', () => {
    const kidsCafe = prepareSearchText('재미 · 안전 · 돌봄까지 책임지는 서울형 키즈카페 확충');
    const cases: Array<[string, boolean]> = [
      ['ㅋㅈㅋㅍ', true],
      ['키즈카페', true],
      ['키즈 카페', true],
      ['ㅅㅇㅎ ㅋㅈ', true],
      ['서울형ㅋㅈ', true],
      ['ㅋ즈ㅋ페', true],
      ['재미안전', true],
      ['ㅋㅈㅋㅍㅎㅊ', true],
      ['ㄱㅈㅋㅍ', false],
      ['키즈까페', false],
      ['', true],
      ['   ', true],
    ];
    for (const [query, expected] of cases) {
      it(`"${query}" ${expected ? 'finds' : 'does not find'} 서울형 키즈카페`, () => {
        expect(matchesQuery(query, kidsCafe)).to.equal(expected);
      });
    }

    it('matches Latin text case-insensitively and ignores punctuation', () => {
      const text = prepareSearchText('「시립 서울형 키즈카페」 운영', 'City-run Seoul Kids Cafés');
      expect(matchesQuery('kids caf', text)).to.equal(true);
      expect(matchesQuery('CITYRUN', text)).to.equal(true);
      expect(matchesQuery('ㅅㄹ', text)).to.equal(true);
      expect(matchesQuery('museum', text)).to.equal(false);
    });

    it('normalises keys', () => {
      expect(searchKey('「시립 서울형」 Kids-Café!')).to.equal('시립서울형kidscafé');
      expect(searchKey('ㅋㅈ ㅋㅍ')).to.equal('ㅋㅈㅋㅍ');
    });
  });

  describe('catalog: filter, district scope, sort', () => {
    it('reads division= / department=: a division by id or name, the office as all, a unit without programs, an unknown name', () => {
      expect(resolveDivisionFilter(dataset, 'childcare')).to.deep.equal({ kind: 'division', id: 'childcare' });
      expect(resolveDivisionFilter(dataset, ' 아이돌봄담당관 ')).to.deep.equal({ kind: 'division', id: 'childcare' });
      expect(resolveDivisionFilter(dataset, '여성가족정책실')).to.deep.equal({ kind: 'all' });
      expect(resolveDivisionFilter(dataset, 'office')).to.deep.equal({ kind: 'all' });
      expect(resolveDivisionFilter(dataset, '아동복지센터')).to.deep.equal({ kind: 'no-programs' });
      expect(resolveDivisionFilter(dataset, '없는과')).to.deep.equal({ kind: 'unknown' });
      // Among a curated set: a division running none of those programs runs none here.
      const curated = dataset.programs.filter((program) => program.departmentId === 'gender-equality');
      expect(resolveDivisionFilter(dataset, 'childcare', curated)).to.deep.equal({ kind: 'no-programs' });
      expect(resolveDivisionFilter(dataset, 'gender-equality', curated)).to.deep.equal({ kind: 'division', id: 'gender-equality' });
    });

    const entries = programEntries(dataset.programs);
    const ids = (list: { program: { id: string } }[]) => list.map((entry) => entry.program.id);

    it('finds both 키즈카페 programs by initials', () => {
      expect(ids(filterEntries(entries, { query: 'ㅋㅈㅋㅍ' }))).to.deep.equal(['initiative-05-seoul-kids-cafe-expansion', 'city-run-kids-cafes']);
    });

    it('filters by division', () => {
      const childcare = filterEntries(entries, { departmentId: 'childcare' });
      expect(childcare.length).to.be.greaterThan(0);
      expect(childcare.every((entry) => entry.program.departmentId === 'childcare')).to.equal(true);
      expect(ids(childcare)).to.include('idolbom-childcare-service');
    });

    it('keeps programs naming 강서구 or running citywide, and says which', () => {
      const gangseo = filterEntries(entries, { districtId: 'gangseo' });
      const naming = gangseo.filter((entry) => districtScope(entry, 'gangseo') === 'district');
      expect(ids(naming)).to.deep.equal([
        'initiative-06-seoul-morning-care',
        'initiative-11-single-household-outdoor-programs',
        'initiative-12-single-household-social-dining',
        'multicultural-family-self-reliance',
      ]);
      const citywide = gangseo.filter((entry) => districtScope(entry, 'gangseo') === 'citywide');
      expect(citywide.length).to.equal(dataset.programs.filter((p) => !p.districts?.length).length);
      expect(ids(gangseo)).to.not.include('memory-site-redevelopment'); // 중구 only
      expect(districtScope({ districts: ['jung'] }, 'gangseo')).to.equal(null);
    });

    it('combines search, division and district', () => {
      expect(ids(filterEntries(entries, { query: 'ㅇㅊㄷㅂ', departmentId: 'childcare', districtId: 'gangseo' }))).to.deep.equal([
        'initiative-06-seoul-morning-care',
      ]);
      expect(filterEntries(entries, { query: 'zzzz' })).to.deep.equal([]);
    });

    it('sorts by budget, largest first, programs without a budget last', () => {
      const sorted = sortEntries(entries, 'budget', 'ko');
      expect(sorted[0]!.program.id).to.equal('single-household-safety-plan-2024');
      const budgets = sorted.map((entry) => entry.budget);
      const firstNull = budgets.indexOf(null);
      expect(budgets.slice(firstNull).every((b) => b === null)).to.equal(true);
      const numbers = budgets.slice(0, firstNull) as number[];
      expect(numbers).to.deep.equal([...numbers].sort((a, b) => b - a));
    });

    it('sorts titles in Korean collation, ignoring 「」', () => {
      const titles = sortEntries(entries, 'title', 'ko').map((entry) => entry.program.title.ko);
      expect(titles.slice(0, 4)).to.deep.equal([
        '1인가구 맞춤형 경제자립교육 운영',
        '1인가구 소셜다이닝 「행복한 밥상·건강한 밥상」 강화',
        '1인가구 전월세 안심계약 도움서비스',
        '「1인가구지원센터」 운영 지원 및 인프라 확충',
      ]);
      expect(titles.indexOf('가정폭력 피해자 보호 및 지원')).to.be.lessThan(titles.indexOf('아이돌봄 지원사업 추진'));
      expect(titles.indexOf('「시립 서울형 키즈카페」 운영')).to.be.lessThan(titles.indexOf('아이돌봄 지원사업 추진'));
    });

    it('sorts by KPI achievement, highest first, without one last', () => {
      const sorted = sortEntries(entries, 'achievement', 'ko');
      const rates = sorted.map((entry) => entry.achievement);
      const firstNull = rates.indexOf(null);
      expect((rates.slice(0, firstNull) as number[]).every((rate, i, all) => i === 0 || all[i - 1]! >= rate)).to.equal(true);
      expect(rates.slice(firstNull).every((rate) => rate === null)).to.equal(true);
      const taxi = sorted.find((entry) => entry.program.id === 'mom-dad-taxi')!;
      const voucher = sorted.find((entry) => entry.program.id === 'first-meeting-voucher')!;
      expect(taxi.achievement).to.equal(68.5);
      expect(voucher.achievement).to.equal(25.2);
      expect(sorted.indexOf(taxi)).to.be.lessThan(sorted.indexOf(voucher));
    });

    it('puts the programs naming a district first when asked, each group in the chosen order', () => {
      const gangseo = filterEntries(entries, { districtId: 'gangseo' });
      const grouped = ids(sortEntries(gangseo, 'order', 'ko', 'gangseo'));
      const named = gangseo.filter((entry) => entry.districts?.includes('gangseo')).map((entry) => entry.program.id);
      expect(named).to.have.length(4);
      expect(grouped.slice(0, 4)).to.deep.equal(named); // in report order
      expect(grouped.slice(4)).to.deep.equal(ids(gangseo).filter((id) => !named.includes(id)));
      const byBudget = sortEntries(gangseo, 'budget', 'ko', 'gangseo');
      const budgets = byBudget.slice(0, 4).map((entry) => entry.budget ?? -1);
      expect(budgets).to.deep.equal([...budgets].sort((a, b) => b - a));
      // Without the district the report order stands, named programs wherever the report has them.
      expect(ids(sortEntries(gangseo, 'order', 'ko'))).to.deep.equal(ids(gangseo));
    });

    it('keeps report order for `order` and does not mutate its input', () => {
      const before = ids(entries);
      expect(ids(sortEntries(entries, 'order', 'ko'))).to.deep.equal(before);
      sortEntries(entries, 'title', 'ko');
      expect(ids(entries)).to.deep.equal(before);
    });
  });

  describe('curated ids and suggestions', () => {
    it('splits id lists at commas and line breaks, keeping spaces inside a piece for the dataset to read', () => {
      expect(parseIdList('a,b , c\n d')).to.deep.equal(['a', 'b', 'c', 'd']);
      expect(parseIdList('a b\n c')).to.deep.equal(['a b', 'c']);
      expect(parseIdList('임산부 교통비 지원, 서울형 키즈카페')).to.deep.equal(['임산부 교통비 지원', '서울형 키즈카페']);
      expect(parseIdList('')).to.deep.equal([]);
      expect(parseIdList(null)).to.deep.equal([]);
    });

    it('reads each piece as an id, a title (commas in it too) or ids separated by spaces, as the page wrote them', () => {
      const resolve = (text: string) => resolvePrograms(dataset, parseIdList(text));
      const ids = (text: string) => resolve(text).programs.map((p) => p.id);
      // Ids separated by spaces, tabs and commas, mixed (as before titles were taken).
      expect(ids('mom-dad-taxi first-meeting-voucher,\tidolbom-childcare-service')).to.deep.equal(['mom-dad-taxi', 'first-meeting-voucher', 'idolbom-childcare-service']);
      // One title alone, titles with commas between them, and a title with a comma of its own.
      expect(ids('서울엄마아빠택시 지원')).to.deep.equal(['mom-dad-taxi']);
      expect(ids('서울엄마아빠택시 지원, first-meeting-voucher')).to.deep.equal(['mom-dad-taxi', 'first-meeting-voucher']);
      const [titled] = dataset.programs.filter((p) => p.title.ko.includes(', '));
      expect(ids(`mom-dad-taxi, ${titled!.title.ko}`)).to.deep.equal(['mom-dad-taxi', titled!.id]);
      // A mistyped title is named whole; a mistyped id among good ones, alone.
      expect(resolve('서울엄마아빠택시 지웜').unknown).to.deep.equal(['서울엄마아빠택시 지웜']);
      expect(resolve('mom-dad-taxi mom-dad-taxy').unknown).to.deep.equal(['mom-dad-taxy']);
    });

    it('resolves ids (and exact Korean titles) in the given order, listing unknown ones', () => {
      const { programs, unknown } = resolvePrograms(dataset, ['first-meeting-voucher', '서울엄마아빠택시 지원', 'nope', 'first-meeting-voucher']);
      expect(programs.map((p) => p.id)).to.deep.equal(['first-meeting-voucher', 'mom-dad-taxi']);
      expect(unknown).to.deep.equal(['nope']);
    });

    it('suggests close ids', () => {
      expect(suggestProgramIds(dataset, 'mom-dad-taxy')).to.deep.equal(['mom-dad-taxi']);
      expect(suggestProgramIds(dataset, 'taxi')).to.deep.equal(['mom-dad-taxi']);
      expect(suggestProgramIds(dataset, '엄마아빠택시')).to.deep.equal(['mom-dad-taxi']);
      expect(suggestProgramIds(dataset, 'qqqqqqqqqqqqqqqqqq')).to.deep.equal([]);
      expect(suggestProgramIds(dataset, '  ')).to.deep.equal([]);
    });

    it('measures edit distance', () => {
      expect(editDistance('kitten', 'sitting')).to.equal(3);
      expect(editDistance('', 'abc')).to.equal(3);
      expect(editDistance('same', 'same')).to.equal(0);
      // Two neighbours swapped is one slip.
      expect(editDistance('nmae', 'name')).to.equal(1);
      expect(editDistance('budgte', 'budget')).to.equal(1);
      expect(editDistance('ab', 'ba')).to.equal(1);
      expect(editDistance('abc', 'ca')).to.equal(3);
    });
  });

  describe('program view', () => {
    it('derives what the 엄마아빠택시 card shows', () => {
      const view = programView(dataset, program('mom-dad-taxi'));
      expect(view.department!.name.ko).to.equal('저출생정책추진반');
      expect(view.headline!.achievement).to.equal(68.5);
      expect(view.plans).to.deep.equal([{ text: '서울엄마아빠택시 만족도 조사 실시', when: '2024-07', status: 'upcoming' }]);
      expect(view.districts).to.equal(null);
      expect(view.budgetLineIds).to.deep.equal(['gender-equality-016']);
      // 양성평등담당관's line, not 저출생정책추진반's: the card names that department on it.
      expect([...view.ownLineIds]).to.deep.equal([]);
      const kidsCafes = programView(dataset, program('initiative-05-seoul-kids-cafe-expansion'));
      expect([...kidsCafes.ownLineIds]).to.deep.equal(kidsCafes.budgetLineIds);
      expect(view.lineScope, 'its line is its own').to.equal(null);
      expect(view.contacts.map((c) => c.href)).to.deep.equal(['tel:02-2133-5320', 'tel:02-2133-5326', 'tel:02-2133-5328']);
    });

    it('resolves districts and facilities by name', () => {
      const view = programView(dataset, program('initiative-06-seoul-morning-care'));
      expect(view.districts!.map((d) => d.ko)).to.include('강서구');
      expect(view.facilities).to.have.length(10);
      expect(view.facilities.every((f) => f.facility.name.ko.length > 0)).to.equal(true);
    });

    it("says when a linked budget line is not the program's alone", () => {
      // 외국인주민 지원시설 설치·운영 (47억 2,600만원) funds both centres, of 10.76억 and 17.95억.
      expect(programView(dataset, program('seoul-foreign-residents-center')).lineScope).to.deep.equal({ sharedWith: 1, wider: true });
      expect(programView(dataset, program('foreign-workers-centers')).lineScope).to.deep.equal({ sharedWith: 1, wider: true });
      // One line, three programs; this one prints no budget of its own to compare with.
      expect(programView(dataset, program('safe-return-home')).lineScope).to.deep.equal({ sharedWith: 2, wider: false });
      // Its own line, but larger than its budget: 5,300만원 against 3,300만원.
      expect(programView(dataset, program('public-venue-weddings')).lineScope).to.deep.equal({ sharedWith: 0, wider: true });
      // An initiative and a division's program on one line report the same work twice: the
      // city-run cafés' line is one of the kids-café initiative's three, which add up to its budget.
      expect(programView(dataset, program('initiative-05-seoul-kids-cafe-expansion')).lineScope).to.equal(null);
      expect(programView(dataset, program('city-run-kids-cafes')).lineScope).to.equal(null);
      // A budget printed in 백만원 rounds below its line's 천원 figure: 2,244 against 2,245 is no gap.
      for (const id of ['seoul-childcare-support-center', 'idolbom-childcare-service', 'sexually-exploited-youth-support', 'initiative-07-community-child-centers']) {
        expect(programView(dataset, program(id)).lineScope, id).to.equal(null);
      }
      // Every program of the official data that gets the note: lines shared within a kind, or over
      // the program's budget (성매매피해자 지원: five lines of 8,344백만원 for a 7,983백만원 program).
      const noted = dataset.programs.filter((p) => programView(dataset, p).lineScope).map((p) => p.id);
      expect(noted.sort()).to.deep.equal(
        [
          'anti-crime-safety-devices',
          'family-centers-family-services',
          'foreign-workers-centers',
          'multicultural-family-self-reliance',
          'prostitution-victim-support',
          'public-venue-weddings',
          'safe-return-home',
          'safety-infrastructure',
          'seoul-foreign-residents-center',
          'seoul-housekeeping-service',
        ].sort(),
      );
    });

    it("says when a program's budget is larger than its department's whole budget (a plan spanning other departments)", () => {
      // 2024년 1인가구 안심 시행계획: 580,834백만원 (청년안심주택 공급 and the like, other departments'
      // projects) against 1인가구담당관's 15,795백만원 execution total.
      expect(programView(dataset, program('single-household-safety-plan-2024')).departmentBudget).to.equal(15_795_000_000);
      const noted = dataset.programs.filter((p) => programView(dataset, p).departmentBudget !== null).map((p) => p.id);
      expect(noted).to.deep.equal(['single-household-safety-plan-2024']);
      // The task force has no execution total of its own: nothing to compare with, no note.
      expect(programView(dataset, program('mom-dad-taxi')).departmentBudget).to.equal(null);
      // Nor a total of 0, nor a budget of another year than the totals'.
      const plan = program('single-household-safety-plan-2024');
      const zero = { ...dataset, executionTotals: dataset.executionTotals.map((t) => (t.departmentId === 'single-household' ? { ...t, budget: 0, spent: 0 } : t)) };
      expect(programView(zero, plan).departmentBudget).to.equal(null);
      expect(programView(dataset, { ...plan, budget: { ...plan.budget!, year: 2023 } }).departmentBudget).to.equal(null);
    });

    it('computes no achievement rate from courses running against the year\'s courses (17 of 133 is not 12.8 % achieved)', () => {
      const kpis = programView(dataset, program('women-reemployment-centers')).kpis.filter(({ kpi }) => kpi.label.includes('직업교육훈련'));
      expect(kpis.map(({ kpi, achievement }) => [kpi.label, kpi.actual, kpi.target, achievement])).to.deep.equal([
        ['진행중 직업교육훈련 과정', 17, undefined, null],
        ['직업교육훈련 과정(전체)', undefined, 133, null],
      ]);
    });

    it('links a parent initiative', () => {
      expect(programView(dataset, program('initiative-01-digital-specialization-grants')).parent!.id).to.equal(
        'initiative-01-career-women-future-jobs-training',
      );
    });

    it('lists an initiative\'s own parts in the report\'s order, and none for a program without', () => {
      expect(programView(dataset, program('initiative-01-career-women-future-jobs-training')).parts.map((part) => part.id)).to.deep.equal([
        'initiative-01-digital-specialization-grants',
        'initiative-01-future-jobs-vocational-training',
      ]);
      expect(programView(dataset, program('initiative-01-digital-specialization-grants')).parts).to.deep.equal([]);
    });

    it('builds tel: links only from phone numbers', () => {
      expect(telHref('02-2133-5005')).to.equal('tel:02-2133-5005');
      expect(telHref('120')).to.equal('tel:120');
      expect(telHref('javascript:alert(1)')).to.equal(null);
      expect(telHref('02 2133 5005')).to.equal(null);
    });
  });
});
