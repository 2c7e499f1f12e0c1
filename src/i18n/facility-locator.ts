import { enBesideScript } from './en.js';
import { koBesideScript } from './ko.js';
import { defineLabels, type EnglishWords, type Widen } from './labels.js';

/** Labels of `<wfp-facility-locator>`. Counts arrive already formatted ("4,330"), with the raw number for plurals. */
const ko = {
  title: '여성가족 시설 찾기',
  mapHeading: '자치구별 시설 수',
  /** The map's keys, its description (a screen reader in browse mode takes arrows for itself). */
  mapKeys: '화살표 키로 이웃 자치구로, Home·End 키로 처음·마지막 자치구로 옮겨 가고, Enter·Space 키로 고릅니다.',
  tileName: (district: string, count: string, _n: number) => `${district}, 시설 ${count}곳`,
  /**
   * A district's name on a small tile (its accessible name keeps the full one): Korean tile maps drop
   * 구 (not from 중구, which would read "중"); the widget shows it again where tiles are large enough.
   */
  tileShortName: (_id: string, name: string) => (name.length > 2 && name.endsWith('구') ? name.slice(0, -1) : name),
  legendLow: '적음',
  legendHigh: '많음',
  // Not "darker": in the dark and high-contrast themes more facilities is a lighter, brighter tile.
  legendCaption: '색이 강할수록(범례의 많음 쪽) 조건에 맞는 시설이 많습니다. 숫자는 시설 수입니다.',
  notOnMap: (outside: string, unknown: string) =>
    `지도에 표시하지 않는 시설: ${[outside && `서울 외 ${outside}곳`, unknown && `자치구 미표기 ${unknown}곳`].filter(Boolean).join(', ')}`,
  outsideSeoul: '서울 외',
  districtUnknown: '자치구 미표기',
  searchLabel: '시설 검색',
  searchHint: '이름·주소·운영기관으로 찾습니다. 초성(예: ㅋㅈㅋㅍ)으로도 찾을 수 있습니다.',
  openNowLabel: '지금 운영 중인 곳만',
  openNowHint: '요일별 운영시간이 등록된 시설만 판단하며, 나머지 시설은 목록에서 빠집니다(서울 시각 기준).',
  typesLegend: '시설 유형',
  typeCount: (_n: number) => '곳',
  showAllTypes: (count: string) => `유형 모두 보기 (${count}개)`,
  showFewerTypes: '유형 접기',
  clearTypes: '유형 선택 해제',
  resultCount: (count: string, _n: number, district: string | null) => (district ? `${district} 시설 ${count}곳` : `시설 ${count}곳`),
  groupHeading: (name: string, count: string, _n: number) => `${name} · ${count}곳`,
  nearestFirst: '가까운 순',
  emptyInDistrict: (district: string) => `${district}에는 조건에 맞는 시설이 없습니다`,
  showAllSeoul: '서울 전체 보기',
  emptyAll: '조건에 맞는 시설이 없습니다',
  clearFilters: '조건 초기화',
  noFacilities: '이 데이터에는 시설 목록이 없습니다.',
  showMore: (shown: string, total: string) => `더 보기 (${total}곳 중 ${shown}곳 표시)`,
  fields: {
    type: '유형',
    district: '자치구',
    address: '주소',
    operator: '운영기관',
    hours: '운영시간',
    phone: '전화',
    programs: '관련 사업',
    capacity: '정원',
    distance: '거리',
  },
  capacity: (count: string, _n: number) => `${count}명`,
  copyAddress: '주소 복사',
  copyAddressOf: (name: string) => `${name} 주소 복사`,
  copied: (name: string) => `${name} 주소를 복사했습니다.`,
  copyFailed: '주소를 복사하지 못했습니다. 주소를 직접 선택해 복사하세요.',
  openNow: '지금 운영 중',
  closedNow: '지금은 운영하지 않음',
  status: { planned: '개소 예정', 'under-construction': '조성 중' },
  nearMe: '내 위치에서 가까운 순',
  locating: '위치를 확인하는 중입니다…',
  located: '가까운 순으로 정렬했습니다.',
  locationUnavailable: '위치를 확인할 수 없습니다. 브라우저의 위치 권한을 확인하세요.',
  distance: (km: string) => `${km}km`,
  citywideHeading: '서울시 전체 시설 수 (총계)',
  citywideNote: '보고서가 개별 위치 없이 서울 전체 합계만 밝힌 시설입니다. 지도와 목록에는 표시하지 않습니다.',
  boundariesLoading: '자치구 경계를 불러오는 중입니다',
  boundariesMissing: '경계 데이터에 없는 자치구',
  boundariesFallback: '자치구 경계를 그릴 수 없어 타일 지도로 표시합니다.',
  someTypesNotApplied: '일부 시설 유형을 적용하지 못했습니다',
  boundaryErrors: {
    'not-geojson': (source: string) => `경계 데이터(${source})가 GeoJSON FeatureCollection이나 TopoJSON이 아닙니다.`,
    'no-districts': (source: string) =>
      `경계 데이터(${source})의 어떤 지형도 서울 자치구를 가리키지 않습니다. properties에 자치구 id·코드·이름(id, code, name, SIG_CD, SIG_KOR_NM, SIG_ENG_NM 중 하나)을 넣으세요.`,
    http: (source: string, status: number) => `경계 데이터(${source})를 받지 못했습니다 (HTTP ${status}).`,
    network: (source: string) => `경계 데이터(${source})에 연결하지 못했습니다.`,
    json: (source: string) => `경계 데이터(${source})가 올바른 JSON이 아닙니다.`,
    /** The code that draws boundaries (a file beside the CDN script, a chunk in npm builds) did not load. */
    module: () =>
      `자치구 경계를 그리는 파일을 불러오지 못했습니다. ${__WFP_CDN__ ? koBesideScript('wfp-boundaries.js') : '네트워크 연결을 확인한 뒤 페이지를 새로 고치세요.'}`,
  },
  unknownDistrict: (value: string, valid: string) => `알 수 없는 자치구 "${value}"입니다. 다음 중 하나를 쓰세요: ${valid}`,
  unknownTypes: (values: readonly string[], valid: string) => `알 수 없는 시설 유형 ${values.join(', ')}입니다. 다음 중에서 id나 이름을 쓰세요: ${valid}`,
} as const;

/** The English words error events and attribute parsing need on every page, whatever its language. */
const always = {
  boundaryErrors: {
    'not-geojson': (source) => `The boundary data (${source}) is not a GeoJSON FeatureCollection or TopoJSON topology.`,
    'no-districts': (source) =>
      `No feature in the boundary data (${source}) names a Seoul district. Put the district id, code or name in its properties (one of id, code, name, SIG_CD, SIG_KOR_NM, SIG_ENG_NM).`,
    http: (source, status) => `The boundary data (${source}) could not be fetched (HTTP ${status}).`,
    network: (source) => `The boundary data (${source}) could not be reached.`,
    json: (source) => `The boundary data (${source}) is not valid JSON.`,
    module: () =>
      `The file that draws district boundaries could not be loaded. ${__WFP_CDN__ ? enBesideScript('wfp-boundaries.js') : 'Check the network connection, then reload the page.'}`,
  },
  unknownDistrict: (value, valid) => `Unknown district "${value}". Use one of: ${valid}`,
  unknownTypes: (values, valid) => `Unknown facility ${values.length === 1 ? 'type' : 'types'} ${values.join(', ')}. Use an id or a name from: ${valid}`,
} satisfies Partial<Widen<typeof ko>>;

/** The rest of the English words, in src/i18n/en/facility-locator.ts: loaded only on English pages. */
export type FacilityLocatorEnglish = EnglishWords<typeof ko, keyof typeof always>;

export const facilityLocatorLabels = defineLabels(ko, always, (english) => english.facilityLocator);

export type FacilityLocatorLabels = (typeof facilityLocatorLabels)['ko'];
