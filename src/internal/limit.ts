import type { WfpErrorDetail } from '../events/wfp-error-event.js';
import { limitLabels } from '../i18n/limit.js';

// `limit`: how many items a long list shows before its "전체 N개 보기" button (the gauge's
// breakdown rows, the program list's cards). One reading of the attribute for both, so that
// limit="10" means the same, and a wrong value gets the same answer, in every widget.

/**
 * The limit as the page gave it: a number (Lit's Number converter, NaN for text) or an attribute's
 * text. `null`: no limit, everything shows. `undefined`: not a whole number of 1 or more.
 */
export function parseLimit(input: number | string | null | undefined): number | null | undefined {
  if (input === null || input === undefined) return null;
  const limit = typeof input === 'string' ? (/^\s*\d+\s*$/.test(input) ? Number(input) : Number.NaN) : input;
  return Number.isInteger(limit) && limit >= 1 ? limit : undefined;
}

/** The error for a `limit` that is not a whole number of 1 or more, quoting it as the page wrote it. */
export function invalidLimitError(written: string): WfpErrorDetail {
  return { kind: 'invalid-input', message: { ko: limitLabels.ko.invalidLimit(written), en: limitLabels.en.invalidLimit(written) } };
}

/** How many items show: all when there is no limit or the reader asked for all. */
export function visibleCount(total: number, limit: number | null, expanded: boolean): number {
  return limit === null || expanded ? total : Math.min(limit, total);
}
