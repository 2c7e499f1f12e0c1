import { expect } from '@open-wc/testing';
import {
  arcGauge,
  barGauge,
  clampPercent,
  DEFAULT_ARC,
  END_ANGLE,
  percentToAngle,
  pointAt,
  START_ANGLE,
  tidyPath,
} from '../../src/components/execution-gauge/gauge-geometry.js';

const close = (actual: number, expected: number) => expect(actual).to.be.closeTo(expected, 1e-9);

/** The last point an arc path's outer edge reaches: the "x,y" before the first "L". */
function outerEnd(path: string): [number, number] {
  const beforeLine = path.split('L')[0]!;
  const numbers = beforeLine.split(/[A,]/).map(Number);
  return [numbers.at(-2)!, numbers.at(-1)!];
}

describe('gauge geometry (pure)', () => {
  describe('clampPercent', () => {
    const cases: Array<[number | null | undefined, number]> = [
      [null, 0],
      [undefined, 0],
      [Number.NaN, 0],
      [Number.POSITIVE_INFINITY, 0],
      [-5, 0],
      [0, 0],
      [13.7, 13.7],
      [31.4, 31.4],
      [100, 100],
      [120, 100],
      [1000, 100],
    ];
    for (const [input, expected] of cases) {
      it(`${String(input)} → ${expected}`, () => expect(clampPercent(input)).to.equal(expected));
    }
  });

  describe('percentToAngle (d3 convention: 0 at twelve o’clock, clockwise)', () => {
    it('0 % is the left end, 50 % the top, 100 % the right end', () => {
      close(percentToAngle(0), -Math.PI / 2);
      close(percentToAngle(50), 0);
      close(percentToAngle(100), Math.PI / 2);
      expect(START_ANGLE).to.equal(-Math.PI / 2);
      expect(END_ANGLE).to.equal(Math.PI / 2);
    });
    it('25 % (end of March pace) is a quarter of the way: -π/4', () => close(percentToAngle(25), -Math.PI / 4));
    it('31.4 % (the office) is 56.52° past the left end', () => close(percentToAngle(31.4), -Math.PI / 2 + (31.4 / 100) * Math.PI));
    it('clamps: 120 % draws as 100 %, -3 % and null as 0 %', () => {
      close(percentToAngle(120), Math.PI / 2);
      close(percentToAngle(-3), -Math.PI / 2);
      close(percentToAngle(null), -Math.PI / 2);
    });
  });

  describe('pointAt', () => {
    it('places points around the centre with y pointing down', () => {
      expect(pointAt(-Math.PI / 2, 90)).to.deep.equal({ x: -90, y: 0 });
      expect(pointAt(0, 90)).to.deep.equal({ x: 0, y: -90 });
      expect(pointAt(Math.PI / 2, 90)).to.deep.equal({ x: 90, y: 0 });
      expect(pointAt(-Math.PI / 4, 100)).to.deep.equal({ x: -70.71, y: -70.71 });
    });
    it('never writes -0', () => expect(Object.is(pointAt(Math.PI, 0).x, -0)).to.equal(false));
  });

  describe('tidyPath', () => {
    it('rounds to two decimals, including exponent noise', () => {
      expect(tidyPath('M1.23456,-0.000001L5.51e-15,3A90,90,0,1,1,90,0Z')).to.equal('M1.23,0L0,3A90,90,0,1,1,90,0Z');
    });
    it('leaves integers and flags alone', () => expect(tidyPath('M-90,0A90,90,0,0,1,0,-90')).to.equal('M-90,0A90,90,0,0,1,0,-90'));
  });

  describe('arcGauge', () => {
    it('has a viewBox centred on the circle, with room for the pace tip', () => {
      const geometry = arcGauge(31.4);
      expect(geometry.viewBox).to.equal('-100 -100 200 104');
      close(geometry.aspectRatio, 200 / 104);
    });

    it('draws the track as the full upper semicircle from d3’s arc()', () => {
      expect(arcGauge(0).track).to.equal('M-90,0A90,90,0,1,1,90,0L72,0A72,72,0,1,0,-72,0Z');
    });

    it('has no indicator at 0 % (a 0.0% line is still shown, as an empty track)', () => {
      expect(arcGauge(0).indicator).to.equal(null);
      expect(arcGauge(null).indicator).to.equal(null);
    });

    it('ends the indicator at the top for 50 %', () => {
      expect(arcGauge(50).indicator).to.equal('M-90,0A90,90,0,0,1,0,-90L0,-72A72,72,0,0,0,-72,0Z');
    });

    it('ends the indicator at the rate’s angle (office 31.4 %)', () => {
      const [x, y] = outerEnd(arcGauge(31.4).indicator!);
      const expected = pointAt(percentToAngle(31.4), DEFAULT_ARC.outerRadius);
      expect([x, y]).to.deep.equal([expected.x, expected.y]);
      expect([x, y]).to.deep.equal([-49.65, -75.07]);
    });

    it('clamps spent > budget: 120 % fills exactly the track, no more', () => {
      const geometry = arcGauge(120);
      expect(geometry.indicator).to.equal(geometry.track);
      expect(arcGauge(100).indicator).to.equal(geometry.track);
      expect(geometry.sweepDegrees).to.equal(180);
    });

    it('sweeps by the indicator’s own length', () => {
      expect(arcGauge(31.4).sweepDegrees).to.equal(56.52);
      expect(arcGauge(13.7).sweepDegrees).to.equal(24.66);
      expect(arcGauge(0).sweepDegrees).to.equal(0);
    });

    it('has no pace marker unless a pace is given', () => expect(arcGauge(31.4).pace).to.equal(null));

    it('puts the 25 % pace marker at -45°, across the ring, with a tip outside it', () => {
      const pace = arcGauge(31.2, 25).pace!;
      expect(pace.percent).to.equal(25);
      close(pace.angle, -Math.PI / 4);
      // From 3 units inside the inner radius (72 - 3 = 69) to just outside the outer one (91).
      expect(pace.line).to.deep.equal({ x1: -48.79, y1: -48.79, x2: -64.35, y2: -64.35 });
      expect(pace.tip).to.equal('M-64.35,-64.35L-72.83,-67.17L-67.17,-72.83Z');
    });

    it('puts a 40 % pace and clamps an out-of-range one', () => {
      close(arcGauge(31.4, 40).pace!.angle, percentToAngle(40));
      expect(arcGauge(31.4, 140).pace!.percent).to.equal(100);
      expect(arcGauge(31.4, 0).pace!.line.x2).to.equal(-91);
    });

    it('accepts other radii', () => {
      const geometry = arcGauge(50, null, { outerRadius: 50, thickness: 10 });
      expect(geometry.viewBox).to.equal('-60 -60 120 64');
      expect(geometry.indicator).to.equal('M-50,0A50,50,0,0,1,0,-50L0,-40A40,40,0,0,0,-40,0Z');
    });
  });

  describe('barGauge', () => {
    const cases: Array<[number | null, number | null, { fillPercent: number; pacePercent: number | null; overflow: boolean }]> = [
      [31.2, 25, { fillPercent: 31.2, pacePercent: 25, overflow: false }],
      [0, null, { fillPercent: 0, pacePercent: null, overflow: false }],
      [null, 25, { fillPercent: 0, pacePercent: 25, overflow: false }],
      [100, 40, { fillPercent: 100, pacePercent: 40, overflow: false }],
      [120, null, { fillPercent: 100, pacePercent: null, overflow: true }],
      [42.8, 150, { fillPercent: 42.8, pacePercent: 100, overflow: false }],
    ];
    for (const [rate, pace, expected] of cases) {
      it(`rate ${String(rate)}, pace ${String(pace)}`, () => expect(barGauge(rate, pace)).to.deep.equal(expected));
    }
  });
});
