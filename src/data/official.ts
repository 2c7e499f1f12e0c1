/** File name of the official dataset; the builds copy it next to every entry file. */
export const OFFICIAL_DATASET_FILE = 'seoul-wfp-2024-03.json';

// Builds define this as "./seoul-wfp-2024-03.json" (the file sits beside the bundle). In the
// source tree (tests, Storybook dev) the module lives in src/data/ and the file in data/.
declare const __WFP_DATASET_PATH__: string | undefined;
const path = typeof __WFP_DATASET_PATH__ === 'string' ? __WFP_DATASET_PATH__ : `../../data/${OFFICIAL_DATASET_FILE}`;

/**
 * Where widgets load the embedded official dataset from when nothing else is given: resolved
 * against this script's own URL, so copying the CDN folder to any static host keeps it working.
 */
export const OFFICIAL_DATASET_URL: string = new URL(path, import.meta.url).href;

// Builds and the test runner define this as the SHA-256 (hex) of the official dataset file they
// serve (scripts/official-dataset.mjs). Storybook inherits the builds' value but serves the readable
// file from data/, which never matches: there every dataset goes through the validator.
declare const __WFP_OFFICIAL_SHA256__: string | undefined;

/**
 * SHA-256 of the official dataset's bytes, or null when this build does not know it. CI validates that
 * file with the full validator before it ships, so a fetched file with exactly these bytes needs no
 * validation in the browser (see loadDataset).
 */
export const OFFICIAL_DATASET_SHA256: string | null = typeof __WFP_OFFICIAL_SHA256__ === 'string' ? __WFP_OFFICIAL_SHA256__ : null;
