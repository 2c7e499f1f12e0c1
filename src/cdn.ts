/**
 * The single-file CDN build (dist/cdn/wfp-widgets.js): registers every element and exposes the
 * public API for pages that script the widgets. The official dataset sits beside this file.
 */
export * from './index.js';
