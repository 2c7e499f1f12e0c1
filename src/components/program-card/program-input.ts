import type { WfpErrorDetail } from '../../events/wfp-error-event.js';
import { isMoneyUnit, MONEY_UNITS } from '../../format/money.js';
import type { Locale } from '../../i18n/locale.js';
import { programCardLabels } from '../../i18n/program-card.js';
import { headlineLevelError } from '../../internal/heading.js';
import type { Dataset } from '../../schema/types.js';
import { suggestProgramIds } from './program-suggestions.js';

/**
 * What the card and the list say about attribute values they cannot use: written once, so the two
 * never word the same mistake differently.
 */

type Labels = (typeof programCardLabels)['ko'];

/** An error in both languages; `message` gets each language's words and the language (for names it lists). */
export function programError(kind: WfpErrorDetail['kind'], message: (labels: Labels, locale: Locale) => string): WfpErrorDetail {
  return { kind, message: { ko: message(programCardLabels.ko, 'ko'), en: message(programCardLabels.en, 'en') } };
}

/** The checks both make before any data arrives: `unit`, then `headline-level`. */
export function programAttributeError(element: Element, unit: unknown, headlineLevel: number): WfpErrorDetail | null {
  if (!isMoneyUnit(unit)) return programError('invalid-input', (l) => l.errors.invalidUnit(String(unit), MONEY_UNITS.join(', ')));
  return headlineLevelError(element, headlineLevel);
}

/** The lines under a "no such program" box: where ids are found, and the ids close to the mistyped ones. */
export function programIdHints(dataset: Dataset, mistyped: readonly string[], locale: Locale): string[] {
  const labels = programCardLabels[locale].errors;
  const suggestions = [...new Set(mistyped.flatMap((key) => suggestProgramIds(dataset, key)))];
  return suggestions.length > 0 ? [labels.howToFindIds, labels.didYouMean(suggestions.join(', '))] : [labels.howToFindIds];
}
