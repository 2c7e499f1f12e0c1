export * from './errors.js';
export * from './load.js';
export * from './official.js';
export * from './queries.js';
export * from './facility-queries.js';
export * from './context.js';
export * from './decode.js';
