import { formatMoney } from '../format/money.js';
import { percentShare } from '../format/rate.js';
import { roundToStep } from '../format/rounding.js';
import { editDistance, onlyNearest, slipsAllowed } from '../internal/edit-distance.js';
import { DISTRICTS, findDistrictLoosely, isDistrictId, type District } from './districts.js';
import { jsonPath, problem, type Problem } from './problems.js';
import type { Dataset, StaffCategory } from './types.js';
import { isSeparateNote } from './vocabulary.js';

type Path = Array<string | number>;

const won = (amount: number) => `${formatMoney(amount, 'ko', { unit: '원' })}`;

/** Second and later occurrences of an id are errors; the first one keeps it. */
function checkUniqueIds(items: ReadonlyArray<{ id: string }>, section: Path, out: Problem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      out.push(problem(jsonPath([...section, index, 'id']), 'duplicate-id', `id "${item.id}"가 중복됩니다`, `id "${item.id}" is used more than once`));
    }
    seen.add(item.id);
  });
  return seen;
}

/**
 * An older (McCune–Reischauer) spelling, as on old signs and maps, in today's romanisation: the
 * breves (or the carons typed for them) become eo/eu, a voiced first consonant is written voiced
 * unless an apostrophe marks it aspirated (Chung → jung, Kangsŏ → gangseo, but P'yŏng → pyeong),
 * and the apostrophes go (Map'o → mapo).
 */
function revisedRomanisation(key: string): string {
  const vowels = key.normalize('NFD').replace(/o[\u0306\u030C]/g, 'eo').replace(/u[\u0306\u030C]/g, 'eu').normalize('NFC');
  const voiced = vowels.replace(/^ch(?!['’‘ʼ`])/, 'j').replace(/^k(?!['’‘ʼ`])/, 'g').replace(/^t(?!['’‘ʼ`])/, 'd').replace(/^p(?!['’‘ʼ`])/, 'b');
  return voiced.replace(/['’‘ʼ`]/g, '');
}

/**
 * The district a dataset most likely meant: any name the widgets' attributes take (강서구, 강서,
 * 강서 구, Gangseo-gu, 서울특별시 강서구, a code), the one id it begins (jong → jongno), or the one id
 * close enough in edits (a third of the length, as for program ids), as written or in today's
 * romanisation (kangseo, Chung-gu, Sŏdaemun) — none when two ids are as close.
 */
function meantDistrict(value: string): District | undefined {
  // Any space at all may be a slip in the validator's input (a code written "11 500").
  const loose = findDistrictLoosely(value) ?? findDistrictLoosely(value.replace(/\s+/g, ''));
  if (loose) return loose;
  const written = value.trim().toLowerCase().replace(/[\s-]*[gk]u$/, '');
  const keys = [written, revisedRomanisation(written)];
  // A cut-off id, when it can only be one: "jong" is jongno (though one edit from jung), "gang" is none.
  const begun = DISTRICTS.filter((district) => keys.some((key) => key.length >= 3 && district.id.startsWith(key)));
  if (begun.length === 1) return begun[0];
  // Even a short name may carry one slip: the 25 names are few and far apart.
  return onlyNearest(DISTRICTS, (district) => Math.min(...keys.map((key) => editDistance(key, district.id))), Math.max(1, slipsAllowed(written.length, 3)));
}

function checkDistrict(value: string, path: Path, out: Problem[]): void {
  if (isDistrictId(value)) return;
  const meant = meantDistrict(value);
  const hint = meant ? ` (did you mean "${meant.id}"?)` : ' (gangseo, jongno, …)';
  // No particle after the id: 을/를 would depend on how each id is read.
  const hintKo = meant ? ` (올바른 아이디: "${meant.id}", ${meant.ko})` : '. 25개 자치구 아이디(gangseo, jongno 등) 중 하나를 쓰세요';
  // "all", "서울 전체": a program's districts list where it runs; citywide is saying none.
  const citywide = path[0] === 'programs' && !meant;
  out.push(
    problem(
      jsonPath(path),
      'unknown-district',
      `알 수 없는 자치구 "${value}"입니다${hintKo}${citywide ? '. 서울 전체에서 하는 사업이면 districts를 빼세요' : ''}`,
      `unknown district "${value}"; use one of the 25 district ids${hint}${citywide ? ', or leave districts out for a program that runs citywide' : ''}`,
    ),
  );
}

/** Shape layer, part two: ids are unique and every reference resolves. */
export function referenceProblems(data: Dataset): Problem[] {
  const out: Problem[] = [];
  const departments = checkUniqueIds(data.departments, ['departments'], out);
  const lines = checkUniqueIds(data.budgetLines, ['budgetLines'], out);
  const programs = checkUniqueIds(data.programs, ['programs'], out);
  const facilities = checkUniqueIds(data.facilities, ['facilities'], out);
  const facilityTypes = checkUniqueIds(data.facilityTypes, ['facilityTypes'], out);
  checkUniqueIds(data.funds, ['funds'], out);
  checkUniqueIds(data.infrastructure, ['infrastructure'], out);
  const accounts = checkUniqueIds(data.budget?.accounts ?? [], ['budget', 'accounts'], out);

  const ref = (set: Set<string>, value: string, path: Path, code: Problem['code'], ko: string, en: string) => {
    if (!set.has(value)) out.push(problem(jsonPath(path), code, `${ko} "${value}"를 찾을 수 없습니다`, `${en} "${value}" does not exist in this dataset`));
  };
  const dept = (value: string, path: Path) => ref(departments, value, path, 'unknown-department', '부서', 'department');

  data.departments.forEach((item, i) => item.parentId && dept(item.parentId, ['departments', i, 'parentId']));
  // The widgets read a dataset as one office and its departments: the office's gauge covers every
  // budget line, the staffing table's total is the office's. A second office would be summed into
  // the first, so it is refused with what to write instead.
  const office = data.departments.find((department) => department.kind === 'office');
  data.departments.forEach((item, i) => {
    if (item.kind !== 'office' || item === office) return;
    out.push(
      problem(
        jsonPath(['departments', i, 'kind']),
        'invalid-value',
        `실/국(office)은 하나만 쓸 수 있습니다(이미 실/국인 부서: "${office!.id}"). 그 아래 부서이면 division 등 다른 kind를 쓰세요`,
        `only one department may be the office; "${office!.id}" already is. Give a department under it another kind (division, task-force, …)`,
      ),
    );
  });
  // A key of the printed staffing totals names a department too ("famliy" would read as 0 staff).
  for (const key of Object.keys(data.staffingTotals?.byDepartment ?? {})) {
    if (departments.has(key)) continue;
    const meant = onlyNearest([...departments], (id) => editDistance(key, id), slipsAllowed(key.length, 4));
    out.push(
      problem(
        jsonPath(['staffingTotals', 'byDepartment', key]),
        'unknown-department',
        `부서 "${key}"를 찾을 수 없습니다${meant ? ` (올바른 아이디: "${meant}")` : ''}`,
        `department "${key}" does not exist in this dataset${meant ? ` (did you mean "${meant}"?)` : ''}`,
      ),
    );
  }
  const staffKeys = new Set<string>();
  data.staffing.forEach((row, i) => {
    dept(row.departmentId, ['staffing', i, 'departmentId']);
    const key = `${row.departmentId}|${row.category}`;
    if (staffKeys.has(key)) {
      out.push(problem(jsonPath(['staffing', i]), 'duplicate-row', `${row.departmentId}의 ${row.category} 행이 중복됩니다`, `more than one ${row.category} row for ${row.departmentId}`));
    }
    staffKeys.add(key);
  });
  data.budgetLines.forEach((line, i) => dept(line.departmentId, ['budgetLines', i, 'departmentId']));
  data.executionTotals.forEach((total, i) => dept(total.departmentId, ['executionTotals', i, 'departmentId']));
  data.budget?.accounts.forEach((account, i) => {
    if (account.parentId) ref(accounts, account.parentId, ['budget', 'accounts', i, 'parentId'], 'unknown-account', '회계', 'account');
  });
  data.budget?.changes?.forEach((change, i) =>
    change.budgetLineIds?.forEach((lineId, j) => ref(lines, lineId, ['budget', 'changes', i, 'budgetLineIds', j], 'unknown-budget-line', '세부사업', 'budget line')),
  );
  const parentOf = new Map(data.programs.map((program) => [program.id, program.parentId]));
  data.programs.forEach((program, i) => {
    dept(program.departmentId, ['programs', i, 'departmentId']);
    if (program.parentId) ref(programs, program.parentId, ['programs', i, 'parentId'], 'unknown-program', '사업', 'program');
    // A parent chain that comes back (A → A, or A → B → A): the card would list a program as a part
    // of its own part.
    const chain = [program.id];
    for (let parent = program.parentId; parent !== undefined && chain.length <= data.programs.length; parent = parentOf.get(parent)) {
      chain.push(parent);
      if (parent !== program.id) continue;
      out.push(
        problem(
          jsonPath(['programs', i, 'parentId']),
          'invalid-value',
          `상위 사업(parentId)을 따라가면 이 사업으로 돌아옵니다: ${chain.join(' → ')}`,
          `its parentId chain comes back to this program: ${chain.join(' → ')}`,
        ),
      );
      break;
    }
    program.budgetLineIds?.forEach((lineId, j) => ref(lines, lineId, ['programs', i, 'budgetLineIds', j], 'unknown-budget-line', '세부사업', 'budget line'));
    program.facilityIds?.forEach((facilityId, j) => ref(facilities, facilityId, ['programs', i, 'facilityIds', j], 'unknown-facility', '시설', 'facility'));
    program.districts?.forEach((district, j) => checkDistrict(district, ['programs', i, 'districts', j], out));
  });
  data.facilities.forEach((facility, i) => {
    ref(facilityTypes, facility.type, ['facilities', i, 'type'], 'unknown-facility-type', '시설 유형', 'facility type');
    if (facility.district !== null) checkDistrict(facility.district, ['facilities', i, 'district'], out);
    if (facility.district !== null && facility.districtUnknown) {
      out.push(problem(jsonPath(['facilities', i, 'districtUnknown']), 'invalid-value', '자치구가 있으면 districtUnknown을 쓸 수 없습니다', 'districtUnknown is only for facilities whose district is null'));
    }
    facility.programIds?.forEach((programId, j) => ref(programs, programId, ['facilities', i, 'programIds', j], 'unknown-program', '사업', 'program'));
  });
  data.infrastructure.forEach((item, i) => {
    if (item.facilityType) ref(facilityTypes, item.facilityType, ['infrastructure', i, 'facilityType'], 'unknown-facility-type', '시설 유형', 'facility type');
  });
  return out;
}

const UNIT_STEP = { 천원: 1_000, 백만원: 1_000_000, 억원: 100_000_000 } as const;

/** What a total is of, in both languages: a name (`en` falling back to `ko`) and what of it. */
interface TotalLabel {
  ko: string;
  en: string;
}

const totalLabel = (name: { ko: string; en?: string }, ko = '', en = ko): TotalLabel => ({ ko: `${name.ko}${ko}`, en: `${name.en ?? name.ko}${en}` });

/**
 * `computed` is the parts' sum at the printed precision, `exact` the sum itself: both are shown when
 * they differ, so the message never reads as if the parts summed to the rounded figure. Parts about
 * a thousand times off the total almost always mean amounts typed in 천원 among amounts in won.
 */
function totalMismatch(path: Path, label: TotalLabel, computed: number, printed: number, exact = computed): Problem {
  const en = (amount: number) => `${amount.toLocaleString('en')} won`;
  const thousandfold = exact !== 0 && [1000, 0.001].some((ratio) => Math.abs(printed / exact / ratio - 1) < 0.02);
  return problem(
    jsonPath(path),
    'total-mismatch',
    `${label.ko} 합계가 맞지 않습니다: 항목 합 ${won(exact)}${exact === computed ? '' : `(표기 단위로 ${won(computed)})`}, 표기 ${won(printed)}` +
      (thousandfold ? '. 약 1,000배 차이입니다: 모든 금액을 원 단위로 적었는지 확인하세요(천원 단위와 섞임)' : ''),
    `${label.en} does not add up: parts sum to ${en(exact)}${exact === computed ? '' : ` (${en(computed)} at the printed precision)`}, printed ${en(printed)}` +
      (thousandfold ? '; about 1,000 times apart: check that every amount is in won, not thousands of won' : ''),
  );
}

/** A total printed exactly, or rounded to the unit the source printed it in. */
function addsUp(exact: number, printed: number, unit: keyof typeof UNIT_STEP | undefined): boolean {
  return exact === printed || (unit !== undefined && roundToStep(exact, UNIT_STEP[unit]) === printed);
}

/**
 * `part` ÷ `whole` as a percentage rounded half-up to one decimal, as official tables print rates
 * (and the widgets show them), or to more where the rate is given with more (36.25). Never fewer:
 * JSON writes the printed "36.0%" as 36, which must still be checked to the tenth. A source that
 * prints whole percentages leaves `printedRate` out (the message says so).
 */
const rateAsPrinted = (part: number, whole: number, printed: number) =>
  percentShare(part, whole, Math.min(4, Math.max(1, (String(printed).split('.')[1] ?? '').length)));

const WHOLE_PERCENT_HINT = {
  ko: '. 출처가 정수 %로만 적었다면 이 값을 빼세요',
  en: '; if the source prints whole percentages only, leave the rate out',
};
/** The hint, for a printed whole percentage that the rate rounds to. */
const wholePercentHint = (part: number, whole: number, printed: number, locale: 'ko' | 'en') =>
  Number.isInteger(printed) && percentShare(part, whole, 0) === printed ? WHOLE_PERCENT_HINT[locale] : '';

function checkPrintedRate(spent: number, budget: number, printed: number | undefined, path: Path, out: Problem[]): void {
  if (printed === undefined) return;
  const computed = rateAsPrinted(spent, budget, printed);
  if (computed === printed) return;
  const shown = computed === null ? 'n/a' : `${computed}%`;
  out.push(
    problem(
      jsonPath([...path, 'printedRate']),
      'rate-mismatch',
      `집행률 ${printed}%가 지출액/예산액(반올림 ${shown})과 다릅니다${wholePercentHint(spent, budget, printed, 'ko')}`,
      `printed rate ${printed}% differs from spent/budget rounded half-up (${shown})${wholePercentHint(spent, budget, printed, 'en')}`,
    ),
  );
}

/** Spent above budget is possible (transfers) but always worth a look. */
function checkSpentWithinBudget(spent: number, budget: number, path: Path, out: Problem[]): void {
  if (spent <= budget) return;
  out.push(
    problem(jsonPath([...path, 'spent']), 'spent-exceeds-budget', `지출액(${won(spent)})이 예산현액(${won(budget)})보다 큽니다`, `spent (${spent}) is greater than the budget (${budget})`, 'warning'),
  );
}

/** Consistency layer: every printed total equals the sum of its parts at the printed precision. */
export function consistencyProblems(data: Dataset): Problem[] {
  const out: Problem[] = [];

  data.budgetLines.forEach((line, i) => {
    checkSpentWithinBudget(line.spent, line.budget, ['budgetLines', i], out);
    checkPrintedRate(line.spent, line.budget, line.printedRate, ['budgetLines', i], out);
  });

  // Execution totals: the office total covers every line; a department total covers its lines.
  // (Grouped once: a filter per total took minutes on a large district file.)
  const officeId = data.departments.find((d) => d.kind === 'office')?.id;
  const linesByDepartment = new Map<string, Dataset['budgetLines']>();
  for (const line of data.budgetLines) {
    const lines = linesByDepartment.get(line.departmentId) ?? [];
    lines.push(line);
    linesByDepartment.set(line.departmentId, lines);
  }
  const totalFor = new Map<string, number>();
  data.executionTotals.forEach((total, i) => {
    // The gauge shows the first total for a department; a second is a copy-paste slip.
    const first = totalFor.get(total.departmentId);
    if (first !== undefined) {
      out.push(
        problem(
          jsonPath(['executionTotals', i, 'departmentId']),
          'duplicate-row',
          `${total.departmentId}의 집행 합계가 두 번 있습니다(executionTotals[${first}])`,
          `more than one execution total for ${total.departmentId} (see executionTotals[${first}])`,
        ),
      );
      return;
    }
    totalFor.set(total.departmentId, i);
    const parts = total.departmentId === officeId ? data.budgetLines : (linesByDepartment.get(total.departmentId) ?? []);
    const step = UNIT_STEP[total.sourceUnit ?? '백만원'];
    const exactBudget = parts.reduce((sum, line) => sum + line.budget, 0);
    const exactSpent = parts.reduce((sum, line) => sum + line.spent, 0);
    const name = data.departments.find((department) => department.id === total.departmentId)?.name ?? { ko: total.departmentId };
    // A total matches at the printed precision, or exactly (a district's total in whole won).
    if (parts.length > 0 && !addsUp(exactBudget, total.budget, total.sourceUnit ?? '백만원')) {
      out.push(totalMismatch(['executionTotals', i, 'budget'], totalLabel(name, ' 예산', ' budget'), roundToStep(exactBudget, step), total.budget, exactBudget));
    }
    if (parts.length > 0 && !addsUp(exactSpent, total.spent, total.sourceUnit ?? '백만원')) {
      out.push(totalMismatch(['executionTotals', i, 'spent'], totalLabel(name, ' 지출', ' spending'), roundToStep(exactSpent, step), total.spent, exactSpent));
    }
    checkSpentWithinBudget(total.spent, total.budget, ['executionTotals', i], out);
    if (total.lineCount !== undefined && total.lineCount !== parts.length) {
      out.push(
        problem(
          jsonPath(['executionTotals', i, 'lineCount']),
          'count-mismatch',
          `세부사업 수 ${total.lineCount}개로 표기되었으나 ${parts.length}개가 있습니다`,
          `printed line count ${total.lineCount} but the dataset has ${parts.length} lines`,
        ),
      );
    }
    checkPrintedRate(total.spent, total.budget, total.printedRate, ['executionTotals', i], out);
  });

  checkStaffing(data, out);
  checkBudgetSummary(data, out);

  data.funds.forEach((fund, i) => {
    if (!fund.components?.length) return;
    const sum = fund.components.reduce((acc, part) => acc + part.amount, 0);
    if (!addsUp(sum, fund.amount, fund.sourceUnit)) {
      out.push(totalMismatch(['funds', i, 'amount'], totalLabel(fund.name), fund.sourceUnit ? roundToStep(sum, UNIT_STEP[fund.sourceUnit]) : sum, fund.amount, sum));
    }
  });

  data.programs.forEach((program, i) => {
    const funding = program.budget?.funding;
    if (!program.budget || !funding?.length) return;
    const shares = funding.map((f) => f.share);
    if (shares.every((share) => share !== undefined)) {
      const sum = Math.round(shares.reduce((acc: number, share) => acc + (share ?? 0), 0) * 1000) / 1000;
      if (sum !== 100) {
        out.push(problem(jsonPath(['programs', i, 'budget', 'funding']), 'share-sum', `재원 분담 비율의 합이 ${sum}%입니다`, `funding shares add up to ${sum}%, not 100%`, 'warning'));
      }
    }
    // A part budgeted separately (별도) is not in the budget's amount.
    const included = funding.filter((f) => !isSeparateNote(f.note));
    if (included.length > 0 && included.every((f) => f.amount !== undefined)) {
      const sum = included.reduce((acc, f) => acc + (f.amount ?? 0), 0);
      if (sum !== program.budget.amount) {
        out.push(
          problem(
            jsonPath(['programs', i, 'budget', 'funding']),
            'funding-sum',
            `재원별 금액의 합${included.length < funding.length ? '(별도 제외)' : ''}(${won(sum)})이 사업비(${won(program.budget.amount)})와 다릅니다`,
            `funding amounts${included.length < funding.length ? ' (별도 parts aside)' : ''} add up to ${sum} won, not the budget of ${program.budget.amount} won`,
            'warning',
          ),
        );
      }
    }
  });
  return out;
}

type Counts = { quota: number; current: number; women: number };
const zero = (): Counts => ({ quota: 0, current: 0, women: 0 });
const add = (into: Counts, row: Counts) => {
  into.quota += row.quota;
  into.current += row.current;
  into.women += row.women;
};

function compareCounts(computed: Counts, printed: Counts, path: Path, label: { ko: string; en: string }, out: Problem[]): void {
  for (const key of ['quota', 'current', 'women'] as const) {
    if (computed[key] !== printed[key]) {
      out.push(
        problem(
          jsonPath([...path, key]),
          'total-mismatch',
          `${label.ko} ${key} 합계가 맞지 않습니다: 행의 합 ${computed[key]}명, 표기 ${printed[key]}명`,
          `${label.en} ${key} does not add up: rows sum to ${computed[key]}, printed ${printed[key]}`,
        ),
      );
    }
  }
}

function checkStaffing(data: Dataset, out: Problem[]): void {
  data.staffing.forEach((row, i) => {
    if (row.women > row.current) {
      out.push(
        problem(
          jsonPath(['staffing', i, 'women']),
          'women-exceed-current',
          `여성 인원(${row.women}명)이 현원(${row.current}명)보다 많습니다`,
          `women (${row.women}) cannot exceed current staff (${row.current})`,
        ),
      );
    }
  });
  const printed = data.staffingTotals;
  if (!printed) return;
  const total = zero();
  const byCategory = new Map<StaffCategory, Counts>();
  const byDepartment = new Map<string, Counts>();
  for (const row of data.staffing) {
    add(total, row);
    if (!byCategory.has(row.category)) byCategory.set(row.category, zero());
    if (!byDepartment.has(row.departmentId)) byDepartment.set(row.departmentId, zero());
    add(byCategory.get(row.category)!, row);
    add(byDepartment.get(row.departmentId)!, row);
  }
  compareCounts(total, printed.total, ['staffingTotals', 'total'], { ko: '정원·현원 전체', en: 'Total staff' }, out);
  for (const [category, counts] of Object.entries(printed.byCategory ?? {})) {
    compareCounts(byCategory.get(category as StaffCategory) ?? zero(), counts, ['staffingTotals', 'byCategory', category], { ko: category, en: category }, out);
  }
  for (const [department, counts] of Object.entries(printed.byDepartment ?? {})) {
    compareCounts(byDepartment.get(department) ?? zero(), counts, ['staffingTotals', 'byDepartment', department], { ko: department, en: department }, out);
  }
}

function checkBudgetSummary(data: Dataset, out: Problem[]): void {
  const accounts = data.budget?.accounts ?? [];
  const unit = data.budget?.sourceUnit;
  const rounded = (sum: number) => (unit ? roundToStep(sum, UNIT_STEP[unit]) : sum);
  const childrenOf = new Map<string, typeof accounts>();
  for (const account of accounts) {
    if (account.parentId === undefined) continue;
    const children = childrenOf.get(account.parentId) ?? [];
    children.push(account);
    childrenOf.set(account.parentId, children);
  }
  accounts.forEach((account, i) => {
    const children = childrenOf.get(account.id) ?? [];
    if (children.length > 0) {
      const sum = children.reduce((acc, child) => acc + child.amount, 0);
      if (!addsUp(sum, account.amount, unit)) out.push(totalMismatch(['budget', 'accounts', i, 'amount'], totalLabel(account.name), rounded(sum), account.amount, sum));
      if (account.previousAmount !== undefined && children.every((child) => child.previousAmount !== undefined)) {
        const previous = children.reduce((acc, child) => acc + (child.previousAmount ?? 0), 0);
        if (!addsUp(previous, account.previousAmount, unit)) {
          out.push(
            totalMismatch(['budget', 'accounts', i, 'previousAmount'], totalLabel(account.name, ' (전년)', ' (previous year)'), rounded(previous), account.previousAmount, previous),
          );
        }
      }
    }
    if (account.previousAmount === undefined) return;
    const change = account.amount - account.previousAmount;
    const name = totalLabel(account.name);
    if (account.change !== undefined && account.change !== change) {
      out.push(
        problem(
          jsonPath(['budget', 'accounts', i, 'change']),
          'total-mismatch',
          `${name.ko} 증감 ${won(account.change)}이 금액 − 전년 금액(${won(change)})과 다릅니다`,
          `${name.en} change ${account.change.toLocaleString('en')} won differs from amount − previousAmount (${change.toLocaleString('en')} won)`,
        ),
      );
    }
    if (account.changeRate !== undefined) {
      const magnitude = rateAsPrinted(Math.abs(change), account.previousAmount, account.changeRate);
      const rate = magnitude === null ? null : Math.sign(change) * magnitude;
      if (rate !== account.changeRate) {
        const shown = rate === null ? 'n/a' : `${rate}%`;
        // Not for a rate of the wrong sign: whole percents are not what is wrong with it.
        const hint = (locale: 'ko' | 'en') =>
          Math.sign(change) === Math.sign(account.changeRate!) ? wholePercentHint(Math.abs(change), account.previousAmount!, Math.abs(account.changeRate!), locale) : '';
        out.push(
          problem(
            jsonPath(['budget', 'accounts', i, 'changeRate']),
            'rate-mismatch',
            `${name.ko} 증감률 ${account.changeRate}%가 (금액 − 전년 금액) ÷ 전년 금액(반올림 ${shown})과 다릅니다${hint('ko')}`,
            `${name.en} change rate ${account.changeRate}% differs from (amount − previousAmount) ÷ previousAmount rounded half-up (${shown})${hint('en')}`,
          ),
        );
      }
    }
  });
}
