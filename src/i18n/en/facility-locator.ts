import type { FacilityLocatorEnglish } from '../facility-locator.js';

/** English nouns take a plural; Korean counts do not. */
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/**
 * Romanized names by syllable (·), which become soft hyphens: a phone's 40 px tile then breaks
 * "Yeong-deung-po", never "Yeongdeu-ngpo" or "Dobo-ng". Checked against the district table in tests.
 */
const TILE_SYLLABLES: Readonly<Record<string, string>> = {
  jongno: 'Jong·no', jung: 'Jung', yongsan: 'Yong·san', seongdong: 'Seong·dong', gwangjin: 'Gwang·jin',
  dongdaemun: 'Dong·dae·mun', jungnang: 'Jung·nang', seongbuk: 'Seong·buk', gangbuk: 'Gang·buk', dobong: 'Do·bong',
  nowon: 'No·won', eunpyeong: 'Eun·pyeong', seodaemun: 'Seo·dae·mun', mapo: 'Ma·po', yangcheon: 'Yang·cheon',
  gangseo: 'Gang·seo', guro: 'Gu·ro', geumcheon: 'Geum·cheon', yeongdeungpo: 'Yeong·deung·po', dongjak: 'Dong·jak',
  gwanak: 'Gwan·ak', seocho: 'Seo·cho', gangnam: 'Gang·nam', songpa: 'Song·pa', gangdong: 'Gang·dong',
};

/** English words of <wfp-facility-locator>, loaded on English pages only (src/i18n/english.ts). */
export const facilityLocator: FacilityLocatorEnglish = {
  title: 'Find women & family facilities',
  mapHeading: 'Facilities by district',
  mapKeys: 'Arrow keys move to a neighbouring district, Home and End to the first and last; Enter or Space selects.',
  tileName: (district, count, n) => `${district}, ${count} ${plural(n, 'facility', 'facilities')}`,
  tileShortName: (id, name) => (TILE_SYLLABLES[id] ?? name.replace(/-gu$/, '')).replaceAll('·', '\u00ad'),
  legendLow: 'fewer',
  legendHigh: 'more',
  legendCaption: 'The stronger a district’s colour (towards “more” in the legend), the more matching facilities. The number is the count.',
  notOnMap: (outside, unknown) => `Not on the map: ${[outside && `${outside} outside Seoul`, unknown && `${unknown} with no district given`].filter(Boolean).join(', ')}`,
  outsideSeoul: 'Outside Seoul',
  districtUnknown: 'District not given',
  searchLabel: 'Search facilities',
  searchHint: 'By name, address or operator. Korean initial consonants (e.g. ㅋㅈㅋㅍ) work too.',
  openNowLabel: 'Open now only',
  openNowHint: 'Only facilities with a weekly timetable are checked; the others are hidden (Seoul time).',
  typesLegend: 'Facility type',
  typeCount: (n) => ` ${plural(n, 'facility', 'facilities')}`,
  showAllTypes: (count) => `Show all types (${count})`,
  showFewerTypes: 'Show fewer types',
  clearTypes: 'Clear types',
  resultCount: (count, n, district) => `${count} ${plural(n, 'facility', 'facilities')}${district ? ` in ${district}` : ''}`,
  groupHeading: (name, count) => `${name} · ${count}`,
  nearestFirst: 'Nearest first',
  emptyInDistrict: (district) => `No facilities in ${district} match these filters`,
  showAllSeoul: 'Show all of Seoul',
  emptyAll: 'No facilities match these filters',
  clearFilters: 'Clear filters',
  noFacilities: 'This dataset lists no facilities.',
  showMore: (shown, total) => `Show more (${shown} of ${total} shown)`,
  fields: {
    type: 'Type',
    district: 'District',
    address: 'Address',
    operator: 'Operator',
    hours: 'Hours',
    phone: 'Phone',
    programs: 'Programs',
    capacity: 'Capacity',
    distance: 'Distance',
  },
  capacity: (count, n) => `${count} ${plural(n, 'person', 'people')}`,
  copyAddress: 'Copy address',
  copyAddressOf: (name) => `Copy address of ${name}`,
  copied: (name) => `Address of ${name} copied.`,
  copyFailed: 'The address could not be copied. Select it and copy it yourself.',
  openNow: 'Open now',
  closedNow: 'Closed now',
  status: { planned: 'Planned', 'under-construction': 'Under construction' },
  nearMe: 'Nearest to me first',
  locating: 'Finding your location…',
  located: 'Sorted by distance from you.',
  locationUnavailable: 'Your location is not available. Check the browser’s location permission.',
  distance: (km) => `${km} km`,
  citywideHeading: 'Citywide totals for Seoul',
  citywideNote: 'The report gives only citywide totals for these, not locations, so they are not on the map or in the list.',
  boundariesLoading: 'Loading district boundaries',
  boundariesMissing: 'Districts missing from the boundary data',
  boundariesFallback: 'The district boundaries cannot be drawn, so the tile map is shown.',
  someTypesNotApplied: 'Some facility types could not be applied',
};
