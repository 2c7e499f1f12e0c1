import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * Where a dataset file stops being JSON, and what most likely went wrong, in words a webmaster who
 * edited the file by hand can act on: "12번째 줄 5번째 글자: 마지막 항목 뒤의 쉼표(,)를 지우세요".
 *
 * The browser's own `JSON.parse` message says little ("Unexpected token ']'" has no position in
 * V8) and only in English, so after `JSON.parse` fails the text is scanned again with jsonc-parser
 * (VS Code's JSON scanner, strict mode: no comments, no trailing commas), which reports the offset
 * of the first error and its kind. The reasons below turn its codes into the mistakes people make
 * in hand-edited JSON: a comma left after the last item, a thousands separator in a number, curly
 * quotes pasted from a word processor, a comment, a line break inside a string.
 *
 * Loaded only when a file fails to parse (the CDN build places it beside the script as
 * wfp-json-syntax.js), so pages whose data is fine never download it.
 */
export interface JsonSyntaxError {
  /** 1-based line of the error. */
  line: number;
  /** 1-based column, in characters (UTF-16 code units) from the start of the line. */
  column: number;
  /** 0-based character offset in the text. */
  offset: number;
  /** What is wrong and how to fix it, one sentence in each language, without a final full stop. */
  reason: { ko: string; en: string };
  /** The text around the error on its own line (at most ~60 characters, "…" where cut); empty for a binary file. */
  excerpt: string;
}

type Reason = JsonSyntaxError['reason'];

const reason = (ko: string, en: string): Reason => ({ ko, en });

const TRAILING_COMMA = reason('닫는 괄호 앞에 쉼표(,)가 남아 있습니다. 마지막 항목 뒤의 쉼표를 지우세요', 'a comma before a closing bracket: remove the comma after the last item');
const THOUSANDS = reason('숫자에 천 단위 쉼표를 쓸 수 없습니다. 1,234,000이 아니라 1234000처럼 쓰세요', 'numbers cannot have thousands separators: write 1234000, not 1,234,000');
const SINGLE_QUOTE = reason("작은따옴표(')는 쓸 수 없습니다. 이름과 글자는 큰따옴표(\")로 감싸세요", 'single quotes are not JSON: put names and text in double quotes (")');
const CURLY_QUOTE = reason('둥근 따옴표(“ ” ‘ ’)는 쓸 수 없습니다. 곧은 큰따옴표(")를 쓰세요(워드프로세서에서 붙여 넣을 때 흔합니다)', 'curly quotes (“ ” ‘ ’) are not JSON: use straight double quotes (") — common when pasting from a word processor');
const NAME_EXPECTED = reason('항목 이름이 와야 합니다. 이름은 큰따옴표로 감싸세요("name": …)', 'a property name is expected here, in double quotes ("name": …)');
const VALUE_EXPECTED = reason('값이 빠졌습니다', 'a value is missing');
const COLON_EXPECTED = reason('항목 이름 뒤에 쌍점(:)이 빠졌습니다', 'a colon (:) is missing after the property name');
const COMMA_EXPECTED = reason('앞 항목 뒤에 쉼표(,)가 빠졌습니다', 'a comma (,) is missing after the previous item');
const LEADING_ZERO = reason('숫자는 0으로 시작할 수 없습니다(07이 아니라 7, 글자로 둘 것이면 "07")', 'numbers cannot start with 0 (write 7, not 07, or "07" if it is text)');
const UNCLOSED_STRING = reason('따옴표가 닫히지 않았습니다. 글자 안에서 줄을 바꾸려면 \\n을 쓰세요', 'a string is not closed: close its quotes, and write a line break inside text as \\n');
const BAD_ESCAPE = reason('글자 안의 역슬래시(\\) 뒤가 올바르지 않습니다. 역슬래시 자체는 \\\\로 쓰세요', 'a backslash (\\) starts an invalid escape: write a backslash itself as \\\\');
const COMMENT = reason('JSON에는 주석(// 또는 /* */)을 쓸 수 없습니다. 주석을 지우세요', 'JSON has no comments (// or /* */): remove them');
const CONTROL_CHARACTER = reason('글자 안에 쓸 수 없는 제어 문자(탭 등)가 있습니다. 탭은 \\t로 쓰세요', 'a control character (such as a tab) inside text: write a tab as \\t');
const AFTER_END = reason('데이터가 끝난 뒤에 다른 내용이 있습니다. 파일에는 { … } 하나만 두세요', 'there is more text after the end of the data: a file holds one { … } only');
const CUT_OFF = reason('파일이 중간에 끝납니다. 닫는 괄호가 빠졌거나 파일이 잘렸습니다', 'the file ends too early: a closing bracket is missing, or the file was cut off');
const BRACKETS = reason('괄호의 짝이 맞지 않습니다. 앞에서 연 [ 또는 {를 알맞은 괄호로 닫았는지 확인하세요', 'brackets do not match: check that each [ or { opened before is closed by its own kind');
const NOT_TEXT = reason('텍스트 파일이 아닙니다(압축 파일이나 엑셀 파일을 .json으로 바꾼 것 등). 데이터를 JSON 텍스트로 저장하세요', 'this is not a text file (a zip or spreadsheet renamed .json, say): save the data as JSON text');
const EMPTY = reason('파일이 비어 있습니다', 'the file is empty');
const NUMBER_FORMAT = reason('숫자 형식이 올바르지 않습니다', 'a number is not written correctly');

/** The first syntax error of `text`, or null when it is valid JSON (a UTF-8 byte-order mark is ignored). */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const source = text.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  parse(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  const found = explain(source, first);
  const offset = Math.min(found.offset ?? first.offset, source.length);
  // A binary file's bytes read as text are nothing a person could find in it.
  const around = found.reason === NOT_TEXT ? '' : excerpt(source, offset);
  return { ...position(source, offset), offset, reason: found.reason, excerpt: around };
}

/** The reason, and where to point when that is not where the parser stopped (the comma to delete). */
function explain(text: string, error: ParseError): { reason: Reason; offset?: number } {
  const found = reasonFor(text, error);
  const before = text.slice(0, error.offset).trimEnd();
  if (found === TRAILING_COMMA || found === THOUSANDS) return { reason: found, offset: before.length - 1 };
  return found === EMPTY ? { reason: found, offset: 0 } : { reason: found };
}

function reasonFor(text: string, error: ParseError): Reason {
  const at = text.slice(error.offset, error.offset + Math.max(error.length, 1));
  const before = text.slice(0, error.offset).trimEnd();
  const code = printParseErrorCode(error.error);
  if (text.trim() === '') return EMPTY;
  // Control bytes other than tab and line breaks (zip, xlsx and hwp files start with some) are not
  // something a person typed: no point naming a character.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text.slice(0, 1024))) return NOT_TEXT;
  if (/^[“”‘’„]/.test(at)) return CURLY_QUOTE;
  if (at.startsWith("'")) return SINGLE_QUOTE;
  switch (code) {
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if (/^[}\]]/.test(at) && before.endsWith(',')) return TRAILING_COMMA;
      // "budget": 1,234,000 — the parser reads 1, then expects a name (or a value) where 234 stands.
      if (/^\d/.test(at) && /\d,$/.test(before)) return THOUSANDS;
      if (error.offset >= text.length && text.trim() !== '') return CUT_OFF;
      return code === 'PropertyNameExpected' ? NAME_EXPECTED : VALUE_EXPECTED;
    case 'ColonExpected':
      return COLON_EXPECTED;
    case 'CommaExpected':
      if (/^[}\]]/.test(at)) return BRACKETS;
      if (/^\d/.test(at) && /(^|[^\d.eE+-])0$/.test(before)) return LEADING_ZERO;
      return COMMA_EXPECTED;
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
      return error.offset >= text.length ? CUT_OFF : BRACKETS;
    case 'UnexpectedEndOfComment':
      return COMMENT;
    case 'UnexpectedEndOfString':
      return UNCLOSED_STRING;
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return BAD_ESCAPE;
    case 'InvalidCommentToken':
      return COMMENT;
    case 'InvalidCharacter':
      return CONTROL_CHARACTER;
    case 'EndOfFileExpected':
      return AFTER_END;
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return NUMBER_FORMAT;
    default: {
      // InvalidSymbol: a word JSON does not know (NaN, undefined, tru) or a stray character.
      const word = /^[^\s\u0000-\u001f,:{}[\]"]{1,20}/.exec(at)?.[0] ?? at;
      return reason(`JSON에서 쓸 수 없는 "${word}"이(가) 있습니다. 글자는 큰따옴표로 감싸고, 값은 숫자·true·false·null만 쓰세요`, `"${word}" is not JSON: put text in double quotes; other values are numbers, true, false or null`);
    }
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Up to 30 characters either side of the error on its line; a minified file is one long line. */
function excerpt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nextBreak = text.indexOf('\n', offset);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const from = Math.max(lineStart, offset - 30);
  const to = Math.min(lineEnd, offset + 30);
  const shown = text.slice(from, to).replace(/\r$/, '').replace(/\t/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${shown}${to < lineEnd ? '…' : ''}`;
}
