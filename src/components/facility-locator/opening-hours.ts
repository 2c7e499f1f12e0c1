import { WEEKDAYS } from '../../schema/vocabulary.js';
import type { OpeningHours, Weekday } from '../../schema/types.js';

/** A moment as a wall clock in Seoul: weekday and minutes since local midnight. */
export interface SeoulClock {
  readonly weekday: Weekday;
  readonly minutes: number;
}

/**
 * Facilities keep Seoul hours wherever the reader is (a Korean abroad, a test machine in UTC), so
 * the wall clock is always read in Asia/Seoul. Built once: Intl formatters are slow to construct.
 */
const seoulFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Seoul',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const WEEKDAY_BY_SHORT_NAME: Readonly<Record<string, Weekday>> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

export function seoulClock(date: Date): SeoulClock {
  let weekday: Weekday = 'mon';
  let hour = 0;
  let minute = 0;
  for (const part of seoulFormat.formatToParts(date)) {
    if (part.type === 'weekday') weekday = WEEKDAY_BY_SHORT_NAME[part.value] ?? weekday;
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return { weekday, minutes: hour * 60 + minute };
}

/** "18:30" → 1110; "24:00" → 1440 (the schema allows 24:00 as an end of day). */
export function clockMinutes(value: string): number {
  const [hours = '0', minutes = '0'] = value.split(':');
  return Number(hours) * 60 + Number(minutes);
}

function previousDay(day: Weekday): Weekday {
  const index = WEEKDAYS.indexOf(day);
  return WEEKDAYS[(index + WEEKDAYS.length - 1) % WEEKDAYS.length]!;
}

/**
 * Is a weekly schedule open at this Seoul wall-clock time?
 *
 * Each rule is open from `opens` (inclusive) to `closes` (exclusive) on each of its days. A rule
 * whose closing time is earlier than its opening time runs past midnight (22:00–02:00 on Friday is
 * open at 01:00 on Saturday); equal times mean around the clock, as Korean notices print
 * "00:00~00:00" for 24-hour service.
 */
export function isOpenAtClock(weekly: NonNullable<OpeningHours['weekly']>, clock: SeoulClock): boolean {
  const yesterday = previousDay(clock.weekday);
  for (const rule of weekly) {
    const opens = clockMinutes(rule.opens);
    const closes = clockMinutes(rule.closes);
    if (opens === closes || (opens === 0 && closes >= 1440)) {
      if (rule.days.includes(clock.weekday)) return true;
      continue;
    }
    if (closes > opens) {
      if (rule.days.includes(clock.weekday) && clock.minutes >= opens && clock.minutes < closes) return true;
    } else {
      // Overnight: the evening part belongs to the listed day, the small hours to the day after.
      if (rule.days.includes(clock.weekday) && clock.minutes >= opens) return true;
      if (rule.days.includes(yesterday) && clock.minutes < closes) return true;
    }
  }
  return false;
}

/**
 * `true` / `false` when the hours are structured (`weekly`), `null` when only printed text is
 * known — the widget then shows the text and makes no claim about now.
 */
export function isOpenAt(hours: OpeningHours | undefined, date: Date): boolean | null {
  if (!hours?.weekly || hours.weekly.length === 0) return null;
  return isOpenAtClock(hours.weekly, seoulClock(date));
}
