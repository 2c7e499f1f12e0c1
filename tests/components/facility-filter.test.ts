import { expect } from '@open-wc/testing';
import { disassemble } from 'es-hangul';
import fc from 'fast-check';
import {
  buildFacilityIndex,
  distanceKm,
  filterFacilities,
  findFacilityType,
  placeOf,
  type FacilityCriteria,
  type FacilityIndex,
} from '../../src/components/facility-locator/facility-filter.js';
import { isOpenAt } from '../../src/components/facility-locator/opening-hours.js';
import { loadDataset, normalizeKey, OFFICIAL_DATASET_URL } from '../../src/data/index.js';
import { DISTRICTS, findDistrict, findDistrictLoosely, type DistrictId } from '../../src/schema/districts.js';
import type { Dataset, Facility, FacilityType } from '../../src/schema/types.js';

const kst = (isoLocal: string) => new Date(`${isoLocal}+09:00`);
const official = await loadDataset(OFFICIAL_DATASET_URL);
const officialIndex = buildFacilityIndex(official);
const names = (index: FacilityIndex, criteria: FacilityCriteria) => filterFacilities(index, criteria).matches.map((e) => e.facility.name.ko);

describe('facility filter — official dataset', () => {
  it('indexes all 91 facilities: 61 in a district, 영보자애원 outside Seoul, 29 with no district printed', () => {
    expect(officialIndex.entries).to.have.length(91);
    const places = officialIndex.entries.map((e) => e.place);
    expect(places.filter((p) => p === 'district')).to.have.length(61);
    expect(places.filter((p) => p === 'district-unknown')).to.have.length(29);
    const outside = officialIndex.entries.filter((e) => e.place === 'outside-seoul');
    expect(outside.map((e) => e.facility.name.ko)).to.deep.equal(['시립 영보자애원']);
    expect(officialIndex.hasLocations).to.be.false;
  });

  it('counts facilities per district for the tiles', () => {
    const result = filterFacilities(officialIndex);
    expect(result.districtCounts.size).to.equal(25);
    expect(result.districtCounts.get('gangseo')).to.equal(3);
    expect(result.districtCounts.get('dongjak')).to.equal(10);
    expect(result.districtCounts.get('geumcheon')).to.equal(2);
    expect(result.districtCounts.get('gwangjin')).to.equal(3);
    expect(result.districtCounts.get('songpa')).to.equal(0);
    const sum = [...result.districtCounts.values()].reduce((a, b) => a + b, 0);
    expect(sum).to.equal(61);
    expect(result.outsideSeoulCount).to.equal(1);
    expect(result.districtUnknownCount).to.equal(29);
  });

  it('금천구 lists the 서남권 직장맘지원센터 (가산디지털1로 120) and the 외국인노동자센터', () => {
    const result = filterFacilities(officialIndex, { district: 'geumcheon' });
    const byName = new Map(result.matches.map((e) => [e.facility.name.ko, e.facility]));
    expect([...byName.keys()]).to.have.members(['서남권 직장맘지원센터', '외국인노동자센터(금천)']);
    expect(byName.get('서남권 직장맘지원센터')!.address).to.contain('가산디지털1로 120');
  });

  it('광진구 includes 서울상상나라 at 능동로 216', () => {
    const result = filterFacilities(officialIndex, { district: 'gwangjin' });
    const museum = result.matches.find((e) => e.facility.name.ko === '서울상상나라');
    expect(museum?.facility.address).to.contain('능동로 216');
    expect(result.matches).to.have.length(3);
  });

  it('type counts follow the other filters (not the type filter itself)', () => {
    const geumcheon = filterFacilities(officialIndex, { district: 'geumcheon', types: ['kids-cafe'] });
    expect(geumcheon.matches).to.have.length(0);
    expect(geumcheon.typeCounts.get('working-moms-center')).to.equal(1);
    expect(geumcheon.typeCounts.get('foreign-workers-center')).to.equal(1);
    expect(geumcheon.typeCounts.get('kids-cafe')).to.equal(0);
    const all = filterFacilities(officialIndex, { types: ['kids-cafe'] });
    expect(all.typeCounts.get('working-moms-center')).to.equal(3);
    expect(all.typeCounts.get('foreign-workers-center')).to.equal(6);
    // District counts follow the type filter.
    expect(all.districtCounts.get('dongjak')).to.equal(1);
    expect(all.districtCounts.get('yangcheon')).to.equal(1);
    expect(all.districtCounts.get('geumcheon')).to.equal(0);
  });

  it('combines type and text filters', () => {
    expect(names(officialIndex, { types: ['kids-cafe'], query: '목동' })).to.deep.equal(['시립 목동점']);
    expect(names(officialIndex, { types: ['foreign-workers-center'], query: '강동' })).to.deep.equal(['외국인노동자센터(강동)']);
    expect(names(officialIndex, { types: ['working-moms-center', 'foreign-workers-center'], district: 'geumcheon' })).to.have.length(2);
    expect(names(officialIndex, { types: ['toy-library'], query: '목동' })).to.deep.equal([]);
  });

  it('matches Hangul initial consonants (es-hangul): ㅋㅈㅋㅍ finds the kids cafés', () => {
    const result = filterFacilities(officialIndex, { query: 'ㅋㅈㅋㅍ' });
    expect(result.matches).to.have.length(4);
    expect(result.matches.every((e) => e.facility.type === 'kids-cafe')).to.be.true;
    expect(names(officialIndex, { query: 'ㅈㄴㄱㄷㅅㄱ' })).to.deep.equal(['서울장난감도서관']);
    expect(names(officialIndex, { query: 'ㅅㅅㄴㄹ' })).to.deep.equal(['서울상상나라']);
  });

  it('matches mixed syllables and initials, and a syllable still being composed', () => {
    expect(names(officialIndex, { query: '장난ㄱ' })).to.deep.equal(['서울장난감도서관']);
    expect(names(officialIndex, { query: '서울ㅈㄴ' })).to.deep.equal(['서울장난감도서관']);
    // "장난가" is what an IME shows on the way to "장난감".
    expect(names(officialIndex, { query: '장난가' })).to.deep.equal(['서울장난감도서관']);
    expect(names(officialIndex, { query: '장난감' })).to.deep.equal(['서울장난감도서관']);
    expect(names(officialIndex, { query: '장난검' })).to.deep.equal([]);
  });

  it('handles a single syllable being composed, found or not', () => {
    // "가" as typed so far also matches 각, 간, 감 … ("가족", "1인가구").
    expect(names(officialIndex, { query: '가' })).to.include.members(['서울가족플라자', '1인가구지원센터(강서)']);
    expect(names(officialIndex, { query: '갸' })).to.deep.equal([]);
    expect(names(officialIndex, { query: 'ㄱ' }).length).to.be.greaterThan(50);
  });

  it('searches English names, addresses, operators and ignores spaces and case', () => {
    expect(names(officialIndex, { query: 'Toy LIBRARY' })).to.deep.equal(['서울장난감도서관']);
    expect(names(officialIndex, { query: '가산디지털1로' })).to.deep.equal(['서남권 직장맘지원센터']);
    expect(names(officialIndex, { query: '여성노동법률지원센터' })).to.deep.equal(['서남권 직장맘지원센터']);
    expect(names(officialIndex, { query: '능동로 216' })).to.deep.equal(['서울상상나라']);
    expect(names(officialIndex, { query: '외국인노동자' })).to.have.length(6);
    // Every token must match (AND), each anywhere.
    expect(names(officialIndex, { query: '외국인노동자 금천' })).to.deep.equal(['외국인노동자센터(금천)']);
  });

  it('filters "open now" at injected clock times', () => {
    // Saturday 12:00: 서울장난감도서관 (weekend 11:00~17:00) and the 24-hour 1366 centre.
    expect(names(officialIndex, { openNow: true, now: kst('2024-04-06T12:00') })).to.have.members(['서울장난감도서관', '여성긴급전화1366 서울센터']);
    // Monday 12:00: the toy library is closed.
    expect(names(officialIndex, { openNow: true, now: kst('2024-04-01T12:00') })).to.deep.equal(['여성긴급전화1366 서울센터']);
    // Tuesday 18:30: closed at the closing minute.
    expect(names(officialIndex, { openNow: true, now: kst('2024-04-02T18:30'), district: 'dongjak' })).to.deep.equal([]);
    expect(names(officialIndex, { openNow: true, now: kst('2024-04-02T18:29'), district: 'dongjak' })).to.deep.equal(['서울장난감도서관']);
  });

  it('lists facilities by place: districts in official order, then no district, then outside Seoul', () => {
    const places = officialIndex.entries.map((e) => e.districtId ?? e.place);
    expect(places[0]).to.equal('jongno');
    expect(places.at(-1)).to.equal('outside-seoul');
    const firstUnknown = places.indexOf('district-unknown');
    expect(places.slice(firstUnknown, -1).every((p) => p === 'district-unknown')).to.be.true;
  });
});

describe('facility filter — helpers', () => {
  it('findFacilityType: id, exact name (spaces ignored), or a shortened name only one type contains', () => {
    const types = official.facilityTypes;
    expect(findFacilityType(types, 'kids-cafe')?.id).to.equal('kids-cafe');
    expect(findFacilityType(types, '서울형키즈카페')?.id).to.equal('kids-cafe');
    expect(findFacilityType(types, '키즈카페')?.id).to.equal('kids-cafe');
    expect(findFacilityType(types, '장난감도서관')?.id).to.equal('toy-library');
    expect(findFacilityType(types, '센터')).to.equal(undefined); // in many names
    expect(findFacilityType(types, 'spaceport')).to.equal(undefined);
    expect(findFacilityType(types, ' ')).to.equal(undefined);
  });

  it('findDistrictLoosely reads districts as people write them; findDistrict (datasets) stays strict', () => {
    const cases: Array<[string, string | undefined]> = [
      ['gangseo', 'gangseo'],
      ['강서구', 'gangseo'],
      ['강서', 'gangseo'],
      ['중', 'jung'],
      ['중랑', 'jungnang'],
      ['Gangseo', 'gangseo'],
      ['gangseo-gu', 'gangseo'],
      ['서울특별시 강서구', 'gangseo'],
      ['서울 강서', 'gangseo'],
      ['강서 구', 'gangseo'],
      ['서울특별시 동 대문구', 'dongdaemun'],
      ['서울 특별시 강서구', 'gangseo'],
      ['강 서', 'gangseo'],
      ['1150000000', 'gangseo'],
      ['115001', undefined],
      ['11500abc', undefined],
      [' 11500 ', 'gangseo'],
      ['강', undefined],
      ['동', undefined],
      ['busan', undefined],
      ['', undefined],
    ];
    for (const [written, id] of cases) expect(findDistrictLoosely(written)?.id, written).to.equal(id);
    expect(findDistrict('강서')).to.equal(undefined);
  });

  it('placeOf: district ids and Korean names both resolve; null is outside Seoul unless flagged unknown', () => {
    const base: Facility = { id: 'x', name: { ko: 'x' }, type: 't', district: null };
    expect(placeOf({ ...base, district: 'gangseo' })).to.deep.equal({ place: 'district', districtId: 'gangseo' });
    expect(placeOf({ ...base, district: '강서구' })).to.deep.equal({ place: 'district', districtId: 'gangseo' });
    expect(placeOf({ ...base, address: '경기 용인시 처인구' })).to.deep.equal({ place: 'outside-seoul', districtId: null });
    expect(placeOf({ ...base })).to.deep.equal({ place: 'outside-seoul', districtId: null });
    expect(placeOf({ ...base, districtUnknown: true })).to.deep.equal({ place: 'district-unknown', districtId: null });
  });

  it('never counts a planned facility as open now', () => {
    const hours = (): Facility['hours'] => ({ text: '24시간', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '00:00', closes: '24:00' }] });
    const index = buildFacilityIndex({
      facilityTypes: [{ id: 't', name: { ko: '유형', en: 'Type' } }],
      facilities: [
        { id: 'a', name: { ko: '가' }, type: 't', district: 'jung', hours: hours(), status: 'open' },
        { id: 'b', name: { ko: '나' }, type: 't', district: 'jung', hours: hours(), status: 'planned' },
      ],
    });
    expect(filterFacilities(index, { openNow: true, now: kst('2024-04-02T12:00') }).matches.map((e) => e.facility.id)).to.deep.equal(['a']);
  });

  it('sorts by distance from an origin, facilities without a location last', () => {
    const index = buildFacilityIndex({
      facilityTypes: [{ id: 't', name: { ko: '유형', en: 'Type' } }],
      facilities: [
        { id: 'far', name: { ko: '가' }, type: 't', district: 'gangseo', location: { lat: 37.55, lon: 126.85 } },
        { id: 'none', name: { ko: '나' }, type: 't', district: 'jongno' },
        { id: 'near', name: { ko: '다' }, type: 't', district: 'songpa', location: { lat: 37.5145, lon: 127.1059 } },
      ],
    });
    const origin = { lat: 37.5133, lon: 127.1001 }; // 잠실
    const result = filterFacilities(index, { origin });
    expect(result.matches.map((e) => e.facility.id)).to.deep.equal(['near', 'far', 'none']);
    expect(result.distances.get('near')).to.be.closeTo(0.53, 0.05);
    expect(result.distances.has('none')).to.be.false;
  });

  it('distanceKm: Seoul City Hall to Gangnam station is about 8.8 km', () => {
    expect(distanceKm({ lat: 37.5663, lon: 126.9779 }, { lat: 37.4979, lon: 127.0276 })).to.be.closeTo(8.8, 0.3);
  });
});

// ——— 5,000 synthetic facilities, checked against a slow, independent reference implementation ———

const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const POOL = '가나다라마바사아자차카타파하서울강남북동센터관복지육아키즈카페도서장난감여성가족쌍글빙';

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function syntheticDataset(count: number): Pick<Dataset, 'facilities' | 'facilityTypes'> {
  const next = random(20240331);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const word = (length: number) => Array.from({ length }, () => pick([...POOL])).join('');
  const facilityTypes: FacilityType[] = ['키즈카페', '장난감도서관', '가족센터', '1인가구지원센터', '여성인력개발센터', '아동복지시설'].map((ko, i) => ({
    id: `type-${i}`,
    name: { ko, en: `Type ${i}` },
  }));
  const facilities: Facility[] = Array.from({ length: count }, (_, i) => {
    const roll = next();
    const district = roll < 0.9 ? pick(DISTRICTS) : null;
    const outside = roll >= 0.95;
    const facility: Facility = {
      id: `f-${i}`,
      name: { ko: `${word(2 + Math.floor(next() * 4))} ${pick(facilityTypes).name.ko} ${i}호점`, en: `Facility ${i}` },
      type: pick(facilityTypes).id,
      district: district?.id ?? null,
    };
    if (district && next() < 0.7) facility.address = `${district.ko} ${word(3)}로 ${Math.floor(next() * 300)}`;
    if (outside) facility.address = `경기 ${word(2)}시 ${word(2)}로 ${i}`;
    if (next() < 0.5) facility.operator = `(사)${word(4)}`;
    if (next() < 0.3) {
      const opens = `${String(6 + Math.floor(next() * 6)).padStart(2, '0')}:00`;
      const closes = next() < 0.1 ? '02:00' : `${String(15 + Math.floor(next() * 7)).padStart(2, '0')}:30`;
      facility.hours = { text: `${opens}~${closes}`, weekly: [{ days: next() < 0.5 ? ['mon', 'tue', 'wed', 'thu', 'fri'] : ['sat', 'sun'], opens, closes }] };
    }
    if (next() < 0.1) facility.status = 'planned';
    return facility;
  });
  return { facilities, facilityTypes };
}

/** Initial consonants, position by position: "서울장난감" → "ㅅㅇㅈㄴㄱ", other characters kept. */
function initialsOf(text: string): string {
  return text.replace(/[\uac00-\ud7a3]/g, (syllable) => CHOSEONG[Math.floor((syllable.charCodeAt(0) - 0xac00) / 588)]!);
}

/**
 * The reference the pattern matcher must agree with, written differently on purpose: position by
 * position, by code-point arithmetic and jamo strings rather than one regular expression. A lone
 * initial matches a syllable with that initial (or itself); the last character, if a syllable, is
 * still being typed, so its jamo only need to start the text's jamo at that point (this syllable and
 * the next); anything else matches exactly.
 */
function referenceMatches(token: string, field: string): boolean {
  const chars = [...token];
  const text = [...field];
  const isSyllable = (char: string) => char >= '\uac00' && char <= '\ud7a3';
  const at = (start: number) =>
    chars.every((char, i) => {
      const actual = text[start + i];
      if (actual === undefined) return false;
      if (CHOSEONG.includes(char)) return actual === char || initialsOf(actual) === char;
      if (i === chars.length - 1 && isSyllable(char)) return disassemble(actual + (text[start + i + 1] ?? '')).startsWith(disassemble(char)) && isSyllable(actual);
      return actual === char;
    });
  return text.some((_, start) => at(start));
}

function reference(data: Pick<Dataset, 'facilities' | 'facilityTypes'>, criteria: FacilityCriteria) {
  const types = new Map(data.facilityTypes.map((t) => [t.id, t]));
  const tokens = (criteria.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const ids = new Set<string>();
  const districtCounts = new Map<DistrictId, number>();
  const typeCounts = new Map<string, number>();
  for (const f of data.facilities) {
    const district = f.district ? findDistrict(f.district)!.id : null;
    const type = types.get(f.type)!;
    const fields = [f.name.ko, f.name.en, type.name.ko, type.name.en, f.address, f.operator, district && findDistrict(district)!.ko, district && findDistrict(district)!.en]
      .filter((x): x is string => Boolean(x))
      .map(normalizeKey);
    if (!tokens.every((token) => fields.some((field) => referenceMatches(token, field)))) continue;
    if (criteria.openNow && !((f.status ?? 'open') === 'open' && isOpenAt(f.hours, criteria.now!) === true)) continue;
    const typeOk = !criteria.types?.length || criteria.types.includes(f.type);
    const districtOk = !criteria.district || district === criteria.district;
    if (typeOk && district) districtCounts.set(district, (districtCounts.get(district) ?? 0) + 1);
    if (districtOk) typeCounts.set(f.type, (typeCounts.get(f.type) ?? 0) + 1);
    if (typeOk && districtOk) ids.add(f.id);
  }
  return { ids, districtCounts, typeCounts };
}

describe('facility filter — 5,000 synthetic facilities', () => {
  const data = syntheticDataset(5000);
  const index = buildFacilityIndex(data);

  it('indexes all 5,000 and returns them all without filters', () => {
    expect(index.entries).to.have.length(5000);
    const result = filterFacilities(index);
    expect(result.matches).to.have.length(5000);
    const inDistricts = [...result.districtCounts.values()].reduce((a, b) => a + b, 0);
    expect(inDistricts + result.outsideSeoulCount + result.districtUnknownCount).to.equal(5000);
    expect(result.outsideSeoulCount).to.be.greaterThan(0);
  });

  it('agrees with the reference on fixed queries (plain, initials, mixed, a syllable still being typed, regex characters)', () => {
    const now = kst('2024-04-02T12:00');
    const queries = ['센터', 'ㅅㅇ', '키즈ㅋ', '장난가', '킺', '키즈캎', '장난감도섯', '가족센', '가족셑', 'ㄱㅈ 1', '여성', '3호점', 'type 2', '강남구', 'ㅆㄱ', '키', '키ㅈ', 'ㅋ즈카', '서울ㅈㄴ', '(사)가', '.*가', '로 1', '[가'];
    for (const query of queries) {
      for (const criteria of [{ query }, { query, district: 'gangnam' as const }, { query, types: ['type-1', 'type-3'] }, { query, openNow: true, now }]) {
        const expected = reference(data, criteria);
        const actual = filterFacilities(index, criteria);
        expect(new Set(actual.matches.map((e) => e.facility.id)), JSON.stringify(criteria)).to.deep.equal(expected.ids);
      }
    }
  });

  it('agrees with the reference on random filters (property test), including facet counts', () => {
    const ids = data.facilities.map((f) => f.name.ko);
    const queryArb = fc
      .tuple(fc.constantFrom(...ids), fc.nat(), fc.integer({ min: 1, max: 4 }), fc.boolean())
      .map(([name, start, length, initials]) => {
        const compact = name.replace(/\s+/g, '');
        const from = start % compact.length;
        const piece = compact.slice(from, from + length);
        return initials ? initialsOf(piece) : piece;
      });
    fc.assert(
      fc.property(
        queryArb,
        fc.option(fc.constantFrom(...DISTRICTS.map((d) => d.id)), { nil: null }),
        fc.subarray(['type-0', 'type-1', 'type-2', 'type-3', 'type-4', 'type-5']),
        fc.boolean(),
        fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true }),
        (query, district, types, openNow, now) => {
          const criteria: FacilityCriteria = { query, district, types, openNow, now };
          const expected = reference(data, criteria);
          const actual = filterFacilities(index, criteria);
          expect(new Set(actual.matches.map((e) => e.facility.id))).to.deep.equal(expected.ids);
          for (const d of DISTRICTS) expect(actual.districtCounts.get(d.id)).to.equal(expected.districtCounts.get(d.id) ?? 0);
          for (const t of index.typeIds) expect(actual.typeCounts.get(t)).to.equal(expected.typeCounts.get(t) ?? 0);
        },
      ),
      { numRuns: 150, seed: 7 },
    );
  });

  it('keeps list order stable under filtering (a filtered list is a subsequence of the full list)', () => {
    const all = filterFacilities(index).matches.map((e) => e.facility.id);
    const some = filterFacilities(index, { query: 'ㅅ' }).matches.map((e) => e.facility.id);
    const positions = some.map((id) => all.indexOf(id));
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
  });
});
