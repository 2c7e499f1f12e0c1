import type { Locale } from '../i18n/locale-name.js';

/** A calendar date or a coarser period as the dataset stores it: "2024-03-31", "2024-03" or "2024". */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parseCalendarDate(text: string): CalendarDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (month === undefined || day < 1 || day > daysInMonth(year, month))) return null;
  return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2024-03-31" → "2024년 3월 31일" / "31 March 2024"; "2024-03" → "2024년 3월" / "March 2024". */
export function formatDate(text: string, locale: Locale): string {
  const date = parseCalendarDate(text);
  if (!date) return text;
  const { year, month, day } = date;
  if (locale === 'ko') {
    return [`${year}년`, month && `${month}월`, day && `${day}일`].filter(Boolean).join(' ');
  }
  const monthName = month ? EN_MONTHS[month - 1] : undefined;
  return [day, monthName, year].filter((part) => part !== undefined).join(' ');
}

/**
 * The as-of line official tables carry: "2024년 3월 말 기준" / "As of 31 March 2024".
 * Korean reports say "말" (end of) for the last day of a month rather than naming the day.
 */
export function formatAsOf(text: string, locale: Locale): string {
  const date = parseCalendarDate(text);
  if (!date) return locale === 'ko' ? `${text} 기준` : `As of ${text}`;
  if (locale === 'en') return `As of ${formatDate(text, 'en')}`;
  const { year, month, day } = date;
  if (month && day && day === daysInMonth(year, month)) return `${year}년 ${month}월 말 기준`;
  return `${formatDate(text, 'ko')} 기준`;
}

/**
 * Share of the year elapsed at the end of `asOf` (inclusive), for an even-spending pace marker:
 * end of March → 25.0 (3 of 12 months). A month-end date, as execution is reported, counts the
 * whole month; a date within a month counts its share of that month's days (15 April → 29.2).
 */
export function yearElapsedPercent(asOf: string): number | null {
  const date = parseCalendarDate(asOf);
  if (!date || !date.month) return null;
  const { year, month, day } = date;
  const monthFraction = day ? day / daysInMonth(year, month) : 1;
  return Math.round(((month - 1 + monthFraction) / 12) * 1000) / 10;
}
