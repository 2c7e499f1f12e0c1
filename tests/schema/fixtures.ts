import type { DatasetInput } from '../../src/schema/types.js';

/** A small dataset that is valid and consistent; tests break one thing at a time. */
export function miniDataset(): DatasetInput {
  return {
    schemaVersion: '1.0',
    meta: {
      title: { ko: '시험 데이터', en: 'Test data' },
      publisher: { ko: '시험구', en: 'Test district' },
      asOf: '2024-03-31',
      reported: '2024-04',
      source: 'unit test',
      currency: 'KRW',
    },
    departments: [
      { id: 'office', name: { ko: '여성가족정책실', en: 'Office' }, kind: 'office' },
      { id: 'children', name: { ko: '아동담당관', en: 'Children Division' }, kind: 'division', parentId: 'office' },
    ],
    staffing: [
      { departmentId: 'children', category: 'administrative', quota: 21, current: 30, women: 25 },
      { departmentId: 'children', category: 'technical', quota: 1, current: 1, women: 1 },
    ],
    staffingTotals: { total: { quota: 22, current: 31, women: 26 } },
    budget: {
      year: 2024,
      sourceUnit: '억원',
      accounts: [
        { id: 'total', name: { ko: '총계', en: 'Total' }, amount: 300_000_000, previousAmount: 200_000_000, change: 100_000_000, changeRate: 50 },
        { id: 'general', name: { ko: '일반회계', en: 'General' }, parentId: 'total', amount: 300_000_000 },
      ],
    },
    funds: [
      {
        id: 'fund',
        name: { ko: '기금', en: 'Fund' },
        amount: 24_100_000_000,
        components: [
          { name: { ko: '예탁금', en: 'Deposit' }, amount: 23_200_000_000 },
          { name: { ko: '예치금', en: 'Savings' }, amount: 900_000_000 },
        ],
      },
    ],
    executionTotals: [
      { departmentId: 'office', budget: 2_165_000_000, spent: 585_000_000, printedRate: 27, lineCount: 2 },
      { departmentId: 'children', budget: 2_165_000_000, spent: 585_000_000, printedRate: 27 },
    ],
    budgetLines: [
      { id: 'children-001', departmentId: 'children', name: '자립준비청년 자립정착금 지원', budget: 2_000_000_000, spent: 585_000_000, printedRate: 29.3 },
      { id: 'children-002', departmentId: 'children', name: '기본경비', budget: 165_000_000, spent: 0, printedRate: 0 },
    ],
    programs: [
      {
        id: 'care-leavers',
        departmentId: 'children',
        title: { ko: '자립준비청년 자립지원', en: 'Care leavers' },
        budget: { amount: 2_000_000_000, year: 2024, funding: [{ source: 'city', share: 100 }] },
        contacts: [{ role: '담당', name: '홍길동', phone: '02-2133-5000' }],
        budgetLineIds: ['children-001'],
        facilityIds: ['toy-library'],
        districts: ['gangseo'],
      },
    ],
    facilityTypes: [{ id: 'toy-library', name: { ko: '장난감도서관', en: 'Toy library' } }],
    facilities: [
      {
        id: 'toy-library',
        name: { ko: '서울장난감도서관' },
        type: 'toy-library',
        district: 'dongjak',
        hours: { text: '화~금 10:00~18:30', weekly: [{ days: ['tue', 'wed', 'thu', 'fri'], opens: '10:00', closes: '18:30' }] },
      },
    ],
  };
}
