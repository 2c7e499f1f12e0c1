/**
 * What `parseDataset` reports. Every problem names where (a JSON path such as
 * `$.budgetLines[3].budget`), what (a stable code tools can switch on) and why, in Korean and English.
 *
 * Severity policy (documented in README): anything that would make two widgets show figures that
 * contradict each other or the source is an **error** (wrong shape, unknown references, a printed
 * total that is not the sum of its parts, a printed rate that is not spent/budget, more women than
 * staff). Things that can be true in real data but deserve a look are **warnings** (spent above
 * budget, funding shares that do not add up to 100 %, a newer minor schema version).
 */
export type ProblemSeverity = 'error' | 'warning';

export type ProblemCode =
  | 'not-an-object'
  | 'unsupported-schema-version'
  | 'newer-schema-version'
  | 'missing-field'
  | 'wrong-type'
  | 'invalid-value'
  | 'not-integer'
  | 'negative'
  | 'out-of-range'
  | 'empty'
  | 'invalid-format'
  | 'invalid-date'
  | 'invalid-url'
  | 'invalid-phone'
  | 'duplicate-id'
  | 'duplicate-row'
  /** A key written twice in one object of the file's text (the checker only): a warning. */
  | 'duplicate-key'
  | 'unknown-department'
  | 'unknown-district'
  | 'unknown-program'
  | 'unknown-facility'
  | 'unknown-facility-type'
  | 'unknown-budget-line'
  | 'unknown-account'
  | 'total-mismatch'
  | 'count-mismatch'
  | 'rate-mismatch'
  | 'spent-exceeds-budget'
  | 'women-exceed-current'
  | 'share-sum'
  | 'funding-sum'
  /** A field the schema does not have (ignored): a warning, often a misspelling. */
  | 'unknown-field'
  | 'internal-error';

export interface Problem {
  path: string;
  code: ProblemCode;
  severity: ProblemSeverity;
  message: { ko: string; en: string };
  /** `unknown-field`: the schema's field the key most likely meant, when one is clear. */
  suggestion?: string;
}

export function problem(path: string, code: ProblemCode, ko: string, en: string, severity: ProblemSeverity = 'error'): Problem {
  return { path, code, severity, message: { ko, en } };
}

/** `['budgetLines', 3, 'budget']` → `$.budgetLines[3].budget`. */
export function jsonPath(segments: ReadonlyArray<string | number>): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** One line per problem, as the CLI and widget consoles print them. */
export function formatProblem(item: Problem, locale: 'ko' | 'en' = 'en'): string {
  return `${item.path}: ${item.message[locale]} [${item.code}${item.severity === 'warning' ? ', warning' : ''}]`;
}
