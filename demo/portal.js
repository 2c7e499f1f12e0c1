// The demo portal's own controls: the district switcher changes every widget that takes a
// district; language and theme are set on <html>/<body>, exactly as a portal's own toggles would.
const DISTRICTS = [
  ['jongno', '종로구'], ['jung', '중구'], ['yongsan', '용산구'], ['seongdong', '성동구'], ['gwangjin', '광진구'],
  ['dongdaemun', '동대문구'], ['jungnang', '중랑구'], ['seongbuk', '성북구'], ['gangbuk', '강북구'], ['dobong', '도봉구'],
  ['nowon', '노원구'], ['eunpyeong', '은평구'], ['seodaemun', '서대문구'], ['mapo', '마포구'], ['yangcheon', '양천구'],
  ['gangseo', '강서구'], ['guro', '구로구'], ['geumcheon', '금천구'], ['yeongdeungpo', '영등포구'], ['dongjak', '동작구'],
  ['gwanak', '관악구'], ['seocho', '서초구'], ['gangnam', '강남구'], ['songpa', '송파구'], ['gangdong', '강동구'],
];

const switcher = document.getElementById('district-switcher');
for (const [id, name] of DISTRICTS) switcher.append(new Option(name, id, id === 'gangseo', id === 'gangseo'));

function showDistrict(id) {
  const name = DISTRICTS.find(([key]) => key === id)?.[1] ?? id;
  for (const el of document.querySelectorAll('wfp-program-list, wfp-facility-locator')) el.setAttribute('district', id);
  for (const el of document.querySelectorAll('.district-label, #district-name')) el.textContent = name;
  document.title = `${name} 여성·가족 정보 — 서울시 여성가족정책실 공식 통계`;
}

switcher.addEventListener('change', () => showDistrict(switcher.value));
document.getElementById('lang-switcher').addEventListener('change', (event) => {
  document.documentElement.lang = event.target.value;
});
document.getElementById('theme-switcher').addEventListener('change', (event) => {
  if (event.target.value) document.body.setAttribute('theme', event.target.value);
  else document.body.removeAttribute('theme');
});
const initial = new URLSearchParams(location.search).get('district');
if (initial && DISTRICTS.some(([id]) => id === initial)) {
  switcher.value = initial;
  showDistrict(initial);
}
