export * from './dataset-schema.js';
export type * from './types.js';
export * from './problems.js';
export * from './parse.js';
export * from './districts.js';
export * from './validate-text.js';
export * from './json-syntax.js';
