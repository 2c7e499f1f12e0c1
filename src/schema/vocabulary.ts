/**
 * The schema's fixed vocabularies and patterns, without valibot. Widgets import these (a weekday
 * order, the staff categories, whether a phone number may become a `tel:` link) and must not pull the
 * validator into every embed for a constant: dataset-schema.ts builds its valibot schemas from them.
 */

export const SCHEMA_VERSION = '1.0';

export const DEPARTMENT_KINDS = ['office', 'division', 'task-force', 'field-office', 'foundation'] as const;
export const STAFF_CATEGORIES = ['administrative', 'technical', 'operations', 'fixed-term'] as const;
export const FUNDING_SOURCES = ['national', 'city', 'district', 'private'] as const;
export const PROGRAM_KINDS = ['initiative', 'program'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * Korean phone numbers only (02-2133-5005, 1577-1234, 120, and the 0507/0505 numbers small
 * facilities list), so a `tel:` link can never carry anything else.
 */
export const PHONE_PATTERN = /^(?:0\d{1,3}-\d{3,4}-\d{4}|1\d{3}-\d{4}|\d{3})$/;

/** True for a value the schema accepts as a phone number (the check a `tel:` link is built behind). */
export function isPhoneNumber(value: unknown): value is string {
  return typeof value === 'string' && PHONE_PATTERN.test(value);
}

/**
 * A funding note marking a payer's part as budgeted separately, not included in the amount
 * ("※ 구비 50% 별도" is stored as "별도 — 이 금액에 포함되지 않음").
 */
export function isSeparateNote(note: string | undefined): boolean {
  return note !== undefined && note.trim().startsWith('별도');
}
