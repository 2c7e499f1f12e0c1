import type { Locale } from '../i18n/locale-name.js';
import { formatNumber } from './number.js';

/** English words for the counting units the report uses. Unknown units are printed as given. */
const ENGLISH_UNITS: Readonly<Record<string, [singular: string, plural: string]>> = {
  명: ['person', 'people'],
  건: ['case', 'cases'],
  개소: ['site', 'sites'],
  // Not "places": beside daycare centres that reads as childcare places (capacity).
  곳: ['facility', 'facilities'],
  개: ['item', 'items'],
  가구: ['household', 'households'],
  호: ['home', 'homes'],
  회: ['time', 'times'],
  대: ['unit', 'units'],
  등: ['light', 'lights'],
  개과정: ['course', 'courses'],
  과정: ['course', 'courses'],
  팀: ['team', 'teams'],
  가정: ['family', 'families'],
  원: ['won', 'won'],
  편: ['episode', 'episodes'],
  종: ['kind', 'kinds'],
  커플: ['couple', 'couples'],
  칸: ['space', 'spaces'],
  개구: ['district', 'districts'],
  개사: ['company', 'companies'],
  개팀: ['team', 'teams'],
  개시설: ['facility', 'facilities'],
  개단체: ['organisation', 'organisations'],
  개기관: ['institution', 'institutions'],
  '회/월': ['time a month', 'times a month'],
};

/** Korean counts in 만 (10,000) or 천 (1,000) read as plain numbers in English: 1.5만명 → 15,000 people. */
const MULTIPLIERS: Readonly<Record<string, number>> = { 만: 10_000, 천: 1_000 };

/** Own entries only: a dataset's unit "constructor" or "__proto__" must not find Object.prototype's members. */
function englishWords(unit: string): [singular: string, plural: string] | undefined {
  return Object.hasOwn(ENGLISH_UNITS, unit) ? ENGLISH_UNITS[unit] : undefined;
}

export function unitLabel(unit: string, count: number, locale: Locale): string {
  if (locale === 'ko') return unit;
  // The report spaces some units ("개 시설"); the words are the same.
  const words = englishWords(unit) ?? englishWords(unit.replace(/\s+/g, ''));
  if (!words) return unit;
  return count === 1 ? words[0] : words[1];
}

/** 12450, '명' → "12,450명" / "12,450 people". A '%' unit is glued in both languages. */
export function formatCount(value: number, locale: Locale, unit = '', fractionDigits = 1): string {
  if (!Number.isFinite(value)) return locale === 'ko' ? '값 없음' : 'no value';
  const scale = locale === 'en' && Object.hasOwn(MULTIPLIERS, unit.charAt(0)) ? MULTIPLIERS[unit.charAt(0)] : undefined;
  if (scale && englishWords(unit.slice(1))) return formatCount(value * scale, locale, unit.slice(1), fractionDigits);
  const number = formatNumber(value, locale, fractionDigits);
  if (!unit) return number;
  if (locale === 'ko' || unit === '%') return `${number}${unit}`;
  return `${number} ${unitLabel(unit, value, locale)}`;
}
