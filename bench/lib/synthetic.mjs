// The locator's scale test: the official dataset's shape (schema version, meta, departments, the 40
// facility types) with 5,000 generated facilities — random districts, types, names, addresses,
// opening hours and locations — from a fixed seed, so every run and machine sees the same data.
// It is validated with the library's own parseDataset before any page uses it.
import { readFileSync } from 'node:fs';

/** Deterministic PRNG (mulberry32): same seed, same dataset. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROAD_SUFFIXES = ['로', '길', '대로'];
const NAME_PARTS = ['행복', '꿈나무', '햇살', '푸른', '다정', '새싹', '한빛', '사랑', '으뜸', '누리', '별빛', '하늘', '모두의', '우리동네', '함께'];
const WEEKDAY_HOURS = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '18:00' };
const WEEKEND_HOURS = { days: ['sat'], opens: '10:00', closes: '15:00' };

/**
 * @param {object} official the official dataset (parsed JSON)
 * @param {{ DISTRICTS: readonly {id:string, ko:string, en:string}[] }} schema dist/schema.js
 */
export function syntheticDataset(official, schema, count = 5000, seed = 20240331) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const types = official.facilityTypes;
  const facilities = [];
  for (let i = 1; i <= count; i++) {
    const type = pick(types);
    // 2% citywide centres without a printed district, 1% outside Seoul, the rest in a 자치구.
    const roll = next();
    const district = roll < 0.02 || roll > 0.99 ? null : pick(schema.DISTRICTS);
    const serial = String(i).padStart(4, '0');
    const where = district ? district.ko : '서울';
    const facility = {
      id: `synthetic-${serial}`,
      name: { ko: `${where} ${pick(NAME_PARTS)} ${type.name.ko} ${1 + Math.floor(next() * 30)}호점`, en: `${district ? district.en : 'Seoul'} ${type.name.en} no. ${serial}` },
      type: type.id,
      district: district ? district.id : null,
      ...(roll < 0.02 ? { districtUnknown: true } : {}),
      address: `${where} ${pick(NAME_PARTS)}${pick(ROAD_SUFFIXES)} ${1 + Math.floor(next() * 400)}`,
      operator: `${pick(NAME_PARTS)}복지재단`,
      status: next() < 0.95 ? 'open' : 'planned',
      location: { lat: Math.round((37.43 + next() * 0.26) * 1e6) / 1e6, lon: Math.round((126.8 + next() * 0.38) * 1e6) / 1e6 },
    };
    if (next() < 0.6) facility.hours = { text: '평일 09:00~18:00, 토 10:00~15:00', weekly: [WEEKDAY_HOURS, WEEKEND_HOURS] };
    if (next() < 0.5) facility.phone = `02-${2000 + Math.floor(next() * 7000)}-${String(Math.floor(next() * 10000)).padStart(4, '0')}`;
    facilities.push(facility);
  }
  return {
    schemaVersion: official.schemaVersion,
    meta: { ...official.meta, notes: [`Synthetic benchmark data: ${count} generated facilities (seed ${seed}); not official figures.`] },
    departments: official.departments,
    facilityTypes: types,
    facilities,
  };
}

/** Builds the dataset and refuses to continue if the library's validator rejects it. */
export async function buildSyntheticDataset(officialPath, schemaModuleUrl, count = 5000) {
  const official = JSON.parse(readFileSync(officialPath, 'utf8'));
  const schema = await import(schemaModuleUrl);
  const dataset = syntheticDataset(official, schema, count);
  const result = schema.parseDataset(JSON.parse(JSON.stringify(dataset)));
  if (!result.ok) {
    const first = result.problems.slice(0, 5).map((p) => `${p.path} ${p.code}: ${p.message?.en ?? JSON.stringify(p)}`);
    throw new Error(`synthetic dataset is not schema-valid:\n  ${first.join('\n  ')}`);
  }
  return { dataset, warnings: result.warnings.length };
}
