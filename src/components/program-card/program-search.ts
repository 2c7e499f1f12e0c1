import { canBeChoseong, getChoseong } from 'es-hangul';

/**
 * Search that understands Hangul initial consonants (초성), as Korean users expect of a search box:
 * "ㅋㅈㅋㅍ" finds 키즈카페, and a query may mix syllables and initials ("서울ㅋㅈ").
 *
 * Spaces and punctuation are ignored on both sides, so "키즈 카페" finds 「시립 서울형 키즈카페」 and
 * "재미안전" finds "재미 · 안전 · …". A lone consonant in the query matches any syllable starting
 * with it (and the consonant itself); every other character must match exactly (case-insensitive).
 */

/** Letters and digits only, NFC, lower case: what both sides are compared on. */
export function searchKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Initial consonant of a precomposed Hangul syllable, or the character itself. */
function initialOf(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return getChoseong(char);
  return char;
}

function charMatches(queryChar: string, textChar: string): boolean {
  if (queryChar === textChar) return true;
  return canBeChoseong(queryChar) && initialOf(textChar) === queryChar;
}

/** Prepared text: compared many times per keystroke, so keep the split characters. */
export interface SearchText {
  chars: string[];
}

export function prepareSearchText(...texts: (string | undefined)[]): SearchText {
  return { chars: [...searchKey(texts.filter(Boolean).join(' '))] };
}

/** Whether the query occurs in the text (initials, syllables and Latin letters mixed). */
export function matchesQuery(query: string, text: SearchText): boolean {
  const wanted = [...searchKey(query)];
  if (wanted.length === 0) return true;
  const { chars } = text;
  outer: for (let start = 0; start + wanted.length <= chars.length; start += 1) {
    for (let offset = 0; offset < wanted.length; offset += 1) {
      if (!charMatches(wanted[offset]!, chars[start + offset]!)) continue outer;
    }
    return true;
  }
  return false;
}

