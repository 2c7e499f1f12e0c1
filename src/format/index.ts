export * from './rounding.js';
export * from './number.js';
export * from './money.js';
export * from './rate.js';
export * from './count.js';
export * from './date.js';
export * from './bytes.js';
export type { Locale } from '../i18n/locale-name.js';
