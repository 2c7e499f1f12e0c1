// The official dataset as the builds ship it (minified; the repo keeps it readable), and its SHA-256.
// The digest is compiled into the widgets (__WFP_OFFICIAL_SHA256__): a fetched file with exactly these
// bytes is the dataset CI validated (tests/node/build-output.test.ts; the browser side in
// tests/data/official-digest.test.ts), so the widgets skip loading the validator for it. build.mjs writes these bytes; vite.config.ts defines their digest.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const OFFICIAL_DATASET_FILE = 'seoul-wfp-2024-03.json';

/** The bytes of the readable source file in data/ (what tests and Storybook dev serve). */
export function sourceDatasetBytes(root = '.') {
  return readFileSync(`${root}/data/${OFFICIAL_DATASET_FILE}`);
}

/** The bytes dist/ and dist/cdn/ ship. */
export function shippedDatasetBytes(root = '.') {
  return Buffer.from(JSON.stringify(JSON.parse(sourceDatasetBytes(root).toString('utf8'))));
}

export function sha256Hex(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}
