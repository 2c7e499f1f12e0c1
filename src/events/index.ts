/**
 * seoul-wfp-widgets/events — the widgets' event classes and detail types, for `instanceof` checks
 * and typed listeners in app code. Registers no element: a page that imports one widget (or uses
 * the CDN file) and this module gets the same classes the widgets dispatch.
 */
export * from './wfp-error-event.js';
export * from './wfp-filter-change-event.js';
export * from './wfp-program-filter-change-event.js';
