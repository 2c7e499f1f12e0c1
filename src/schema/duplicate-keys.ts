import { visit } from 'jsonc-parser';
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
  visit(text, {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    // The parser's own line and character (0-based; characters in UTF-16 units, as editors count
    // them): counting from the start of the text for each duplicate took minutes on a large file.
    onObjectProperty: (key, _offset, _length, startLine, startCharacter, path) => {
      const keys = open.at(-1);
      if (!keys) return;
      if (keys.has(key)) {
        const [line, column] = [startLine + 1, startCharacter + 1];
        out.push(
          problem(
            jsonPath([...path(), key]),
            'duplicate-key',
            `같은 객체에 "${key}"가 두 번 있습니다(${line}행 ${column}열). 위젯은 나중 값만 씁니다: 하나를 지우세요`,
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
