import * as v from 'valibot';
import { editDistance, onlyNearest, slipsAllowed } from '../internal/edit-distance.js';
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
 * widgets without a word; the warning names the field the schema has that it most likely meant
 * (and carries it as `suggestion`). Runs on any input, valid or not: a misspelt required field
 * (`budgte`) or list (`facilties`) is what the errors found on the same input come from.
 */
export function unknownFieldProblems(schema: v.GenericSchema, input: unknown, path: ReadonlyArray<string | number> = []): Problem[] {
  const out: Problem[] = [];
  collect(schema as unknown as SchemaNode, input, path, out);
  return out;
}

// Unknown fields live in objects only: a string, number, boolean or null has none, whatever its
// schema says, so the walk never descends into one (nor tries a union's options on it). With
// 5,000 facilities that is most of the values, and the walk was most of the validation time.
const hasFields = (value: unknown): value is object => typeof value === 'object' && value !== null;

function collect(node: SchemaNode, input: unknown, path: ReadonlyArray<string | number>, out: Problem[]): void {
  if (!hasFields(input)) return;
  switch (node.type) {
    case 'optional':
    case 'nullable':
    case 'nullish':
    case 'exact_optional':
      collect(node.wrapped!, input, path, out);
      return;
    case 'array':
      if (Array.isArray(input)) input.forEach((item, index) => hasFields(item) && collect(node.item!, item, [...path, index], out));
      return;
    case 'record':
      if (isRecord(input)) for (const [key, item] of Object.entries(input)) if (hasFields(item)) collect(node.value!, item, [...path, key], out);
      return;
    case 'variant':
    case 'union': {
      const option = node.options!.find((candidate) => v.is(candidate as unknown as v.GenericSchema, input));
      if (option) collect(option, input, path, out);
      return;
    }
    case 'object':
      if (isRecord(input)) unknownKeys(node.entries!, input, path, out);
  }
}

function unknownKeys(entries: Readonly<Record<string, SchemaNode>>, input: Record<string, unknown>, path: ReadonlyArray<string | number>, out: Problem[]): void {
  for (const [key, item] of Object.entries(input)) {
    if (Object.hasOwn(entries, key)) {
      if (hasFields(item)) collect(entries[key]!, item, [...path, key], out);
      continue;
    }
    // "$schema" (editors' validation against the shipped schema.json), "$comment": not data.
    if (key.startsWith('$')) continue;
    const meant = meantField(key, Object.keys(entries));
    const found = problem(
      jsonPath([...path, key]),
      'unknown-field',
      `알 수 없는 항목 "${key}"은(는) 무시됩니다${meant ? ` ("${meant}"의 오타인가요?)` : ''}`,
      `unknown field "${key}" is ignored${meant ? ` (did you mean "${meant}"?)` : ''}`,
      'warning',
    );
    out.push(meant ? { ...found, suggestion: meant } : found);
  }
}

/**
 * The schema's field a key most likely meant: the same letters in another case (`facilityIDs`), a
 * plural's s (`kpi`), or else the one field within a slip per four letters (`nmae`, `budgte`,
 * `facilties`). Stricter than for district names: an object's fields are short words, and a real
 * field put in the wrong object (`amount` among an infrastructure count's, `opens` among a budget
 * line's) must not be taken for a near one (`count`, `spent`).
 */
export function meantField(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const same = known.find((name) => name.toLowerCase() === lower) ?? known.find((name) => name === `${key}s` || `${name}s` === key);
  return same ?? onlyNearest(known, (name) => editDistance(lower, name.toLowerCase()), slipsAllowed(lower.length, 4));
}

