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

/**
 * The figures file: the official dataset without the sections the execution gauge and the staffing
 * table never show (programs, facilities, the facility counts and the dataset's notes: 95 % of it
 * gzipped). A page with only those widgets downloads about 10 kB of data instead of 105 kB. Derived
 * here, never edited: the full file stays the published dataset.
 */
export const FIGURES_DATASET_FILE = 'seoul-wfp-2024-03.figures.json';
export const FIGURES_LEAVE_OUT = ['programs', 'facilityTypes', 'facilities', 'infrastructure', 'notes'];

/**
 * The figures file's bytes (minified like the full file). The lists left out are written empty, as
 * validation would default them: a widget that skips validation for these bytes (their digest is
 * compiled in) sees exactly what the validator would have given it.
 */
export function shippedFiguresBytes(root = '.') {
  const dataset = JSON.parse(sourceDatasetBytes(root).toString('utf8'));
  for (const key of FIGURES_LEAVE_OUT) {
    if (key === 'notes') delete dataset[key];
    else dataset[key] = [];
  }
  dataset.meta.notes = [
    ...(dataset.meta.notes ?? []),
    `${OFFICIAL_DATASET_FILE}에서 예산·집행·인력 부분만 옮긴 파일입니다. 사업, 시설과 주석은 원본 파일에 있습니다.`,
    `The budget, execution and staffing parts of ${OFFICIAL_DATASET_FILE}; programs, facilities and notes are in that file.`,
  ];
  return Buffer.from(JSON.stringify(dataset));
}
