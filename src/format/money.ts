import type { Locale } from '../i18n/locale-name.js';
import { formatNumber } from './number.js';
import { roundHalfUp, roundToStep } from './rounding.js';

/** Units official Korean tables print money in. */
export type FixedMoneyUnit = '원' | '천원' | '백만원' | '억원' | '조원';
/** `auto` picks a readable compact form per value: "3조 2,867억원" / "KRW 3.29 trillion". */
export type MoneyUnit = FixedMoneyUnit | 'auto';

export const MONEY_UNITS: readonly MoneyUnit[] = ['auto', '원', '천원', '백만원', '억원', '조원'];

export const WON_PER_UNIT: Readonly<Record<FixedMoneyUnit, number>> = {
  원: 1,
  천원: 1_000,
  백만원: 1_000_000,
  억원: 100_000_000,
  조원: 1_000_000_000_000,
};

const MAN = 10_000;
const EOK = 100_000_000;
const JO = 1_000_000_000_000;

export interface MoneyFormatOptions {
  unit?: MoneyUnit;
  /**
   * Decimals for fixed units, trailing zeros kept ("2.070조원" beside "0.647조원"). Default: as many
   * as the amount needs, trailing zeros dropped: 0 (2 for 조원); a non-zero amount smaller than 100 units keeps
   * three significant figures, up to 4 decimals (4.77억원; 12.9억 in 조원 is "0.0013조원", not "0.001조원" like
   * 13.8억), and a positive amount still too small for them reads "0.0001조원 미만" /
   * "under KRW 0.0001 trillion". Amounts shown together take one precision: see `sharedFractionDigits`.
   */
  fractionDigits?: number;
}

export function isMoneyUnit(value: unknown): value is MoneyUnit {
  return typeof value === 'string' && (MONEY_UNITS as readonly string[]).includes(value);
}

/**
 * Formats an integer number of won.
 *
 * - fixed units print the way official tables do: `3,286,749백만원`, `393천원`;
 * - `auto` in Korean is the compact mixed form used in report prose: `3조 2,867억원`, `5,752억원`,
 *   `14억 4,300만원`, `39만 3,000원`;
 * - English uses the KRW + short-scale words: `KRW 3.29 trillion`, `KRW 575.2 billion`, the number
 *   and its word joined by a no-break space.
 */
export function formatMoney(won: number, locale: Locale, options: MoneyFormatOptions = {}): string {
  if (!Number.isFinite(won)) return locale === 'ko' ? '금액 없음' : 'no amount';
  const unit = options.unit ?? 'auto';
  if (locale === 'en') return unit === 'auto' ? formatEnglishCompact(won) : formatEnglishFixed(won, unit, options);
  return unit === 'auto' ? formatKoreanCompact(won) : formatKoreanFixed(won, unit, options);
}

/** More decimals than this and a sum is better said to be "under" the smallest step. */
const MAX_FRACTION_DIGITS = 4;

// Whole 조 hide too much: the office's 3.29조 would read "3조원".
const leastForSize = (size: number) => (size === JO ? 2 : 0);

/** The decimals `won` takes in a unit `unitSize` won large when none are requested. */
function fittingDigits(won: number, unitSize: number): number {
  const least = leastForSize(unitSize);
  if (won === 0) return least;
  // Three significant figures below 100 units: a 393,000-won line in 백만원 must not read "0백만원",
  // nor 477백만원 in 억원 "5억원" beside a 500백만원 target read "5억원" too (4.77억원).
  const magnitude = Math.floor(Math.log10(Math.abs(won) / unitSize));
  return Math.max(least, Math.min(MAX_FRACTION_DIGITS, 2 - magnitude));
}

/** Won per unit as printed: Korean units as named; English has no 10^8, so 억원 reads as billions. */
function unitSize(unit: FixedMoneyUnit, locale: Locale): number {
  return locale === 'ko' ? WON_PER_UNIT[unit] : ENGLISH_FIXED[unit][0];
}

/** English billions always show one decimal ("KRW 4.0 billion" beside "KRW 1.4 billion"). */
const leastDigits = (unit: FixedMoneyUnit, locale: Locale) => (locale === 'en' && unit === '억원' ? 1 : 0);

/** The fewest decimals a unit keeps for any amount before trailing zeros drop (two in 조원). */
const leastFittingDigits = (unit: FixedMoneyUnit, locale: Locale) =>
  Math.max(leastDigits(unit, locale), leastForSize(unitSize(unit, locale)));

function naturalDigits(won: number, unit: FixedMoneyUnit, locale: Locale): number {
  return Math.max(leastDigits(unit, locale), fittingDigits(won, unitSize(unit, locale)));
}

/**
 * One precision for amounts read side by side (a budget and its spending, the shares of a funding
 * split): each would otherwise take its own, and "2.07조원 중 0.647조원" looks as if the spending
 * were known more exactly than the budget. The most decimals any of them shows on its own, so none
 * reads "0"; undefined for `auto`, whose compact form sets its own. Pass the result as
 * `fractionDigits`: the others are then padded ("2.070조원 중 0.647조원").
 */
export function sharedFractionDigits(amounts: readonly number[], locale: Locale, unit: MoneyUnit): number | undefined {
  if (unit === 'auto') return undefined;
  const finite = amounts.filter(Number.isFinite);
  if (finite.length === 0) return undefined;
  const digits = Math.max(...finite.map((won) => shownDigits(won, unit, locale)));
  // Every amount too small for any decimal (a 40백만원 line's budget and spending in 조원): they read
  // "0.0001조원 미만", not "1조원 미만", which is true but says nothing. Beside a larger amount, a tiny
  // one takes that amount's decimals instead ("3.29조원" and "0.01조원 미만").
  const tiny = finite.filter((won) => won !== 0 && shownDigits(won, unit, locale, true) < 0);
  if (tiny.length === 0) return digits;
  if (tiny.length === finite.filter((won) => won !== 0).length) return Math.max(...tiny.map((won) => naturalDigits(won, unit, locale)));
  // A whole 2조 beside 5백만원 shows no decimals, but the tiny one must not read "1조원 미만": it
  // takes at least the decimals the unit keeps for any amount ("2.00조원", "0.01조원 미만").
  return Math.max(digits, leastFittingDigits(unit, locale));
}

/**
 * The decimals `won` shows on its own (trailing zeros dropped: 0.88억원 shows two, 22억원 none);
 * with `markTiny`, -1 for a non-zero amount that shows none of its digits (it rounds to 0).
 */
function shownDigits(won: number, unit: FixedMoneyUnit, locale: Locale, markTiny = false): number {
  // Rounded half-up as formatNumber shows it: toFixed alone rounds the binary value (0.1205 held as
  // 0.12049… gave "0.120", two decimals, where the amount alone reads "0.121").
  const natural = naturalDigits(won, unit, locale);
  const shown = roundHalfUp(Math.abs(won) / unitSize(unit, locale), natural).toFixed(natural).replace(/\.?0+$/, '');
  if (markTiny && won !== 0 && shown === '0') return -1;
  const decimals = shown.includes('.') ? shown.length - shown.indexOf('.') - 1 : 0;
  return Math.max(leastDigits(unit, locale), decimals);
}

/**
 * A positive amount too small for the unit's decimals (40백만원 in 조원 at 4 decimals) is said to be
 * below the smallest step shown, never "0": money was spent. Otherwise undefined.
 */
function belowSmallestStep(won: number, size: number, digits: number): number | undefined {
  const step = 10 ** -digits;
  // Amounts are positive in every dataset; a negative one (a change) keeps its plain rounding.
  return won > 0 && won / size < step / 2 ? step : undefined;
}

function formatKoreanFixed(won: number, unit: FixedMoneyUnit, options: MoneyFormatOptions): string {
  const size = WON_PER_UNIT[unit];
  const digits = options.fractionDigits ?? naturalDigits(won, unit, 'ko');
  const step = belowSmallestStep(won, size, digits);
  if (step !== undefined) return `${formatNumber(step, 'ko', digits)}${unit} 미만`;
  // Zero stays "0백만원" beside "0.393백만원", not "0.000백만원".
  return `${formatNumber(won / size, 'ko', digits, won === 0 ? 0 : options.fractionDigits)}${unit}`;
}

/** Split a non-negative integer into [조, 억, 만, 원] parts. */
function koreanParts(won: number): [number, number, number, number] {
  const jo = Math.floor(won / JO);
  const eok = Math.floor((won % JO) / EOK);
  const man = Math.floor((won % EOK) / MAN);
  return [jo, eok, man, won % MAN];
}

function formatKoreanCompact(won: number): string {
  const sign = won < 0 ? '-' : '';
  const abs = Math.abs(won);
  // Precision follows report prose: 억 for large sums, 만 between 1억 and 100억, exact below 1억.
  const step = abs >= 100 * EOK ? EOK : abs >= EOK ? MAN : 1;
  const rounded = roundToStep(abs, step);
  if (rounded === 0) return '0원';
  const [jo, eok, man, rest] = koreanParts(rounded);
  const words: string[] = [];
  if (jo) words.push(`${formatNumber(jo, 'ko')}조`);
  if (eok) words.push(`${formatNumber(eok, 'ko')}억`);
  if (man) words.push(`${formatNumber(man, 'ko')}만`);
  if (rest) words.push(formatNumber(rest, 'ko'));
  return `${sign}${words.join(' ')}원`;
}

const ENGLISH_SCALES: ReadonlyArray<[size: number, word: string, digits: number]> = [
  [JO, 'trillion', 2],
  [1_000_000_000, 'billion', 1],
  [1_000_000, 'million', 1],
  [1_000, 'thousand', 0],
];

/**
 * Between an English amount and its scale word: a narrow gauge must not leave "trillion" alone on
 * the next line ("KRW 3.29 / trillion"). A break after "KRW" stays allowed, so the amount still fits a
 * 320 px column at 200 % text. Screen readers read it as a space; `\s` in patterns matches it.
 */
const NBSP = '\u00a0';

function formatEnglishCompact(won: number): string {
  const abs = Math.abs(won);
  const index = ENGLISH_SCALES.findIndex(([size]) => abs >= size);
  if (index === -1) return `KRW ${formatNumber(won, 'en')}`;
  let [size, word, digits] = ENGLISH_SCALES[index]!;
  // 999,999,999,999 rounds to "1,000 billion"; say "1 trillion" instead.
  const larger = ENGLISH_SCALES[index - 1];
  if (larger && roundToStep(abs, size / 10 ** digits) >= larger[0]) [size, word, digits] = larger;
  // At least three significant figures: 1,046,000,000 is "1.05 billion", not "1 billion" (the Korean
  // beside it says 10억 4,600만원).
  const integerDigits = Math.floor(Math.log10(Math.max(1, abs / size))) + 1;
  return `KRW ${formatNumber(won / size, 'en', Math.max(digits, 3 - integerDigits))}${NBSP}${word}`;
}

const ENGLISH_FIXED: Readonly<Record<FixedMoneyUnit, [size: number, word: string]>> = {
  원: [1, ''],
  천원: [1_000, 'thousand'],
  백만원: [1_000_000, 'million'],
  // English has no word for 10^8; a table in 억원 reads naturally as billions with one decimal.
  억원: [1_000_000_000, 'billion'],
  조원: [JO, 'trillion'],
};

function formatEnglishFixed(won: number, unit: FixedMoneyUnit, options: MoneyFormatOptions): string {
  const [size, word] = ENGLISH_FIXED[unit];
  const digits = options.fractionDigits ?? naturalDigits(won, unit, 'en');
  const step = belowSmallestStep(won, size, digits);
  const number = formatNumber(step ?? won / size, 'en', digits, step === undefined && won !== 0 ? options.fractionDigits : undefined);
  const amount = word ? `KRW ${number}${NBSP}${word}` : `KRW ${number}`;
  return step === undefined ? amount : `under ${amount}`;
}

/** Converts an amount printed in `unit` (e.g. 5,173 백만원) to integer won. */
export function toWon(amount: number, unit: FixedMoneyUnit): number {
  return Math.round(amount * WON_PER_UNIT[unit]);
}
