import { englishCatalog, type EnglishCatalog } from './english.js';
import { en } from './en.js';
import { ko } from './ko.js';
import type { Locale } from './locale.js';

/** Widen the Korean table's literal types so the English one can say different words. */
export type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends (...args: never[]) => unknown[]
    ? T // words around values the widget renders (a Korean name marked lang="ko"): the order is the language's
    : T extends string
    ? string
    : { readonly [K in keyof T]: Widen<T[K]> };

export type Labels = Widen<typeof ko>;

const tables: Record<Locale, Labels> = { ko, en };

/** The words every widget shares (loading, retry, data errors): small, so both languages always ship. */
export function labelsFor(locale: Locale): Labels {
  return tables[locale];
}

/**
 * The English words of a component that load with the English file (src/i18n/en/): everything but
 * the keys `E` that must be at hand in both languages at any time.
 */
export type EnglishWords<K, E extends keyof K> = Omit<Widen<K>, E>;

/** A component's words in both languages, read as `labels[locale]`. */
export type LabelTable<K> = Readonly<Record<Locale, Widen<K>>>;

/**
 * Declares a component's words. Korean ships with the widget, and so does the part of English
 * (`always`) that error events and attribute parsing need on a Korean page too: every `wfp-error`
 * carries its message in both languages. The rest of English — most of it — is in the English
 * file, loaded on first use by a widget whose `lang` is English (english.ts), so Korean pages never
 * download it. `english` picks this component's words out of that file.
 *
 * Until the English file has loaded, `labels.en` answers with the Korean words for the part that is
 * not there yet: never a missing label. Widgets never show those: they wait for the file
 * (WidgetController.state), and if it cannot be loaded they turn Korean altogether.
 */
export function defineLabels<const K, A extends Partial<Widen<K>>>(
  ko: K,
  always: A,
  english: (catalog: EnglishCatalog) => EnglishWords<K, keyof A & keyof K>,
): LabelTable<K> {
  const koWords = ko as Widen<K>;
  let fallback: Widen<K> | undefined;
  let merged: Widen<K> | undefined;
  return {
    ko: koWords,
    get en(): Widen<K> {
      const catalog = englishCatalog();
      if (catalog) return (merged ??= { ...english(catalog), ...always } as unknown as Widen<K>);
      return (fallback ??= { ...(koWords as object), ...always } as unknown as Widen<K>);
    },
  };
}
