// Writes the JSON Schema of the dataset format, generated from the valibot schema (one source), with
// each field's meaning from src/schema/field-descriptions.ts (documentation kept out of the runtime).
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from '../src/schema/dataset-schema.js';
import { DISTRICT_IDS } from '../src/schema/districts.js';
import { BY_NAME, BY_PATH, eachField, type JsonSchemaNode as Node } from '../src/schema/field-descriptions.js';

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DatasetSchema, { errorMode: 'ignore', target: 'draft-2020-12' }) as Record<string, unknown> & Node;
  eachField(schema, (path, name, field) => {
    const description = BY_PATH[path] ?? field.description ?? BY_NAME[name];
    if (description) field.description = description;
  });
  // District ids are checked after the shape (with a "did you mean" for a misspelt one), so valibot
  // types them as strings; an editor validating against this file can offer the 25 ids instead.
  const program = schema.properties!['programs']!.items!;
  program.properties!['districts']!.items!.enum = [...DISTRICT_IDS];
  for (const option of schema.properties!['facilities']!.items!.properties!['district']!.anyOf ?? []) {
    if (option.type === 'string') option.enum = [...DISTRICT_IDS];
  }
  return {
    ...schema,
    title: 'Seoul Women & Family Policy Office dataset',
    description:
      'Official figures in the shared schema of seoul-wfp-widgets. Money is integer won; Korean text is verbatim as printed. Cross-field rules (ids resolve, totals add up) are checked by `npx wfp-data validate`.',
  };
}

const out = process.argv[2];
if (out) writeFileSync(out, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
