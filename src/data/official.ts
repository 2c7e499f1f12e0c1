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

// Builds define these for the figures file beside the full one (scripts/official-dataset.mjs): the
// official dataset without programs, facilities and notes, which the gauge and the staffing table never
// show (about 10 kB gzip of the full file's 105). The source tree (tests, Storybook) has no such file:
// there every widget reads the full one.
declare const __WFP_FIGURES_PATH__: string | undefined;
declare const __WFP_FIGURES_SHA256__: string | undefined;

/** Where a widget that shows only budgets, execution and staffing loads the official figures from. */
export const OFFICIAL_FIGURES_URL: string =
  typeof __WFP_FIGURES_PATH__ === 'string' ? new URL(__WFP_FIGURES_PATH__, import.meta.url).href : OFFICIAL_DATASET_URL;

/** SHA-256 of the figures file's bytes, or null when this build ships none. */
export const OFFICIAL_FIGURES_SHA256: string | null = typeof __WFP_FIGURES_SHA256__ === 'string' ? __WFP_FIGURES_SHA256__ : null;
