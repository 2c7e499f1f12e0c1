import type { Locale } from '../i18n/locale.js';
import { formatNumber } from './number.js';

/** English words for the counting units the report uses. Unknown units are printed as given. */
const ENGLISH_UNITS: Readonly<Record<string, [singular: string, plural: string]>> = {
  명: ['person', 'people'],
  건: ['case', 'cases'],
  개소: ['site', 'sites'],
  곳: ['place', 'places'],
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
};

export function unitLabel(unit: string, count: number, locale: Locale): string {
  if (locale === 'ko') return unit;
  const words = ENGLISH_UNITS[unit];
  if (!words) return unit;
  return count === 1 ? words[0] : words[1];
}

/** 12450, '명' → "12,450명" / "12,450 people". A '%' unit is glued in both languages. */
export function formatCount(value: number, locale: Locale, unit = '', fractionDigits = 1): string {
  if (!Number.isFinite(value)) return locale === 'ko' ? '값 없음' : 'no value';
  const number = formatNumber(value, locale, fractionDigits);
  if (!unit) return number;
  if (locale === 'ko' || unit === '%') return `${number}${unit}`;
  return `${number} ${unitLabel(unit, value, locale)}`;
}
