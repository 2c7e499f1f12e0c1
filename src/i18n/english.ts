import { importBesideScript } from '../internal/beside-script.js';
import type * as Catalog from './en/index.js';

/** Every component's English words that are not needed on Korean pages (src/i18n/en/). */
export type EnglishCatalog = typeof Catalog;

let catalog: EnglishCatalog | undefined;
let failed = false;
let loading: Promise<void> | undefined;

/** The English words, once loaded. */
export function englishCatalog(): EnglishCatalog | undefined {
  return catalog;
}

/** True when the English words could not be loaded: widgets on English pages then speak Korean. */
export function englishFailed(): boolean {
  return failed;
}

/**
 * Loads the English words once per page; every widget shares the one request. In the CDN build they
 * are wfp-en.js beside the script (self-contained, like the validator); in the npm build a chunk
 * the consumer's bundler splits off. Never rejects: when the file cannot be loaded (offline, blocked,
 * a wrong import-map hash) the widgets keep working in Korean — wholly, marked `lang="ko"`, so screen
 * readers use a Korean voice — and the cause is logged once.
 * There is no retry: browsers remember a failed module import for the page's lifetime.
 */
export function loadEnglish(): Promise<void> {
  loading ??= (__WFP_CDN__ ? importBesideScript<EnglishCatalog>('./wfp-en.js') : import('./en/index.js')).then(
    (module) => {
      catalog = module;
    },
    (error: unknown) => {
      failed = true;
      console.warn('[wfp] The English labels could not be loaded; the widgets are shown in Korean.', error);
    },
  );
  return loading;
}
