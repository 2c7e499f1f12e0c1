import { expect } from '@open-wc/testing';
import { loadEnglish } from '../../src/i18n/english.js';
import { OFFICIAL_DATASET_URL } from '../../src/data/official.js';
import { parseDataset } from '../../src/schema/parse.js';
import type { Dataset } from '../../src/schema/types.js';
import {
  buildStaffingTable,
  csvField,
  csvFileName,
  formatSignedCount,
  measureCell,
  nextSort,
  parseCategories,
  parseMeasure,
  resolveStaffingDepartment,
  sortRows,
  staffingDepartments,
  toCsv,
  vacancyOf,
  validCategoriesText,
  validDepartmentsText,
  womenShareOf,
  type StaffingMeasure,
  type StaffingTable,
} from '../../src/components/staffing-table/staffing-core.js';

const parsed = parseDataset(await (await fetch(OFFICIAL_DATASET_URL)).json());
if (!parsed.ok) throw new Error('official dataset does not parse');
const official: Dataset = parsed.dataset;

/** The report's table (정원 /현원(여성), '24. 3월말 기준), columns 계, 행정직, 기술직, 관리운영직, 임기제. */
const REPORT: ReadonlyArray<[string, string, string[]]> = [
  ['gender-equality', '양성평등담당관', ['59 / 61 (44)', '49 / 52 (36)', '2 / 2 (1)', '1 / 1 (1)', '7 / 6 (6)']],
  ['early-childhood', '영유아담당관', ['32 / 29 (21)', '32 / 29 (21)', '0 / 0 (0)', '0 / 0 (0)', '0 / 0 (0)']],
  ['childcare', '아이돌봄담당관', ['31 / 28 (20)', '28 / 25 (17)', '3 / 3 (3)', '0 / 0 (0)', '0 / 0 (0)']],
  ['children', '아동담당관', ['22 / 31 (26)', '21 / 30 (25)', '1 / 1 (1)', '0 / 0 (0)', '0 / 0 (0)']],
  ['family-multicultural', '가족다문화담당관', ['20 / 24 (21)', '18 / 22 (19)', '0 / 0 (0)', '0 / 0 (0)', '2 / 2 (2)']],
  ['single-household', '1인가구담당관', ['26 / 23 (15)', '25 / 21 (14)', '1 / 2 (1)', '0 / 0 (0)', '0 / 0 (0)']],
  ['child-welfare-center', '아동복지센터', ['40 / 34 (26)', '22 / 17 (12)', '5 / 5 (2)', '1 / 0 (0)', '12 / 12 (12)']],
];
const REPORT_TOTAL = ['230 / 230 (173)', '195 / 196 (144)', '12 / 13 (8)', '2 / 1 (1)', '21 / 20 (20)'];

const texts = (table: StaffingTable) => table.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text)]);
const column = (table: StaffingTable, key: string) => {
  const index = table.columns.findIndex((c) => c.key === key);
  return table.rows.map((row) => row.cells[index]!.text);
};

describe('staffing core', () => {
  // English words load on demand (src/i18n/english.ts); widgets wait for them, pure cores are handed them.
  before(() => loadEnglish());

  describe('report table', () => {
    it('reproduces every cell of the report, totals derived from the rows', () => {
      const table = buildStaffingTable(official);
      expect(table.departmentHeader).to.equal('부서');
      expect(table.columns.map((c) => c.label)).to.deep.equal(['계', '행정직', '기술직', '관리운영직', '임기제']);
      expect(table.rows.map((r) => r.id)).to.deep.equal(REPORT.map(([id]) => id));
      expect(texts(table)).to.deep.equal(REPORT.map(([, name, cells]) => [name, ...cells]));
      expect(table.total.label).to.equal('계');
      expect(table.total.cells.map((c) => c.text)).to.deep.equal(REPORT_TOTAL);
    });

    it('derives totals even when the dataset carries no printed totals', () => {
      const { staffingTotals: _ignored, ...rest } = official;
      const table = buildStaffingTable(rest as Dataset);
      expect(table.total.cells[0]!.text).to.equal('230 / 230 (173)');
    });

    it('uses English names and labels in English', () => {
      const table = buildStaffingTable(official, { locale: 'en' });
      expect(table.departmentHeader).to.equal('Unit');
      expect(table.columns.map((c) => c.label)).to.deep.equal(['Total', 'Administrative', 'Technical', 'Operations', 'Fixed-term']);
      expect(table.rows[0]!.label).to.equal('Gender Equality Division');
      expect(table.total.label).to.equal('Total');
      expect(table.total.cells[0]!.text).to.equal('230 / 230 (173)');
    });

    it('limits columns to the chosen categories, totals follow them as a subtotal, named so', () => {
      const table = buildStaffingTable(official, { categories: ['administrative', 'fixed-term'] });
      expect(table.columns.map((c) => c.key)).to.deep.equal(['total', 'administrative', 'fixed-term']);
      // Not "계": 58 is not 양성평등담당관's staff (61), only that of the two categories shown.
      expect(table.columns[0]!.label).to.equal('소계');
      expect(table.subtotalOf).to.equal('행정직·임기제');
      expect(buildStaffingTable(official, { categories: ['administrative', 'fixed-term'], locale: 'en' }).subtotalOf).to.equal('Administrative, Fixed-term');
      const whole = buildStaffingTable(official, { categories: ['fixed-term', 'operations', 'technical', 'administrative'] });
      expect([whole.columns[0]!.label, whole.subtotalOf]).to.deep.equal(['계', null]);
      // 양성평등담당관: 행정직 49/52(36) + 임기제 7/6(6)
      expect(table.rows[0]!.cells[0]!.text).to.equal('56 / 58 (42)');
      expect(table.total.cells.map((c) => c.text)).to.deep.equal(['216 / 216 (164)', '195 / 196 (144)', '21 / 20 (20)']);
    });

    it('marks the highlighted unit only', () => {
      const table = buildStaffingTable(official, { highlight: 'children' });
      expect(table.rows.filter((r) => r.highlighted).map((r) => r.id)).to.deep.equal(['children']);
      expect(table.total.highlighted).to.equal(false);
    });

    it('has an empty body for a dataset without staffing', () => {
      const table = buildStaffingTable({ ...official, staffing: [] });
      expect(table.rows).to.have.length(0);
      expect(table.total.cells[0]!.text).to.equal('0 / 0 (0)');
    });
  });

  describe('measures', () => {
    it('quota, current and women are the plain counts', () => {
      expect(column(buildStaffingTable(official, { measure: 'quota' }), 'total')).to.deep.equal(['59', '32', '31', '22', '20', '26', '40']);
      expect(column(buildStaffingTable(official, { measure: 'current' }), 'total')).to.deep.equal(['61', '29', '28', '31', '24', '23', '34']);
      expect(column(buildStaffingTable(official, { measure: 'women' }), 'total')).to.deep.equal(['44', '21', '20', '26', '21', '15', '26']);
      expect(buildStaffingTable(official, { measure: 'quota' }).total.cells.map((c) => c.text)).to.deep.equal(['230', '195', '12', '2', '21']);
      expect(buildStaffingTable(official, { measure: 'current' }).total.cells.map((c) => c.text)).to.deep.equal(['230', '196', '13', '1', '20']);
      expect(buildStaffingTable(official, { measure: 'women' }).total.cells.map((c) => c.text)).to.deep.equal(['173', '144', '8', '1', '20']);
    });

    it('vacancy: 아동담당관 −9 (22 quota, 31 current) marked as over strength in words', () => {
      const table = buildStaffingTable(official, { measure: 'vacancy' });
      const children = table.rows.find((r) => r.id === 'children')!.cells[0]!;
      expect(children.figure).to.equal('−9');
      expect(children.flag).to.equal('정원 초과');
      expect(children.text).to.equal('−9 정원 초과');
      expect(children.overStrength).to.equal(true);
      expect(column(table, 'total')).to.deep.equal(['−2 정원 초과', '3', '3', '−9 정원 초과', '−4 정원 초과', '3', '6']);
      expect(table.total.cells.map((c) => c.text)).to.deep.equal(['0', '−1 정원 초과', '−1 정원 초과', '1', '1']);
      const english = buildStaffingTable(official, { measure: 'vacancy', locale: 'en' });
      expect(english.rows.find((r) => r.id === 'children')!.cells[0]!.text).to.equal('−9 over strength');
    });

    it('a "정원 / 현원 (여성)" cell is spoken with each count named; one-count measures are spoken as shown', () => {
      const children = (measure: StaffingMeasure, locale: 'ko' | 'en' = 'ko') =>
        buildStaffingTable(official, { measure, locale }).rows.find((r) => r.id === 'children')!.cells[0]!;
      expect(children('report').spoken).to.equal('정원 22명, 현원 31명, 여성 26명');
      expect(children('report', 'en').spoken).to.equal('quota 22, current 31, women 26');
      // The CSV and the screen keep the printed form.
      expect(children('report').text).to.equal('22 / 31 (26)');
      expect(children('vacancy').spoken).to.equal('−9 정원 초과');
      expect(children('women-share').spoken).to.equal(children('women-share').text);
    });

    it('women-share: 가족다문화담당관 87.5% (21 / 24); no current staff is "not applicable"', () => {
      const table = buildStaffingTable(official, { measure: 'women-share' });
      expect(table.rows.find((r) => r.id === 'family-multicultural')!.cells[0]!.text).to.equal('87.5%');
      expect(column(table, 'total')).to.deep.equal(['72.1%', '72.4%', '71.4%', '83.9%', '87.5%', '65.2%', '76.5%']);
      expect(table.total.cells.map((c) => c.text)).to.deep.equal(['75.2%', '73.5%', '61.5%', '100.0%', '100.0%']);
      const technical = column(table, 'technical');
      expect(technical[1]).to.equal('해당 없음');
      const english = buildStaffingTable(official, { measure: 'women-share', locale: 'en' });
      expect(english.rows[1]!.cells[2]!.text).to.equal('not applicable');
      expect(english.rows[1]!.cells[2]!.notApplicable).to.equal(true);
    });

    it('measureCell covers edge cases', () => {
      expect(measureCell({ quota: 1234, current: 1200, women: 601 }, 'report', 'ko').text).to.equal('1,234 / 1,200 (601)');
      expect(measureCell({ quota: 0, current: 0, women: 0 }, 'vacancy', 'ko').text).to.equal('0');
      expect(measureCell({ quota: 5, current: 0, women: 0 }, 'women-share', 'ko').sortKey).to.equal(null);
      expect(measureCell({ quota: 3, current: 3, women: 1 }, 'women-share', 'en').text).to.equal('33.3%');
      expect(measureCell({ quota: 3, current: 3, women: 2 }, 'women-share', 'en').text).to.equal('66.7%');
      expect(measureCell({ quota: 8, current: 8, women: 1 }, 'women-share', 'ko').text).to.equal('12.5%');
      expect(measureCell({ quota: 1, current: 2, women: 1 }, 'vacancy', 'ko').overStrength).to.equal(true);
      expect(measureCell({ quota: 2, current: 1, women: 1 }, 'vacancy', 'ko').overStrength).to.equal(false);
    });

    it('vacancyOf, womenShareOf and formatSignedCount', () => {
      expect(vacancyOf({ quota: 22, current: 31, women: 26 })).to.equal(-9);
      expect(womenShareOf({ quota: 20, current: 24, women: 21 })).to.equal(87.5);
      expect(womenShareOf({ quota: 1, current: 0, women: 0 })).to.equal(null);
      // half-up: 1/8 = 12.5 exactly; 1/16 = 6.25 → 6.3
      expect(womenShareOf({ quota: 16, current: 16, women: 1 })).to.equal(6.3);
      expect(formatSignedCount(-1234, 'ko')).to.equal('−1,234');
      expect(formatSignedCount(0, 'en')).to.equal('0');
      expect(formatSignedCount(7, 'en')).to.equal('7');
    });
  });

  describe('bars', () => {
    it('scale each column to its largest unit, totals row has none', () => {
      const table = buildStaffingTable(official, { measure: 'quota' });
      expect(table.rows[0]!.cells[0]!.bar).to.equal(1); // 59 is the largest total
      expect(table.rows[3]!.cells[0]!.bar).to.be.closeTo(22 / 59, 1e-9);
      expect(table.total.cells[0]!.bar).to.equal(null);
      // an all-zero column gets empty bars, not NaN
      const operations = table.columns.findIndex((c) => c.key === 'operations');
      expect(table.rows[1]!.cells[operations]!.bar).to.equal(0);
    });

    it('women-share bars are on a 0–100 scale; not applicable has no bar', () => {
      const table = buildStaffingTable(official, { measure: 'women-share' });
      expect(table.rows[4]!.cells[0]!.bar).to.be.closeTo(0.875, 1e-9);
      expect(table.rows[1]!.cells[2]!.bar).to.equal(null);
    });

    it('vacancy bars use the size of the gap', () => {
      const table = buildStaffingTable(official, { measure: 'vacancy' });
      expect(table.rows.find((r) => r.id === 'children')!.cells[0]!.bar).to.equal(1); // |−9| is the largest
    });
  });

  describe('sorting', () => {
    const ids = (table: StaffingTable) => table.rows.map((r) => r.id);

    it('sorts a column ascending and descending, ties in report order', () => {
      const up = buildStaffingTable(official, { sort: { key: 'administrative', direction: 'ascending' } });
      expect(ids(up)).to.deep.equal(['family-multicultural', 'children', 'child-welfare-center', 'single-household', 'childcare', 'early-childhood', 'gender-equality']);
      const down = buildStaffingTable(official, { sort: { key: 'administrative', direction: 'descending' } });
      expect(ids(down)).to.deep.equal([...ids(up)].reverse());
      // technical quota: 2,0,3,1,0,1,5 — ties (0: early-childhood, family-multicultural; 1: children, single-household) keep report order
      const technical = buildStaffingTable(official, { measure: 'quota', sort: { key: 'technical', direction: 'ascending' } });
      expect(ids(technical)).to.deep.equal(['early-childhood', 'family-multicultural', 'children', 'single-household', 'gender-equality', 'childcare', 'child-welfare-center']);
      const technicalDown = buildStaffingTable(official, { measure: 'quota', sort: { key: 'technical', direction: 'descending' } });
      expect(ids(technicalDown)).to.deep.equal(['child-welfare-center', 'childcare', 'gender-equality', 'children', 'single-household', 'early-childhood', 'family-multicultural']);
    });

    it('report cells sort by quota, then current', () => {
      // fixed-term quota 7,0,0,0,2,0,12 → zeros in report order
      const table = buildStaffingTable(official, { sort: { key: 'fixed-term', direction: 'descending' } });
      expect(ids(table).slice(0, 3)).to.deep.equal(['child-welfare-center', 'gender-equality', 'family-multicultural']);
      // operations: quota 1 for gender-equality (current 1) and child-welfare-center (current 0)
      const operations = buildStaffingTable(official, { sort: { key: 'operations', direction: 'descending' } });
      expect(ids(operations).slice(0, 2)).to.deep.equal(['gender-equality', 'child-welfare-center']);
    });

    it('sorts vacancies with negatives first ascending', () => {
      const table = buildStaffingTable(official, { measure: 'vacancy', sort: { key: 'total', direction: 'ascending' } });
      expect(column(table, 'total')).to.deep.equal(['−9 정원 초과', '−4 정원 초과', '−2 정원 초과', '3', '3', '3', '6']);
    });

    it('keeps "not applicable" last in both directions', () => {
      for (const direction of ['ascending', 'descending'] as const) {
        const table = buildStaffingTable(official, { measure: 'women-share', sort: { key: 'technical', direction } });
        const values = column(table, 'technical');
        expect(values.slice(-2)).to.deep.equal(['해당 없음', '해당 없음']);
      }
      const up = column(buildStaffingTable(official, { measure: 'women-share', sort: { key: 'technical', direction: 'ascending' } }), 'technical');
      expect(up.slice(0, 5)).to.deep.equal(['40.0%', '50.0%', '50.0%', '100.0%', '100.0%']);
    });

    it('sorts unit names with the locale collator', () => {
      const ko = buildStaffingTable(official, { sort: { key: 'department', direction: 'ascending' } });
      expect(ko.rows.map((r) => r.label)).to.deep.equal(['1인가구담당관', '가족다문화담당관', '아동담당관', '아동복지센터', '아이돌봄담당관', '양성평등담당관', '영유아담당관']);
      const en = buildStaffingTable(official, { locale: 'en', sort: { key: 'department', direction: 'descending' } });
      expect(en.rows[0]!.label).to.equal('Single-Person Household Division');
    });

    it('drops a sort on a column that is no longer shown', () => {
      const table = buildStaffingTable(official, { categories: ['administrative'], sort: { key: 'technical', direction: 'ascending' } });
      expect(table.sort).to.equal(null);
      expect(ids(table)[0]).to.equal('gender-equality');
    });

    it('sortRows without a sort restores the report order', () => {
      const sorted = buildStaffingTable(official, { sort: { key: 'total', direction: 'descending' } });
      expect(sortRows(sorted.rows, sorted.columns, null, 'ko').map((r) => r.id)).to.deep.equal(REPORT.map(([id]) => id));
    });

    it('nextSort: a new column ascends, the same column flips', () => {
      expect(nextSort(null, 'total')).to.deep.equal({ key: 'total', direction: 'ascending' });
      expect(nextSort({ key: 'total', direction: 'ascending' }, 'total')).to.deep.equal({ key: 'total', direction: 'descending' });
      expect(nextSort({ key: 'total', direction: 'descending' }, 'total')).to.deep.equal({ key: 'total', direction: 'ascending' });
      expect(nextSort({ key: 'total', direction: 'descending' }, 'technical')).to.deep.equal({ key: 'technical', direction: 'ascending' });
    });
  });

  describe('attributes', () => {
    it('parseMeasure', () => {
      expect(parseMeasure(null)).to.equal('report');
      expect(parseMeasure('')).to.equal('report');
      expect(parseMeasure(' Vacancy ')).to.equal('vacancy');
      expect(parseMeasure('women-share')).to.equal('women-share');
      expect(parseMeasure('ratio')).to.equal(null);
    });

    it('parseCategories accepts ids and labels, keeps report order, reports unknown words', () => {
      expect(parseCategories(null).categories).to.deep.equal(['administrative', 'technical', 'operations', 'fixed-term']);
      expect(parseCategories(' , ').categories).to.have.length(4);
      expect(parseCategories('fixed-term, administrative')).to.deep.equal({ categories: ['administrative', 'fixed-term'], unknown: [] });
      expect(parseCategories('임기제,행정직,Technical')).to.deep.equal({ categories: ['administrative', 'technical', 'fixed-term'], unknown: [] });
      expect(parseCategories('administrative,admin,일반직')).to.deep.equal({ categories: ['administrative'], unknown: ['admin', '일반직'] });
    });

    it('resolves units by id, Korean name (with or without spaces) or English name', () => {
      expect(resolveStaffingDepartment(official, 'children')?.id).to.equal('children');
      expect(resolveStaffingDepartment(official, '아동담당관')?.id).to.equal('children');
      expect(resolveStaffingDepartment(official, '아 동 담 당 관')?.id).to.equal('children');
      expect(resolveStaffingDepartment(official, 'Children Division')?.id).to.equal('children');
      // exists in the dataset but has no staffing row
      expect(resolveStaffingDepartment(official, 'low-birth-task-force')).to.equal(undefined);
      expect(resolveStaffingDepartment(official, '없는부서')).to.equal(undefined);
    });

    it('lists the valid values for error messages', () => {
      expect(staffingDepartments(official).map((d) => d.id)).to.deep.equal(REPORT.map(([id]) => id));
      expect(validDepartmentsText(official, 'ko')).to.contain('children (아동담당관)');
      expect(validDepartmentsText(official, 'en')).to.contain('children (Children Division)');
      expect(validCategoriesText('ko')).to.equal('administrative (행정직), technical (기술직), operations (관리운영직), fixed-term (임기제)');
    });
  });

  describe('CSV', () => {
    it('holds exactly the table: header, rows in order, totals; CRLF', () => {
      const csv = toCsv(buildStaffingTable(official));
      const lines = csv.split('\r\n');
      expect(lines[0]).to.equal('부서,계,행정직,기술직,관리운영직,임기제');
      expect(lines[1]).to.equal('양성평등담당관,59 / 61 (44),49 / 52 (36),2 / 2 (1),1 / 1 (1),7 / 6 (6)');
      expect(lines[8]).to.equal('계,230 / 230 (173),195 / 196 (144),12 / 13 (8),2 / 1 (1),21 / 20 (20)');
      expect(lines[9]).to.equal('');
      expect(lines).to.have.length(10);
    });

    it('follows measure, sort and columns', () => {
      const csv = toCsv(buildStaffingTable(official, { measure: 'vacancy', categories: ['administrative'], sort: { key: 'administrative', direction: 'ascending' }, locale: 'en' }));
      expect(csv.split('\r\n').slice(0, 3)).to.deep.equal(['Unit,Subtotal,Administrative', 'Children Division,−9 over strength,−9 over strength', 'Family and Multicultural Division,−4 over strength,−4 over strength']);
    });

    it('quotes fields with commas, quotes and line breaks', () => {
      expect(csvField('plain')).to.equal('plain');
      expect(csvField('1,234')).to.equal('"1,234"');
      expect(csvField('say "hi"')).to.equal('"say ""hi"""');
      expect(csvField('a\nb')).to.equal('"a\nb"');
    });

    it('keeps text that starts like a formula from running in a spreadsheet (CSV injection)', () => {
      expect(csvField('=HYPERLINK("http://x","y")')).to.equal(`"'=HYPERLINK(""http://x"",""y"")"`);
      expect(['+1+cmd', '-2+3', '@SUM(A1)', '\tTab', '\rCR'].map(csvField)).to.deep.equal([`'+1+cmd`, `'-2+3`, `'@SUM(A1)`, `'\tTab`, `"'\rCR"`]);
      // Figures are untouched: negative numbers are written with the minus sign U+2212.
      expect(csvField('−9 정원 초과')).to.equal('−9 정원 초과');
    });

    it('names the file after the dataset date and measure', () => {
      expect(csvFileName('2024-03-31', 'report')).to.equal('seoul-wfp-staffing-2024-03-31-report.csv');
      expect(csvFileName('2024-03', 'women-share')).to.equal('seoul-wfp-staffing-2024-03-women-share.csv');
    });
  });
});
