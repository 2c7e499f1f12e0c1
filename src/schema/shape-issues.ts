import type * as v from 'valibot';
import { parseCalendarDate } from '../format/date.js';
import { PERIOD_MESSAGE, WHOLE_WON, WON_NUMBER_MESSAGE } from './dataset-schema.js';
import { jsonPath, problem, type Problem, type ProblemCode } from './problems.js';

const TYPE_NAMES_KO: Record<string, string> = {
  string: '문자열',
  number: '숫자',
  object: '객체',
  array: '배열',
  boolean: '참/거짓',
  null: 'null',
};

function pathOf(issue: v.BaseIssue<unknown>): string {
  const segments = (issue.path ?? []).map((item) => item.key as string | number);
  return jsonPath(segments);
}

function lastKey(issue: v.BaseIssue<unknown>): string {
  const last = issue.path?.[issue.path.length - 1];
  return last ? String(last.key) : '';
}

/** Which of our codes a valibot issue becomes; valibot's own `type` names the failed action. */
function codeOf(issue: v.BaseIssue<unknown>): ProblemCode {
  if (issue.kind === 'schema') {
    if (issue.input === undefined) return 'missing-field';
    if (issue.type === 'picklist' || issue.type === 'literal') return 'invalid-value';
    return 'wrong-type';
  }
  switch (issue.type) {
    case 'integer':
      return 'not-integer';
    case 'min_value':
      return issue.requirement === 0 ? 'negative' : 'out-of-range';
    case 'max_value':
    case 'finite':
      return 'out-of-range';
    case 'min_length':
      return 'empty';
    case 'url':
    case 'starts_with':
      return 'invalid-url';
    case 'regex':
    case 'check': {
      // Blank text ("   ") fails the same rule as "" does.
      if (issue.message === 'must not be empty') return 'empty';
      const key = lastKey(issue);
      if (key === 'phone') return 'invalid-phone';
      if (/^(asOf|reported|date|when|opened)$/.test(key)) return 'invalid-date';
      return 'invalid-format';
    }
    default:
      return 'invalid-format';
  }
}

/** Korean for the English messages of our schemas' format actions (dataset-schema.ts), and an example. */
const FORMAT_MESSAGES_KO: Record<string, [text: string, example: string]> = {
  'must be a kebab-case id (a-z, 0-9, -)': ['영문 소문자·숫자와 하이픈(-)만 쓴 아이디여야 합니다', 'family-policy'],
  'must be HH:MM (24-hour)': ['24시간제 HH:MM 형식이어야 합니다', '09:00, 18:30'],
  'must look like "1.0"': ['버전 형식이 올바르지 않습니다', '1.0'],
};

/** The value as valibot quotes it, shortened: a 3,000-character id need not be printed twice. */
function received(issue: v.BaseIssue<unknown>): string {
  const characters = Array.from(issue.received); // whole code points: never half an emoji
  return characters.length > 60 ? `${characters.slice(0, 57).join('')}…` : issue.received;
}

/**
 * "2024. 6. 30." (how Korean documents print dates), "2024년 6월", "2024/06/30" or "2024-6-30" as the
 * ISO date the schema wants, so the message can say exactly what to write; null for anything else
 * and for a date the calendar does not have.
 */
function isoFromWrittenDate(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const match = /^\s*(\d{4})\s*[./년-]\s*(\d{1,2})\s*(?:[./월-]\s*(?:(\d{1,2})\s*[.일]?)?)?\s*$/.exec(input);
  if (!match) return null;
  const [, year, month, day] = match;
  const iso = [year, month!.padStart(2, '0'), ...(day ? [day.padStart(2, '0')] : [])].join('-');
  return iso !== input && parseCalendarDate(iso) !== null ? iso : null;
}

/**
 * Korean numerals' units: the large ones (조, 억, 만) close a group of four digits, each at most once
 * and in descending order; the small ones (천, 백, 십) count within a group, also descending. So
 * 2천5백만 is (2천 + 5백) × 만 and 61,573백만 is 61,573백 × 만. (Not format/money.ts's WON_PER_UNIT:
 * those are display units, 천원 … 조원, not the numerals people write.)
 */
const LARGE_UNITS: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };
const SMALL_UNITS: Record<string, number> = { 천: 1e3, 백: 1e2, 십: 10 };
const AMOUNT_TOKEN = /\s*(?:(\d[\d,]*(?:\.\d+)?)|([조억만천백십]))\s*/y;

/**
 * A number written as people write amounts — "12억", "1,200,000", "5천만원", "1억 2천만", "61,573백만원"
 * (the report's unit), "3조 2,867억" — as the whole number the schema wants, so the message can say
 * exactly what to write; null for anything else ("약 12억", "3만 2억", "12 34"), or a fraction of a won.
 */
export function numberFromWrittenAmount(input: unknown): number | null {
  if (typeof input !== 'string') return null;
  const text = input.trim().replace(/원$/, '');
  let total = 0;
  let group = 0; // the current group of four digits, before its large unit
  let pending: number | null = null; // a number not yet given a unit
  let lastLarge = Infinity;
  let lastSmall = Infinity;
  AMOUNT_TOKEN.lastIndex = 0;
  while (AMOUNT_TOKEN.lastIndex < text.length) {
    const match = AMOUNT_TOKEN.exec(text);
    if (!match) return null;
    const [, digits, unit] = match;
    if (digits !== undefined) {
      if (pending !== null) return null; // "12 34"
      pending = Number(digits.replace(/,/g, ''));
    } else if (SMALL_UNITS[unit!]) {
      if (SMALL_UNITS[unit!]! >= lastSmall) return null; // "5백2천"
      lastSmall = SMALL_UNITS[unit!]!;
      group += (pending ?? 1) * lastSmall;
      pending = null;
    } else {
      if (LARGE_UNITS[unit!]! >= lastLarge || (pending === null && group === 0)) return null; // "3만 2억", "억"
      lastLarge = LARGE_UNITS[unit!]!;
      total += (group + (pending ?? 0)) * lastLarge;
      [group, pending, lastSmall] = [0, null, Infinity];
    }
  }
  total += group + (pending ?? 0);
  // 4.77억 computes as 476999999.99999994: a whole number within rounding error is that number.
  const whole = Math.round(total);
  return text.trim() !== '' && Math.abs(total - whole) <= 1e-9 * Math.max(1, whole) && Number.isSafeInteger(whole) ? whole : null;
}

/** "write 1200000000" for a number written as text, in whole won where the field is money. */
function writtenNumberHint(issue: v.BaseIssue<unknown>, ko: boolean): string {
  const value = issue.expected === 'number' ? numberFromWrittenAmount(issue.input) : null;
  if (value === null) return '';
  // A money field is one whose schema is MoneySchema, known by its message: no list of keys to keep.
  const money = issue.message === WON_NUMBER_MESSAGE;
  return ko ? `. 따옴표 없이 ${value}처럼 쓰세요${money ? '(원 단위 정수)' : ''}` : `; write ${value} without quotes${money ? ' (whole won)' : ''}`;
}

/**
 * `{ "ko": …, "en": … }` for a name or title written as plain text; `{ "ko": … }` where English is
 * optional (a program's title, a facility's name: KoreanFirstTextSchema).
 */
function localizedTextHint(issue: v.BaseIssue<unknown>, ko: boolean): string {
  const key = lastKey(issue);
  if (!/^object$/i.test(issue.expected ?? '') || typeof issue.input !== 'string' || !/^(title|name|publisher)$/.test(key)) return '';
  const top = issue.path?.[0]?.key;
  if ((top === 'programs' && key === 'title') || (top === 'facilities' && key === 'name')) {
    return ko ? '. { "ko": "…" }처럼 쓰세요(영어 "en"은 있으면 함께)' : '; write { "ko": "…" } (with "en" if there is an English one)';
  }
  return ko ? '. 한국어와 영어를 { "ko": "…", "en": "…" }처럼 함께 쓰세요' : '; write it in Korean and English: { "ko": "…", "en": "…" }';
}

function koreanMessage(code: ProblemCode, issue: v.BaseIssue<unknown>): string {
  switch (code) {
    case 'missing-field':
      return '필수 항목이 없습니다';
    case 'wrong-type':
      return `${TYPE_NAMES_KO[(issue.expected ?? '').toLowerCase()] ?? issue.expected} 형식이어야 합니다 (받은 값: ${received(issue)})${writtenNumberHint(issue, true)}${localizedTextHint(issue, true)}`;
    case 'invalid-value':
      return `허용되지 않는 값입니다 (${received(issue)}); 가능한 값: ${issue.expected}`;
    case 'not-integer':
      return issue.message === WHOLE_WON ? '정수여야 합니다 (원 단위 금액에는 소수가 없습니다)' : '정수여야 합니다';
    case 'negative':
      return '음수일 수 없습니다';
    case 'out-of-range':
      return `허용 범위를 벗어났습니다 (${issue.expected})`;
    case 'empty':
      return '비어 있을 수 없습니다';
    case 'invalid-url':
      return 'https:// 주소여야 합니다';
    case 'invalid-phone':
      return '전화번호 형식(예: 02-2133-5005)이 아닙니다';
    case 'invalid-date': {
      const iso = isoFromWrittenDate(issue.input);
      // A plan's `when` also takes intervals and separate dates: say so in Korean as in English.
      const forms = issue.message === PERIOD_MESSAGE ? ', 기간 2024-04/2024-05, 2024-12/.., ../2024-06, 여러 날짜 {2024-05,2024-11}' : '';
      const reversed = issue.message === 'is an interval that ends before it starts';
      return reversed
        ? `기간의 끝이 시작보다 앞섭니다 (받은 값: ${received(issue)})`
        : `날짜 형식(YYYY-MM-DD, YYYY-MM, YYYY${forms})이 아니거나 없는 날짜입니다${iso ? `. "${iso}"처럼 쓰세요` : ''} (받은 값: ${received(issue)})`;
    }
    default: {
      const [text, example] = FORMAT_MESSAGES_KO[issue.message] ?? ['형식이 올바르지 않습니다'];
      return `${text} (받은 값: ${received(issue)}${example ? `, 예: ${example}` : ''})`;
    }
  }
}

function englishMessage(code: ProblemCode, issue: v.BaseIssue<unknown>): string {
  switch (code) {
    case 'missing-field':
      return 'required field is missing';
    case 'wrong-type':
      return `expected ${issue.expected}, received ${received(issue)}${writtenNumberHint(issue, false)}${localizedTextHint(issue, false)}`;
    case 'invalid-value':
      return `value ${received(issue)} is not allowed; expected ${issue.expected}`;
    case 'invalid-date': {
      const iso = isoFromWrittenDate(issue.input);
      return `${issue.message}${iso ? `; write "${iso}"` : ''} (received ${received(issue)})`;
    }
    case 'invalid-format':
      return `${issue.message} (received ${received(issue)})`;
    default:
      // Our schemas carry plain English messages for every action ("must not be negative").
      return issue.message;
  }
}

/** Converts valibot's issues (shape layer) to our problems. */
export function shapeProblems(issues: ReadonlyArray<v.BaseIssue<unknown>>): Problem[] {
  // One problem per place and kind: "2024. 6. 30." fails both the date pattern and the calendar
  // check, which would otherwise print the same Korean line twice.
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of issues) {
    const code = codeOf(issue);
    const key = `${pathOf(issue)}|${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem(pathOf(issue), code, koreanMessage(code, issue), englishMessage(code, issue)));
  }
  return problems;
}
