/**
 * Reads the dataset schema itself (the valibot schemas in src/schema/dataset-schema.ts) so the
 * "Data schema" docs page can never drift from the code: every field, type, rule and description
 * below is derived from `DatasetSchema`, and the coverage from the dataset a story loads.
 */
import type { Dataset } from '../../src/schema/types.js';

/** The parts of a valibot schema or action object this walker reads (valibot's own types are generic-heavy). */
interface SchemaNode {
  kind: 'schema' | 'validation' | 'transformation' | 'metadata';
  type: string;
  message?: unknown;
  requirement?: unknown;
  description?: string;
  default?: unknown;
  wrapped?: SchemaNode;
  item?: SchemaNode;
  entries?: Record<string, SchemaNode>;
  options?: readonly unknown[];
  literal?: unknown;
  key?: SchemaNode;
  value?: SchemaNode;
  pipe?: readonly SchemaNode[];
}

export interface FieldRow {
  /** Dotted path below the section: `budget.funding[].source`. */
  path: string;
  depth: number;
  type: string;
  required: boolean;
  nullable: boolean;
  /** Default value when the field is omitted, as JSON. */
  defaultValue?: string;
  /** Picklist options or the literal value. */
  allowed: string[];
  rules: string[];
  description: string;
}

export interface SchemaSection {
  name: string;
  required: boolean;
  type: string;
  description: string;
  rules: string[];
  fields: FieldRow[];
}

/** Strips optional / nullable wrappers and reads the pipe's actions. */
function unwrap(node: SchemaNode): { core: SchemaNode; required: boolean; nullable: boolean; defaultValue?: unknown; actions: SchemaNode[] } {
  let core = node;
  let required = true;
  let nullable = false;
  let defaultValue: unknown;
  const actions: SchemaNode[] = [];
  for (;;) {
    if (core.pipe) actions.push(...core.pipe.slice(1));
    if ((core.type === 'optional' || core.type === 'exact_optional') && core.wrapped) {
      required = false;
      if (core.default !== undefined) defaultValue = core.default;
      core = core.wrapped;
    } else if ((core.type === 'nullable' || core.type === 'nullish') && core.wrapped) {
      nullable = true;
      if (core.type === 'nullish') required = false;
      core = core.wrapped;
    } else break;
  }
  return { core, required, nullable, ...(defaultValue !== undefined && { defaultValue }), actions };
}

/** The pipe of an inner schema (an array's item, a record's value) also carries rules. */
function allActions(node: SchemaNode): SchemaNode[] {
  return unwrap(node).actions;
}

function typeName(core: SchemaNode, actions: readonly SchemaNode[]): string {
  switch (core.type) {
    case 'number':
      return actions.some((a) => a.type === 'integer') ? 'integer' : 'number';
    case 'array': {
      const item = core.item ? unwrap(core.item) : null;
      return item ? `array of ${typeName(item.core, item.actions)}` : 'array';
    }
    case 'record': {
      const key = core.key ? unwrap(core.key) : null;
      const value = core.value ? unwrap(core.value) : null;
      return `record (${key ? typeName(key.core, key.actions) : 'string'} → ${value ? typeName(value.core, value.actions) : 'unknown'})`;
    }
    case 'picklist':
      return 'one of';
    case 'literal':
      return 'literal';
    default:
      return core.type;
  }
}

const RULE_WORDS: Record<string, (action: SchemaNode) => string> = {
  min_length: (a) => `length ≥ ${String(a.requirement)}`,
  max_length: (a) => `length ≤ ${String(a.requirement)}`,
  min_value: (a) => `≥ ${String(a.requirement)}`,
  max_value: (a) => (a.requirement === Number.MAX_SAFE_INTEGER ? '≤ Number.MAX_SAFE_INTEGER' : `≤ ${String(a.requirement)}`),
  regex: (a) => `matches ${String(a.requirement)}`,
  starts_with: (a) => `starts with "${String(a.requirement)}"`,
  url: () => 'a URL',
  finite: () => 'finite',
};

/** Validation actions in words: the schema's own message when it has one, else a short description. */
function rulesOf(actions: readonly SchemaNode[]): string[] {
  const rules: string[] = [];
  for (const action of actions) {
    if (action.kind !== 'validation' || action.type === 'integer') continue;
    if (typeof action.message === 'string') rules.push(action.message);
    else rules.push(RULE_WORDS[action.type]?.(action) ?? action.type.replace(/_/g, ' '));
  }
  return rules;
}

function descriptionOf(actions: readonly SchemaNode[]): string {
  return actions
    .filter((a) => a.kind === 'metadata' && a.type === 'description' && typeof a.description === 'string')
    .map((a) => a.description)
    .join(' ');
}

function allowedOf(core: SchemaNode): string[] {
  if (core.type === 'picklist' && core.options) return core.options.map(String);
  if (core.type === 'literal') return [JSON.stringify(core.literal)];
  return [];
}

/** The object schema whose entries are a field's children (an object, or an array / record of objects). */
function childObject(core: SchemaNode): { entries: Record<string, SchemaNode>; suffix: string } | null {
  if (core.type === 'object' && core.entries) return { entries: core.entries, suffix: '' };
  if (core.type === 'array' && core.item) {
    const inner = childObject(unwrap(core.item).core);
    return inner ? { entries: inner.entries, suffix: `[]${inner.suffix}` } : null;
  }
  if (core.type === 'record' && core.value) {
    const inner = childObject(unwrap(core.value).core);
    return inner ? { entries: inner.entries, suffix: `{}${inner.suffix}` } : null;
  }
  return null;
}

function fieldRows(entries: Record<string, SchemaNode>, prefix: string, depth: number): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [name, node] of Object.entries(entries)) {
    const { core, required, nullable, defaultValue, actions } = unwrap(node);
    const inner = [...actions, ...(core.type === 'array' && core.item ? allActions(core.item) : [])];
    const path = `${prefix}${name}`;
    rows.push({
      path,
      depth,
      type: typeName(core, actions),
      required,
      nullable,
      ...(defaultValue !== undefined && { defaultValue: JSON.stringify(defaultValue) }),
      allowed: allowedOf(core.type === 'array' && core.item ? unwrap(core.item).core : core),
      rules: rulesOf(inner),
      description: descriptionOf(inner),
    });
    const child = childObject(core);
    if (child) rows.push(...fieldRows(child.entries, `${path}${child.suffix}.`, depth + 1));
  }
  return rows;
}

/** One section per top-level entry of the dataset schema, with its fields flattened to dotted paths. */
export function schemaSections(datasetSchema: { entries: Record<string, unknown> }): SchemaSection[] {
  return Object.entries(datasetSchema.entries as Record<string, SchemaNode>).map(([name, node]) => {
    const { core, required, actions } = unwrap(node);
    const child = childObject(core);
    return {
      name,
      required,
      type: typeName(core, actions),
      description: descriptionOf(actions),
      rules: rulesOf(actions),
      fields: child ? fieldRows(child.entries, `${name}${child.suffix}.`, 0) : [],
    };
  });
}

export interface CoverageRow {
  section: string;
  /** Records in an array section, or null for an object / scalar. */
  records: number | null;
  /** For an object: its keys with a count or a (shortened) value; for a scalar: its value or "absent". */
  summary: string[];
  /** For each optional field of the records: how many records fill it. */
  filled: Array<{ field: string; count: number }>;
  /** For fields that point elsewhere or pick from a list (`departmentId`, `district`, picklists): distinct values used. */
  distinct: Array<{ field: string; count: number }>;
}

const shorten = (text: string) => (text.length > 48 ? `${text.slice(0, 47)}…` : text);

/** How much of the schema a dataset fills, per section — read from the dataset, guided by the schema. */
export function coverage(datasetSchema: { entries: Record<string, unknown> }, dataset: Dataset): CoverageRow[] {
  const data = dataset as unknown as Record<string, unknown>;
  return Object.entries(datasetSchema.entries as Record<string, SchemaNode>).map(([section, node]) => {
    const { core } = unwrap(node);
    const value = data[section];
    if (Array.isArray(value)) {
      const child = childObject(core);
      const optionalFields = child ? Object.entries(child.entries).filter(([, field]) => !unwrap(field).required) : [];
      return {
        section,
        records: value.length,
        summary: [],
        filled: optionalFields
          .map(([field]) => ({
            field,
            count: value.filter((record) => typeof record === 'object' && record !== null && (record as Record<string, unknown>)[field] != null).length,
          }))
          .filter((entry) => entry.count > 0),
        distinct: (child ? Object.entries(child.entries) : [])
          .filter(([field, schema]) => /Id$/.test(field) || field === 'district' || field === 'type' || unwrap(schema).core.type === 'picklist')
          .map(([field]) => ({
            field,
            count: new Set(value.map((record) => (record as Record<string, unknown>)[field]).filter((v) => v !== undefined && v !== null)).size,
          }))
          .filter((entry) => entry.count > 0),
      };
    }
    if (value && typeof value === 'object') {
      const parts = Object.entries(value as Record<string, unknown>).map(([key, inner]) =>
        Array.isArray(inner)
          ? `${key}: ${inner.length}`
          : inner && typeof inner === 'object'
            ? `${key}: ${Object.keys(inner).length} keys`
            : `${key}: ${shorten(String(inner))}`,
      );
      return { section, records: null, summary: parts, filled: [], distinct: [] };
    }
    return { section, records: null, summary: [value === undefined ? 'absent' : String(value)], filled: [], distinct: [] };
  });
}
