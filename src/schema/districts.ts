import type { Locale } from '../i18n/locale-name.js';

/**
 * Seoul's 25 autonomous districts (자치구), with their standard 5-digit administrative codes.
 * Datasets refer to districts by `id`; widgets show `ko` / `en`. Order is the official code order.
 */
export const DISTRICTS = [
  { id: 'jongno', ko: '종로구', en: 'Jongno-gu', code: '11110' },
  { id: 'jung', ko: '중구', en: 'Jung-gu', code: '11140' },
  { id: 'yongsan', ko: '용산구', en: 'Yongsan-gu', code: '11170' },
  { id: 'seongdong', ko: '성동구', en: 'Seongdong-gu', code: '11200' },
  { id: 'gwangjin', ko: '광진구', en: 'Gwangjin-gu', code: '11215' },
  { id: 'dongdaemun', ko: '동대문구', en: 'Dongdaemun-gu', code: '11230' },
  { id: 'jungnang', ko: '중랑구', en: 'Jungnang-gu', code: '11260' },
  { id: 'seongbuk', ko: '성북구', en: 'Seongbuk-gu', code: '11290' },
  { id: 'gangbuk', ko: '강북구', en: 'Gangbuk-gu', code: '11305' },
  { id: 'dobong', ko: '도봉구', en: 'Dobong-gu', code: '11320' },
  { id: 'nowon', ko: '노원구', en: 'Nowon-gu', code: '11350' },
  { id: 'eunpyeong', ko: '은평구', en: 'Eunpyeong-gu', code: '11380' },
  { id: 'seodaemun', ko: '서대문구', en: 'Seodaemun-gu', code: '11410' },
  { id: 'mapo', ko: '마포구', en: 'Mapo-gu', code: '11440' },
  { id: 'yangcheon', ko: '양천구', en: 'Yangcheon-gu', code: '11470' },
  { id: 'gangseo', ko: '강서구', en: 'Gangseo-gu', code: '11500' },
  { id: 'guro', ko: '구로구', en: 'Guro-gu', code: '11530' },
  { id: 'geumcheon', ko: '금천구', en: 'Geumcheon-gu', code: '11545' },
  { id: 'yeongdeungpo', ko: '영등포구', en: 'Yeongdeungpo-gu', code: '11560' },
  { id: 'dongjak', ko: '동작구', en: 'Dongjak-gu', code: '11590' },
  { id: 'gwanak', ko: '관악구', en: 'Gwanak-gu', code: '11620' },
  { id: 'seocho', ko: '서초구', en: 'Seocho-gu', code: '11650' },
  { id: 'gangnam', ko: '강남구', en: 'Gangnam-gu', code: '11680' },
  { id: 'songpa', ko: '송파구', en: 'Songpa-gu', code: '11710' },
  { id: 'gangdong', ko: '강동구', en: 'Gangdong-gu', code: '11740' },
] as const;

export type District = (typeof DISTRICTS)[number];
export type DistrictId = District['id'];

// Pure and lazy on purpose: a module-level loop would count as a side effect, and bundlers would then
// keep the 25-district table in every widget that imports anything from here (the staffing table
// needs none of it).
export const DISTRICT_IDS: readonly DistrictId[] = /* @__PURE__ */ DISTRICTS.map((district) => district.id);

let byKey: Map<string, District> | undefined;

/** Finds a district by id (`gangseo`), Korean name (`강서구`), English name or code. */
export function findDistrict(key: string | null | undefined): District | undefined {
  if (!key) return undefined;
  if (!byKey) {
    byKey = new Map();
    for (const district of DISTRICTS) {
      for (const k of [district.id, district.ko, district.en.toLowerCase(), district.code]) byKey.set(k, district);
    }
  }
  const trimmed = key.trim();
  return byKey.get(trimmed) ?? byKey.get(trimmed.toLowerCase());
}

/**
 * The valid values an error message lists for a `district` attribute nothing matched:
 * "jongno (종로구), jung (중구), …" with the names in the message's language.
 */
export function validDistrictsText(locale: Locale): string {
  return DISTRICTS.map((d) => `${d.id} (${locale === 'ko' ? d.ko : d.en})`).join(', ');
}

export function isDistrictId(value: unknown): value is DistrictId {
  return typeof value === 'string' && (DISTRICT_IDS as readonly string[]).includes(value);
}

/**
 * Finds a district the way people write it in an attribute or a GeoJSON property — everything
 * `findDistrict` takes, and also the short Korean name the locator's small tiles print (`강서`), the
 * English name without `-gu` (`Gangseo`), a name with the city in front (`서울특별시 강서구`) or with
 * a stray space (`강서 구`), and a 10-digit administrative code. Datasets keep the strict
 * `findDistrict` (ids, full names, codes).
 */
export function findDistrictLoosely(key: string | null | undefined): District | undefined {
  const value = key?.trim();
  if (!value) return undefined;
  // A stray space inside a Korean name (강서 구, 서울 특별시) is dropped first; then the city in
  // front, which is not the district (no district's name starts with 시 or 특).
  const withoutCity = value.replace(/([가-힣])\s+(?=[가-힣])/g, '$1').replace(/^서울(?:특별시|시)?\s*/, '');
  return (
    findDistrict(value) ??
    findDistrict(withoutCity) ??
    (/^11\d{8}$/.test(value) ? findDistrict(value.slice(0, 5)) : undefined) ??
    findDistrict(`${withoutCity}구`) ??
    findDistrict(`${value}-gu`)
  );
}
