import { daysInMonth, formatDate, parseCalendarDate, type CalendarDate } from '../../format/date.js';
import type { Locale } from '../../i18n/locale.js';

/**
 * Plans and achievements carry a date or an interval as the report prints them, in EDTF-like form:
 * "2024-07", "2024" (연중), "2024-04/2024-05", "2024-12/.." (from), "../2024-06" (until), and
 * separate dates, EDTF's set "{2024-05,2024-11}" ("'24. 5월, 11월": twice, not May to November).
 * Days are compared as yyyymmdd integers, each bound widened to the whole month or year it names.
 */
export interface Period {
  /** First day covered (yyyymmdd), null for an open start. */
  start: number | null;
  /** Last day covered (yyyymmdd), null for an open end. */
  end: number | null;
  startText: string | null;
  endText: string | null;
  /** Separate dates ("{2024-05,2024-11}"), in order; start and end are the first's and the last's. */
  dates?: string[];
}

export type PlanStatus = 'past' | 'ongoing' | 'upcoming';

function firstDay(date: CalendarDate): number {
  return date.year * 10000 + (date.month ?? 1) * 100 + (date.day ?? 1);
}

function lastDay(date: CalendarDate): number {
  const month = date.month ?? 12;
  return date.year * 10000 + month * 100 + (date.day ?? daysInMonth(date.year, month));
}

/** Parses a period; null when the text is not one (a district dataset with a free-text date). */
export function parsePeriod(text: string): Period | null {
  if (/^\{.+\}$/.test(text.trim())) {
    // ISO dates sort as text; the set spans its first date's start to its last date's end.
    const dates = text.trim().slice(1, -1).split(',').sort();
    const [first, last] = [parsePeriod(dates[0]!), parsePeriod(dates.at(-1)!)];
    return first && last && dates.every((date) => !date.includes('/') && parsePeriod(date)) ? { ...first, end: last.end, endText: last.endText, dates } : null;
  }
  const parts = text.trim().split('/');
  if (parts.length > 2) return null;
  const [from, to = from] = parts as [string, string?];
  const open = (part: string) => part === '..' || part === '';
  const startDate = open(from) ? null : parseCalendarDate(from);
  const endDate = open(to) ? null : parseCalendarDate(to);
  if ((!open(from) && !startDate) || (!open(to) && !endDate) || (!startDate && !endDate)) return null;
  return {
    start: startDate ? firstDay(startDate) : null,
    end: endDate ? lastDay(endDate) : null,
    startText: startDate ? from : null,
    endText: endDate ? to : null,
  };
}

/**
 * Where a plan stands on the dataset's as-of date: `upcoming` when it starts after it, `past` when
 * it ended on or before it, otherwise `ongoing` (연중 plans, open intervals that have begun, and
 * "../2024-06" plans not yet due). A month as-of date counts as its last day. Null when either date
 * cannot be read, so the card simply shows no status.
 */
export function planStatus(when: string, asOf: string): PlanStatus | null {
  const period = parsePeriod(when);
  const asOfDate = parseCalendarDate(asOf);
  if (!period || !asOfDate) return null;
  const today = lastDay(asOfDate);
  if (period.start !== null && period.start > today) return 'upcoming';
  if (period.end !== null && period.end <= today) return 'past';
  return 'ongoing';
}

/**
 * A period in words: "2024년 7월", "2024년 4월 ~ 5월", "2024년 12월부터", "2024년 6월까지";
 * "July 2024", "April – May 2024", "From December 2024", "Until June 2024". Unreadable text is
 * returned as given.
 */
export function formatPeriod(when: string, locale: Locale): string {
  const period = parsePeriod(when);
  if (!period) return when;
  const { startText, endText } = period;
  if (period.dates) return formatDates(period.dates, locale);
  if (startText && endText) {
    if (startText === endText) return formatDate(startText, locale);
    return locale === 'ko' ? formatKoreanRange(startText, endText) : formatEnglishRange(startText, endText);
  }
  if (startText) return locale === 'ko' ? `${formatDate(startText, 'ko')}부터` : `From ${formatDate(startText, 'en')}`;
  return locale === 'ko' ? `${formatDate(endText!, 'ko')}까지` : `Until ${formatDate(endText!, 'en')}`;
}

/**
 * Separate dates: "2024년 5월, 11월" / "May and November 2024" when they are months of one year (the
 * year said once), else each date in full ("2023년 12월, 2024년 6월" / "December 2023 and June 2024").
 */
function formatDates(dates: string[], locale: Locale): string {
  const parsed = dates.map((text) => parseCalendarDate(text)!);
  const year = parsed[0]!.year;
  const months = parsed.every((date) => date.year === year && date.month && !date.day);
  const words = dates.map((text) => (months ? formatDate(text, locale).replace(/^\d+년 | \d+$/, '') : formatDate(text, locale)));
  const list = locale === 'ko' ? words.join(', ') : new Intl.ListFormat('en').format(words);
  return months ? (locale === 'ko' ? `${year}년 ${list}` : `${list} ${year}`) : list;
}

/** "2024년 4월 ~ 5월": the end repeats only what differs from the start (year, then month). */
function formatKoreanRange(startText: string, endText: string): string {
  const start = parseCalendarDate(startText)!;
  const end = parseCalendarDate(endText)!;
  const endWords: string[] = [];
  const sameYear = start.year === end.year;
  if (!sameYear || end.month === undefined) endWords.push(`${end.year}년`);
  if (end.month !== undefined && (!sameYear || start.month !== end.month || end.day === undefined)) endWords.push(`${end.month}월`);
  if (end.day !== undefined) endWords.push(`${end.day}일`);
  return `${formatDate(startText, 'ko')} ~ ${endWords.join(' ')}`;
}

/** "April – May 2024", "21 February – 30 June 2024": the start drops the year it shares with the end. */
function formatEnglishRange(startText: string, endText: string): string {
  const start = parseCalendarDate(startText)!;
  const end = parseCalendarDate(endText)!;
  const startWords = formatDate(startText, 'en');
  const startShort = start.year === end.year && start.month !== undefined ? startWords.replace(/ \d{4}$/, '') : startWords;
  return `${startShort} – ${formatDate(endText, 'en')}`;
}
