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

/**
 * English words with Korean examples in them (a search hint: "ㅋㅈㅋㅍ finds 키즈카페"): each run of
 * Hangul, jamo included, is marked `lang="ko"`.
 */
export function markKoreanRuns(text: string, locale: Locale): TemplateResult | string {
  if (locale === 'ko') return text;
  return html`${text.split(/([\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+)/).map((part, index) => (index % 2 === 1 ? html`<span lang="ko">${part}</span>` : part))}`;
}

/** Plain-string version for attributes (aria-label, title) where markup is impossible. */
export function localizedString(text: { ko: string; en?: string | undefined }, locale: Locale): string {
  return locale === 'ko' ? text.ko : (text.en ?? text.ko);
}
