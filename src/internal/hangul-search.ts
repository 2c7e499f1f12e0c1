import { canBeChoseong, combineCharacter, disassemble } from 'es-hangul';

/**
 * Search terms read the way Korean readers type them, shared by the program list and the facility
 * locator so both search boxes behave alike:
 *
 * - an initial consonant typed alone (ㅋ) matches any syllable starting with it, and itself:
 *   "ㅋㅈㅋㅍ" finds 키즈카페, "서울ㅋㅈ" finds 서울키즈… (a pair an input method joined, ㄺ, as ㄹㄱ);
 * - the last syllable is still being composed by the input method, so it matches whatever it can
 *   still become: "장난가" (on the way to 장난감) finds 장난감, "키즈고" (on the way to 과) finds
 *   키즈과학, and "킺" — what 2-beolsik shows after ㅋ ㅣ ㅈ, before the ㅡ moves the ㅈ on — finds
 *   키즈. Without this the results blink to "nothing matches" on most keystrokes;
 * - every other character must match exactly. Callers normalise both sides (NFC, case, spaces).
 *
 * Built as one regular expression per term, so each entry costs one native regex scan.
 */

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** 21 medial vowels × 28 finals (none included): the syllables sharing one initial are consecutive. */
const PER_INITIAL = 588;

const isSyllable = (char: string) => {
  const code = char.charCodeAt(0);
  return char.length === 1 && code >= HANGUL_FIRST && code <= HANGUL_LAST;
};

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Consecutive code points as character-class ranges: [가, 각, 갂, 나] → "가-갂나". */
function classRanges(codes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j += 1;
    out += j > i ? `${String.fromCharCode(codes[i]!)}-${String.fromCharCode(codes[j]!)}` : String.fromCharCode(codes[i]!);
    i = j + 1;
  }
  return out;
}

const initialClasses = new Map<string, string>();

/** "[ㅋ카-킿]": the consonant itself and every syllable starting with it. */
function initialClass(consonant: string): string {
  let found = initialClasses.get(consonant);
  if (found === undefined) {
    // ㅏ is the first medial and no final the first final: this is the first syllable of the block.
    const first = combineCharacter(consonant, 'ㅏ').charCodeAt(0);
    found = `[${consonant}${String.fromCharCode(first)}-${String.fromCharCode(first + PER_INITIAL - 1)}]`;
    initialClasses.set(consonant, found);
  }
  return found;
}

const composingPatterns = new Map<string, string>();

/**
 * What a syllable still being typed can become, as a regex group: its keystrokes (jamo) must be a
 * prefix of the text's. "고" (ㄱㅗ) is the start of 고, 곡, 과 (ㄱㅗㅏ), 괄 (ㄱㅗㅏㄹ); "킺" (ㅋㅣㅈ) of 킺
 * itself, or of 키 followed by a syllable starting with ㅈ; "달" (ㄷㅏㄹ) of 달, 닭 (ㄷㅏㄹㄱ), or
 * 다 + ㄹ…. Only syllables with the same initial qualify, so 588 candidates are checked once per
 * typed syllable and the answer is remembered.
 */
function composingPattern(syllable: string): string {
  let found = composingPatterns.get(syllable);
  if (found !== undefined) return found;
  const typed = disassemble(syllable);
  const code = syllable.charCodeAt(0);
  const blockStart = code - ((code - HANGUL_FIRST) % PER_INITIAL);
  const whole: number[] = [];
  const split: string[] = [];
  for (let candidate = blockStart; candidate < blockStart + PER_INITIAL; candidate += 1) {
    const char = String.fromCharCode(candidate);
    const jamo = disassemble(char);
    if (jamo.startsWith(typed)) whole.push(candidate);
    else if (typed.startsWith(jamo)) {
      // The typed final consonant may yet become the next syllable's initial.
      const rest = typed.slice(jamo.length);
      if (rest.length === 1 && canBeChoseong(rest)) split.push(`${char}${initialClass(rest)}`);
    }
  }
  found = `(?:[${classRanges(whole)}]${split.map((alternative) => `|${alternative}`).join('')})`;
  composingPatterns.set(syllable, found);
  return found;
}

/**
 * Two initials some input methods join while no vowel follows (ㄹ then ㄱ shows as ㄺ): the pair, so
 * "ㄺ" finds 라기 as "ㄹㄱ" would. Undefined for anything else.
 */
function compoundInitials(char: string): [string, string] | undefined {
  if (char < '\u3131' || char > '\u314e') return undefined; // compatibility consonants ㄱ…ㅎ
  const parts = [...disassemble(char)];
  return parts.length === 2 && parts.every((part) => canBeChoseong(part)) ? [parts[0]!, parts[1]!] : undefined;
}

/** One search term (already normalised by the caller) as a pattern to test against normalised text. */
export function hangulSearchPattern(term: string): RegExp {
  const chars = [...term];
  const parts = chars.map((char, index) => {
    if (canBeChoseong(char)) return initialClass(char);
    const pair = compoundInitials(char);
    if (pair) return `(?:${char}|${initialClass(pair[0])}${initialClass(pair[1])})`;
    if (index === chars.length - 1 && isSyllable(char)) return composingPattern(char);
    return escapeRegExp(char);
  });
  return new RegExp(parts.join(''));
}
