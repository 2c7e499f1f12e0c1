/**
 * Real district boundaries, drawn only when a page supplies them (the kit ships no boundary data).
 * This module is imported with `import()` the first time boundaries are used, so pages that stay
 * with the tile map never download d3-geo or topojson-client.
 */
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { feature as topologyFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { DISTRICT_IDS, findDistrictLoosely, type DistrictId } from '../../schema/districts.js';

/** Property keys that commonly carry a district's id, code or name (SGIS / 통계청 files use SIG_*). */
export const DISTRICT_PROPERTY_KEYS = ['id', 'code', 'name', 'SIG_CD', 'SIG_KOR_NM', 'SIG_ENG_NM', 'sig_cd', 'sig_kor_nm', 'sig_eng_nm', 'name_eng', 'adm_cd', 'ADM_CD'] as const;

export interface BoundaryShape {
  readonly districtId: DistrictId;
  /** SVG path data in the map's own coordinates. */
  readonly path: string;
  /** Label and keyboard-navigation anchor. */
  readonly centroid: readonly [number, number];
  /** Size of the shape's bounding box: whether the district's name fits on it. */
  readonly width: number;
  readonly height: number;
}

export interface BoundaryMap {
  readonly width: number;
  readonly height: number;
  /** One shape per district found (several features of one district are merged). */
  readonly shapes: readonly BoundaryShape[];
  /** Features that name no Seoul district (neighbouring cities, the river): drawn as context only. */
  readonly context: readonly string[];
  /** Districts the file does not cover. */
  readonly missing: readonly DistrictId[];
}

/** Why boundaries cannot be drawn; the widget keeps its tile map and says this. */
export class BoundaryInputError extends Error {
  override readonly name = 'BoundaryInputError';
  constructor(readonly reason: 'not-geojson' | 'no-districts') {
    super(reason === 'not-geojson' ? 'not a GeoJSON FeatureCollection or TopoJSON Topology' : 'no feature names a Seoul district');
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** GeoJSON FeatureCollection, a single Feature, or TopoJSON (its largest object) → FeatureCollection. */
export function toFeatureCollection(input: unknown): FeatureCollection {
  if (!isRecord(input)) throw new BoundaryInputError('not-geojson');
  if (input['type'] === 'FeatureCollection' && Array.isArray(input['features'])) return input as unknown as FeatureCollection;
  if (input['type'] === 'Feature') return { type: 'FeatureCollection', features: [input as unknown as Feature] };
  if (input['type'] === 'Topology' && isRecord(input['objects'])) {
    const topology = input as unknown as Topology;
    const objects = Object.values(topology.objects);
    const largest = objects.sort((a, b) => geometryCount(b) - geometryCount(a))[0];
    if (!largest) throw new BoundaryInputError('not-geojson');
    const converted = topologyFeature(topology, largest) as Feature | FeatureCollection;
    return converted.type === 'FeatureCollection' ? converted : { type: 'FeatureCollection', features: [converted] };
  }
  throw new BoundaryInputError('not-geojson');
}

function geometryCount(object: unknown): number {
  return isRecord(object) && Array.isArray(object['geometries']) ? object['geometries'].length : 1;
}

/** Which district a feature is: `feature.id` or a common property holding an id, 5-digit code or Korean/English name. */
export function districtOfFeature(feature: Feature): DistrictId | undefined {
  const candidates: unknown[] = [feature.id, ...DISTRICT_PROPERTY_KEYS.map((key) => feature.properties?.[key])];
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' && typeof candidate !== 'number') continue;
    const value = String(candidate).trim();
    const district = findDistrictLoosely(value);
    if (district) return district.id;
  }
  return undefined;
}

function reverseRings(rings: Position[][]): Position[][] {
  return rings.map((ring) => [...ring].reverse());
}

/**
 * d3-geo reads polygons on the sphere, where a ring's winding says which side is inside. Files
 * written to RFC 7946 wind the other way round from what d3 expects, and d3 would then fill the
 * whole globe except the district. A district is far smaller than a hemisphere, so any polygon
 * whose area exceeds one is rewound.
 */
export function rewindForD3(geometry: Geometry): Geometry {
  const fix = (rings: Position[][]): Position[][] => {
    const polygon: Polygon = { type: 'Polygon', coordinates: rings };
    return geoArea(polygon) > 2 * Math.PI ? reverseRings(rings) : rings;
  };
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: fix(geometry.coordinates) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map(fix) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map(rewindForD3) };
    default:
      return geometry;
  }
}

/** A little room so borders and focus rings are not clipped at the edge of the SVG. */
const PADDING = 4;

/**
 * Projects the boundaries with a Mercator projection fitted to the given width (the container's);
 * the height follows the city's shape, up to a square. Features of the same district are merged into one shape.
 */
export function layoutBoundaries(input: unknown, width: number): BoundaryMap {
  const collection = toFeatureCollection(input);
  const features = collection.features
    .filter((f): f is Feature<Geometry> => isRecord(f) && isRecord(f.geometry))
    .map((f) => ({ ...f, geometry: rewindForD3(f.geometry) }));
  const byDistrict = new Map<DistrictId, Feature[]>();
  const others: Feature[] = [];
  for (const feature of features) {
    const districtId = districtOfFeature(feature);
    if (districtId) byDistrict.set(districtId, [...(byDistrict.get(districtId) ?? []), feature]);
    else others.push(feature);
  }
  if (byDistrict.size === 0) throw new BoundaryInputError('no-districts');

  // Fit to the districts only, so a file that also holds Gyeonggi-do does not shrink Seoul.
  const districtFeatures: FeatureCollection = { type: 'FeatureCollection', features: [...byDistrict.values()].flat() };
  const innerWidth = Math.max(1, width - 2 * PADDING);
  const projection = geoMercator().fitWidth(innerWidth, districtFeatures);
  projection.translate([projection.translate()[0] + PADDING, projection.translate()[1] + PADDING]);
  let path = geoPath(projection);
  let [, [, maxY]] = path.bounds(districtFeatures);
  // Seoul is wider than tall; a file of a few districts may not be. Never taller than the container is wide.
  const maxHeight = Math.max(width, 2 * PADDING + 1);
  if (maxY + PADDING > maxHeight) {
    projection.fitExtent(
      [
        [PADDING, PADDING],
        [width - PADDING, maxHeight - PADDING],
      ],
      districtFeatures,
    );
    path = geoPath(projection);
    maxY = maxHeight - PADDING;
  }

  const shapes: BoundaryShape[] = [];
  for (const [districtId, parts] of byDistrict) {
    const merged: FeatureCollection = { type: 'FeatureCollection', features: parts };
    const d = path(merged);
    if (!d) continue;
    const [x, y] = path.centroid(merged);
    const [[left, top], [right, bottom]] = path.bounds(merged);
    shapes.push({ districtId, path: d, centroid: [x, y], width: right - left, height: bottom - top });
  }
  const covered = new Set(shapes.map((s) => s.districtId));
  const missing = DISTRICT_IDS.filter((id) => !covered.has(id));
  return {
    width,
    height: Math.ceil(maxY + PADDING),
    shapes,
    context: others.map((f) => path(f)).filter((d): d is string => Boolean(d)),
    missing,
  };
}
