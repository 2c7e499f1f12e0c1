import type { DistrictId } from '../../schema/districts.js';

/** One district's cell in the tile map (0-based; row 0 is the north edge, column 0 the west edge). */
export interface TilePlacement {
  readonly id: DistrictId;
  readonly row: number;
  readonly column: number;
}

export const TILE_ROWS = 6;
export const TILE_COLUMNS = 7;

/**
 * Seoul's 25 districts as equal tiles, placed by their real relative position.
 *
 * Authored from the districts' centroids (latitude → row, longitude → column), then nudged by hand so
 * that neighbours stay neighbours: the Han river runs between rows 3 and 4 in the east (성동·광진
 * above 강남·송파) and bends north in the west, where 강서·양천 sit on the south bank.
 *
 * ```
 *        c0    c1    c2     c3    c4     c5    c6
 *   r0                            도봉   노원
 *   r1               은평   강북   성북   중랑
 *   r2               서대문  종로   동대문
 *   r3   강서  양천   마포   중구   성동   광진   강동
 *   r4         구로   영등포  용산   강남   송파
 *   r5         금천   관악   동작   서초
 * ```
 */
export const SEOUL_TILE_LAYOUT: readonly TilePlacement[] = [
  { id: 'dobong', row: 0, column: 4 },
  { id: 'nowon', row: 0, column: 5 },
  { id: 'eunpyeong', row: 1, column: 2 },
  { id: 'gangbuk', row: 1, column: 3 },
  { id: 'seongbuk', row: 1, column: 4 },
  { id: 'jungnang', row: 1, column: 5 },
  { id: 'seodaemun', row: 2, column: 2 },
  { id: 'jongno', row: 2, column: 3 },
  { id: 'dongdaemun', row: 2, column: 4 },
  { id: 'gangseo', row: 3, column: 0 },
  { id: 'yangcheon', row: 3, column: 1 },
  { id: 'mapo', row: 3, column: 2 },
  { id: 'jung', row: 3, column: 3 },
  { id: 'seongdong', row: 3, column: 4 },
  { id: 'gwangjin', row: 3, column: 5 },
  { id: 'gangdong', row: 3, column: 6 },
  { id: 'guro', row: 4, column: 1 },
  { id: 'yeongdeungpo', row: 4, column: 2 },
  { id: 'yongsan', row: 4, column: 3 },
  { id: 'gangnam', row: 4, column: 4 },
  { id: 'songpa', row: 4, column: 5 },
  { id: 'geumcheon', row: 5, column: 1 },
  { id: 'gwanak', row: 5, column: 2 },
  { id: 'dongjak', row: 5, column: 3 },
  { id: 'seocho', row: 5, column: 4 },
];

export type Direction = 'up' | 'down' | 'left' | 'right';

/** A focusable thing on a plane: a tile (x = column, y = row) or a boundary shape (its centroid). */
export interface PlanePoint<Id extends string = string> {
  readonly id: Id;
  readonly x: number;
  readonly y: number;
}

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * The point an arrow key moves to: the nearest point strictly on that side, where drifting
 * sideways costs twice as much as moving along the arrow, so ArrowRight prefers the next tile in
 * the same row and only then steps to a diagonal one (도봉 → ArrowLeft → 강북). Returns undefined at
 * an edge, so focus stays put rather than wrapping to the other side of the city.
 */
export function nearestInDirection<Id extends string>(points: readonly PlanePoint<Id>[], fromId: Id, direction: Direction): Id | undefined {
  const from = points.find((p) => p.id === fromId);
  if (!from) return undefined;
  let best: { id: Id; score: number; along: number } | undefined;
  for (const point of points) {
    if (point.id === fromId) continue;
    const dx = point.x - from.x;
    const dy = point.y - from.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    if (along <= 1e-9) continue;
    const across = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    const score = along + 2 * across;
    if (!best || score < best.score - 1e-9 || (Math.abs(score - best.score) <= 1e-9 && along < best.along)) {
      best = { id: point.id, score, along };
    }
  }
  return best?.id;
}

/** Reading order (north to south, west to east): the order Home/End and the tab stop fallback use. */
export function readingOrder<Id extends string>(points: readonly PlanePoint<Id>[]): Id[] {
  return [...points].sort((a, b) => a.y - b.y || a.x - b.x).map((p) => p.id);
}

export const TILE_POINTS: readonly PlanePoint<DistrictId>[] = SEOUL_TILE_LAYOUT.map((t) => ({ id: t.id, x: t.column, y: t.row }));

/** Where focus goes from a tile for a key press; undefined when the key is not a navigation key or at an edge. */
export function tileForKey<Id extends string>(points: readonly PlanePoint<Id>[], fromId: Id, key: string): Id | undefined {
  if (key === 'Home') return readingOrder(points)[0];
  if (key === 'End') return readingOrder(points).at(-1);
  const direction = ARROW_DIRECTIONS[key];
  return direction ? nearestInDirection(points, fromId, direction) : undefined;
}
