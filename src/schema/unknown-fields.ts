import * as v from 'valibot';
import { jsonPath, problem, type Problem } from './problems.js';

/** The parts of a valibot schema the walk below reads (by `type`: a picklist's `options` are values). */
interface SchemaNode {
  readonly type: string;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly wrapped?: SchemaNode;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
  readonly options?: readonly SchemaNode[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Fields a dataset has that the schema does not, as warnings. valibot's objects drop them
 * silently, so a misspelt optional field (`facilityIDs`, `Phone`, `kpi`) would vanish from the
 * widgets without a word; the warning names the field the schema has that it most likely meant.
 * Runs on input that passed the schema, so shapes already match.
 */
export function unknownFieldProblems(schema: v.GenericSchema, input: unknown, path: ReadonlyArray<string | number> = []): Problem[] {
  const node = schema as unknown as SchemaNode;
  const walk = (inner: SchemaNode, value: unknown, at: ReadonlyArray<string | number>): Problem[] =>
    unknownFieldProblems(inner as unknown as v.GenericSchema, value, at);
  switch (node.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
    case 'exact_optional':
      return walk(node.wrapped!, input, path);
    case 'array':
      return Array.isArray(input) ? input.flatMap((item, index) => walk(node.item!, item, [...path, index])) : [];
    case 'record':
      return isRecord(input) ? Object.entries(input).flatMap(([key, item]) => walk(node.value!, item, [...path, key])) : [];
    case 'variant':
    case 'union': {
      const option = node.options!.find((candidate) => v.is(candidate as unknown as v.GenericSchema, input));
      return option ? walk(option, input, path) : [];
    }
    case 'object':
      return isRecord(input) ? unknownKeys(node.entries!, input, path, walk) : [];
    default:
      return [];
  }
}

function unknownKeys(
  entries: Readonly<Record<string, SchemaNode>>,
  input: Record<string, unknown>,
  path: ReadonlyArray<string | number>,
  walk: (inner: SchemaNode, value: unknown, at: ReadonlyArray<string | number>) => Problem[],
): Problem[] {
  return Object.entries(input).flatMap(([key, item]) => {
    if (Object.hasOwn(entries, key)) return walk(entries[key]!, item, [...path, key]);
    // "$schema" (editors' validation against the shipped schema.json), "$comment": not data.
    if (key.startsWith('$')) return [];
    const known = Object.keys(entries);
    const meant = known.find((name) => name.toLowerCase() === key.toLowerCase()) ?? known.find((name) => name === `${key}s` || `${name}s` === key);
    return [
      problem(
        jsonPath([...path, key]),
        'unknown-field',
        `알 수 없는 항목 "${key}"은(는) 무시됩니다${meant ? ` ("${meant}"의 오타인가요?)` : ''}`,
        `unknown field "${key}" is ignored${meant ? ` (did you mean "${meant}"?)` : ''}`,
        'warning',
      ),
    ];
  });
}
