/**
 * seoul-wfp-widgets/events — the widgets' event classes and detail types, for `instanceof` checks
 * and typed listeners in app code. Registers no element, and its classes are the ones the npm
 * package's widgets dispatch. A page on the CDN file gets them from that file instead
 * (`import { WfpErrorEvent } from '…/wfp-widgets.js'`): it bundles its own copies.
 */
export * from './wfp-error-event.js';
export * from './wfp-filter-change-event.js';
export * from './wfp-program-filter-change-event.js';
