import type * as v from 'valibot';
import { parseCalendarDate } from '../format/date.js';
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

const UNITS: Record<string, number> = { 조: 1e12, 억: 1e8, 백만: 1e6, 만: 1e4, 천: 1e3 };
const AMOUNT_PART = /(\d[\d,]*(?:\.\d+)?)\s*(조|억|백만|만|천)?\s*/gy;

/**
 * A number written as people write amounts — "12억", "1,200,000", "61,573백만원" (the report's unit),
 * "3조 2,867억" — as the whole number the schema wants, so the message can say exactly what to
 * write; null for anything else, or for a fraction of a unit.
 */
export function numberFromWrittenAmount(input: unknown): number | null {
  if (typeof input !== 'string') return null;
  const text = input.trim().replace(/원$/, '').trim();
  let total = 0;
  let end = 0;
  AMOUNT_PART.lastIndex = 0;
  for (let match = AMOUNT_PART.exec(text); match; match = AMOUNT_PART.exec(text)) {
    end = AMOUNT_PART.lastIndex;
    // Only the last part may go without a unit ("3억 5000"); "12 34" is not an amount.
    if (!match[2] && end < text.length) return null;
    // Digits without the point, then divided: 4.77억 is exactly 477000000, not 476999999.99999994.
    const [whole, fraction = ''] = match[1]!.replace(/,/g, '').split('.');
    total += (Number(whole! + fraction) * (match[2] ? UNITS[match[2]]! : 1)) / 10 ** fraction.length;
  }
  return end > 0 && end === text.length && Number.isSafeInteger(total) ? total : null;
}

/** Keys whose value is money (whole won) in the schema (MoneySchema). */
const MONEY_KEYS = new Set(['budget', 'spent', 'amount', 'previousAmount']);

/** "write 1200000000" for a number written as text, in whole won where the field is money. */
function writtenNumberHint(issue: v.BaseIssue<unknown>, ko: boolean): string {
  const value = issue.expected === 'number' ? numberFromWrittenAmount(issue.input) : null;
  if (value === null) return '';
  const money = MONEY_KEYS.has(lastKey(issue));
  return ko ? `. 따옴표 없이 ${value}처럼 쓰세요${money ? '(원 단위 정수)' : ''}` : `; write ${value} without quotes${money ? ' (whole won)' : ''}`;
}

/** `{ "ko": …, "en": … }` for a name or title written as plain text. */
function localizedTextHint(issue: v.BaseIssue<unknown>, ko: boolean): string {
  if (!/^object$/i.test(issue.expected ?? '') || typeof issue.input !== 'string' || !/^(title|name|publisher)$/.test(lastKey(issue))) return '';
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
      return '정수여야 합니다 (원 단위 금액에는 소수가 없습니다)';
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
      return `날짜 형식(YYYY-MM-DD, YYYY-MM, YYYY)이 아니거나 없는 날짜입니다${iso ? `. "${iso}"처럼 쓰세요` : ''} (받은 값: ${received(issue)})`;
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
