/**
 * The English words of the widgets that Korean pages never need, in one file: wfp-en.js beside
 * the CDN script, a split chunk in the npm build. Loaded by src/i18n/english.ts; imports nothing at
 * run time, so the CDN file stays self-contained.
 */
export { executionGauge } from './execution-gauge.js';
export { staffingTable } from './staffing-table.js';
export { programCard } from './program-card.js';
export { facilityLocator } from './facility-locator.js';
