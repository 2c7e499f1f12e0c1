/**
 * Datasets the hardening tests build: small valid ones (long-lived pages), one with a payload in
 * every text field (hostile content), and large ones (scale). All satisfy the schema's consistency
 * rules, so parseDataset accepts them — the tests check that too.
 */
import type { DatasetInput } from '../../src/schema/types.js';

const META = {
  title: { ko: '시험 데이터', en: 'Test data' },
  publisher: { ko: '시험구', en: 'Test district' },
  asOf: '2024-03-31',
  reported: '2024-04',
  source: '시험용 보고서',
  currency: 'KRW',
} as const;

/** Small, valid and consistent: every widget has something to show. `title` tells two apart. */
export function smallDataset(title = '시험 데이터'): DatasetInput {
  return {
    schemaVersion: '1.0',
    meta: { ...META, title: { ko: title, en: title } },
    departments: [
      { id: 'office', name: { ko: '여성가족정책실', en: 'Office' }, kind: 'office' },
      { id: 'children', name: { ko: '아동담당관', en: 'Children Division' }, kind: 'division', parentId: 'office' },
      { id: 'childcare', name: { ko: '아이돌봄담당관', en: 'Childcare Division' }, kind: 'division', parentId: 'office' },
    ],
    staffing: [
      { departmentId: 'children', category: 'administrative', quota: 21, current: 30, women: 25 },
      { departmentId: 'childcare', category: 'technical', quota: 4, current: 3, women: 2 },
    ],
    budgetLines: [
      { id: 'children-001', departmentId: 'children', name: '자립준비청년 자립정착금 지원', budget: 2_000_000_000, spent: 585_000_000 },
      { id: 'children-002', departmentId: 'children', name: '기본경비', budget: 165_000_000, spent: 0 },
      { id: 'childcare-001', departmentId: 'childcare', name: '아이돌봄 지원', budget: 900_000_000, spent: 300_000_000 },
    ],
    programs: [
      {
        id: 'care-leavers',
        departmentId: 'children',
        title: { ko: '자립준비청년 자립지원', en: 'Care leavers' },
        summary: '자립준비청년의 자립을 돕습니다',
        budget: { amount: 2_000_000_000, year: 2024, funding: [{ source: 'city', share: 100 }] },
        kpis: [{ label: '지원 인원', target: 100, actual: 40, unit: '명' }],
        plans: [{ text: '하반기 확대', when: '2024-07' }],
        contacts: [{ role: '담당', name: '홍길동', phone: '02-2133-5000' }],
        budgetLineIds: ['children-001'],
        facilityIds: ['toy-library'],
        districts: ['gangseo'],
      },
      {
        id: 'idolbom',
        departmentId: 'childcare',
        title: { ko: '아이돌봄서비스', en: 'Childcare service' },
        budget: { amount: 900_000_000, year: 2024 },
        districts: ['dongjak'],
      },
    ],
    facilityTypes: [
      { id: 'toy-library', name: { ko: '장난감도서관', en: 'Toy library' } },
      { id: 'kids-cafe', name: { ko: '키즈카페', en: 'Kids café' } },
    ],
    facilities: [
      {
        id: 'toy-library',
        name: { ko: '서울장난감도서관' },
        type: 'toy-library',
        district: 'dongjak',
        address: '동작구 보라매로 1',
        phone: '02-2600-0000',
        hours: { text: '화~금 10:00~18:30', weekly: [{ days: ['tue', 'wed', 'thu', 'fri'], opens: '10:00', closes: '18:30' }] },
        programIds: ['care-leavers'],
      },
      { id: 'kids-cafe-gangseo', name: { ko: '강서 키즈카페' }, type: 'kids-cafe', district: 'gangseo' },
      { id: 'kids-cafe-mapo', name: { ko: '마포 키즈카페' }, type: 'kids-cafe', district: 'mapo' },
    ],
    infrastructure: [{ id: 'kids-cafes', name: { ko: '키즈카페', en: 'Kids cafés' }, count: 3, facilityType: 'kids-cafe' }],
  };
}

/** The validated phone numbers of hostileDataset: the only `tel:` links the widgets may draw. */
export const HOSTILE_PHONES = ['02-2133-5000', '02-2600-0000'] as const;

/**
 * A payload in every text field of the schema (names, titles, summaries, overview, legal basis,
 * plans, achievements, contact names and roles, tables, KPI labels and units, addresses, operators,
 * hours, notes, meta title and source…). Ids, dates, phone numbers and districts stay valid here:
 * `rejectedFieldVariants` puts the payload there instead.
 */
export function hostileDataset(p: string): DatasetInput {
  const both = { ko: p, en: p };
  return {
    schemaVersion: '1.0',
    meta: { ...META, title: both, publisher: both, source: p, license: p, notes: [p] },
    departments: [
      { id: 'office', name: both, kind: 'office', duties: [p], note: p },
      { id: 'children', name: both, kind: 'division', parentId: 'office', duties: [p], note: p },
    ],
    staffing: [{ departmentId: 'children', category: 'administrative', quota: 3, current: 2, women: 1 }],
    staffingTotals: { total: { quota: 3, current: 2, women: 1 }, note: p },
    budget: {
      year: 2024,
      totalPrinted: p,
      accounts: [{ id: 'total', name: both, amount: 100_000_000, note: p }],
      changes: [{ name: p, amount: 1_000, change: 1_000, note: p }],
      note: p,
    },
    funds: [{ id: 'fund', name: both, amount: 10, components: [{ name: both, amount: 10 }], note: p }],
    budgetLines: [
      { id: 'children-001', departmentId: 'children', name: p, budget: 2_000_000_000, spent: 585_000_000, note: p },
      { id: 'children-002', departmentId: 'children', name: p, budget: 165_000_000, spent: 0, note: p },
    ],
    programs: [
      {
        id: 'hostile-program',
        departmentId: 'children',
        kind: 'program',
        title: both,
        summary: p,
        overview: [p],
        legalBasis: [p],
        budget: {
          amount: 2_000_000_000,
          year: 2024,
          funding: [
            { source: 'city', share: 60, note: p },
            { source: 'national', share: 40, note: p },
          ],
          note: p,
        },
        kpis: [
          { label: p, target: 10, actual: 5, unit: p, note: p },
          { label: p, target: 100, actual: 50, unit: '명', note: p },
        ],
        achievements: [{ text: p, date: '2023-12', note: p }],
        plans: [{ text: p, when: '2024-06', whenPrinted: p, note: p }],
        contacts: [{ role: p, name: p, phone: HOSTILE_PHONES[0] }],
        tables: [{ caption: p, columns: [p, p], rows: [[p, p]], note: p }],
        budgetLineIds: ['children-001'],
        facilityIds: ['hostile-facility'],
        districts: ['gangseo'],
        note: p,
      },
      // budgetNote is shown in place of an amount (비예산 and the like).
      { id: 'budget-note-program', departmentId: 'children', title: { ko: p }, budgetNote: p },
    ],
    facilityTypes: [{ id: 'kids-cafe', name: both }],
    facilities: [
      {
        id: 'hostile-facility',
        name: both,
        type: 'kids-cafe',
        district: 'gangseo',
        address: p,
        operator: p,
        hours: { text: p, weekly: [{ days: ['mon'], opens: '09:00', closes: '18:00' }], note: p },
        capacity: 10,
        capacityNote: p,
        phone: HOSTILE_PHONES[1],
        programIds: ['hostile-program'],
        note: p,
      },
    ],
    infrastructure: [{ id: 'centres', name: both, count: 3, facilityType: 'kids-cafe', note: p }],
    notes: [p],
  };
}

/**
 * The fields the schema validates (not free text): a payload there must make parseDataset refuse
 * the dataset, with a problem at that path. `accepts` says when a payload is legitimately valid
 * there (an https:// URL is a valid source URL).
 */
export const REJECTED_FIELDS: ReadonlyArray<{ name: string; path: string; set: (dataset: DatasetInput, p: string) => void; accepts?: (p: string) => boolean }> = [
  { name: 'contact phone', path: '$.programs[0].contacts[0].phone', set: (d, p) => void (d.programs![0]!.contacts![0]!.phone = p) },
  { name: 'facility phone', path: '$.facilities[0].phone', set: (d, p) => void (d.facilities![0]!.phone = p) },
  {
    name: 'meta.sourceUrl',
    path: '$.meta.sourceUrl',
    set: (d, p) => void (d.meta.sourceUrl = p),
    accepts: (p) => p.startsWith('https://') && URL.canParse(p),
  },
  {
    name: 'program id',
    path: '$.programs[0].id',
    set: (d, p) => void (d.programs![0]!.id = p),
    // "constructor" or 3,000 nines are well-formed ids; only kebab-case ever reaches an attribute.
    accepts: (p) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(p),
  },
  { name: 'facility district', path: '$.facilities[0].district', set: (d, p) => void (d.facilities![0]!.district = p) },
  { name: 'program district', path: '$.programs[0].districts[0]', set: (d, p) => void (d.programs![0]!.districts![0] = p) },
  { name: 'plan date', path: '$.programs[0].plans[0].when', set: (d, p) => void (d.programs![0]!.plans![0]!.when = p) },
];

/** One department with `count` budget lines (rates spread over 0–100 %, names in Korean). */
export function manyBudgetLinesDataset(count: number): DatasetInput {
  const budgetLines = Array.from({ length: count }, (_, index) => {
    const budget = 1_000_000 * (1 + ((index * 7919) % 997));
    const spent = Math.floor((budget * ((index * 31) % 101)) / 100);
    return { id: `big-${String(index).padStart(5, '0')}`, departmentId: 'big', name: `세부사업 ${String((index * 7) % count).padStart(5, '0')}`, budget, spent };
  });
  return {
    schemaVersion: '1.0',
    meta: { ...META },
    departments: [
      { id: 'office', name: { ko: '여성가족정책실', en: 'Office' }, kind: 'office' },
      { id: 'big', name: { ko: '대규모담당관', en: 'Large Division' }, kind: 'division', parentId: 'office' },
    ],
    budgetLines,
  };
}

const DISTRICT_IDS = [
  'jongno', 'jung', 'yongsan', 'seongdong', 'gwangjin', 'dongdaemun', 'jungnang', 'seongbuk', 'gangbuk', 'dobong',
  'nowon', 'eunpyeong', 'seodaemun', 'mapo', 'yangcheon', 'gangseo', 'guro', 'geumcheon', 'yeongdeungpo', 'dongjak',
  'gwanak', 'seocho', 'gangnam', 'songpa', 'gangdong',
] as const;

export const SCALE_FACILITY_TYPES = ['kids-cafe', 'toy-library', 'family-centre', 'care-centre'] as const;

/** `count` facilities spread over the 25 districts (some outside Seoul), four types, Korean names. */
export function manyFacilitiesDataset(count: number): DatasetInput {
  const facilities = Array.from({ length: count }, (_, index) => {
    const district = index % 50 === 49 ? null : DISTRICT_IDS[(index * 13) % DISTRICT_IDS.length]!;
    const type = SCALE_FACILITY_TYPES[index % SCALE_FACILITY_TYPES.length]!;
    return {
      id: `facility-${index}`,
      name: { ko: `${index % 3 === 0 ? '우리동네 키움센터' : '공동육아나눔터'} ${index}호점` },
      type,
      district,
      address: `${district ?? '경기도'} 시험로 ${index}`,
    };
  });
  return {
    schemaVersion: '1.0',
    meta: { ...META },
    facilityTypes: [
      { id: 'kids-cafe', name: { ko: '키즈카페', en: 'Kids café' } },
      { id: 'toy-library', name: { ko: '장난감도서관', en: 'Toy library' } },
      { id: 'family-centre', name: { ko: '가족센터', en: 'Family centre' } },
      { id: 'care-centre', name: { ko: '키움센터', en: 'Care centre' } },
    ],
    facilities,
  };
}
