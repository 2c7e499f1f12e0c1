import { closestAttribute } from '../internal/attribute-watch.js';
import type { Locale } from './locale-name.js';

export type { Locale };

export const SUPPORTED_LOCALES: readonly Locale[] = ['ko', 'en'];
export const DEFAULT_LOCALE: Locale = 'ko';

/** Maps a BCP 47 tag ("en-GB", "ko-KR", "") to a supported locale, or null when it names neither. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'ko' || primary === 'en' ? primary : null;
}

/**
 * Resolves an element's locale: its own `lang`, else the closest ancestor `[lang]` (across shadow
 * roots), else `<html lang>`, else Korean. Unsupported languages fall back to Korean as well,
 * because every figure in the dataset is Korean first.
 */
export function resolveLocale(element: Element): Locale {
  const lang = closestAttribute(element, 'lang');
  return matchLocale(lang) ?? DEFAULT_LOCALE;
}
