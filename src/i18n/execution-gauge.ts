import { defineLabels, type EnglishWords, type Widen } from './labels.js';

/**
 * Words of `<wfp-execution-gauge>`. Korean messages avoid attaching particles to values whose last
 * syllable is unknown (a department name typed by a webmaster) by quoting them and using
 * "…에 해당하는" / "은(는)", as official notices do.
 */
const ko = {
  caption: '예산 집행률',
  /**
   * The meter's aria-valuetext: "31.2%, 2조 722억원 중 6,467억원 집행". A screen reader reads it after
   * the meter's name, which already says what is measured ("영유아담당관 예산 집행률"; a breakdown
   * row's, the line, inside the list "세부사업별 집행률"), so the caption is not said twice.
   */
  valueText: (rate: string, amounts: string) => `${rate}, ${amounts}`,
  amounts: (budget: string, spent: string) => `${budget} 중 ${spent} 집행`,
  paceSentence: (status: 'ahead' | 'behind' | 'on-pace', difference: string, pace: string) =>
    status === 'on-pace'
      ? `계획 진도(${pace})와 같음`
      : `계획 진도(${pace})보다 ${difference}%p ${status === 'ahead' ? '앞섬' : '뒤처짐'}`,
  paceShort: { ahead: '앞섬', behind: '뒤처짐', 'on-pace': '진도 일치' },
  budgetZeroNote: '예산이 0원이어서 집행률을 계산할 수 없습니다.',
  /** Over the figures a page gave, when pace="auto" could not read the dataset's as-of date. */
  paceUnavailable: '계획 진도를 표시할 수 없습니다',
  overspentNote: (rate: string) => `집행액이 예산보다 많습니다(집행률 ${rate}). 그래프는 100%까지만 그립니다.`,
  overspentShort: '예산 초과',
  lineOf: (department: string) => `${department} 세부사업`,
  breakdownHeading: { office: '부서별 집행률', department: '세부사업별 집행률' },
  sortLabel: '정렬',
  sortOptions: { printed: '보고서 순서', rate: '집행률 높은 순', budget: '예산 많은 순', name: '이름순' },
  shownCount: (shown: number, total: number) => (shown === total ? `전체 ${total}개` : `${total}개 중 ${shown}개 표시`),
  showFewer: (limit: number) => `처음 ${limit}개만 보기`,
  noFigures: (name: string) => `${name}의 예산 집행 현황은 이 데이터에 없습니다.`,
  noExecutionData: '이 데이터에는 예산 집행 현황이 없습니다.',
  errors: {
    unknownDepartment: (value: string, valid: string) => `"${value}"에 해당하는 부서가 없습니다. 사용할 수 있는 값: ${valid}`,
    unknownLine: (value: string) => `"${value}"에 해당하는 세부사업이 없습니다.`,
    lineIdRange: (department: string, first: string, last: string, count: number) =>
      `${department}의 세부사업 id는 ${first}부터 ${last}까지입니다(${count}개).`,
    lineIdFormat: (example: string, departmentIds: string) =>
      `세부사업 id는 "부서 id-세 자리 번호" 형식입니다(예: ${example}). 부서 id: ${departmentIds}`,
    ambiguousLine: (value: string, ids: string) => `이름이 "${value}"인 세부사업이 여러 개입니다. id로 지정하세요: ${ids}`,
    lineNotInDepartment: (line: string, lineDepartment: string, department: string) =>
      `세부사업 ${line}의 소속 부서는 ${lineDepartment}입니다. department="${department}" 값과 맞지 않습니다.`,
    notANumber: (attribute: string, value: string) =>
      `${attribute} 값 "${value}"은(는) 금액이 아닙니다. 원 단위의 0 이상 정수로 쓰세요(예: ${attribute}="2072211000000").`,
    missingPair: (given: string, missing: string) => `${given}만 지정되었습니다. ${missing}도 원 단위 정수로 함께 지정하세요.`,
    budgetZero: '예산(budget)이 0원이어서 집행률을 계산할 수 없습니다. 집행률은 "해당 없음"으로 표시합니다.',
    overspent: (spent: string, budget: string, rate: string) =>
      `집행액(spent, ${spent})이 예산(budget, ${budget})보다 많습니다. 실제 집행률 ${rate}을(를) 그대로 표시합니다.`,
    invalidChoice: (attribute: string, value: string, valid: string) =>
      `${attribute} 값 "${value}"은(는) 쓸 수 없습니다. 사용할 수 있는 값: ${valid}`,
    invalidPace: (value: string) => `pace 값 "${value}"은(는) 쓸 수 없습니다. "auto" 또는 0에서 100 사이의 숫자(%)로 쓰세요.`,
  },
} as const;

/** The English words error events and attribute parsing need on every page, whatever its language. */
const always = {
  noFigures: (name) => `This dataset has no budget execution figures for the ${name}.`,
  noExecutionData: 'This dataset has no budget execution figures.',
  errors: {
    unknownDepartment: (value, valid) => `There is no department "${value}". Valid values: ${valid}`,
    unknownLine: (value) => `There is no budget line "${value}".`,
    lineIdRange: (department, first, last, count) => `Budget lines of the ${department} run from ${first} to ${last} (${count}).`,
    lineIdFormat: (example, departmentIds) =>
      `Budget line ids have the form "department id-three-digit number" (e.g. ${example}). Department ids: ${departmentIds}`,
    ambiguousLine: (value, ids) => `Several budget lines are named "${value}". Use an id instead: ${ids}`,
    lineNotInDepartment: (line, lineDepartment, department) =>
      `Budget line ${line} belongs to ${lineDepartment}, not to department="${department}".`,
    notANumber: (attribute, value) =>
      `The ${attribute} value "${value}" is not an amount. Use a whole number of won, 0 or more (e.g. ${attribute}="2072211000000").`,
    missingPair: (given, missing) => `Only ${given} is set. Set ${missing} as well, as a whole number of won.`,
    budgetZero: 'The budget is 0 won, so no execution rate can be computed; it is shown as "not applicable".',
    overspent: (spent, budget, rate) =>
      `The amount spent (spent, ${spent}) exceeds the budget (budget, ${budget}). The real rate, ${rate}, is shown as is.`,
    invalidChoice: (attribute, value, valid) => `The ${attribute} value "${value}" is not supported. Valid values: ${valid}`,
    invalidPace: (value) => `The pace value "${value}" is not supported. Use "auto" or a number from 0 to 100 (percent).`,
  },
} satisfies Partial<Widen<typeof ko>>;

/** The rest of the English words, in src/i18n/en/execution-gauge.ts: loaded only on English pages. */
export type ExecutionGaugeEnglish = EnglishWords<typeof ko, keyof typeof always>;

export const executionGaugeLabels = defineLabels(ko, always, (english) => english.executionGauge);

export type ExecutionGaugeLabels = (typeof executionGaugeLabels)['ko'];
