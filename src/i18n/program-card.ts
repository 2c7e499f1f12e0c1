import { defineLabels, type EnglishWords, type Widen } from './labels.js';

/** Words of `<wfp-program-card>` and `<wfp-program-list>`. Funding names follow the report (국비 / 시비 / 구비). */
const ko = {
  kinds: {
    initiative: '주요 추진사업',
    program: '부서 사업',
  },
  partOf: (parent: string) => `「${parent}」 세부사업`,
  /** An initiative whose budget and results the report prints under its parts, each its own card. */
  parts: (titles: string) => `세부사업: ${titles}`,
  budgetHeading: '예산',
  budgetOfYear: (year: number) => `${year}년 예산`,
  /** Budget notes the report prints instead of an amount, in the reader's words. */
  budgetNotes: { 비예산: '비예산' } as Record<string, string>,
  fundingHeading: '재원 분담',
  sources: {
    national: '국비',
    city: '시비',
    district: '구비',
    private: '민간',
  },
  separate: '별도',
  separateExplained: '별도: 위 예산액에 포함되지 않고 따로 편성되는 몫입니다.',
  unspecified: '구분 미기재',
  executionHeading: '예산 집행',
  /** Under the execution heading when the budget lines are not this program's alone (ProgramView.lineScope). */
  lineScope: (sharedWith: number, wider: boolean) =>
    `이 사업만이 아닌 세부사업 전체의 집행률입니다(${[sharedWith > 0 ? `다른 사업 ${sharedWith}개와 공유` : '', wider ? '세부사업 예산이 이 사업 예산보다 큼' : '']
      .filter(Boolean)
      .join(', ')}).`,
  /** Under a budget larger than its department's whole budget (ProgramView.departmentBudget). */
  beyondDepartment: (department: string, amount: string) => `${department} 예산 전체(${amount})보다 큰 금액으로, 이 부서만의 예산이 아닙니다.`,
  kpiHeading: '목표 및 실적',
  target: '목표',
  actual: '실적',
  achievement: '달성률',
  moreKpis: (count: number) => `그 밖의 지표 ${count}개`,
  moreLines: (count: number) => `세부사업 ${count}개 더 보기`,
  whereHeading: '운영 지역',
  districtsLabel: '자치구',
  citywide: '서울 전체',
  facilitiesHeading: '관련 시설',
  detailsSummary: '자세히 보기',
  overviewHeading: '사업 개요',
  legalBasisHeading: '추진 근거',
  achievementsHeading: '추진 실적',
  plansHeading: '향후 계획',
  planStatus: {
    past: '지난 일정',
    ongoing: '진행 중',
    upcoming: '예정',
  },
  contactsHeading: '문의',
  tablesHeading: '보고서 표',
  budgetNoteHeading: '예산 (보고서 원문)',
  errors: {
    programMissing: 'program 속성에 사업 id를 지정하세요. 예: program="mom-dad-taxi"',
    programNotFound: (id: string) => `"${id}" 사업을 찾을 수 없습니다.`,
    howToFindIds:
      '사업 id는 데이터 파일의 programs[].id 값입니다(예: mom-dad-taxi). 정확한 한글 사업명도 쓸 수 있고(program-ids에서는 쉼표로 구분), <wfp-program-list>로 전체 사업을 볼 수 있습니다.',
    didYouMean: (ids: string) => `비슷한 id: ${ids}`,
    invalidUnit: (value: string, valid: string) => `unit="${value}"은(는) 쓸 수 없습니다. 가능한 값: ${valid}`,
  },
  list: {
    filtersLabel: '사업 찾기',
    searchLabel: '사업명 검색',
    searchHint: '초성으로도 찾을 수 있습니다. 예: ㅋㅈㅋㅍ → 키즈카페',
    divisionLabel: '담당 부서',
    allDivisions: '모든 부서',
    districtLabel: '자치구',
    allDistricts: '모든 자치구',
    sortLabel: '정렬',
    sorts: {
      order: '보고서 순서',
      curated: '지정한 순서',
      budget: '예산 많은 순',
      title: '사업명 가나다순',
      achievement: '목표 달성률 높은 순',
    },
    resultsLabel: '사업 목록',
    count: (shown: number, total: number) => (shown === total ? `사업 ${total}개` : `전체 ${total}개 사업 중 ${shown}개`),
    districtNotice: (district: string) => `${district}에서 운영하는 사업을 먼저, 서울 전체 대상 사업을 이어서 보여 줍니다.`,
    scopeLabel: '대상 지역',
    empty: '조건에 맞는 사업이 없습니다. 검색어를 바꾸거나 조건을 초기화해 보세요.',
    noPrograms: '이 데이터에는 사업이 없습니다.',
    someNotShown: '일부 사업을 표시할 수 없습니다',
    reset: '조건 초기화',
  },
  listErrors: {
    unknownIds: (ids: string) => `program-ids에 데이터에 없는 사업 id가 있습니다: ${ids}`,
    invalidSort: (value: string, valid: string) => `sort="${value}"은(는) 쓸 수 없습니다. 가능한 값: ${valid}`,
    unknownDivision: (value: string, valid: string) => `"${value}" 부서를 찾을 수 없습니다. 가능한 값: ${valid}`,
    noPrograms: (value: string, valid: string) => `"${value}"이(가) 맡은 사업은 이 데이터에 없습니다. 사업이 있는 부서: ${valid}`,
    noProgramsInList: (value: string, valid: string) => `"${value}"이(가) 맡은 사업은 program-ids 목록에 없습니다. 목록에 사업이 있는 부서: ${valid}`,
    unknownDistrict: (value: string, valid: string) => `"${value}" 자치구를 찾을 수 없습니다. 가능한 값: ${valid}`,
  },
} as const;

/** The English words error events and attribute parsing need on every page, whatever its language. */
const always = {
  errors: {
    programMissing: 'Set the program attribute to a program id, e.g. program="mom-dad-taxi".',
    programNotFound: (id) => `There is no program "${id}".`,
    howToFindIds:
      'Program ids are the programs[].id values in the data file (e.g. mom-dad-taxi). The exact Korean title works too (separated by commas in program-ids), and <wfp-program-list> shows every program.',
    didYouMean: (ids) => `Similar ids: ${ids}`,
    invalidUnit: (value, valid) => `unit="${value}" cannot be used. Valid values: ${valid}`,
  },
  listErrors: {
    unknownIds: (ids) => `program-ids names programs the data does not have: ${ids}`,
    invalidSort: (value, valid) => `sort="${value}" cannot be used. Valid values: ${valid}`,
    unknownDivision: (value, valid) => `There is no division "${value}". Valid values: ${valid}`,
    noPrograms: (value, valid) => `"${value}" runs no program in this dataset. Divisions with programs: ${valid}`,
    noProgramsInList: (value, valid) => `"${value}" runs none of the programs in program-ids. Divisions with programs in the list: ${valid}`,
    unknownDistrict: (value, valid) => `There is no district "${value}". Valid values: ${valid}`,
  },
} satisfies Partial<Widen<typeof ko>>;

/** The rest of the English words, in src/i18n/en/program-card.ts: loaded only on English pages. */
export type ProgramCardEnglish = EnglishWords<typeof ko, keyof typeof always>;

export const programCardLabels = defineLabels(ko, always, (english) => english.programCard);
