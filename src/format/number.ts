import type { Locale } from '../i18n/locale-name.js';

// Intl.NumberFormat construction is comparatively slow; widgets format hundreds of cells per render.
const cache = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', options);
    cache.set(key, format);
  }
  return format;
}

/** 12450 → "12,450" (both locales group by thousands); `minimumFractionDigits` keeps trailing zeros. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0, minimumFractionDigits = 0): string {
  // A small negative (a change) rounded to zero is "0", not "-0".
  const shown = Math.abs(value) < 0.5 * 10 ** -maximumFractionDigits ? 0 : value;
  return numberFormat(locale, { maximumFractionDigits, minimumFractionDigits }).format(shown);
}
