import { decodeDatasetBytes, printable } from '../data/decode.js';
import { duplicateKeyProblems } from './duplicate-keys.js';
import { findJsonSyntaxError, lineAndColumn } from './json-syntax.js';
import { parseDataset } from './parse.js';
import { formatProblem, problem, type Problem } from './problems.js';

export interface ValidationReport {
  ok: boolean;
  errors: Problem[];
  warnings: Problem[];
  /** One line per problem (`path: message [code]`) and a closing summary line. */
  lines: string[];
}

/**
 * Validates a dataset file's text, for the `wfp-data validate` CLI and for CMS integrations:
 * JSON syntax first, then everything `parseDataset` checks. Pure (no file system), never throws.
 */
export function validateDatasetText(text: string, locale: 'ko' | 'en' = 'en'): ValidationReport {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const syntax = findJsonSyntaxError(text);
    if (syntax) {
      const { place, reason, excerpt } = syntax;
      const near = printable(excerpt);
      return unreadable(
        problem(
          '$',
          'invalid-format',
          `JSON 문법 오류, ${place.ko}: ${reason.ko}${near && ` — 이 부분: ${near}`}`,
          `JSON syntax error at ${place.en}: ${reason.en}${near && ` — near: ${near}`}`,
        ),
        locale,
      );
    }
    // Only if the syntax checker and the parser disagree: the parser's own words.
    const reason = syntaxReason(text, error);
    return unreadable(problem('$', 'invalid-format', `JSON 문법 오류: ${reason}`, `JSON syntax error: ${reason}`), locale);
  }
  const result = parseDataset(json);
  const all = [...duplicateKeyProblems(text), ...(result.ok ? result.warnings : result.problems)];
  const errors = all.filter((item) => item.severity === 'error');
  const warnings = all.filter((item) => item.severity === 'warning');
  return {
    ok: result.ok,
    errors,
    warnings,
    lines: [...all.map((item) => formatProblem(item, locale)), summary(errors.length, warnings.length, locale)],
  };
}

/**
 * The same for a file's bytes, as the widgets read them: a file saved as EUC-KR or UTF-16 (Korean
 * Windows tools' defaults) is reported as such, not checked as text full of replacement characters.
 */
export function validateDatasetBytes(bytes: Uint8Array, locale: 'ko' | 'en' = 'en'): ValidationReport {
  const decoded = decodeDatasetBytes(bytes);
  if ('text' in decoded) return validateDatasetText(decoded.text, locale);
  const name = decoded.notUtf8;
  return unreadable(
    problem(
      '$',
      'invalid-format',
      `파일이 UTF-8로 저장되어 있지 않습니다(추정: ${name}). 편집기에서 UTF-8로 다시 저장하세요.`,
      `the file is not saved as UTF-8 (it looks like ${name}); save it again as UTF-8 in your editor`,
    ),
    locale,
  );
}

/** A file that cannot be checked at all: its one problem and the summary. */
function unreadable(reason: Problem, locale: 'ko' | 'en'): ValidationReport {
  return { ok: false, errors: [reason], warnings: [], lines: [formatProblem(reason, locale), summary(1, 0, locale)] };
}

function summary(errors: number, warnings: number, locale: 'ko' | 'en'): string {
  if (locale === 'ko') return errors === 0 ? `유효합니다 (경고 ${warnings}건)` : `유효하지 않습니다: 오류 ${errors}건, 경고 ${warnings}건`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return errors === 0 ? `valid (${plural(warnings, 'warning')})` : `invalid: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/**
 * The parser's message on one line (it may quote the text around the error, line breaks included),
 * with the line and column of the error when the message gives only a character position.
 */
function syntaxReason(text: string, error: unknown): string {
  const message = printable(String(error).replace(/\s+/g, ' '));
  const position = /at position (\d+)/.exec(message);
  if (!position || /\(line \d+,? column \d+\)/.test(message)) return message;
  const { line, column } = lineAndColumn(text.replace(/^\uFEFF/, ''), Number(position[1]));
  return `${message} (line ${line}, column ${column})`;
}
