import { html, type TemplateResult } from 'lit';
import type { Locale } from './locale.js';

/**
 * Text from the dataset in the reader's language. Korean shown inside an English UI (no English
 * given, or verbatim names) is wrapped in `lang="ko"` so screen readers switch voice.
 */
export function localized(text: { ko: string; en?: string | undefined }, locale: Locale): TemplateResult | string {
  if (locale === 'ko') return text.ko;
  return text.en ?? koreanText(text.ko, locale);
}

/** Verbatim Korean (a budget-line name, an address) inside UI of either language. */
export function koreanText(text: string, locale: Locale): TemplateResult | string {
  return locale === 'ko' ? text : html`<span lang="ko">${text}</span>`;
}

/** Plain-string version for attributes (aria-label, title) where markup is impossible. */
export function localizedString(text: { ko: string; en?: string | undefined }, locale: Locale): string {
  return locale === 'ko' ? text.ko : (text.en ?? text.ko);
}
