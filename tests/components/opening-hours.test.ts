import { expect } from '@open-wc/testing';
import { clockMinutes, isOpenAt, isOpenAtClock, seoulClock } from '../../src/components/facility-locator/opening-hours.js';
import type { OpeningHours } from '../../src/schema/types.js';

/** A Seoul wall-clock time as an instant (KST is UTC+9 all year; no daylight saving). */
const kst = (isoLocal: string) => new Date(`${isoLocal}+09:00`);

// 서울장난감도서관, as printed: 화~금 10:00~18:30, 주말 11:00~17:00 (Monday closed).
const toyLibrary: OpeningHours = {
  text: '화~금 10:00~18:30, 주말 11:00~17:00',
  weekly: [
    { days: ['tue', 'wed', 'thu', 'fri'], opens: '10:00', closes: '18:30' },
    { days: ['sat', 'sun'], opens: '11:00', closes: '17:00' },
  ],
};

describe('seoulClock', () => {
  it('reads the weekday and time in Asia/Seoul, whatever the machine’s zone', () => {
    // 2024-04-01 is a Monday. 03:00 UTC is noon in Seoul.
    expect(seoulClock(new Date('2024-04-01T03:00:00Z'))).to.deep.equal({ weekday: 'mon', minutes: 12 * 60 });
    // 20:30 UTC on Sunday is already Monday 05:30 in Seoul.
    expect(seoulClock(new Date('2024-03-31T20:30:00Z'))).to.deep.equal({ weekday: 'mon', minutes: 5 * 60 + 30 });
    expect(seoulClock(kst('2024-04-06T00:00'))).to.deep.equal({ weekday: 'sat', minutes: 0 });
    expect(seoulClock(kst('2024-04-07T23:59'))).to.deep.equal({ weekday: 'sun', minutes: 23 * 60 + 59 });
  });
});

describe('clockMinutes', () => {
  it('converts HH:MM, including the end-of-day 24:00', () => {
    expect(clockMinutes('00:00')).to.equal(0);
    expect(clockMinutes('10:00')).to.equal(600);
    expect(clockMinutes('18:30')).to.equal(1110);
    expect(clockMinutes('24:00')).to.equal(1440);
  });
});

describe('isOpenAt — 서울장난감도서관 (화~금 10:00~18:30, 주말 11:00~17:00)', () => {
  const cases: Array<[string, boolean]> = [
    ['2024-04-01T12:00', false], // Monday: closed all day
    ['2024-04-01T10:30', false],
    ['2024-04-02T09:59', false], // Tuesday, a minute before opening
    ['2024-04-02T10:00', true], // opening minute counts
    ['2024-04-02T18:29', true],
    ['2024-04-02T18:30', false], // closing minute does not
    ['2024-04-05T15:00', true], // Friday
    ['2024-04-06T10:59', false], // Saturday before 11:00
    ['2024-04-06T12:00', true], // Saturday noon
    ['2024-04-06T17:00', false],
    ['2024-04-07T16:59', true], // Sunday
    ['2024-04-07T18:00', false], // Sunday evening: weekend hours end at 17:00
  ];
  for (const [time, open] of cases) {
    it(`${time} KST → ${open ? 'open' : 'closed'}`, () => {
      expect(isOpenAt(toyLibrary, kst(time))).to.equal(open);
    });
  }
});

describe('isOpenAt — other schedules', () => {
  it('returns null when only printed text is known (no claim about now)', () => {
    expect(isOpenAt({ text: '07:00 ~ 09:00(아침돌봄)' }, kst('2024-04-02T08:00'))).to.equal(null);
    expect(isOpenAt(undefined, kst('2024-04-02T08:00'))).to.equal(null);
    expect(isOpenAt({ text: 'x', weekly: [] }, kst('2024-04-02T08:00'))).to.equal(null);
  });

  it('treats 00:00–24:00 on every day as always open (여성긴급전화1366)', () => {
    const always: OpeningHours = {
      text: '365일 24시간',
      weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '00:00', closes: '24:00' }],
    };
    for (const time of ['2024-04-01T00:00', '2024-04-03T03:17', '2024-04-07T23:59']) {
      expect(isOpenAt(always, kst(time)), time).to.equal(true);
    }
  });

  it('closes at 24:00 on days whose hours run to midnight', () => {
    const late: OpeningHours = { text: '', weekly: [{ days: ['fri'], opens: '18:00', closes: '24:00' }] };
    expect(isOpenAt(late, kst('2024-04-05T23:59'))).to.equal(true);
    expect(isOpenAt(late, kst('2024-04-06T00:00'))).to.equal(false);
  });

  it('runs overnight hours into the next day', () => {
    const overnight: OpeningHours = { text: '', weekly: [{ days: ['fri'], opens: '22:00', closes: '02:00' }] };
    expect(isOpenAt(overnight, kst('2024-04-05T21:59'))).to.equal(false);
    expect(isOpenAt(overnight, kst('2024-04-05T23:00'))).to.equal(true);
    expect(isOpenAt(overnight, kst('2024-04-06T01:59'))).to.equal(true); // Saturday small hours
    expect(isOpenAt(overnight, kst('2024-04-06T02:00'))).to.equal(false);
    expect(isOpenAt(overnight, kst('2024-04-05T01:00'))).to.equal(false); // Thursday night was not listed
  });

  it('wraps Sunday night into Monday morning', () => {
    const overnight: OpeningHours = { text: '', weekly: [{ days: ['sun'], opens: '20:00', closes: '06:00' }] };
    expect(isOpenAt(overnight, kst('2024-04-08T05:00'))).to.equal(true);
  });

  it('reads equal opening and closing times as around the clock', () => {
    expect(isOpenAtClock([{ days: ['wed'], opens: '00:00', closes: '00:00' }], { weekday: 'wed', minutes: 700 })).to.equal(true);
    expect(isOpenAtClock([{ days: ['wed'], opens: '00:00', closes: '00:00' }], { weekday: 'thu', minutes: 700 })).to.equal(false);
  });
});
