import { expect } from '@open-wc/testing';
import { facilitiesIn, facilitiesOfType, findFacility } from '../../src/data/index.js';
import { parseDataset } from '../../src/schema/parse.js';
import type { Dataset } from '../../src/schema/types.js';

// The facility helpers of `seoul-wfp-widgets/data`, on the official dataset: what a developer
// building their own list gets back. Counts are the report's (facility table of the April 2024 report).
const parsed = parseDataset(await (await fetch('/data/seoul-wfp-2024-03.json')).json());
const data = (parsed.ok ? parsed.dataset : undefined) as Dataset;
const ids = (facilities: readonly { id: string }[]) => facilities.map((f) => f.id);

describe('facility queries (data API)', () => {
  it('finds a district’s facilities by id, Korean name (with or without 구), English name or code alike, as the locator does', () => {
    const gangseo = ['morning-care-kium-gangseo-7', 'single-household-support-center-gangseo', 'ssangeul-binggeul-sarangbang-gangseo'];
    for (const key of ['gangseo', '강서구', 'Gangseo-gu', '11500', ' 강서구 ', '강서', 'Gangseo', '서울특별시 강서구']) {
      expect(ids(facilitiesIn(data, key)), key).to.deep.equal(gangseo);
    }
  });

  it('answers an unknown district with no facilities, not the whole city', () => {
    expect(facilitiesIn(data, '수원시')).to.deep.equal([]);
  });

  it('null asks for facilities outside Seoul, not those whose district the report leaves unknown', () => {
    expect(ids(facilitiesIn(data, null))).to.deep.equal(['yeongbo-jaaewon']);
    expect(data.facilities.filter((f) => f.districtUnknown).length).to.be.greaterThan(0);
  });

  it('lists the facilities of one type', () => {
    expect(ids(facilitiesOfType(data, 'kids-cafe'))).to.deep.equal([
      'kids-cafe-city-no1',
      'kids-cafe-city-mokdong',
      'kids-cafe-daerim-2-dong',
      'kids-cafe-city-pilot-2024-05',
    ]);
    expect(facilitiesOfType(data, 'no-such-type')).to.deep.equal([]);
  });

  it('finds one facility by id or by its Korean name, spaces aside', () => {
    expect(findFacility(data, 'yeongbo-jaaewon')?.name.ko).to.equal('시립 영보자애원');
    expect(findFacility(data, '시립영보자애원')?.id).to.equal('yeongbo-jaaewon');
    expect(findFacility(data, 'no-such-facility')).to.equal(undefined);
  });
});
