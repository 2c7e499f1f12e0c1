import type { ExecutionGaugeEnglish } from '../execution-gauge.js';

/** English words of <wfp-execution-gauge>, loaded on English pages only (src/i18n/english.ts). */
export const executionGauge: ExecutionGaugeEnglish = {
  caption: 'Budget execution',
  // No name (the meter's name says it): a Korean name inside this English value would also be read
  // with an English voice.
  valueText: (rate, amounts) => `${rate}: ${amounts}`,
  amounts: (budget, spent) => `${spent} spent of ${budget}`,
  paceSentence: (status, difference, pace) =>
    status === 'on-pace'
      ? `On planned pace (${pace})`
      : `${difference} percentage points ${status === 'ahead' ? 'ahead of' : 'behind'} planned pace (${pace})`,
  paceShort: { ahead: 'ahead', behind: 'behind', 'on-pace': 'on pace' },
  budgetZeroNote: 'The budget is 0 won, so there is no execution rate.',
  paceUnavailable: 'The planned pace cannot be shown',
  overspentNote: (rate) => `More was spent than budgeted (execution ${rate}). The graphic stops at 100%.`,
  overspentShort: 'over budget',
  lineOf: (department) => `Budget line of the ${department}`,
  breakdownHeading: { office: 'Execution by division', department: 'Execution by budget line' },
  sortLabel: 'Sort',
  sortOptions: { printed: 'Report order', rate: 'Highest rate first', budget: 'Largest budget first', name: 'Name' },
  shownCount: (shown, total) => (shown === total ? `All ${total}` : `Showing ${shown} of ${total}`),
  showFewer: (limit) => `Show first ${limit} only`,
};
