import type { DatasetInput } from '../src/schema/types.js';

/**
 * "Your own data": the smallest dataset a district could publish in the shared schema — two
 * budget lines of its own, one division's staffing, one program and one facility.
 * (Figures are illustrative for the story, not official.)
 */
export const districtDataset: DatasetInput = {
  schemaVersion: '1.0',
  meta: {
    title: { ko: '가상구 여성가족과 예산 (예시)', en: 'Example district — family budget (sample)' },
    publisher: { ko: '가상구청', en: 'Example district office' },
    asOf: '2024-06-30',
    reported: '2024-07',
    source: '예시 데이터 (Storybook)',
    currency: 'KRW',
  },
  departments: [
    { id: 'office', name: { ko: '가상구청', en: 'District office' }, kind: 'office' },
    { id: 'family', name: { ko: '여성가족과', en: 'Family Division' }, kind: 'division', parentId: 'office' },
  ],
  staffing: [
    { departmentId: 'family', category: 'administrative', quota: 12, current: 11, women: 8 },
    { departmentId: 'family', category: 'fixed-term', quota: 2, current: 2, women: 2 },
  ],
  executionTotals: [{ departmentId: 'office', budget: 1_500_000_000, spent: 720_000_000, printedRate: 48 }],
  budgetLines: [
    { id: 'family-001', departmentId: 'family', name: '구립 키즈카페 운영', budget: 1_200_000_000, spent: 600_000_000, printedRate: 50 },
    { id: 'family-002', departmentId: 'family', name: '한부모가족 상담', budget: 300_000_000, spent: 120_000_000, printedRate: 40 },
  ],
  programs: [
    {
      id: 'district-kids-cafe',
      departmentId: 'family',
      title: { ko: '구립 키즈카페 운영', en: 'District kids café' },
      summary: '영유아 가정에 안전한 실내 놀이 공간 제공',
      budget: { amount: 1_200_000_000, year: 2024, funding: [{ source: 'district', share: 100 }] },
      kpis: [{ label: '이용 아동', target: 20_000, actual: 9_500, unit: '명' }],
      contacts: [{ role: '담당', name: '김예시', phone: '02-1234-5678' }],
      budgetLineIds: ['family-001'],
      districts: ['gangseo'],
      facilityIds: ['district-kids-cafe-1'],
    },
  ],
  facilityTypes: [{ id: 'kids-cafe', name: { ko: '키즈카페', en: 'Kids café' } }],
  facilities: [
    {
      id: 'district-kids-cafe-1',
      name: { ko: '가상구 키즈카페 1호점', en: 'District kids café no. 1' },
      type: 'kids-cafe',
      district: 'gangseo',
      hours: { text: '화~일 09:30~17:30', weekly: [{ days: ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '09:30', closes: '17:30' }] },
      programIds: ['district-kids-cafe'],
    },
  ],
};
