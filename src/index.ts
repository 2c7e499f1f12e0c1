/**
 * seoul-wfp-widgets — everything public. Importing this module registers every element;
 * import `seoul-wfp-widgets/<component>` instead to register only the ones a page uses.
 */
export { WfpData } from './components/data/wfp-data.js';
export { WfpExecutionGauge } from './components/execution-gauge/execution-gauge.js';
export { WfpStaffingTable } from './components/staffing-table/staffing-table.js';
export { WfpProgramCard } from './components/program-card/program-card.js';
export { WfpProgramList } from './components/program-card/program-list.js';
export { WfpFacilityLocator } from './components/facility-locator/facility-locator.js';

export * from './events/index.js';

export * from './schema/index.js';
export * from './data/index.js';
export * from './format/index.js';
export { DESIGN_TOKENS, type DesignToken } from './theme/tokens.js';
export { THEMES, type ThemeName } from './theme/theme.js';
export type { Locale } from './i18n/locale.js';
export type { GaugeSortKey, GaugeVariant } from './components/execution-gauge/execution-gauge.js';
export type { StaffingMeasure } from './components/staffing-table/staffing-table.js';
export type { ProgramSort } from './components/program-card/program-list.js';
