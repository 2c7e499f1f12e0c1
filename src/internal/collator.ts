import type { Locale } from '../i18n/locale-name.js';

const collators: Record<string, Intl.Collator> = {};

/**
 * The reader's collation (가나다순 in Korean), numbers compared by value ("2과" before "10과"), kept
 * per locale: a sort compares thousands of pairs and building a collator costs more than comparing.
 * `ignorePunctuation` for titles, whose 「」 and quotes would otherwise sort first.
 */
export const collatorFor = (locale: Locale, ignorePunctuation = false): Intl.Collator =>
  (collators[`${locale}${ignorePunctuation}`] ??= new Intl.Collator(locale, { numeric: true, ignorePunctuation }));
