// Writes the JSON Schema of the dataset format, generated from the valibot schema (one source).
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema, SCHEMA_VERSION } from '../src/schema/dataset-schema.js';

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DatasetSchema, { errorMode: 'ignore', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Seoul Women & Family Policy Office dataset',
    description:
      'Official figures in the shared schema of seoul-wfp-widgets. Money is integer won; Korean text is verbatim as printed. Cross-field rules (ids resolve, totals add up) are checked by `npx wfp-data validate`.',
  };
}

const out = process.argv[2];
if (out) writeFileSync(out, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
