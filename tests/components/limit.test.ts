import { expect } from '@open-wc/testing';
import { invalidLimitError, parseLimit, visibleCount } from '../../src/internal/limit.js';

// `limit` reads the same in the gauge's breakdown and the program list (its cards).
describe('limit', () => {
  it('reads a whole number of 1 or more, from a property or an attribute’s text; nothing set is no limit', () => {
    expect([parseLimit(null), parseLimit(undefined), parseLimit(12), parseLimit(' 12 '), parseLimit(1)]).to.deep.equal([null, null, 12, 12, 1]);
  });

  it('rejects 0, fractions, NaN (Lit’s reading of limit="ten") and text', () => {
    expect([0, -3, 2.5, Number.NaN, 'ten', '', '1.5'].map(parseLimit)).to.deep.equal([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('says in both languages what to write instead, quoting the value as written', () => {
    expect(invalidLimitError('ten')).to.deep.equal({
      kind: 'invalid-input',
      message: { ko: 'limit 값 "ten"은(는) 쓸 수 없습니다. 1 이상의 정수로 쓰세요.', en: 'The limit value "ten" is not supported. Use a whole number of 1 or more.' },
    });
  });

  it('shows the first `limit` items until the reader asks for all, and never more than there are', () => {
    expect([visibleCount(46, null, false), visibleCount(46, 10, false), visibleCount(46, 10, true), visibleCount(7, 10, false)]).to.deep.equal([46, 10, 46, 7]);
  });
});
