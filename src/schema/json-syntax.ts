import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * Where a dataset file stops being JSON, and what most likely went wrong, in words a webmaster who
 * edited the file by hand can act on: 12번째 줄 5번째 글자, "닫는 괄호 앞에 쉼표(,)가 남아 있습니다.
 * 마지막 항목 뒤의 쉼표를 지우세요", pointing at that comma.
 *
 * The browser's own `JSON.parse` message says little ("Unexpected token ']'" has no position in
 * V8) and only in English, so after `JSON.parse` fails the text is scanned again with jsonc-parser
 * (VS Code's JSON scanner, strict mode: no comments, no trailing commas), which reports the offset
 * of the first error and its kind. The reasons below turn its codes into the mistakes people make
 * in hand-edited JSON: a comma left after the last item, a thousands separator or a unit in a
 * number, curly quotes pasted from a word processor, a quote inside text, a comment, a line break
 * inside a string, a file cut off.
 *
 * Loaded only when a file fails to parse (the CDN build places it beside the script as
 * wfp-json-syntax.js), so pages whose data is fine never download it.
 */
export interface JsonSyntaxError {
  /** 1-based line of the error. */
  line: number;
  /**
   * 1-based column, in characters as a person counts them along the line: an emoji, a flag, a
   * letter with its accent or a Hangul syllable typed as separate letters is one. Not an editor
   * position (those count UTF-16 code units): use `offset` for that.
   */
  column: number;
  /** 0-based offset in UTF-16 code units (a JavaScript string index) in the text after a byte-order mark, if it has one. */
  offset: number;
  /** Line and column as every message names them: "4번째 줄 29번째 글자" / "line 4, column 29". */
  place: { ko: string; en: string };
  /** What is wrong and how to fix it, one sentence in each language, without a final full stop. */
  reason: { ko: string; en: string };
  /** The text around the error on its own line (at most ~60 characters, "…" where cut); empty for a binary file. */
  excerpt: string;
}

type Reason = JsonSyntaxError['reason'];

/** A reason, and where to point when that is not where the parser stopped (the comma to delete). */
interface Diagnosis {
  reason: Reason;
  at?: number;
}

const reason = (ko: string, en: string): Reason => ({ ko, en });
const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

const TRAILING_COMMA = reason('닫는 괄호 앞에 쉼표(,)가 남아 있습니다. 마지막 항목 뒤의 쉼표를 지우세요', 'a comma is left before a closing bracket; remove the comma after the last item');
const THOUSANDS = reason('숫자에 천 단위 쉼표를 쓸 수 없습니다. 1,234,000이 아니라 1234000처럼 쓰세요', 'numbers cannot have thousands separators; write 1234000, not 1,234,000');
const UNIT = reason('숫자에 단위(억, 원, % 등)를 붙일 수 없습니다. 금액은 원 단위 정수로 쓰세요(12억 → 1200000000)', 'numbers cannot carry units (억, 원, %); write amounts in whole won (12억 → 1200000000)');
const SINGLE_QUOTE = reason("작은따옴표(')는 쓸 수 없습니다. 이름과 문자열은 큰따옴표(\")로 감싸세요", 'single quotes are not JSON; put names and text in double quotes (")');
const CURLY_QUOTE = reason('둥근 따옴표(“ ” ‘ ’)는 쓸 수 없습니다. 곧은 큰따옴표(")를 쓰세요(워드프로세서에서 붙여 넣을 때 흔합니다)', 'curly quotes (“ ” ‘ ’) are not JSON; use straight double quotes (") — word processors turn them curly');
const INNER_QUOTE = reason('문자열 안의 큰따옴표가 문자열을 끝냈습니다. 문자열 안에서는 \\"로 쓰거나 둥근 따옴표(“ ”)로 바꾸세요', 'a double quote inside text ended the text; write it as \\" or use curly quotes (“ ”)');
const NAME_EXPECTED = reason('항목 이름이 와야 합니다. 이름은 큰따옴표로 감싸세요("name": …)', 'a property name is expected here, in double quotes ("name": …)');
const VALUE_EXPECTED = reason('값이 빠졌습니다', 'a value is missing');
const COLON_EXPECTED = reason('항목 이름 뒤에 쌍점(:)이 빠졌습니다', 'a colon (:) is missing after the property name');
const COMMA_EXPECTED = reason('앞 항목 뒤에 쉼표(,)가 빠졌습니다', 'a comma (,) is missing after the previous item');
const LEADING_ZERO = reason('0 다음에 숫자를 바로 이어 쓸 수 없습니다(07 → 7, 문자열로 둘 것이면 "07")', 'a number cannot be 0 followed by digits (07 → 7, or "07" if it is text)');
const UNCLOSED_STRING = reason('문자열의 따옴표가 닫히지 않았습니다. 문자열 안에서 줄을 바꾸려면 \\n을 쓰세요', 'a string is not closed; close its quotes, and write a line break inside text as \\n');
const BAD_ESCAPE = reason('문자열 안의 역슬래시(\\) 뒤가 올바르지 않습니다. 역슬래시 자체는 \\\\로 쓰세요', 'a backslash (\\) starts an invalid escape; write a backslash itself as \\\\');
const COMMENT = reason('JSON에는 주석(// 또는 /* */)을 쓸 수 없습니다. 주석을 지우세요', 'JSON has no comments (// or /* */); remove them');
const AFTER_END = reason('데이터가 끝난 뒤에 다른 내용이 있습니다. 파일에는 { … } 하나만 두세요', 'there is more text after the end of the data; a file holds one { … } only');
const EXTRA_CLOSE = reason('닫는 괄호(} 또는 ])가 하나 더 있어 데이터가 여기서 끝났습니다. 괄호의 짝을 확인하세요', 'one closing bracket (} or ]) too many: the data ends here; check that brackets pair up');
const COMMA_AFTER_END = reason('데이터가 끝난 뒤(마지막 } 뒤)에 쉼표가 있습니다. 그 쉼표를 지우세요', 'a comma after the end of the data (after the last }); remove it');
const NAME_QUOTE = reason('항목 이름의 닫는 따옴표가 빠졌습니다("name": …처럼 이름 바로 뒤에 "를 쓰세요)', 'the closing quote of a property name is missing (write " right after the name: "name": …)');
const MISSING_BRACKET = reason('이 항목 이름 앞에 여는 중괄호({)가 빠졌거나, 위에서 닫는 괄호(] 또는 })가 빠졌습니다', 'a { is missing before this name, or a ] or } is missing above it');
const PERCENT = reason('숫자에 %를 붙일 수 없습니다. 숫자만 쓰세요(48.2% → 48.2)', 'numbers cannot carry %; write the number only (48.2% → 48.2)');
const DATE_TEXT = reason('날짜는 큰따옴표로 감싼 "2024-03-31" 형식으로 쓰세요', 'write dates in double quotes as "2024-03-31"');
const EQUALS = reason('이름과 값 사이에는 등호(=)가 아니라 쌍점(:)을 씁니다', 'a colon (:), not =, goes between a name and its value');
const SEMICOLON = reason('항목 사이에는 쌍반점(;)이 아니라 쉼표(,)를 씁니다', 'a comma (,), not ;, goes between items');
const MISSING_OPEN = reason('데이터는 {로 시작해야 합니다. 맨 앞의 여는 중괄호가 빠졌을 수 있습니다', 'the data must start with {; the opening brace may be missing');
const CUT_OFF = reason('파일이 중간에 끝납니다. 닫는 괄호가 빠졌거나 파일이 잘렸습니다', 'the file ends too early; a closing bracket is missing, or the file was cut off');
const BRACKETS = reason('괄호의 짝이 맞지 않습니다. 앞에서 연 [ 또는 {를 알맞은 괄호로 닫았는지 확인하세요', 'brackets do not match; check that each [ or { opened before is closed by its own kind');
const NOT_TEXT = reason('텍스트 파일이 아닙니다(압축 파일이나 엑셀 파일을 .json으로 바꾼 것 등). 데이터를 JSON 텍스트로 저장하세요', 'this is not a text file (a zip or spreadsheet renamed .json, say); save the data as JSON text');
const EMPTY = reason('파일이 비어 있습니다', 'the file is empty');
const NUMBER_FORMAT = reason('숫자 형식이 올바르지 않습니다', 'a number is not written correctly');

/** U+000B is what word processors put in pasted text for Shift+Enter, U+000C for a page break. */
const controlCharacter = (code: number) =>
  reason(
    `쓸 수 없는 제어 문자(${hex(code)})가 있습니다. 문자열 안의 탭은 \\t, 줄 바꿈은 \\n으로 쓰고 나머지는 지우세요`,
    `a control character (${hex(code)}); inside text write a tab as \\t and a line break as \\n, and delete others`,
  );
const invisibleCharacter = (code: number) =>
  reason(`보이지 않는 특수 문자(${hex(code)})가 있습니다. 지우거나 일반 공백으로 바꾸세요`, `an invisible special character (${hex(code)}); delete it or type a plain space`);
/** What a Korean input method gives in full-width mode: ， ： ［ ］ ｛ ｝ ＂. */
const fullWidth = (char: string) => {
  const plain = String.fromCharCode(char.charCodeAt(0) - 0xfee0);
  return reason(`전각 문자(${char})를 쓸 수 없습니다. 반각 문자(${plain})로 바꾸세요(한/영 전환 뒤 입력)`, `the full-width ${char} is not JSON; type the half-width ${plain}`);
};
/** True, FALSE, Null, None, undefined: the spelling JSON wants, if the word is one of these. */
const LITERALS: Record<string, string> = { true: 'true', false: 'false', null: 'null', none: 'null', nil: 'null', undefined: 'null' };
const literalCase = (word: string, literal: string) =>
  reason(`쓸 수 없는 값입니다: ${word}. 소문자로 쓰세요: ${literal}`, `${word} is not a JSON value; JSON writes ${literal}, in lower case`);
const notAValue = (word: string) =>
  reason(
    `쓸 수 없는 값입니다: ${word}. 문자열은 큰따옴표로 감싸고, 그 밖의 값은 숫자·true·false·null만 쓸 수 있습니다`,
    `${word} is not a JSON value; put text in double quotes; other values are numbers, true, false or null`,
  );

const unquotedName = (word: string) => reason(`항목 이름은 큰따옴표로 감싸야 합니다("${word}":)`, `property names need double quotes ("${word}":)`);

/**
 * Not a text file at all: NUL, a zip's signature (xlsx, hwpx), or bytes that were not UTF-8 in a file
 * that does not even start like JSON. (A file starting like JSON with such bytes was refused as
 * EUC-KR or UTF-16 before it got here, so a U+FFFD in one is text left by an earlier conversion.)
 */
const isBinary = (text: string) => {
  const head = text.slice(0, 1024);
  return head.includes('\u0000') || head.startsWith('PK\u0003\u0004') || (head.includes('\uFFFD') && !/^\s*[{[]/.test(head));
};
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const INVISIBLE = /^[\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** The first syntax error of `text`, or null when it is valid JSON (a UTF-8 byte-order mark is ignored). */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const source = text.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  try {
    parse(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // The parser recurses: thousands of nested brackets overflow the stack. No place to name, then.
    return null;
  }
  const first = errors[0];
  if (!first) return null;
  const found = diagnose(source, first, errors);
  const offset = Math.min(found.at ?? first.offset, source.length);
  // A binary file's bytes read as text are nothing a person could find in it.
  const { line, column } = lineAndColumn(source, offset);
  return {
    line,
    column,
    offset,
    place: { ko: `${line}번째 줄 ${column}번째 글자`, en: `line ${line}, column ${column}` },
    reason: found.reason,
    excerpt: found.reason === NOT_TEXT ? '' : excerpt(source, offset),
  };
}

function diagnose(text: string, error: ParseError, errors: readonly ParseError[]): Diagnosis {
  const code = printParseErrorCode(error.error);
  const token = text.slice(error.offset, error.offset + Math.max(error.length, 1));
  const before = text.slice(0, error.offset).trimEnd();
  const previous = text[error.offset - 1] ?? '';
  if (text.trim() === '') return { reason: EMPTY, at: 0 };
  if (isBinary(text)) return { reason: NOT_TEXT, at: 0 };
  if (/^[}\]]/.test(token) && before.endsWith(',') && (code === 'PropertyNameExpected' || code === 'ValueExpected')) {
    return { reason: TRAILING_COMMA, at: before.length - 1 };
  }
  // "budget": 1,234,000 — the parser reads 1, then expects a name (or a value) where 234 stands;
  // in an array it reads 1 and 234, then stops at 000. Point at the comma.
  const ahead = text.slice(error.offset, error.offset + 4);
  if (previous === ',' && /^\d{3}(?!\d)/.test(ahead) && /\d,$/.test(before)) return { reason: THOUSANDS, at: before.length - 1 };
  if (/^\d\d(?!\d)/.test(ahead) && /\d,0$/.test(before)) return { reason: THOUSANDS, at: before.length - 2 };
  // Nothing after the broken token while a bracket is still open: an upload cut off, most often
  // inside a string. Point just after the last character.
  const stillOpen = errors.some((item) => /^Close(Brace|Bracket)Expected$/.test(printParseErrorCode(item.error)));
  const nothingAfter = text.slice(error.offset + error.length).trim() === '';
  // Not when the swallowed text shows its end (a string left open on a line that has its "}"), or
  // the last thing is a comment.
  const visiblyClosed = code === 'UnexpectedEndOfString' && /[}\]]/.test(token);
  if (stillOpen && nothingAfter && !visiblyClosed && !/^[}\]]/.test(token) && !/Comment/.test(code) && code !== 'EndOfFileExpected') {
    return { reason: CUT_OFF, at: text.trimEnd().length };
  }
  // "title: "x" — the name's closing quote forgotten: the parser took `title: ` for the name.
  const closedString = previous === '"' ? text.slice(text.lastIndexOf('"', error.offset - 2), error.offset) : '';
  if (/^"[^"\n]*:\s*"$/.test(closedString)) return { reason: NAME_QUOTE, at: error.offset - closedString.length + closedString.indexOf(':') };
  if (/^[“”‘’„]/.test(token)) return { reason: CURLY_QUOTE };
  if (token.startsWith("'")) return { reason: SINGLE_QUOTE };
  if (INVISIBLE.test(token)) return { reason: invisibleCharacter(token.charCodeAt(0)) };
  if (/^[\uff01-\uff5e]/.test(token)) return { reason: fullWidth(token[0]!) };
  switch (code) {
    case 'PropertyNameExpected':
      return { reason: NAME_EXPECTED };
    case 'ValueExpected':
      return { reason: VALUE_EXPECTED };
    case 'ColonExpected':
      return { reason: COLON_EXPECTED };
    case 'CommaExpected':
      if (/^[}\]]/.test(token)) return { reason: BRACKETS };
      // "title": "ko": … — a name where a value or the next item should be.
      if (token.startsWith(':')) return { reason: MISSING_BRACKET, at: text.lastIndexOf('"', text.lastIndexOf('"', error.offset - 1) - 1) };
      if (/^\d/.test(token) && /(?:^|[^\d.eE+])-?0$/.test(before)) return { reason: LEADING_ZERO };
      return { reason: COMMA_EXPECTED };
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
      return { reason: BRACKETS };
    case 'UnexpectedEndOfString':
      return { reason: UNCLOSED_STRING };
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode': {
      const escape = token.search(/\\(?:[^"\\/bfnrtu]|u(?![0-9a-fA-F]{4}))/);
      return { reason: BAD_ESCAPE, at: error.offset + Math.max(escape, 0) };
    }
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return { reason: COMMENT };
    case 'InvalidCharacter': {
      const control = token.search(/[\u0000-\u001f]/);
      const at = error.offset + Math.max(control, 0);
      return { reason: controlCharacter(text.charCodeAt(control < 0 ? error.offset : at)), at };
    }
    case 'EndOfFileExpected':
      if (/^[{[]/.test(token)) return { reason: AFTER_END };
      if (token.startsWith(',') && nothingAfter) return { reason: COMMA_AFTER_END };
      if (!/^\s*[{[]/.test(text)) return { reason: MISSING_OPEN, at: 0 };
      if (/[}\]]$/.test(before)) return { reason: EXTRA_CLOSE, at: before.length - 1 };
      return { reason: AFTER_END };
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { reason: NUMBER_FORMAT };
    default: {
      // InvalidSymbol: a character or word JSON does not know.
      if (CONTROL.test(token[0]!)) return { reason: controlCharacter(token.charCodeAt(0)) };
      if (token.startsWith('=')) return { reason: EQUALS };
      if (token.startsWith(';')) return { reason: SEMICOLON };
      // 12억, 1000원, 48.2%, 2024년: a number, then its unit.
      if (/\d/.test(previous)) {
        if (token.startsWith('%')) return { reason: PERCENT };
        if (/^[년월일]/.test(token)) return { reason: DATE_TEXT };
        if (/^[가-힣₩a-zA-Z]/.test(token)) return { reason: UNIT };
      }
      const line = text.slice(error.offset, lineEnd(text, error.offset));
      // "여성가족정책실 "주요업무보고"": the inner quote closed the text, and the rest is loose.
      if (previous === '"' && line.includes('"')) return { reason: INNER_QUOTE };
      const word = /^[^\s\u0000-\u001f,:{}[\]"]{1,20}/.exec(token)?.[0] ?? token;
      // { title: "x" } or { title": "x" }: a name without (one of) its quotes.
      if (/^"?\s*:/.test(line.slice(word.length).trimStart())) return { reason: unquotedName(word) };
      const literal = LITERALS[word.toLowerCase()];
      return { reason: literal ? literalCase(word, literal) : notAValue(word) };
    }
  }
}

function lineEnd(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  return next === -1 ? text.length : next;
}

/** 1-based line and column of a character offset (also for the parser's own positions, validate-text.ts). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const end = Math.min(Math.max(offset || 0, 0), text.length);
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: charactersIn(text, lineStart, end) + 1 };
}

/**
 * What joins onto the character before it and is not counted again: accents and variation
 * selectors (marks), skin tones, tag letters (subdivision flags), the vowel and final of a Hangul
 * syllable typed as separate letters, the zero-width joiner and the emoji it joins; and a pair of
 * regional indicators, which is one flag. Sticky: tried only where a character may join.
 */
const JOINED = /[\p{M}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u1160-\u11FF\uD7B0-\uD7FF]|\u200D\p{Extended_Pictographic}?|[\u{1F1E6}-\u{1F1FF}]{2}/uy;
const isRegionalIndicator = (codePoint: number) => codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
/**
 * UTF-16 units that are a whole character and never join: ASCII and Latin-1, dashes, quotes and
 * ellipses, CJK punctuation (before its tone marks), Hangul letters, CJK ideographs, Hangul
 * syllables. Nearly all of a dataset; everything else goes through JOINED.
 */
const standsAlone = (code: number) =>
  code < 0x300 ||
  (code >= 0x2010 && code <= 0x2027) ||
  (code >= 0x3000 && code <= 0x3029) ||
  (code >= 0x3131 && code <= 0x318e) ||
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0xac00 && code <= 0xd7a3);

/**
 * Characters as a person counts them in text[from, to): code points (not the UTF-16 units of the
 * offset), less what joins onto the one before, so an emoji — even a family of three joined into
 * one — is one "글자". A minified 15 MB file is one line, so most characters take a fast path.
 * An approximation of grapheme clusters, without their context: a Hangul vowel joins after any
 * letter, and a joiner and emoji after any character. (Intl.Segmenter would count exactly, but in
 * Node 20 it takes minutes on such a line.)
 */
export function charactersIn(text: string, from: number, to: number): number {
  let count = 0;
  let at = from;
  while (at < to) {
    const code = text.charCodeAt(at);
    if (standsAlone(code)) {
      count += 1;
      at += 1;
      continue;
    }
    JOINED.lastIndex = at;
    const joined = JOINED.exec(text)?.[0];
    if (joined) {
      if (isRegionalIndicator(joined.codePointAt(0)!)) count += 1;
      at += joined.length;
    } else {
      count += 1;
      at += isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
    }
  }
  return count;
}

/** Up to 30 characters either side of the error on its line; a minified file is one long line. */
function excerpt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const end = lineEnd(text, offset);
  let from = Math.max(lineStart, offset - 30);
  let to = Math.min(end, offset + 30);
  // Never half an emoji (a surrogate pair) at either cut.
  if (from > lineStart && isLowSurrogate(text.charCodeAt(from))) from -= 1;
  if (to < end && isLowSurrogate(text.charCodeAt(to))) to += 1;
  const shown = text.slice(from, to).replace(/\r$/, '').replace(/\t/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${shown}${to < end ? '…' : ''}`;
}
