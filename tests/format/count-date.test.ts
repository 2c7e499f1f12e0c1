import { expect } from '@open-wc/testing';
import { formatByteSize } from '../../src/format/bytes.js';
import { formatCount } from '../../src/format/count.js';
import { formatAsOf, formatDate, parseCalendarDate, yearElapsedPercent } from '../../src/format/date.js';

describe('formatCount', () => {
  const cases: Array<[number, 'ko' | 'en', string, string]> = [
    [12_450, 'ko', '명', '12,450명'],
    [12_450, 'en', '명', '12,450 people'],
    [1, 'en', '명', '1 person'],
    [34_265, 'ko', '건', '34,265건'],
    [52, 'en', '개소', '52 sites'],
    [68.5, 'en', '%', '68.5%'],
    [0, 'ko', '가구', '0가구'],
    [-9, 'ko', '명', '-9명'],
    [4_330, 'en', '', '4,330'],
    [7, 'en', '척', '7 척'], // unknown unit words are kept as printed
    [1.5, 'en', '만명', '15,000 people'],
    [1.5, 'ko', '만명', '1.5만명'],
    [3, 'en', '개 시설', '3 facilities'],
  ];
  for (const [value, locale, unit, expected] of cases) {
    it(`${value} ${unit} (${locale}) → ${expected}`, () => expect(formatCount(value, locale, unit)).to.equal(expected));
  }
  it('never prints NaN', () => expect(formatCount(Number.NaN, 'en', '명')).to.equal('no value'));
});

describe('dates', () => {
  it('formats full dates, months and years in both languages', () => {
    expect(formatDate('2024-03-31', 'ko')).to.equal('2024년 3월 31일');
    expect(formatDate('2024-03-31', 'en')).to.equal('31 March 2024');
    expect(formatDate('2024-03', 'ko')).to.equal('2024년 3월');
    expect(formatDate('2024-03', 'en')).to.equal('March 2024');
    expect(formatDate('2024', 'en')).to.equal('2024');
    expect(formatDate('not a date', 'en')).to.equal('not a date');
  });

  it('says "말 기준" for a month end, as the report does', () => {
    expect(formatAsOf('2024-03-31', 'ko')).to.equal('2024년 3월 말 기준');
    expect(formatAsOf('2024-03-31', 'en')).to.equal('As of 31 March 2024');
    expect(formatAsOf('2024-02-29', 'ko')).to.equal('2024년 2월 말 기준');
    expect(formatAsOf('2024-04-05', 'ko')).to.equal('2024년 4월 5일 기준');
  });

  it('rejects impossible dates', () => {
    expect(parseCalendarDate('2023-02-29')).to.equal(null);
    expect(parseCalendarDate('2024-13')).to.equal(null);
    expect(parseCalendarDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
  });

  it('computes the even-spending pace for an as-of date', () => {
    expect(yearElapsedPercent('2024-03-31')).to.equal(25);
    expect(yearElapsedPercent('2024-12-31')).to.equal(100);
    expect(yearElapsedPercent('2024-06')).to.equal(50);
    expect(yearElapsedPercent('2024')).to.equal(null);
  });
});

describe('formatByteSize', () => {
  it('says MB from 1 MB up, kB below, never "0 MB"', () => {
    expect(formatByteSize(20 * 1024 * 1024)).to.equal('20 MB');
    expect(formatByteSize(1.5 * 1024 * 1024)).to.equal('1.5 MB');
    expect(formatByteSize(100_000)).to.equal('98 kB');
    expect(formatByteSize(1)).to.equal('1 kB');
  });
});
