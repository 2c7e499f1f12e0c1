/**
 * The single-file CDN build (dist/cdn/wfp-widgets.js): registers every element and exposes the
 * public API for pages that script the widgets. The official dataset sits beside this file.
 *
 * Everything in `seoul-wfp-widgets` except the validator itself (valibot, the schemas, the checks):
 * the widgets import it on first use for datasets other than the official one (src/data/load.ts), and
 * pages call `validateDataset` (async) where npm users call `parseDataset`. Default embeds never pay
 * for it. Nor for `DESIGN_TOKENS`, whose descriptions are documentation (Storybook, npm); the widgets
 * read only the values (src/theme/token-values.ts).
 */
export { WfpData } from './components/data/wfp-data.js';
export { WfpExecutionGauge } from './components/execution-gauge/execution-gauge.js';
export { WfpStaffingTable } from './components/staffing-table/staffing-table.js';
export { WfpProgramCard } from './components/program-card/program-card.js';
export { WfpProgramList } from './components/program-card/program-list.js';
export { WfpFacilityLocator } from './components/facility-locator/facility-locator.js';

export * from './events/index.js';

export type * from './schema/types.js';
export type { ParseResult } from './schema/parse.js';
export type { JsonSyntaxError } from './schema/json-syntax.js';
export * from './schema/vocabulary.js';
export * from './schema/problems.js';
export * from './schema/districts.js';
export * from './data/index.js';
export * from './format/index.js';
export { THEMES, type ThemeName } from './theme/theme.js';
export type { Locale } from './i18n/locale.js';
export type { GaugeSortKey, GaugeVariant } from './components/execution-gauge/execution-gauge.js';
export type { StaffingMeasure } from './components/staffing-table/staffing-table.js';
export type { ProgramSort } from './components/program-card/program-list.js';
