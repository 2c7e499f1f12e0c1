/**
 * The two locales the kit ships labels for. Anything else falls back to Korean. On its own, without
 * the element helpers of locale.ts, so the DOM-free entries (format, schema) type-check in a Node
 * project that has no DOM library.
 */
export type Locale = 'ko' | 'en';
