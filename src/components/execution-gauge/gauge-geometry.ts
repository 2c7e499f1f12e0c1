import { arc } from 'd3-shape';

/**
 * Pure geometry of the execution gauge: where a rate and a pace marker sit on a semicircle or a
 * bar. d3-shape's `arc()` is used as a calculator only (no context → it returns an SVG path
 * string); the component renders the strings in a Lit `svg` template.
 *
 * Coordinates are centred on the circle's centre, so the SVG needs no transform: the viewBox runs
 * from (-HALF_WIDTH, -HALF_WIDTH) and the flat edge of the semicircle lies on y = 0. Angles follow
 * d3's convention: radians, 0 at twelve o'clock, clockwise; the gauge runs from -π/2 (0 %, left)
 * to +π/2 (100 %, right).
 */

export interface ArcOptions {
  /** Outer radius of the track, in viewBox units. */
  outerRadius: number;
  /** Width of the track ring. */
  thickness: number;
}

export const DEFAULT_ARC: Readonly<ArcOptions> = { outerRadius: 90, thickness: 18 };

/** Room around the ring for the pace marker's tip, which sits just outside the track. */
const MARGIN = 10;
/** Below the flat edge: enough for the marker's stroke at 0 % or 100 %. */
const BOTTOM_MARGIN = 4;

export const START_ANGLE = -Math.PI / 2;
export const END_ANGLE = Math.PI / 2;

/**
 * The part of a rate the graphic can show: 0–100. A rate above 100 % (spent > budget) fills the
 * gauge and no more — the number beside it still says the real rate. null/NaN (budget 0) is 0.
 */
export function clampPercent(value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, value));
}

/** 0 % → -π/2 (left), 50 % → 0 (top), 100 % → π/2 (right); out-of-range rates are clamped. */
export function percentToAngle(percent: number | null): number {
  return START_ANGLE + (clampPercent(percent) / 100) * Math.PI;
}

export interface Point {
  x: number;
  y: number;
}

/** The point at `angle` (d3 convention) and `radius` from the centre, in SVG coordinates (y down). */
export function pointAt(angle: number, radius: number): Point {
  return { x: tidy(radius * Math.sin(angle)), y: tidy(-radius * Math.cos(angle)) };
}

/** Two decimals are far below a pixel at any size the gauge is drawn; it keeps the DOM small. */
function tidy(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded; // no "-0" in attributes
}

/**
 * Rounds the numbers of d3's path strings as tidy() does (two decimals, no "-0"). d3-shape 3.2.0
 * has `arc.digits()`, but its typings (@types/d3-shape 3.1.8) do not, and it keeps three by default.
 */
export function tidyPath(path: string): string {
  return path.replace(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi, (number) => String(tidy(Number(number))));
}

const arcPath = arc();

function ringPath(startAngle: number, endAngle: number, options: ArcOptions): string {
  const path = arcPath({
    innerRadius: options.outerRadius - options.thickness,
    outerRadius: options.outerRadius,
    startAngle,
    endAngle,
  });
  return tidyPath(path ?? '');
}

export interface PaceMarkerGeometry {
  /** The pace in percent, clamped to 0–100. */
  percent: number;
  angle: number;
  /** A tick across the ring. */
  line: { x1: number; y1: number; x2: number; y2: number };
  /** A small triangle outside the ring pointing at the tick, so the marker is a shape, not only a colour. */
  tip: string;
}

export interface ArcGaugeGeometry {
  viewBox: string;
  /** Aspect ratio of the viewBox (width / height). The skeleton draws the same viewBox instead. */
  aspectRatio: number;
  /** The full semicircle. */
  track: string;
  /** The filled part, or null at 0 % (an empty path would still draw a hairline in some renderers). */
  indicator: string | null;
  /** Degrees the indicator is rotated back at the start of the sweep animation (its own length). */
  sweepDegrees: number;
  pace: PaceMarkerGeometry | null;
}

/** The semicircular gauge for a rate (may be null or above 100) and an optional pace in percent. */
export function arcGauge(rate: number | null, pace: number | null = null, options: ArcOptions = DEFAULT_ARC): ArcGaugeGeometry {
  const halfWidth = options.outerRadius + MARGIN;
  const height = halfWidth + BOTTOM_MARGIN;
  const percent = clampPercent(rate);
  const endAngle = percentToAngle(percent);
  return {
    viewBox: `${-halfWidth} ${-halfWidth} ${halfWidth * 2} ${height}`,
    aspectRatio: (halfWidth * 2) / height,
    track: ringPath(START_ANGLE, END_ANGLE, options),
    indicator: percent > 0 ? ringPath(START_ANGLE, endAngle, options) : null,
    sweepDegrees: tidy((percent / 100) * 180),
    pace: pace === null ? null : paceMarker(pace, options),
  };
}

function paceMarker(pace: number, options: ArcOptions): PaceMarkerGeometry {
  const percent = clampPercent(pace);
  const angle = percentToAngle(percent);
  const inner = pointAt(angle, options.outerRadius - options.thickness - 3);
  const outer = pointAt(angle, options.outerRadius + 1);
  // Triangle: apex touching the ring, base 8 units further out, 8 units wide along the tangent.
  const apex = pointAt(angle, options.outerRadius + 1);
  const baseCentre = pointAt(angle, options.outerRadius + 9);
  const tangent = { x: Math.cos(angle), y: Math.sin(angle) };
  const left = { x: tidy(baseCentre.x - 4 * tangent.x), y: tidy(baseCentre.y - 4 * tangent.y) };
  const right = { x: tidy(baseCentre.x + 4 * tangent.x), y: tidy(baseCentre.y + 4 * tangent.y) };
  return {
    percent,
    angle,
    line: { x1: inner.x, y1: inner.y, x2: outer.x, y2: outer.y },
    tip: `M${apex.x},${apex.y}L${left.x},${left.y}L${right.x},${right.y}Z`,
  };
}

export interface BarGaugeGeometry {
  /** Width of the fill as a percentage of the track (0–100). */
  fillPercent: number;
  /** Position of the pace tick as a percentage of the track, or null without pace. */
  pacePercent: number | null;
  /** The rate exceeds what the bar can show (spent > budget). */
  overflow: boolean;
}

export function barGauge(rate: number | null, pace: number | null = null): BarGaugeGeometry {
  return {
    fillPercent: clampPercent(rate),
    pacePercent: pace === null ? null : clampPercent(pace),
    overflow: rate !== null && Number.isFinite(rate) && rate > 100,
  };
}
