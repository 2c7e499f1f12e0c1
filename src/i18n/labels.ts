import { en } from './en.js';
import { ko } from './ko.js';
import type { Locale } from './locale.js';

/** Widen the Korean table's literal types so the English one can say different words. */
type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { readonly [K in keyof T]: Widen<T[K]> };

export type Labels = Widen<typeof ko>;

const tables: Record<Locale, Labels> = { ko, en };

export function labelsFor(locale: Locale): Labels {
  return tables[locale];
}

/**
 * Declares a component's label table in both languages. The English table must have the same
 * keys and call signatures as the Korean one (the compiler checks it).
 */
export function defineLabels<const K>(tables: { ko: K; en: Widen<K> }): Record<Locale, Widen<K>> {
  return tables as Record<Locale, Widen<K>>;
}
