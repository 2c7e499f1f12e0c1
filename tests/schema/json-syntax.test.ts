import { expect } from '@open-wc/testing';
import { findJsonSyntaxError, lineAndColumn } from '../../src/schema/json-syntax.js';

/**
 * The mistakes people make editing a dataset file by hand, each with where the message points (the
 * character to change, 1-based) and words of the reason it gives. The browser's own parser names
 * none of these the same way, and gives no position for several.
 */
const CASES: { name: string; text: string; at: [line: number, column: number]; ko: string; en: string }[] = [
  { name: 'comma after the last property', text: '{\n  "a": 1,\n  "b": 2,\n}', at: [3, 9], ko: '마지막 항목 뒤의 쉼표를 지우세요', en: 'remove the comma after the last item' },
  { name: 'comma after the last array item', text: '{"ids": [\n  "a",\n  "b",\n]}', at: [3, 6], ko: '마지막 항목 뒤의 쉼표', en: 'remove the comma after the last item' },
  { name: 'thousands separators in a number', text: '{\n  "budget": 1,234,000\n}', at: [2, 14], ko: '천 단위 쉼표', en: 'write 1234000, not 1,234,000' },
  { name: 'missing comma between properties', text: '{\n  "a": 1\n  "b": 2\n}', at: [3, 3], ko: '쉼표(,)가 빠졌습니다', en: 'a comma (,) is missing after the previous item' },
  { name: 'missing colon', text: '{"a" 1}', at: [1, 6], ko: '쌍점(:)이 빠졌습니다', en: 'a colon (:) is missing' },
  { name: 'single quotes', text: "{'a': 1}", at: [1, 2], ko: "작은따옴표(')", en: 'single quotes are not JSON' },
  { name: 'curly quotes pasted from a word processor', text: '{"title": “가상구”}', at: [1, 11], ko: '둥근 따옴표', en: 'curly quotes' },
  { name: 'unquoted property name', text: '{\n  title: "x"\n}', at: [2, 3], ko: '항목 이름은 큰따옴표로 감싸야 합니다("title":)', en: 'property names need double quotes ("title":)' },
  { name: 'a word JSON does not know', text: '{"rate": NaN}', at: [1, 10], ko: '쓸 수 없는 값입니다: NaN.', en: 'NaN is not a JSON value' },
  { name: 'a unit after a number', text: '{"budget": 12억}', at: [1, 14], ko: '숫자에 단위(억, 원, % 등)를 붙일 수 없습니다', en: 'write amounts in whole won (12억 → 1200000000)' },
  { name: 'a double quote inside text', text: '{"title": "여성가족정책실 "주요업무보고""}', at: [1, 21], ko: '문자열 안의 큰따옴표가 문자열을 끝냈습니다', en: 'write it as \\" or use curly quotes' },
  { name: 'a no-break space (pasted from a web page)', text: '{"a":\u00a01}', at: [1, 6], ko: '보이지 않는 특수 문자(U+00A0)', en: 'an invisible special character (U+00A0)' },
  { name: 'a line break inside text', text: '{"note": "첫 줄\n둘째 줄"}', at: [1, 10], ko: '따옴표가 닫히지 않았습니다', en: 'write a line break inside text as \\n' },
  { name: 'a backslash of a Windows path', text: '{"file": "C:\\data\\x.json"}', at: [1, 13], ko: '역슬래시', en: 'write a backslash itself as \\\\' },
  { name: 'a tab inside text', text: '{"note": "a\tb"}', at: [1, 12], ko: '제어 문자(U+0009)', en: 'write a tab as \\t' },
  { name: "a word processor's line break (Shift+Enter) inside text, not taken for a binary file", text: '{\n  "title": "첫 줄\u000b둘째 줄"\n}', at: [2, 16], ko: '제어 문자(U+000B)', en: 'a control character (U+000B)' },
  { name: 'a comment', text: '{\n  // 2024년 자료\n  "a": 1\n}', at: [2, 3], ko: '주석', en: 'JSON has no comments' },
  { name: 'a leading zero', text: '{"month": 07}', at: [1, 12], ko: '0 다음에 숫자를 바로 이어 쓸 수 없습니다', en: 'a number cannot be 0 followed by digits' },
  { name: 'thousands separators in an array of amounts', text: '[1,234,000]', at: [1, 7], ko: '천 단위 쉼표', en: 'thousands separators' },
  { name: 'mismatched brackets', text: '{"ids": ["a", "b"}', at: [1, 18], ko: '괄호의 짝이 맞지 않습니다', en: 'brackets do not match' },
  { name: 'a file cut off', text: '{\n  "meta": {\n    "title": "x"', at: [3, 17], ko: '파일이 중간에 끝납니다', en: 'the file ends too early' },
  { name: 'a file cut off inside a string, with a final line break', text: '{\n  "meta": {\n    "title": "여성가\n', at: [3, 18], ko: '파일이 중간에 끝납니다', en: 'the file ends too early' },
  { name: 'a closing brace too many', text: '{\n  "a": {"b": 1}},\n  "c": 2\n}', at: [2, 16], ko: '닫는 괄호(} 또는 ])가 하나 더 있어', en: 'one closing bracket (} or ]) too many' },
  { name: 'the opening brace missing', text: '"a": 1}', at: [1, 1], ko: '데이터는 {로 시작해야 합니다', en: 'the opening brace may be missing' },
  { name: 'two objects in one file', text: '{"a": 1}\n{"b": 2}', at: [2, 1], ko: '다른 내용이 있습니다', en: 'more text after the end of the data' },
  { name: 'an empty file', text: '  \n', at: [1, 1], ko: '파일이 비어 있습니다', en: 'the file is empty' },
  { name: 'a comma after the last closing brace', text: '{\n  "a": 1\n},\n', at: [3, 2], ko: '데이터가 끝난 뒤(마지막 } 뒤)에 쉼표가 있습니다', en: 'a comma after the end of the data' },
  { name: "a name's closing quote forgotten (a text value)", text: '{\n  "title: "x",\n  "b": 1\n}', at: [2, 9], ko: '항목 이름의 닫는 따옴표가 빠졌습니다', en: 'the closing quote of a property name is missing' },
  { name: "a name's closing quote forgotten (a date value)", text: '{\n  "asOf: "2024-06-30"\n}', at: [2, 8], ko: '항목 이름의 닫는 따옴표가 빠졌습니다', en: 'the closing quote of a property name is missing' },
  { name: "a name's opening quote forgotten", text: '{\n  asOf": "2024-03-31"\n}', at: [2, 3], ko: '("asOf":)', en: 'property names need double quotes ("asOf":)' },
  { name: 'an opening brace forgotten after a name', text: '{\n  "meta":\n    "title": { "ko": "x" }\n  }\n}', at: [3, 5], ko: '여는 중괄호({)가 빠졌거나', en: 'a { is missing before this name' },
  { name: 'a full-width comma (Korean input method)', text: '{"quota": 12，"b": 1}', at: [1, 13], ko: '전각 문자(，)를 쓸 수 없습니다. 반각 문자(,)로 바꾸세요', en: 'type the half-width ,' },
  { name: 'True in capitals', text: '{"open": True}', at: [1, 10], ko: '소문자로 쓰세요: true', en: 'JSON writes true, in lower case' },
  { name: 'None for null', text: '{"note": None}', at: [1, 10], ko: '소문자로 쓰세요: null', en: 'JSON writes null' },
  { name: '= for :', text: '{"a" = 1}', at: [1, 6], ko: '등호(=)가 아니라 쌍점(:)', en: 'a colon (:), not =' },
  { name: 'a percent sign', text: '{"rate": 48.2%}', at: [1, 14], ko: '%를 붙일 수 없습니다', en: 'write the number only (48.2% → 48.2)' },
  { name: 'a date written as Korean text', text: '{"asOf": 2024년 3월}', at: [1, 14], ko: '날짜는 큰따옴표로 감싼', en: 'write dates in double quotes' },
  { name: 'U+FFFD left in a name by an earlier conversion is text, not a binary file', text: '{"a": "깨\uFFFD진",, "b": 1}', at: [1, 13], ko: '항목 이름이 와야 합니다', en: 'a property name is expected' },
  { name: 'a string left open on a line that shows its }', text: '{"a": 1, "b": "x}', at: [1, 15], ko: '문자열의 따옴표가 닫히지 않았습니다', en: 'a string is not closed' },
  { name: 'a zip file renamed .json', text: 'PK\u0003\u0004\u0014\u0000\u0006\u0000', at: [1, 1], ko: '텍스트 파일이 아닙니다', en: 'not a text file' },
];

describe('findJsonSyntaxError: where a hand-edited dataset file stops being JSON, and why', () => {
  for (const { name, text, at, ko, en } of CASES) {
    it(name, () => {
      expect(() => JSON.parse(text), 'the case must be invalid JSON').to.throw();
      const found = findJsonSyntaxError(text);
      expect(found, 'an error is found').to.not.equal(null);
      expect([found!.line, found!.column]).to.deep.equal(at);
      expect(found!.reason.ko).to.contain(ko);
      expect(found!.reason.en).to.contain(en);
    });
  }

  it('finds nothing in valid JSON, the official dataset included, or after a UTF-8 byte-order mark', async () => {
    expect(findJsonSyntaxError('{"a": [1, 2.5e3, "x\\n", true, null]}')).to.equal(null);
    expect(findJsonSyntaxError('\uFEFF{"a": 1}')).to.equal(null);
    expect(findJsonSyntaxError(await (await fetch('/data/seoul-wfp-2024-03.json')).text())).to.equal(null);
  });

  it('positions count from the text after a byte-order mark, in characters, Hangul included', () => {
    const found = findJsonSyntaxError('\uFEFF{"가상구": 1,}');
    expect([found!.line, found!.column, found!.offset]).to.deep.equal([1, 10, 9]);
    // The one wording of the place every message uses (widget box, console, CLI).
    expect(found!.place).to.deep.equal({ ko: '1번째 줄 10번째 글자', en: 'line 1, column 10' });
    // One character each, as whoever counts along the line sees them: an emoji (two UTF-16 units),
    // one with a skin tone, a flag, a rainbow flag (four code points joined), a letter and its
    // accent, a syllable typed as three Hangul letters, a family of three joined into one.
    const text = '{"name": "가족 축제",\r\n "note": "🎉👍🏽🇰🇷🏳️‍🌈e\u0301\u1112\u1161\u11AB👨‍👩‍👧", }';
    const joined = findJsonSyntaxError(text);
    expect([joined!.line, joined!.column]).to.deep.equal([2, 19]);
    // The offset stays a string index, for tools.
    expect(joined!.offset).to.equal(text.lastIndexOf(','));
    // A place past the end of the text is its end (lineAndColumn is public, for tools).
    expect(lineAndColumn('ab\ncd', 1e9)).to.deep.equal({ line: 2, column: 3 });
    expect(lineAndColumn('ab\ncd', -5)).to.deep.equal({ line: 1, column: 1 });
    // Dashes, quotes, CJK ideographs and punctuation are one character each (their fast path).
    expect(lineAndColumn('「漢字」–“x”…', 9)).to.deep.equal({ line: 1, column: 10 });
    // Two flags are two characters; a joiner left at the end of a text joins nothing.
    expect(findJsonSyntaxError('{"a": "🇰🇷🇯🇵\u200D", }')!.column).to.equal(11);
  });

  it('a decimal comma, or a number after a comma and a space or line break, is not taken for a thousands separator', () => {
    expect(findJsonSyntaxError('{"rate": 12,5}')!.reason.en).to.not.contain('thousands');
    expect(findJsonSyntaxError('{"a": 1, 2]}')!.reason.en).to.not.contain('thousands');
    expect(findJsonSyntaxError('{"a": 1,\n  "b": 2,\n  300: 3}')!.reason.en).to.not.contain('thousands');
  });

  it('nesting too deep for the parser gives no place, and throws nothing', () => {
    expect(findJsonSyntaxError('['.repeat(20_000))).to.equal(null);
  });

  it('never cuts an emoji in half in the excerpt', () => {
    const found = findJsonSyntaxError(`{"a": "${'😀'.repeat(40)}",}`)!;
    expect(found.excerpt).to.not.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('quotes nothing of a binary file', () => {
    expect(findJsonSyntaxError('PK\u0003\u0004\u0014\u0000')!.excerpt).to.equal('');
  });

  it('quotes the text around the error on its own line, cut with "…" on a long (minified) line', () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n}')!.excerpt).to.equal('"a": 1,');
    const minified = `{"items":[${Array.from({ length: 40 }, (_, i) => `{"id":${i}}`).join(',')},]}`;
    const found = findJsonSyntaxError(minified)!;
    expect(found.line).to.equal(1);
    expect(found.column).to.equal(minified.length - 2);
    expect(found.excerpt).to.equal(`…${minified.slice(-33)}`);
    expect(found.excerpt).to.contain('{"id":39},]}');
  });
});
