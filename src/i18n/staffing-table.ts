import { defineLabels, type EnglishWords, type Widen } from './labels.js';

/** Words of `<wfp-staffing-table>`. Category names follow the report's column headers. */
const ko = {
  title: (office: string) => `${office} 인력 현황`,
  titleWithoutOffice: '인력 현황',
  departmentHeader: '부서',
  totalColumn: '계',
  /** The first column when `categories` leaves some out: it adds up the shown ones only. */
  subtotalColumn: '소계',
  subtotalNote: (shown: string) => `소계는 표시한 직종(${shown})만 집계한 값으로, 부서의 전체 인원이 아닙니다.`,
  totalRow: '계',
  /** The totals card's title on a phone, where "계" would sit over its own first line "계". */
  totalCard: '전체',
  categories: {
    administrative: '행정직',
    technical: '기술직',
    operations: '관리운영직',
    'fixed-term': '임기제',
  },
  measures: {
    report: '정원 / 현원 (여성)',
    quota: '정원',
    current: '현원',
    women: '여성 공무원 수',
    vacancy: '결원 (정원 − 현원)',
    'women-share': '여성 비율',
  },
  legends: {
    report:
      '각 칸은 정원 / 현원 (여성) 순서입니다. 정원은 정해진 공무원 수, 현원은 기준일에 실제로 근무하는 공무원 수, 괄호 안은 현원 가운데 여성 공무원 수입니다. 열을 정렬하면 정원 기준으로 정렬됩니다.',
    quota: '정원: 조직에 정해진 공무원 수입니다.',
    current: '현원: 기준일에 실제로 근무하는 공무원 수입니다.',
    women: '여성 공무원 수: 현원 가운데 여성 공무원 수입니다.',
    vacancy:
      '결원 = 정원 − 현원. 양수는 비어 있는 자리 수이고, 음수는 현원이 정원보다 많은 것으로 “정원 초과”라고 함께 적습니다.',
    'women-share': '여성 비율 = 여성 공무원 수 ÷ 현원, 소수 둘째 자리에서 반올림해 첫째 자리까지 씁니다. 현원이 0명이면 “해당 없음”입니다.',
  },
  barsNote: {
    relative: '막대는 각 열에서 가장 큰 값에 견준 크기입니다(계 행 제외). 수치를 대신하지 않습니다.',
    percent: '막대 길이는 100%를 기준으로 합니다. 수치를 대신하지 않습니다.',
  },
  overStrength: '정원 초과',
  /** A "정원 / 현원 (여성)" cell as a screen reader hears it. */
  spokenReport: (quota: string, current: string, women: string) => `정원 ${quota}명, 현원 ${current}명, 여성 ${women}명`,
  selectedUnit: '(강조 표시된 부서)',
  noRowOfItsOwn: (unit: string) => `이 표에는 ${unit}의 행이 따로 없습니다. 표 전체를 보여 드립니다.`,
  download: 'CSV 내려받기',
  sorted: (column: string, direction: 'ascending' | 'descending') =>
    `${column} 기준 ${direction === 'ascending' ? '오름차순' : '내림차순'}으로 정렬했습니다.`,
  empty: '이 데이터에는 부서별 정원·현원 표가 없습니다.',
  errors: {
    measure: (value: string, valid: string) => `measure 값 "${value}"은(는) 쓸 수 없습니다. 다음 중 하나를 쓰세요: ${valid}.`,
    categories: (values: readonly string[], valid: string) =>
      `categories에 알 수 없는 직종이 있습니다: ${values.map((value) => `"${value}"`).join(', ')}. 쉼표로 구분해 다음 값을 쓰세요: ${valid}.`,
    department: (value: string, valid: string) => `부서 "${value}"은(는) 인력 현황 표에 없습니다. 다음 중 하나(id 또는 이름)를 쓰세요: ${valid}.`,
    rejectedRows: '인력 현황에서 거부된 행:',
    moreProblems: (count: number) => `외 ${count}건`,
  },
} as const;

/** The English words error events and attribute parsing need on every page, whatever its language. */
const always = {
  categories: {
    administrative: 'Administrative',
    technical: 'Technical',
    operations: 'Operations',
    'fixed-term': 'Fixed-term',
  },
  measures: {
    report: 'Quota / current (women)',
    quota: 'Quota',
    current: 'Current staff',
    women: 'Women',
    vacancy: 'Vacancies (quota − current)',
    'women-share': 'Share of women',
  },
  errors: {
    measure: (value, valid) => `The measure "${value}" is not available. Use one of: ${valid}.`,
    categories: (values, valid) =>
      `Unknown job ${values.length === 1 ? 'category' : 'categories'} in categories: ${values.map((value) => `"${value}"`).join(', ')}. Use a comma-separated list of: ${valid}.`,
    department: (value, valid) => `The unit "${value}" is not in the staffing table. Use one of (id or name): ${valid}.`,
    rejectedRows: 'Staffing rows rejected:',
    moreProblems: (count) => `and ${count} more`,
  },
} satisfies Partial<Widen<typeof ko>>;

/** The rest of the English words, in src/i18n/en/staffing-table.ts: loaded only on English pages. */
export type StaffingTableEnglish = EnglishWords<typeof ko, keyof typeof always>;

export const staffingTableLabels = defineLabels(ko, always, (english) => english.staffingTable);

export type StaffingTableLabels = (typeof staffingTableLabels)['ko'];
