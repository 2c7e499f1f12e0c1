import * as v from 'valibot';
import { consistencyProblems, referenceProblems } from './checks.js';
import { DatasetSchema, SCHEMA_VERSION } from './dataset-schema.js';
import { problem, type Problem } from './problems.js';
import { shapeProblems } from './shape-issues.js';
import { unknownFieldProblems } from './unknown-fields.js';
import type { Dataset } from './types.js';

export type ParseResult =
  | { ok: true; dataset: Dataset; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

const [SUPPORTED_MAJOR, SUPPORTED_MINOR] = SCHEMA_VERSION.split('.').map(Number) as [number, number];

function versionProblems(input: Record<string, unknown>): Problem[] {
  const version = input['schemaVersion'];
  if (typeof version !== 'string' || !/^\d+\.\d+$/.test(version)) return []; // the shape layer reports it
  const [major, minor] = version.split('.').map(Number) as [number, number];
  if (major > SUPPORTED_MAJOR || (major === SUPPORTED_MAJOR && minor > SUPPORTED_MINOR)) {
    const severity = major === SUPPORTED_MAJOR ? 'warning' : 'error';
    return [
      problem(
        '$.schemaVersion',
        severity === 'error' ? 'unsupported-schema-version' : 'newer-schema-version',
        `데이터 형식 ${version}은(는) 이 위젯(형식 ${SCHEMA_VERSION})보다 새 버전입니다${severity === 'error' ? '. 위젯을 업데이트하세요' : '; 일부 항목은 무시됩니다'}`,
        `dataset schema ${version} is newer than this library's ${SCHEMA_VERSION}${severity === 'error' ? '; update the widgets' : '; unknown fields are ignored'}`,
        severity,
      ),
    ];
  }
  if (major < SUPPORTED_MAJOR) {
    return [problem('$.schemaVersion', 'unsupported-schema-version', `데이터 형식 ${version}은(는) 지원하지 않습니다`, `dataset schema ${version} is not supported`)];
  }
  return [];
}

/**
 * Validates anything (typically `JSON.parse` output) against the dataset schema.
 *
 * Never throws. Returns the typed dataset plus warnings, or every problem found: first the shape
 * (types, required fields, enums), then references (unique ids, ids that resolve, known districts),
 * then consistency (printed totals and rates against their parts). Later layers run only when the
 * earlier ones pass, because sums over malformed rows would only produce noise. Fields the schema
 * does not have are warnings, beside errors too (see unknown-fields.ts), except in a newer minor
 * version, whose fields this library does not know by design.
 */
export function parseDataset(input: unknown): ParseResult {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return {
        ok: false,
        problems: [problem('$', 'not-an-object', '데이터셋은 JSON 객체여야 합니다', `a dataset must be a JSON object, received ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`)],
      };
    }
    const version = versionProblems(input as Record<string, unknown>);
    if (version.some((item) => item.severity === 'error')) return { ok: false, problems: version };

    // A newer minor version has fields this library does not know by design: its warning says so.
    // Otherwise unknown fields are reported with the errors too: a misspelt field (`facilties`) is
    // often what the errors come from (every facility id "not found"), and the warning names it.
    const unknown = version.length > 0 ? [] : unknownFieldProblems(DatasetSchema, input);

    const result = v.safeParse(DatasetSchema, input);
    if (!result.success) return { ok: false, problems: [...version, ...shapeProblems(result.issues), ...unknown] };

    const dataset = result.output;
    const references = referenceProblems(dataset);
    if (references.length > 0) return { ok: false, problems: [...version, ...references, ...unknown] };

    const all = [...version, ...consistencyProblems(dataset), ...unknown];
    if (all.some((item) => item.severity === 'error')) return { ok: false, problems: all };
    return { ok: true, dataset, warnings: all };
  } catch (error) {
    // A bug of ours must not become an exception in a district's page.
    return { ok: false, problems: [problem('$', 'internal-error', '데이터를 검사하지 못했습니다', `the validator failed: ${String(error)}`)] };
  }
}
