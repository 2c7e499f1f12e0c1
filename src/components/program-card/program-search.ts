import { hangulSearchPattern } from '../../internal/hangul-search.js';

/**
 * The program list's search: Hangul-aware as Korean users expect of a search box (initial
 * consonants, a syllable still being typed — see src/internal/hangul-search.ts, shared with the
 * facility locator): "ㅋㅈㅋㅍ" finds 키즈카페, and a query may mix syllables and initials ("서울ㅋㅈ").
 *
 * Spaces and punctuation are ignored on both sides, so "키즈 카페" finds 「시립 서울형 키즈카페」 and
 * "재미안전" finds "재미 · 안전 · …". Latin letters match case-insensitively.
 */

/** Letters and digits only, NFC, lower case: what both sides are compared on. */
export function searchKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Prepared once per program: compared on every keystroke. */
export interface SearchText {
  key: string;
}

export function prepareSearchText(...texts: (string | undefined)[]): SearchText {
  return { key: searchKey(texts.filter(Boolean).join(' ')) };
}

/** The last query's pattern: one keystroke tests every program against the same query. */
let last: { query: string; pattern: RegExp | null } | undefined;

/** Whether the query occurs in the text (initials, syllables and Latin letters mixed). */
export function matchesQuery(query: string, text: SearchText): boolean {
  if (last?.query !== query) {
    const key = searchKey(query);
    last = { query, pattern: key ? hangulSearchPattern(key) : null };
  }
  return last.pattern === null || last.pattern.test(text.key);
}
