import type { Locale } from '../i18n/locale-name.js';
import { formatNumber } from './number.js';
import { divideRoundHalfUp } from './rounding.js';

/**
 * Execution rate in percent, rounded half-up to one decimal exactly as the report prints it
 * (585 / 2,000 → 29.3). Returns null when the rate is not defined (budget 0, bad input), so callers
 * must say "not applicable" instead of showing NaN or Infinity.
 */
export function executionRate(spent: number, budget: number): number | null {
  if (!Number.isSafeInteger(spent) || !Number.isSafeInteger(budget) || budget <= 0) return null;
  return Number(divideRoundHalfUp(BigInt(spent) * 1000n, BigInt(budget))) / 10;
}

/** Share of `part` in `whole` as a half-up percentage with `digits` decimals (women ÷ current …). */
export function percentShare(part: number, whole: number, digits = 1): number | null {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || whole <= 0) return null;
  const scale = 10n ** BigInt(digits);
  return Number(divideRoundHalfUp(BigInt(part) * 100n * scale, BigInt(whole))) / Number(scale);
}

/** 29.3 → "29.3%"; null → "해당 없음" / "not applicable". Always one decimal, as official tables do. */
export function formatPercent(rate: number | null, locale: Locale, digits = 1): string {
  if (rate === null || !Number.isFinite(rate)) return locale === 'ko' ? '해당 없음' : 'not applicable';
  return `${numberFormatFixed(rate, locale, digits)}%`;
}

function numberFormatFixed(value: number, locale: Locale, digits: number): string {
  // formatNumber trims trailing zeros; a rate column must keep "0.0%" and "100.0%".
  const text = formatNumber(value, locale, digits);
  if (digits === 0 || text.includes('.')) return text;
  return `${text}.${'0'.repeat(digits)}`;
}

export function formatExecutionRate(spent: number, budget: number, locale: Locale): string {
  return formatPercent(executionRate(spent, budget), locale);
}
