import { expect } from '@open-wc/testing';
import { assemble, disassemble } from 'es-hangul';
import { searchKey } from '../../src/components/program-card/program-search.js';
import { loadDataset, normalizeKey } from '../../src/data/index.js';
import { hangulSearchPattern } from '../../src/internal/hangul-search.js';

const dataset = await loadDataset();

/** What a 2-beolsik input method shows after each keystroke of `word` ("키즈" → ㅋ, 키, 킺, 키즈). */
function typingStates(word: string): string[] {
  const jamo = [...disassemble(word)];
  return jamo.map((_, index) => assemble(jamo.slice(0, index + 1)));
}

/** Runs of Hangul syllables in a key, each a word a reader could start typing. */
const hangulWords = (key: string) => key.match(/[\uac00-\ud7a3]+/g) ?? [];

describe('Hangul search pattern (shared by the program list and the facility locator)', () => {
  const cases: Array<[query: string, text: string, expected: boolean]> = [
    ['ㅋㅈㅋㅍ', '서울형키즈카페', true],
    ['서울ㅋㅈ', '서울키즈', true],
    ['ㅋ즈ㅋ페', '키즈카페', true],
    ['ㄱㅈㅋㅍ', '키즈카페', false],
    ['ㅋㅈㅋㅍ', '키즈카페', true],
    ['ㄺ', '서울라기', true], // ㄹ then ㄱ, joined by the input method while no vowel follows
    ['ㅂㅅ', '복사', true],
    ['ㅄ', '복사', true],
    ['ㅄ', '복지', false],
    // The last syllable is still being composed:
    ['장난가', '장난감도서관', true], // 가 → 감
    ['킺', '키즈카페', true], // ㅋ ㅣ ㅈ: the ㅈ moves on when ㅡ follows
    ['키즈캎', '키즈카페', true],
    ['고', '과학', true], // ㅗ + ㅏ = ㅘ
    ['달', '닭갈비', true], // ㄹ + ㄱ = ㄺ
    ['닭', '달걀', true], // ㄷ ㅏ ㄹ ㄱ, then ㅑ takes the ㄱ
    ['없ㅇ', '없어', true],
    // …but only what it can still become, and only for the last syllable:
    ['킺', '킵', false],
    ['가', '고', false],
    ['키즈까페', '키즈카페', false],
    ['가카', '각카', false],
    // Anything else is literal, regular-expression characters included:
    ['.*가', '.*가나', true],
    ['.*', '가나', false],
    ['[가', '[각', true],
    ['kids', 'seoulkidscafe', true],
  ];
  for (const [query, text, expected] of cases) {
    it(`"${query}" ${expected ? 'finds' : 'does not find'} "${text}"`, () => {
      expect(hangulSearchPattern(query).test(text)).to.equal(expected);
    });
  }

  it('never loses a program title while its words are being typed, keystroke by keystroke', () => {
    let states = 0;
    for (const program of dataset.programs) {
      const key = searchKey(program.title.ko);
      for (const word of hangulWords(key)) {
        for (const state of typingStates(word)) {
          states += 1;
          expect(hangulSearchPattern(state).test(key), `${program.title.ko}: "${state}" on the way to "${word}"`).to.be.true;
        }
      }
    }
    expect(states).to.be.greaterThan(1000);
  });

  it('never loses a facility name or address while it is being typed', () => {
    for (const facility of dataset.facilities) {
      for (const field of [facility.name.ko, facility.address ?? '']) {
        const key = normalizeKey(field);
        for (const word of hangulWords(key)) {
          for (const state of typingStates(word)) {
            expect(hangulSearchPattern(state).test(key), `${field}: "${state}" on the way to "${word}"`).to.be.true;
          }
        }
      }
    }
  });
});
