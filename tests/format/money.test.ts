import { expect } from '@open-wc/testing';
import { formatMoney, MONEY_UNITS, sharedFractionDigits, toWon } from '../../src/format/money.js';

const M = 1_000_000;

describe('formatMoney', () => {
  describe('Korean compact (auto)', () => {
    const cases: Array<[number, string]> = [
      [3_286_749 * M, '3조 2,867억원'],
      [3_286_700_000_000, '3조 2,867억원'],
      [575_200_000_000, '5,752억원'],
      [700_000, '70만원'],
      [2_072_211 * M, '2조 722억원'],
      [646_689 * M, '6,467억원'],
      [1_443 * M, '14억 4,300만원'],
      [393_000, '39만 3,000원'],
      [9_999, '9,999원'],
      [0, '0원'],
      [1_000_000_000_000, '1조원'],
      [999_999_999_999, '1조원'], // rounding to 억 carries into 조
      [150_000_000, '1억 5,000만원'],
      [-83_600_000_000, '-836억원'],
      [Number.MAX_SAFE_INTEGER, '9,007조 1,993억원'],
    ];
    for (const [won, expected] of cases) {
      it(`${won} → ${expected}`, () => expect(formatMoney(won, 'ko')).to.equal(expected));
    }
  });

  describe('Korean fixed units', () => {
    const cases: Array<[number, Parameters<typeof formatMoney>[2], string]> = [
      [3_286_749 * M, { unit: '백만원' }, '3,286,749백만원'],
      [3_286_749 * M, { unit: '억원' }, '32,867억원'],
      [3_286_749 * M, { unit: '조원', fractionDigits: 2 }, '3.29조원'],
      [2_070_000 * M, { unit: '조원', fractionDigits: 3 }, '2.070조원'], // decimals asked for are kept
      [2_070_000 * M, { unit: '조원' }, '2.07조원'],
      [3_286_749 * M, { unit: '조원' }, '3.29조원'], // not "3조원": whole 조 hide too much
      [1_033_351 * M, { unit: '조원' }, '1.03조원'],
      [197 * M, { unit: '조원' }, '0.0002조원'],
      [1_290 * M, { unit: '조원' }, '0.0013조원'], // not "0.001조원" like 13.8억 beside it
      [1_380 * M, { unit: '조원' }, '0.0014조원'],
      [646_689 * M, { unit: '조원' }, '0.647조원'], // three significant figures below one unit
      [40 * M, { unit: '조원' }, '0.0001조원 미만'], // spent, so never "0조원"
      [393_000, { unit: '억원' }, '0.0039억원'],
      [393_000, { unit: '천원' }, '393천원'],
      [393_000, { unit: '백만원' }, '0.393백만원'],
      [585 * M, { unit: '백만원' }, '585백만원'],
      [0, { unit: '백만원' }, '0백만원'],
      [1_500, { unit: '원' }, '1,500원'],
      [202_500_000, { unit: '백만원' }, '203백만원'], // half-up: 202.5 → 203
      [-202_500_000, { unit: '백만원' }, '-203백만원'],
      // Three significant figures below 100 units: 477백만원 beside a 500백만원 target is not "5억원".
      [477 * M, { unit: '억원' }, '4.77억원'],
      [1_443 * M, { unit: '억원' }, '14.4억원'],
      [2_500_000, { unit: '백만원' }, '2.5백만원'],
      [1_600 * M, { unit: '억원' }, '16억원'], // the report's whole 억원 stay whole
    ];
    for (const [won, options, expected] of cases) {
      it(`${won} in ${options?.unit} → ${expected}`, () => expect(formatMoney(won, 'ko', options)).to.equal(expected));
    }
  });

  describe('English', () => {
    const cases: Array<[number, Parameters<typeof formatMoney>[2], string]> = [
      [3_286_700_000_000, {}, 'KRW 3.29\u00a0trillion'],
      [575_200_000_000, {}, 'KRW 575.2\u00a0billion'],
      [393_000, {}, 'KRW 393\u00a0thousand'],
      [1_443 * M, {}, 'KRW 1.44\u00a0billion'], // three significant figures
      [1_046 * M, {}, 'KRW 1.05\u00a0billion'], // not "1 billion" beside the Korean 10억 4,600만원
      [1_500, {}, 'KRW 1.5\u00a0thousand'],
      [950, {}, 'KRW 950'],
      [0, {}, 'KRW 0'],
      [999_999_999_999, {}, 'KRW 1\u00a0trillion'],
      [-83_600_000_000, {}, 'KRW -83.6\u00a0billion'],
      [3_286_749 * M, { unit: '백만원' }, 'KRW 3,286,749\u00a0million'],
      [3_286_749 * M, { unit: '억원' }, 'KRW 3,286.7\u00a0billion'],
      [393_000, { unit: '천원' }, 'KRW 393\u00a0thousand'],
      [393_000, { unit: '억원' }, 'KRW 0.0004\u00a0billion'],
      [39_000, { unit: '억원' }, 'under KRW 0.0001\u00a0billion'], // not "KRW 0\u00a0billion"
      [40 * M, { unit: '조원' }, 'under KRW 0.0001\u00a0trillion'],
      [1_027 * M, { unit: '억원' }, 'KRW 1.03\u00a0billion'], // not "KRW 1 billion" beside 1,027백만원
    ];
    for (const [won, options, expected] of cases) {
      it(`${won} ${options?.unit ?? 'auto'} → ${expected}`, () => expect(formatMoney(won, 'en', options)).to.equal(expected));
    }
  });

  it('keeps an English number and its scale word on one line, but may break after KRW', () => {
    for (const unit of MONEY_UNITS.filter((u) => u !== '원')) {
      const amount = formatMoney(3_286_700_000_000, 'en', { unit });
      expect(amount, unit).to.match(/^KRW [\d.,]+\u00a0(thousand|million|billion|trillion)$/);
    }
  });

  describe('sharedFractionDigits', () => {
    it('gives amounts read together one precision, the most any of them needs', () => {
      // The office's execution in 조원: the spending alone would take 3 decimals, the budget 2.
      const pair = [2_072_211 * M, 646_689 * M];
      const digits = sharedFractionDigits(pair, 'ko', '조원');
      expect(pair.map((won) => formatMoney(won, 'ko', { unit: '조원', fractionDigits: digits }))).to.deep.equal(['2.072조원', '0.647조원']);
      expect(pair.map((won) => formatMoney(won, 'en', { unit: '조원', fractionDigits: sharedFractionDigits(pair, 'en', '조원') }))).to.deep.equal([
        'KRW 2.072\u00a0trillion',
        'KRW 0.647\u00a0trillion',
      ]);
    });

    it('counts an amount\'s decimals as it is shown, rounded half-up: 1,205억 reads 0.121조원 beside 2조 too', () => {
      // 1,205억 / 1조 = 0.1205, which binary floating point holds as 0.12049…: counted with toFixed
      // it showed two decimals ("0.12조원") where alone it shows three.
      for (const spent of [1_205 * 100 * M, 1_206 * 100 * M]) {
        const pair = [2_000_000 * M, spent];
        const digits = sharedFractionDigits(pair, 'ko', '조원');
        expect(formatMoney(spent, 'ko', { unit: '조원', fractionDigits: digits })).to.equal(formatMoney(spent, 'ko', { unit: '조원' }));
        expect(pair.map((won) => formatMoney(won, 'ko', { unit: '조원', fractionDigits: digits }))).to.deep.equal(['2.000조원', '0.121조원']);
      }
    });

    it('keeps every decimal for amounts too small to show in the unit, so none reads "under 1조원"', () => {
      // A 40백만원 line that spent 5백만원, in 조원: both are under the smallest step shown.
      const pair = [40 * M, 5 * M];
      const digits = sharedFractionDigits(pair, 'ko', '조원');
      expect(pair.map((won) => formatMoney(won, 'ko', { unit: '조원', fractionDigits: digits }))).to.deep.equal(['0.0001조원 미만', '0.0001조원 미만']);
      expect(pair.map((won) => formatMoney(won, 'en', { unit: '조원', fractionDigits: sharedFractionDigits(pair, 'en', '조원') }))).to.deep.equal([
        'under KRW 0.0001\u00a0trillion',
        'under KRW 0.0001\u00a0trillion',
      ]);
    });

    it('gives a tiny amount beside a larger one that amount\'s decimals, and never reads "-0"', () => {
      const pair = [3_286_749 * M, 40 * M];
      const digits = sharedFractionDigits(pair, 'ko', '조원');
      expect(pair.map((won) => formatMoney(won, 'ko', { unit: '조원', fractionDigits: digits }))).to.deep.equal(['3.29조원', '0.01조원 미만']);
      // A whole amount shows no decimals alone, yet the tiny one beside it keeps 조원's two, not "1조원 미만".
      const whole = [2_000_000 * M, 5 * M];
      expect(whole.map((won) => formatMoney(won, 'ko', { unit: '조원', fractionDigits: sharedFractionDigits(whole, 'ko', '조원') }))).to.deep.equal([
        '2.00조원',
        '0.01조원 미만',
      ]);
      expect(whole.map((won) => formatMoney(won, 'en', { unit: '조원', fractionDigits: sharedFractionDigits(whole, 'en', '조원') }))).to.deep.equal([
        'KRW 2.00\u00a0trillion',
        'under KRW 0.01\u00a0trillion',
      ]);
      expect(formatMoney(-40 * M, 'ko', { unit: '억원', fractionDigits: 0 })).to.equal('0억원');
      expect(formatMoney(-40 * M, 'en', { unit: '조원', fractionDigits: 4 })).to.equal('KRW 0.0000\u00a0trillion');
    });

    it('keeps trailing zeros, so both amounts show the same decimals', () => {
      const pair = [2_070_000 * M, 647_000 * M];
      const ko = sharedFractionDigits(pair, 'ko', '조원');
      expect(pair.map((won) => formatMoney(won, 'ko', { unit: '조원', fractionDigits: ko }))).to.deep.equal(['2.070조원', '0.647조원']);
      const billions = [4_000 * M, 1_400 * M];
      const en = sharedFractionDigits(billions, 'en', '억원');
      expect(billions.map((won) => formatMoney(won, 'en', { unit: '억원', fractionDigits: en }))).to.deep.equal([
        'KRW 4.0\u00a0billion',
        'KRW 1.4\u00a0billion',
      ]);
    });

    it('keeps whole numbers whole, leaves auto alone and ignores non-finite amounts', () => {
      expect(sharedFractionDigits([585 * M, 1_200 * M], 'ko', '백만원')).to.equal(0);
      expect(sharedFractionDigits([58_500 * M, 120_000 * M], 'en', '억원')).to.equal(1); // billions keep one decimal
      expect(sharedFractionDigits([5_850 * M, 12_000 * M], 'en', '억원')).to.equal(2); // 5.85 billion: three figures
      expect(sharedFractionDigits([585 * M], 'ko', 'auto')).to.equal(undefined);
      expect(sharedFractionDigits([Number.NaN], 'ko', '백만원')).to.equal(undefined);
      expect(sharedFractionDigits([], 'ko', '백만원')).to.equal(undefined);
    });
  });

  it('never prints NaN for a non-finite amount', () => {
    expect(formatMoney(Number.NaN, 'ko')).to.equal('금액 없음');
    expect(formatMoney(Number.POSITIVE_INFINITY, 'en')).to.equal('no amount');
  });

  it('converts printed units to won', () => {
    expect(toWon(5_173, '백만원')).to.equal(5_173_000_000);
    expect(toWon(393, '천원')).to.equal(393_000);
    expect(toWon(32_867, '억원')).to.equal(3_286_700_000_000);
  });
});
