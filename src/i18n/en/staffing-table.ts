import type { StaffingTableEnglish } from '../staffing-table.js';

/** English words of <wfp-staffing-table>, loaded on English pages only (src/i18n/english.ts). */
export const staffingTable: StaffingTableEnglish = {
  title: (office) => `${office} staffing`,
  titleWithoutOffice: 'Staffing',
  departmentHeader: 'Unit',
  totalColumn: 'Total',
  subtotalColumn: 'Subtotal',
  subtotalNote: (shown) => `Subtotals count only the categories shown (${shown}), not a unit's whole staff.`,
  totalRow: 'Total',
  totalCard: 'All units',
  legends: {
    report:
      'Each cell reads quota / current (women): the number of posts, the officials actually in post on the reference date, and in brackets the women among them. Sorting a column sorts by quota.',
    quota: 'Quota: the number of posts the organisation is allowed.',
    current: 'Current staff: officials actually in post on the reference date.',
    women: 'Women: women among the current staff.',
    vacancy:
      'Vacancies = quota − current staff. A positive number is unfilled posts; a negative number means more staff than posts, marked “over strength”.',
    'women-share': 'Share of women = women ÷ current staff, rounded half up to one decimal. With no current staff it is “not applicable”.',
  },
  barsNote: {
    relative: 'Bars compare each value with the largest in its column (totals row excluded). They do not replace the numbers.',
    percent: 'Bars are drawn on a scale of 0 to 100%. They do not replace the numbers.',
  },
  overStrength: 'over strength',
  spokenReport: (quota, current, women) => `quota ${quota}, current ${current}, women ${women}`,
  selectedUnit: '(highlighted unit)',
  noRowOfItsOwn: (unit) => `This table has no row of its own for ${unit}; here is the whole table.`,
  download: 'Download CSV',
  sorted: (column, direction) => `Sorted by ${column}, ${direction}.`,
  empty: 'This dataset has no staffing table by unit.',
};
