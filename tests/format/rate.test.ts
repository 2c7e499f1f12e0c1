import { expect } from '@open-wc/testing';
import { executionRate, formatExecutionRate, formatPercent, percentShare } from '../../src/format/rate.js';
import { roundHalfUp } from '../../src/format/rounding.js';

describe('executionRate (half-up, one decimal)', () => {
  const cases: Array<[number, number, number | null]> = [
    [585, 2_000, 29.3], // 29.25 is a tie: half-up, not banker's rounding or binary noise
    [0, 165, 0],
    [1_033_351, 3_286_749, 31.4],
    [646_689, 2_072_211, 31.2],
    [197, 1_443, 13.7],
    [91_689, 214_472, 42.8],
    [355, 355, 100],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [120, 100, 120], // over budget is reported, not clamped
    [5, 0, null], // budget 0: not applicable
    [0, 0, null],
    [1.5, 10, null], // fractional won is not money
    [Number.NaN, 10, null],
    [9_007_199_254_740_991, 9_007_199_254_740_991, 100],
  ];
  for (const [spent, budget, expected] of cases) {
    it(`${spent} / ${budget} → ${expected}`, () => expect(executionRate(spent, budget)).to.equal(expected));
  }

  it('formats with one decimal and a % sign, or says not applicable', () => {
    expect(formatExecutionRate(585, 2_000, 'ko')).to.equal('29.3%');
    expect(formatExecutionRate(0, 165, 'en')).to.equal('0.0%');
    expect(formatExecutionRate(355, 355, 'ko')).to.equal('100.0%');
    expect(formatExecutionRate(5, 0, 'ko')).to.equal('해당 없음');
    expect(formatExecutionRate(5, 0, 'en')).to.equal('not applicable');
    expect(formatPercent(Number.POSITIVE_INFINITY, 'en')).to.equal('not applicable');
    expect(formatPercent(1234.5, 'en')).to.equal('1,234.5%');
  });

  it('computes shares half-up (women ÷ current)', () => {
    expect(percentShare(21, 24)).to.equal(87.5);
    expect(percentShare(173, 230)).to.equal(75.2);
    expect(percentShare(1, 0)).to.equal(null);
    expect(percentShare(1, 3, 0)).to.equal(33);
  });

  it('rounds decimals half-up away from zero without binary noise', () => {
    expect(roundHalfUp(1.005, 2)).to.equal(1.01);
    expect(roundHalfUp(29.25, 1)).to.equal(29.3);
    expect(roundHalfUp(-29.25, 1)).to.equal(-29.3);
    expect(roundHalfUp(0.05, 1)).to.equal(0.1);
  });
});
