/**
 * `__WFP_CDN__` is true only in dist/cdn/wfp-widgets.js: vite.config.ts defines it for every build and
 * the test runner defines it false. Call sites test the global itself, not a constant exported from
 * here, so the bundler sees `true ? … : import(…)` and drops the unused branch and its chunk.
 */
declare global {
  const __WFP_CDN__: boolean;
}

/**
 * Imports a file that the CDN build places beside wfp-widgets.js (wfp-validator.js,
 * wfp-boundaries.js, wfp-en.js, wfp-json-syntax.js). Those files are built on their own,
 * self-contained: a chunk split off the CDN file would import "./wfp-widgets.js" back, and a page
 * that loaded the script under another URL (`wfp-widgets.js?v=3`, a renamed copy) would then
 * download and run a second copy of every widget, whose element registration throws. Resolved
 * against this script's URL, like the dataset.
 */
export function importBesideScript<T>(file: string): Promise<T> {
  return import(/* @vite-ignore */ new URL(file, import.meta.url).href) as Promise<T>;
}
