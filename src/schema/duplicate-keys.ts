import { visit } from 'jsonc-parser';
import { charactersIn } from './json-syntax.js';
import { jsonPath, problem, type Problem } from './problems.js';

/**
 * Keys written twice in one object (`"printedRate": 40, "printedRate": 41`, a pasted row): valid
 * JSON, but `JSON.parse` — and so every widget — keeps the last value without a word, while the
 * editor shows the first. The parsed data cannot tell, so the file's text is read again. Only for
 * the checker (the CLI, CMS integrations): it ships with jsonc-parser, which the widgets load only
 * for a file that is not JSON at all.
 */
export function duplicateKeyProblems(text: string): Problem[] {
  const out: Problem[] = [];
  const open: Array<Set<string>> = [];
  // Columns in characters, as the syntax errors count them (the parser counts UTF-16 units), counted
  // on from the previous duplicate on the same line: a minified file is one line, and counting from
  // its start for each of thousands of duplicates took minutes.
  let counted = { line: -1, offset: 0, column: 0 };
  visit(text, {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (key, offset, _length, startLine, startCharacter, path) => {
      const keys = open.at(-1);
      if (!keys) return;
      if (keys.has(key)) {
        const from = counted.line === startLine ? counted : { line: startLine, offset: offset - startCharacter, column: 0 };
        counted = { line: startLine, offset, column: from.column + charactersIn(text, from.offset, offset) };
        const [line, column] = [startLine + 1, counted.column + 1];
        out.push(
          problem(
            jsonPath([...path(), key]),
            'duplicate-key',
            `같은 객체에 같은 키가 두 번 있습니다: "${key}"(${line}행 ${column}열). 위젯은 나중 값만 씁니다. 하나를 지우세요`,
            `"${key}" is written twice in one object (line ${line}, column ${column}); the widgets use only the later value: delete one`,
            'warning',
          ),
        );
      }
      keys.add(key);
    },
  });
  return out;
}
