import { hangulSearchPattern } from '../../internal/hangul-search.js';
import { normalizeKey } from '../../data/queries.js';
import { DISTRICTS, findDistrict, type DistrictId } from '../../schema/districts.js';
import type { Dataset, Facility, FacilityType, OpeningHours } from '../../schema/types.js';
import { isOpenAtClock, seoulClock } from './opening-hours.js';

/**
 * Where a facility belongs on the map:
 * - `district`: one of the 25 자치구 — counted on its tile;
 * - `outside-seoul`: `district: null` — outside Seoul (영보자애원, 경기 용인시) — listed under
 *   "서울 외", never on a tile;
 * - `district-unknown`: `district: null` with `districtUnknown: true`. The report names many
 *   citywide centres without printing where they are; calling those "outside Seoul" would be wrong.
 */
export type FacilityPlace = 'district' | 'outside-seoul' | 'district-unknown';

export interface IndexedFacility {
  readonly facility: Facility;
  readonly districtId: DistrictId | null;
  readonly place: FacilityPlace;
  /** Searchable fields, normalized (NFC, lower case, no spaces), joined by a separator no query contains. */
  readonly haystack: string;
  /** Structured hours of a facility that is operating (planned sites are never "open now"). */
  readonly weekly: NonNullable<OpeningHours['weekly']> | null;
}

/** Built once per dataset; every keystroke then filters in one pass without re-normalizing text. */
export interface FacilityIndex {
  /** In list order: district (official code order), then 자치구 미표기, then 서울 외; by name within. */
  readonly entries: readonly IndexedFacility[];
  readonly typeIds: readonly string[];
  /** Whether any facility carries a location (the "near me" control exists only then). */
  readonly hasLocations: boolean;
}

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

export interface FacilityCriteria {
  readonly district?: DistrictId | null;
  /** Facility type ids; empty means every type. */
  readonly types?: readonly string[];
  readonly query?: string;
  readonly openNow?: boolean;
  /** The moment "open now" refers to (defaults to the current time). */
  readonly now?: Date;
  /** Sort by distance from here (facilities without a location go last). */
  readonly origin?: GeoPoint | null;
}

export interface FilterResult {
  readonly matches: readonly IndexedFacility[];
  /** Kilometres from `origin`, for matches that have a location. */
  readonly distances: ReadonlyMap<string, number>;
  /** Per district: matches of every filter except the district (what the tiles show). */
  readonly districtCounts: ReadonlyMap<DistrictId, number>;
  /** Per type: matches of every filter except the types (what the type chips show). */
  readonly typeCounts: ReadonlyMap<string, number>;
  /** Matches of every filter except the district that are in no district, by place. */
  readonly outsideSeoulCount: number;
  readonly districtUnknownCount: number;
}

const FIELD_SEPARATOR = '\u0001';
/**
 * A facility type as a webmaster writes it in `types`: an id, an exact Korean or English name (spaces
 * ignored), or a shortened name that only one type contains ("키즈카페" for 서울형 키즈카페), as
 * readers shorten names. A part several names contain ("센터") finds nothing.
 */
export function findFacilityType(types: readonly FacilityType[], key: string): FacilityType | undefined {
  const wanted = normalizeKey(key);
  const names = (type: FacilityType) => [normalizeKey(type.name.ko), normalizeKey(type.name.en ?? '')];
  const exact = types.find((type) => type.id === key || names(type).includes(wanted));
  if (exact || !wanted) return exact;
  const containing = types.filter((type) => names(type).some((name) => name.includes(wanted)));
  return containing.length === 1 ? containing[0] : undefined;
}

const DISTRICT_ORDER = new Map<string, number>(DISTRICTS.map((d, index) => [d.id, index]));
export function placeOf(facility: Facility): { place: FacilityPlace; districtId: DistrictId | null } {
  const district = facility.district === null ? undefined : findDistrict(facility.district);
  if (district) return { place: 'district', districtId: district.id };
  if (facility.districtUnknown) return { place: 'district-unknown', districtId: null };
  return { place: 'outside-seoul', districtId: null };
}

const PLACE_ORDER: Record<FacilityPlace, number> = { district: 0, 'district-unknown': 1, 'outside-seoul': 2 };
const collator = new Intl.Collator('ko');

export function buildFacilityIndex(dataset: Pick<Dataset, 'facilities' | 'facilityTypes'>): FacilityIndex {
  const typeNames = new Map(dataset.facilityTypes.map((t) => [t.id, t.name]));
  const entries: IndexedFacility[] = dataset.facilities.map((facility) => {
    const { place, districtId } = placeOf(facility);
    const district = districtId ? DISTRICTS[DISTRICT_ORDER.get(districtId)!] : undefined;
    const typeName = typeNames.get(facility.type);
    const fields = [
      facility.name.ko,
      facility.name.en,
      typeName?.ko,
      typeName?.en,
      facility.address,
      facility.operator,
      district?.ko,
      district?.en,
    ];
    const haystack = fields
      .filter((field): field is string => Boolean(field))
      .map(normalizeKey)
      .join(FIELD_SEPARATOR);
    const operating = facility.status === undefined || facility.status === 'open';
    return {
      facility,
      districtId,
      place,
      haystack,
      weekly: operating && facility.hours?.weekly?.length ? facility.hours.weekly : null,
    };
  });
  entries.sort(
    (a, b) =>
      PLACE_ORDER[a.place] - PLACE_ORDER[b.place] ||
      (DISTRICT_ORDER.get(a.districtId ?? '') ?? 0) - (DISTRICT_ORDER.get(b.districtId ?? '') ?? 0) ||
      collator.compare(a.facility.name.ko, b.facility.name.ko),
  );
  return {
    entries,
    typeIds: dataset.facilityTypes.map((t) => t.id),
    hasLocations: dataset.facilities.some((f) => f.location !== undefined),
  };
}

/**
 * Splits on spaces; each token must match somewhere (in any field), read the way Korean readers type
 * (initial consonants, the syllable still being composed: src/internal/hangul-search.ts). One pattern
 * per token per keystroke, one native regex scan per facility.
 */
export function queryPatterns(query: string): RegExp[] {
  return query
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map(hangulSearchPattern);
}

/** Great-circle distance in kilometres (haversine; plenty for "which centre is nearer"). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Filters in a single pass and counts facets on the way: each facility is tested once against the
 * query and the clock, then tallied for the tiles (ignoring the district filter), for the type
 * chips (ignoring the type filter) and for the list (all filters).
 */
export function filterFacilities(index: FacilityIndex, criteria: FacilityCriteria = {}): FilterResult {
  const district = criteria.district ?? null;
  const types = criteria.types && criteria.types.length > 0 ? new Set(criteria.types) : null;
  const patterns = queryPatterns(criteria.query ?? '');
  const clock = criteria.openNow ? seoulClock(criteria.now ?? new Date()) : null;

  const matches: IndexedFacility[] = [];
  const districtCounts = new Map<DistrictId, number>(DISTRICTS.map((d) => [d.id, 0]));
  const typeCounts = new Map<string, number>(index.typeIds.map((id) => [id, 0]));
  let outsideSeoulCount = 0;
  let districtUnknownCount = 0;

  for (const entry of index.entries) {
    if (clock && !(entry.weekly && isOpenAtClock(entry.weekly, clock))) continue;
    if (patterns.length > 0 && !patterns.every((pattern) => pattern.test(entry.haystack))) continue;
    const typeOk = types === null || types.has(entry.facility.type);
    const districtOk = district === null || entry.districtId === district;
    if (typeOk) {
      if (entry.districtId) districtCounts.set(entry.districtId, (districtCounts.get(entry.districtId) ?? 0) + 1);
      else if (entry.place === 'outside-seoul') outsideSeoulCount += 1;
      else districtUnknownCount += 1;
    }
    if (districtOk) typeCounts.set(entry.facility.type, (typeCounts.get(entry.facility.type) ?? 0) + 1);
    if (typeOk && districtOk) matches.push(entry);
  }

  const distances = new Map<string, number>();
  const origin = criteria.origin;
  if (origin) {
    for (const entry of matches) {
      const location = entry.facility.location;
      if (location) distances.set(entry.facility.id, distanceKm(origin, location));
    }
    // Stable sort: facilities without a location keep list order, after every located one.
    matches.sort((a, b) => {
      const da = distances.get(a.facility.id) ?? Infinity;
      const db = distances.get(b.facility.id) ?? Infinity;
      return da === db ? 0 : da < db ? -1 : 1;
    });
  }

  return { matches, distances, districtCounts, typeCounts, outsideSeoulCount, districtUnknownCount };
}
