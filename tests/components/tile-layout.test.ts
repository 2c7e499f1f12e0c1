import { expect } from '@open-wc/testing';
import {
  nearestInDirection,
  readingOrder,
  SEOUL_TILE_LAYOUT,
  TILE_COLUMNS,
  TILE_POINTS,
  TILE_ROWS,
  tileForKey,
  type Direction,
} from '../../src/components/facility-locator/tile-layout.js';
import { DISTRICT_IDS, type DistrictId } from '../../src/schema/districts.js';

const at = (id: DistrictId) => SEOUL_TILE_LAYOUT.find((t) => t.id === id)!;
const westOf = (a: DistrictId, b: DistrictId) => at(a).column < at(b).column;
const northOf = (a: DistrictId, b: DistrictId) => at(a).row < at(b).row;

describe('tile layout of Seoul’s 25 districts', () => {
  it('places every district exactly once, each in its own cell inside the grid', () => {
    expect(SEOUL_TILE_LAYOUT).to.have.length(25);
    expect([...SEOUL_TILE_LAYOUT.map((t) => t.id)].sort()).to.deep.equal([...DISTRICT_IDS].sort());
    const cells = new Set(SEOUL_TILE_LAYOUT.map((t) => `${t.row},${t.column}`));
    expect(cells.size).to.equal(25);
    for (const tile of SEOUL_TILE_LAYOUT) {
      expect(tile.row).to.be.within(0, TILE_ROWS - 1);
      expect(tile.column).to.be.within(0, TILE_COLUMNS - 1);
    }
  });

  it('keeps real relative positions', () => {
    // West–east across the city.
    expect(westOf('gangseo', 'yangcheon')).to.be.true;
    expect(westOf('mapo', 'jung')).to.be.true;
    expect(westOf('jung', 'seongdong')).to.be.true;
    expect(westOf('seongdong', 'gwangjin')).to.be.true;
    expect(westOf('gwangjin', 'gangdong')).to.be.true;
    expect(westOf('gangnam', 'songpa')).to.be.true;
    expect(westOf('gwanak', 'seocho')).to.be.true;
    expect(westOf('eunpyeong', 'nowon')).to.be.true;
    // North–south, including across the Han river.
    expect(northOf('dobong', 'gangbuk')).to.be.true;
    expect(northOf('nowon', 'jungnang')).to.be.true;
    expect(northOf('jongno', 'jung')).to.be.true;
    expect(northOf('jung', 'yongsan')).to.be.true;
    expect(northOf('seongdong', 'gangnam')).to.be.true;
    expect(northOf('gwangjin', 'songpa')).to.be.true;
    expect(northOf('yeongdeungpo', 'gwanak')).to.be.true;
    expect(northOf('guro', 'geumcheon')).to.be.true;
    expect(northOf('eunpyeong', 'seodaemun')).to.be.true;
  });

  it('puts 강서구 on the west edge and 강동구 on the east edge', () => {
    expect(at('gangseo').column).to.equal(0);
    expect(at('gangdong').column).to.equal(TILE_COLUMNS - 1);
    expect(at('dobong').row).to.equal(0);
  });
});

describe('arrow-key navigation over the grid', () => {
  it('moves to the neighbour in the same row or column first', () => {
    expect(nearestInDirection(TILE_POINTS, 'jung', 'right')).to.equal('seongdong');
    expect(nearestInDirection(TILE_POINTS, 'jung', 'left')).to.equal('mapo');
    expect(nearestInDirection(TILE_POINTS, 'jung', 'up')).to.equal('jongno');
    expect(nearestInDirection(TILE_POINTS, 'jung', 'down')).to.equal('yongsan');
    expect(nearestInDirection(TILE_POINTS, 'nowon', 'down')).to.equal('jungnang');
  });

  it('steps diagonally when the row has nothing on that side', () => {
    expect(nearestInDirection(TILE_POINTS, 'dobong', 'left')).to.equal('gangbuk');
    expect(nearestInDirection(TILE_POINTS, 'gangseo', 'down')).to.equal('guro');
  });

  it('stays put at the edge of the city (no wrapping)', () => {
    expect(nearestInDirection(TILE_POINTS, 'gangseo', 'left')).to.be.undefined;
    expect(nearestInDirection(TILE_POINTS, 'gangdong', 'right')).to.be.undefined;
    expect(nearestInDirection(TILE_POINTS, 'dobong', 'up')).to.be.undefined;
    expect(nearestInDirection(TILE_POINTS, 'seocho', 'down')).to.be.undefined;
  });

  it('reaches every tile from every tile with arrow keys alone', () => {
    const directions: Direction[] = ['up', 'down', 'left', 'right'];
    for (const start of DISTRICT_IDS) {
      const seen = new Set<string>([start]);
      const queue: DistrictId[] = [start];
      while (queue.length > 0) {
        const current = queue.shift()!;
        for (const direction of directions) {
          const next = nearestInDirection(TILE_POINTS, current, direction);
          if (next && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect(seen.size, `from ${start}`).to.equal(25);
    }
  });

  it('maps keys, with Home/End going to the first and last tile in reading order', () => {
    const order = readingOrder(TILE_POINTS);
    expect(order[0]).to.equal('dobong');
    expect(order.at(-1)).to.equal('seocho');
    expect(tileForKey(TILE_POINTS, 'jung', 'Home')).to.equal('dobong');
    expect(tileForKey(TILE_POINTS, 'jung', 'End')).to.equal('seocho');
    expect(tileForKey(TILE_POINTS, 'jung', 'ArrowRight')).to.equal('seongdong');
    expect(tileForKey(TILE_POINTS, 'jung', 'a')).to.be.undefined;
  });

  it('works on continuous coordinates (boundary centroids)', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 10, y: 1 },
      { id: 'c', x: 4, y: 8 },
    ];
    expect(nearestInDirection(points, 'a', 'right')).to.equal('b');
    expect(nearestInDirection(points, 'a', 'down')).to.equal('c');
    expect(nearestInDirection(points, 'b', 'left')).to.equal('a');
    expect(nearestInDirection(points, 'missing', 'left')).to.be.undefined;
  });
});
