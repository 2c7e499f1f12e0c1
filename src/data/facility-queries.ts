/**
 * Facility look-ups of the data API. Kept apart from queries.ts because they need the 25-district
 * table: a widget that imports a query from queries.ts (the gauge, the staffing table) would
 * otherwise pull that table into its bundle — 0.6 kB gzip each, measured with scripts/check-size.mjs.
 */
import { findDistrictLoosely, type District } from '../schema/districts.js';
import type { Dataset, Facility } from '../schema/types.js';
import { normalizeKey } from './queries.js';

/** A facility by id or exact Korean name (inner spaces ignored). */
export function findFacility(dataset: Dataset, key: string): Facility | undefined {
  const wanted = normalizeKey(key);
  return dataset.facilities.find((f) => f.id === key || normalizeKey(f.name.ko) === wanted);
}

/**
 * Facilities in a district, written as the locator's `district` attribute takes it (`gangseo`, `강서구`,
 * `강서`, `Gangseo`, `11500`); `null` asks for those outside Seoul (not those whose district is unknown).
 */
export function facilitiesIn(dataset: Dataset, district: string | null): Facility[] {
  if (district === null) return dataset.facilities.filter((f) => f.district === null && !f.districtUnknown);
  const found: District | undefined = findDistrictLoosely(district);
  return found ? dataset.facilities.filter((f) => f.district === found.id) : [];
}

export function facilitiesOfType(dataset: Dataset, type: string): Facility[] {
  return dataset.facilities.filter((f) => f.type === type);
}
