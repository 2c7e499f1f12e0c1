import { percentShare } from '../../format/rate.js';
import type { FundingSource, ProgramBudget } from '../../schema/types.js';
import { isSeparateNote } from '../../schema/vocabulary.js';

/** One payer in a program's funding split, positioned on a 0–100 stacked bar. */
export interface FundingSegment {
  source: FundingSource;
  /** Won, when the report prints the payer's amount (국비 16,843백만원). */
  amount?: number;
  /** Percent as printed (국비 30%), or the payer's share of the summed amounts. */
  share: number | null;
  /** Start and end on the bar, in percent of its width. */
  x0: number;
  x1: number;
  /** "※ 구비 35% 별도": the payer's part is budgeted separately and not included in the amount. */
  separate: boolean;
  /** A note other than the 별도 marker, verbatim. */
  note?: string;
}

/**
 * How the report states the split:
 * - `amount`: every payer has an amount (the bar is to scale in won);
 * - `share`: every payer has a printed share (the bar is to scale in percent of the programme cost);
 * - `named`: payers are named without figures (시비, or "시·구 50%" for part of the programme) —
 *   there is nothing to draw to scale, so only the names are listed;
 * - `none`: no funding information.
 */
export type FundingBasis = 'amount' | 'share' | 'named' | 'none';

export interface FundingSplit {
  basis: FundingBasis;
  segments: FundingSegment[];
  /** The part of the bar the report leaves unattributed (shares summing to less than 100). */
  unspecified: { x0: number; x1: number; share: number } | null;
  /** Payers whose part is outside `amount` (별도). */
  hasSeparate: boolean;
}

/**
 * Lays out a program budget's funding split for a stacked bar. Segments keep the report's order;
 * positions are percentages of the total (summed amounts, or 100 % for shares), so a district's own
 * figures need not add up for the bar to stay inside its track. (A plain proportion: d3-scale's
 * linear scale would ship d3-interpolate, d3-color and d3-format — about 10 kB gzip — for one division.)
 */
export function fundingSplit(budget: ProgramBudget | undefined): FundingSplit {
  const funding = budget?.funding ?? [];
  if (funding.length === 0) return { basis: 'none', segments: [], unspecified: null, hasSeparate: false };

  const hasSeparate = funding.some((item) => isSeparateNote(item.note));
  const allAmounts = funding.every((item) => item.amount !== undefined);
  const allShares = funding.every((item) => item.share !== undefined);
  const values = funding.map((item) => (allAmounts ? item.amount : item.share) ?? 0);
  const sum = values.reduce((total, value) => total + value, 0);
  // Shares are of the programme cost (100 %); when they add up to less, the rest stays unattributed.
  const total = allAmounts ? sum : Math.max(100, sum);
  const drawable = (allAmounts || allShares) && total > 0;
  const x = (value: number) => (value / (drawable ? total : 1)) * 100;

  let cursor = 0;
  const segments = funding.map((item, index): FundingSegment => {
    const value = values[index]!;
    const segment: FundingSegment = {
      source: item.source,
      ...(item.amount !== undefined && { amount: item.amount }),
      share: allAmounts && drawable ? percentShare(value, sum) : (item.share ?? null),
      x0: drawable ? x(cursor) : 0,
      x1: drawable ? x(cursor + value) : 0,
      separate: isSeparateNote(item.note),
      ...(item.note !== undefined && !isSeparateNote(item.note) && { note: item.note }),
    };
    cursor += value;
    return segment;
  });
  if (!drawable) return { basis: 'named', segments, unspecified: null, hasSeparate };
  // Shares printed as 33.33 × 3 miss 100 by rounding, not by an unstated source: no "0%" slice for that.
  const unspecified = !allAmounts && 100 - sum >= 0.05 ? { x0: x(sum), x1: 100, share: Math.round((100 - sum) * 10) / 10 } : null;
  return { basis: allAmounts ? 'amount' : 'share', segments, unspecified, hasSeparate };
}
