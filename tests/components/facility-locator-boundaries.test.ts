import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import {
  BoundaryInputError,
  districtOfFeature,
  layoutBoundaries,
  rewindForD3,
  toFeatureCollection,
} from '../../src/components/facility-locator/boundaries.js';
import '../../src/components/facility-locator/facility-locator.js';
import type { WfpFacilityLocator } from '../../src/components/facility-locator/facility-locator.js';
import type { WfpErrorEvent } from '../../src/events/wfp-error-event.js';
import { geoArea } from 'd3-geo';
import { contrast } from './contrast.js';

/** A lon/lat square; `rfc7946` winds the exterior ring counter-clockwise as RFC 7946 asks (d3 expects the opposite). */
function square(west: number, south: number, size: number, rfc7946: boolean): Polygon {
  const ring: Position[] = [
    [west, south],
    [west, south + size],
    [west + size, south + size],
    [west + size, south],
    [west, south],
  ];
  return { type: 'Polygon', coordinates: [rfc7946 ? [...ring].reverse() : ring] };
}

const feature = (geometry: Polygon, properties: Record<string, unknown>, id?: string): Feature => ({
  type: 'Feature',
  ...(id && { id }),
  properties,
  geometry,
});

/** Three districts in their real arrangement: 강서구 north-west, 양천구 to its south-east, 구로구 below 양천구. */
const THREE_DISTRICTS: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    feature(square(126.8, 37.55, 0.05, true), { name: '강서구' }),
    feature(square(126.85, 37.5, 0.05, false), { name: '양천구' }),
    feature(square(126.85, 37.45, 0.05, true), { SIG_CD: '11530', SIG_KOR_NM: '구로구' }),
    // A neighbouring city: drawn as context, never selectable.
    feature(square(126.75, 37.45, 0.05, false), { name: '광명시' }),
  ],
};

/** The same two squares as TopoJSON (absolute arc coordinates, no transform). */
const TOPOLOGY = {
  type: 'Topology',
  objects: {
    districts: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], properties: { SIG_KOR_NM: '강서구' } },
        { type: 'Polygon', arcs: [[1]], properties: { SIG_ENG_NM: 'Yangcheon-gu' } },
      ],
    },
  },
  arcs: [
    (square(126.8, 37.55, 0.05, false).coordinates[0] as number[][]),
    (square(126.85, 37.5, 0.05, false).coordinates[0] as number[][]),
  ],
};

const root = (el: WfpFacilityLocator) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shape = (el: WfpFacilityLocator, id: string) => root(el).querySelector<SVGPathElement>(`path.shape[data-district="${id}"]`)!;
const shapes = (el: WfpFacilityLocator) => [...root(el).querySelectorAll<SVGPathElement>('path.shape')];

async function renderWithBoundaries(template: ReturnType<typeof html>): Promise<WfpFacilityLocator> {
  const host = await fixture(template);
  const el = (host.localName === 'wfp-facility-locator' ? host : host.querySelector('wfp-facility-locator')) as WfpFacilityLocator;
  await waitUntil(() => root(el).querySelector('svg.boundaries, .tiles'), 'no map', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

describe('boundaries (pure)', () => {
  it('accepts a FeatureCollection, a single Feature or TopoJSON', () => {
    expect(toFeatureCollection(THREE_DISTRICTS).features).to.have.length(4);
    expect(toFeatureCollection(THREE_DISTRICTS.features[0]).features).to.have.length(1);
    const fromTopology = toFeatureCollection(TOPOLOGY);
    expect(fromTopology.features).to.have.length(2);
    expect(fromTopology.features[0]!.properties).to.deep.equal({ SIG_KOR_NM: '강서구' });
    for (const bad of [null, 42, 'x', { type: 'Point' }, { type: 'FeatureCollection' }, { type: 'Topology', objects: {} }]) {
      expect(() => toFeatureCollection(bad), JSON.stringify(bad)).to.throw(BoundaryInputError);
    }
  });

  it('finds the district in common properties: id, code, Korean / English name, SGIS keys', () => {
    const geometry = square(0, 0, 1, false);
    expect(districtOfFeature(feature(geometry, { name: '강서구' }))).to.equal('gangseo');
    expect(districtOfFeature(feature(geometry, { SIG_KOR_NM: '금천구' }))).to.equal('geumcheon');
    expect(districtOfFeature(feature(geometry, { SIG_ENG_NM: 'Gwangjin-gu' }))).to.equal('gwangjin');
    expect(districtOfFeature(feature(geometry, { SIG_CD: '11560' }))).to.equal('yeongdeungpo');
    expect(districtOfFeature(feature(geometry, { code: 11680 }))).to.equal('gangnam');
    expect(districtOfFeature(feature(geometry, { adm_cd: '1174000000' }))).to.equal('gangdong');
    expect(districtOfFeature(feature(geometry, { name: '서울특별시 종로구' }))).to.equal('jongno');
    expect(districtOfFeature(feature(geometry, { name: 'Mapo' }))).to.equal('mapo');
    expect(districtOfFeature(feature(geometry, {}, 'songpa'))).to.equal('songpa');
    expect(districtOfFeature(feature(geometry, { id: 'dobong' }))).to.equal('dobong');
    expect(districtOfFeature(feature(geometry, { name: '광명시' }))).to.be.undefined;
    expect(districtOfFeature({ type: 'Feature', properties: null, geometry })).to.be.undefined;
  });

  it('rewinds RFC 7946 rings so d3 fills the district, not the rest of the globe', () => {
    const rfc = square(126.8, 37.55, 0.05, true);
    expect(geoArea(rfc)).to.be.greaterThan(2 * Math.PI);
    const fixed = rewindForD3(rfc) as Polygon;
    expect(geoArea(fixed)).to.be.lessThan(1e-5);
    const d3Wound = square(126.8, 37.55, 0.05, false);
    expect(rewindForD3(d3Wound)).to.deep.equal(d3Wound);
    const multi = rewindForD3({ type: 'MultiPolygon', coordinates: [rfc.coordinates, d3Wound.coordinates] });
    expect(geoArea(multi)).to.be.lessThan(1e-5);
  });

  it('projects to the given width, one shape per district, with context and missing districts', () => {
    const map = layoutBoundaries(THREE_DISTRICTS, 300);
    expect(map.width).to.equal(300);
    expect(map.height).to.equal(300); // three squares stacked are taller than wide: capped at a square
    expect(map.shapes.map((s) => s.districtId)).to.have.members(['gangseo', 'yangcheon', 'guro']);
    expect(map.context).to.have.length(1);
    expect(map.missing).to.have.length(22);
    expect(map.missing).to.not.include('gangseo');
    for (const s of map.shapes) {
      expect(s.path).to.match(/^M/);
      expect(s.centroid[0]).to.be.within(0, 300);
      expect(s.centroid[1]).to.be.within(0, map.height);
    }
    const byId = new Map(map.shapes.map((s) => [s.districtId, s.centroid]));
    // Real arrangement survives the projection: 강서구 is west and north of 양천구, 구로구 south of 양천구.
    expect(byId.get('gangseo')![0]).to.be.lessThan(byId.get('yangcheon')![0]);
    expect(byId.get('gangseo')![1]).to.be.lessThan(byId.get('yangcheon')![1]);
    expect(byId.get('guro')![1]).to.be.greaterThan(byId.get('yangcheon')![1]);
  });

  it('merges several features of one district into one shape', () => {
    const split: FeatureCollection = {
      type: 'FeatureCollection',
      features: [feature(square(126.8, 37.55, 0.02, false), { name: '강서구' }), feature(square(126.83, 37.55, 0.02, false), { name: '강서구' })],
    };
    const map = layoutBoundaries(split, 200);
    expect(map.shapes).to.have.length(1);
    expect(map.shapes[0]!.path.match(/M/g)).to.have.length(2);
  });

  it('refuses data that names no Seoul district', () => {
    const none: FeatureCollection = { type: 'FeatureCollection', features: [feature(square(0, 0, 1, false), { name: '광명시' })] };
    try {
      layoutBoundaries(none, 300);
      expect.fail('should throw');
    } catch (error) {
      expect((error as BoundaryInputError).reason).to.equal('no-districts');
    }
  });
});

describe('<wfp-facility-locator> with boundaries', () => {
  it('draws the synthetic FeatureCollection: selectable shapes named with their counts', async () => {
    const el = await renderWithBoundaries(html`<wfp-facility-locator .boundaries=${THREE_DISTRICTS}></wfp-facility-locator>`);
    expect(root(el).querySelector('.tiles') === null, 'no .tiles').to.equal(true);
    expect(shapes(el)).to.have.length(3);
    expect(shape(el, 'gangseo').getAttribute('role')).to.equal('button');
    expect(shape(el, 'gangseo').getAttribute('aria-label')).to.equal('강서구, 시설 3곳');
    expect(shape(el, 'yangcheon').getAttribute('aria-label')).to.equal('양천구, 시설 2곳');
    expect(shape(el, 'guro').getAttribute('aria-label')).to.equal('구로구, 시설 1곳');
    // Names and counts are drawn as text on the map as well, each inside its shape.
    const labels = [...root(el).querySelectorAll<SVGTextElement>('.shape-label')];
    expect(labels.map((label) => [...label.querySelectorAll('tspan')].map(text))).to.have.deep.members([
      ['강서', '3'],
      ['양천', '2'],
      ['구로', '1'],
    ]);
    for (const label of labels) {
      const name = label.querySelector('.shape-name')!.getBoundingClientRect();
      const district = label.closest('svg')!.querySelector(`.shape[data-district="${{ 강서: 'gangseo', 양천: 'yangcheon', 구로: 'guro' }[text(label.querySelector('.shape-name')) as '강서']}"]`)!.getBoundingClientRect();
      expect(name.left, text(label)).to.be.at.least(district.left);
      expect(name.right, text(label)).to.be.at.most(district.right);
    }
    // The other 22 districts stay reachable as buttons.
    const missing = [...root(el).querySelectorAll<HTMLButtonElement>('.missing-tile')];
    expect(missing).to.have.length(22);
    expect(missing.find((b) => b.dataset['district'] === 'dongjak')!.getAttribute('aria-label')).to.equal('동작구, 시설 10곳');
  });

  it('keeps only the count on a shape too narrow for its name, in English too', async () => {
    // 72 px: each square district is about 25 px wide, too narrow for "강서" (28 px at 12 px type).
    const host = await fixture<HTMLDivElement>(html`<div style="width: 72px"><wfp-facility-locator .boundaries=${THREE_DISTRICTS}></wfp-facility-locator></div>`);
    const el = host.querySelector('wfp-facility-locator') as WfpFacilityLocator;
    await waitUntil(() => root(el).querySelector('svg.boundaries'), 'no map', { timeout: 10000 });
    const box = () => root(el).querySelector<HTMLElement>('.map-box')!;
    await waitUntil(() => root(el).querySelector<SVGSVGElement>('svg.boundaries')!.viewBox.baseVal.width === Math.round(box().getBoundingClientRect().width), 'not fitted');
    expect([...root(el).querySelectorAll('.shape-label')].map(text)).to.have.members(['3', '2', '1']);
    // Nor on a shape too flat for two lines: a thin strip below a square.
    const strip: Polygon = { type: 'Polygon', coordinates: [[[126.8, 37.5], [126.8, 37.502], [126.9, 37.502], [126.9, 37.5], [126.8, 37.5]]] };
    const flat = await renderWithBoundaries(
      html`<wfp-facility-locator .boundaries=${{ type: 'FeatureCollection', features: [feature(square(126.8, 37.55, 0.05, false), { name: '강서구' }), feature(strip, { name: '양천구' })] }}></wfp-facility-locator>`,
    );
    expect([...root(flat).querySelectorAll('.shape-label')].map(text)).to.have.members(['강서3', '2']);
    const english = await renderWithBoundaries(html`<wfp-facility-locator lang="en" .boundaries=${THREE_DISTRICTS}></wfp-facility-locator>`);
    await waitUntil(() => root(english).querySelector('.shape-name'), 'no English names', { timeout: 10000 });
    expect([...root(english).querySelectorAll('.shape-name')].map(text)).to.have.members(['Gangseo', 'Yangcheon', 'Guro']);
  });

  it('selects a district by click', async () => {
    const el = await renderWithBoundaries(html`<wfp-facility-locator .boundaries=${THREE_DISTRICTS}></wfp-facility-locator>`);
    const event = oneEvent(el, 'wfp-filter-change');
    shape(el, 'yangcheon').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await event).detail.district).to.equal('yangcheon');
    await el.updateComplete;
    expect(shape(el, 'yangcheon').getAttribute('aria-pressed')).to.equal('true');
    expect(text(root(el).querySelector('.result-count'))).to.equal('양천구 시설 2곳');
    // A district without a boundary is selected from the list below the map.
    root(el).querySelector<HTMLButtonElement>('.missing-tile[data-district="geumcheon"]')!.click();
    await el.updateComplete;
    expect(shape(el, 'yangcheon').getAttribute('aria-pressed')).to.equal('false');
    expect(text(root(el).querySelector('.result-count'))).to.equal('금천구 시설 2곳');
  });

  it('selects by keyboard: one tab stop, arrow keys by centroid, Enter and Space', async () => {
    const el = await renderWithBoundaries(html`<wfp-facility-locator .boundaries=${THREE_DISTRICTS}></wfp-facility-locator>`);
    expect(shapes(el).filter((s) => s.getAttribute('tabindex') === '0').map((s) => s.dataset['district'])).to.deep.equal(['gangseo']);
    shape(el, 'gangseo').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(root(el).activeElement).to.equal(shape(el, 'yangcheon'));
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(shape(el, 'guro'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shape(el, 'guro').getAttribute('aria-pressed')).to.equal('true');
    expect(text(root(el).querySelector('.result-count'))).to.equal('구로구 시설 1곳');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(shape(el, 'yangcheon').getAttribute('aria-pressed')).to.equal('true');
    expect(shape(el, 'yangcheon').getAttribute('tabindex')).to.equal('0');
  });

  it('draws the keyboard focus ring over every shape, in two tones, only while a shape has keyboard focus', async () => {
    const el = await renderWithBoundaries(html`<wfp-facility-locator .boundaries=${THREE_DISTRICTS}></wfp-facility-locator>`);
    const ring = () => root(el).querySelector<SVGGElement>('.focus-ring');
    shape(el, 'gangseo').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const focused = shape(el, 'yangcheon');
    expect(root(el).activeElement === focused, 'focus on 양천구').to.equal(true);
    const [halo, line] = [...ring()!.querySelectorAll('path')];
    expect([halo!.getAttribute('d'), line!.getAttribute('d')]).to.deep.equal([focused.getAttribute('d'), focused.getAttribute('d')]);
    expect(getComputedStyle(ring()!).display).not.to.equal('none');
    // Drawn after every shape, so no neighbour paints over it.
    const svgChildren = [...root(el).querySelector('svg.boundaries')!.children];
    expect(svgChildren.indexOf(ring()!)).to.be.greaterThan(Math.max(...shapes(el).map((s) => svgChildren.indexOf(s))));
    // The focus colour can equal the darkest fill step; the halo in the surface colour keeps the ring apart.
    const base = root(el).querySelector('.base')!;
    expect(getComputedStyle(halo!).stroke).to.equal(getComputedStyle(base).backgroundColor);
    expect(getComputedStyle(line!).stroke).not.to.equal(getComputedStyle(halo!).stroke);
    focused.blur();
    await el.updateComplete;
    expect(ring() === null || getComputedStyle(ring()!).display === 'none', 'no ring without focus').to.equal(true);
  });

  it('loads TopoJSON from boundaries-src', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(TOPOLOGY)], { type: 'application/json' }));
    const el = await renderWithBoundaries(html`<wfp-facility-locator boundaries-src=${url}></wfp-facility-locator>`);
    await waitUntil(() => shapes(el).length === 2, 'boundaries not drawn', { timeout: 10000 });
    expect(shape(el, 'gangseo').getAttribute('aria-label')).to.equal('강서구, 시설 3곳');
    expect(shape(el, 'yangcheon').getAttribute('aria-label')).to.equal('양천구, 시설 2곳');
  });

  it('fits the projection to the container width and follows resizes', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 420px"><wfp-facility-locator .boundaries=${THREE_DISTRICTS}></wfp-facility-locator></div>`);
    const el = host.querySelector('wfp-facility-locator') as WfpFacilityLocator;
    await waitUntil(() => root(el).querySelector('svg.boundaries'), 'no map', { timeout: 10000 });
    const box = () => root(el).querySelector<HTMLElement>('.map-box')!;
    const viewWidth = () => root(el).querySelector<SVGSVGElement>('svg.boundaries')!.viewBox.baseVal.width;
    await waitUntil(() => viewWidth() === Math.round(box().getBoundingClientRect().width), 'not fitted');
    const before = viewWidth();
    host.style.width = '300px';
    await waitUntil(() => viewWidth() !== before && viewWidth() === Math.round(box().getBoundingClientRect().width), 'did not follow the resize');
  });

  it('still follows its container after a page moves it (a tab panel, a reordered section)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <div class="first" style="width: 420px"><wfp-facility-locator .boundaries=${THREE_DISTRICTS}></wfp-facility-locator></div>
      <div class="second" style="width: 360px"></div>
    </div>`);
    const el = host.querySelector('wfp-facility-locator') as WfpFacilityLocator;
    await waitUntil(() => root(el).querySelector('svg.boundaries'), 'no map', { timeout: 10000 });
    const box = () => root(el).querySelector<HTMLElement>('.map-box')!;
    const viewWidth = () => root(el).querySelector<SVGSVGElement>('svg.boundaries')!.viewBox.baseVal.width;
    const fitted = () => viewWidth() === Math.round(box().getBoundingClientRect().width);
    await waitUntil(fitted, 'not fitted');
    const second = host.querySelector<HTMLDivElement>('.second')!;
    second.append(el); // disconnected, then connected again
    await waitUntil(fitted, 'not fitted to its new place');
    const before = viewWidth();
    second.style.width = '280px';
    await waitUntil(() => viewWidth() !== before && fitted(), 'did not follow a resize after the move');
  });

  it('falls back to the tile map and reports invalid boundaries', async () => {
    const el = document.createElement('wfp-facility-locator');
    el.boundaries = { type: 'FeatureCollection', features: [feature(square(0, 0, 1, false), { name: 'Atlantis' })] };
    const event = oneEvent(el, 'wfp-error') as Promise<WfpErrorEvent>;
    await fixture(html`<div>${el}</div>`);
    const { detail } = await event;
    expect(detail.kind).to.equal('invalid-input');
    expect(detail.message.en).to.contain('names a Seoul district');
    await waitUntil(() => root(el).querySelector('.tiles'), 'no fallback');
    expect(text(root(el).querySelector('.map .status'))).to.contain('타일 지도로 표시합니다');
    expect(root(el).querySelectorAll('button.tile')).to.have.length(25);
    await expect(el).to.be.accessible();
  });

  it('moving from invalid .boundaries to a boundaries-src file blames neither the file for the old data nor shows the old map while it loads', async () => {
    const el = document.createElement('wfp-facility-locator');
    el.boundaries = { type: 'FeatureCollection', features: [feature(square(0, 0, 1, false), { name: 'Atlantis' })] };
    const first = oneEvent(el, 'wfp-error') as Promise<WfpErrorEvent>;
    await fixture(html`<div>${el}</div>`);
    expect((await first).detail.kind).to.equal('invalid-input');
    const errors: WfpErrorEvent[] = [];
    el.addEventListener('wfp-error', (event) => errors.push(event as WfpErrorEvent));
    const url = URL.createObjectURL(new Blob([JSON.stringify(TOPOLOGY)], { type: 'application/json' }));
    el.boundaries = null;
    el.setAttribute('boundaries-src', url);
    await el.updateComplete;
    expect(errors.map((e) => `${e.detail.kind} ${e.detail.url ?? ''}`), 'no error named the new file before it was read').to.deep.equal([]);
    await waitUntil(() => shapes(el).length === 2, 'the file drawn', { timeout: 10000 });
    expect(root(el).querySelector('[part="error"]') === null, 'no [part="error"]').to.equal(true);
    expect(errors).to.deep.equal([]);

    // Another file: the previous file's map is not shown for it while it loads.
    const slow = new Promise<Response>(() => {});
    const originalFetch = window.fetch;
    window.fetch = () => slow;
    try {
      el.setAttribute('boundaries-src', '/other-boundaries.json');
      await el.updateComplete;
      expect(shapes(el)).to.have.length(0);
      expect(root(el).querySelector('.map .skeleton'), 'a loading placeholder').to.not.equal(null);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('reports a boundary file that cannot be fetched', async () => {
    const el = document.createElement('wfp-facility-locator');
    el.setAttribute('boundaries-src', '/no-such-boundaries.json');
    const event = oneEvent(el, 'wfp-error') as Promise<WfpErrorEvent>;
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await fixture(html`<div>${el}</div>`);
      const { detail } = await event;
      expect(detail.kind).to.equal('http');
      expect(detail.status).to.equal(404);
      await waitUntil(() => root(el).querySelector('.tiles'), 'no fallback');
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      console.warn = originalWarn;
    }
    // The webmaster's console says it, once (a data file's failure is logged by the loader; this
    // file the widget fetches itself).
    expect(warnings.filter((line) => line.includes('/no-such-boundaries.json'))).to.have.length(1);
    expect(warnings.find((line) => line.includes('/no-such-boundaries.json'))).to.contain('404');
  });

  it('a file that failed still stands after the page gives .boundaries and takes them away again', async () => {
    const el = document.createElement('wfp-facility-locator');
    el.setAttribute('boundaries-src', '/no-such-boundaries.json');
    const failed = oneEvent(el, 'wfp-error') as Promise<WfpErrorEvent>;
    await fixture(html`<div>${el}</div>`);
    expect((await failed).detail.status).to.equal(404);
    await waitUntil(() => root(el).querySelector('.tiles'), 'the tile map stands in');
    // The page's own boundaries come first: drawn, no box.
    el.boundaries = THREE_DISTRICTS;
    await waitUntil(() => shapes(el).length > 0, 'the given boundaries drawn');
    expect(root(el).querySelector('.map .status') === null, 'no .map .status').to.equal(true);
    // Taken away, the file's failure is said again, over the tile map (not a skeleton forever).
    el.boundaries = null;
    await el.updateComplete;
    expect(root(el).querySelectorAll('button.tile')).to.have.length(25);
    expect(text(root(el).querySelector('.map .status'))).to.contain('404');
  });

  it('reports a boundary failure and a mistyped type each once, neither waiting for the other', async () => {
    const el = document.createElement('wfp-facility-locator');
    el.setAttribute('types', 'kids-cafe,spaceport');
    el.setAttribute('boundaries-src', '/no-such-boundaries.json');
    const kinds: string[] = [];
    el.addEventListener('wfp-error', (event) => kinds.push((event as WfpErrorEvent).detail.kind));
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => kinds.length >= 2, `wfp-error events: ${kinds.join(', ')}`, { timeout: 10_000 });
    el.requestUpdate();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([...kinds].sort()).to.deep.equal(['http', 'not-found']);
  });

  describe('count labels on the map', () => {
    // 동작구 has the most facilities (10): the strongest step.
    const FIVE: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        ...THREE_DISTRICTS.features,
        feature(square(126.95, 37.48, 0.05, false), { name: '동작구' }),
        feature(square(126.97, 37.57, 0.05, false), { name: '종로구' }),
      ],
    };

    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      it(`reads at 4.5:1 on every step of the scale, the strongest included (${theme})`, async () => {
        const el = await renderWithBoundaries(html`<wfp-facility-locator theme=${theme} .boundaries=${FIVE}></wfp-facility-locator>`);
        const labels = [...root(el).querySelectorAll<SVGTextElement>('.shape-label')];
        const steps = new Set(labels.map((label) => label.dataset['step']));
        expect([...steps].sort(), 'the labels cover the scale').to.include.members(['1', '2', '4']);
        // Labels are drawn in the shapes' order, over them.
        const shapesInOrder = shapes(el);
        expect(labels).to.have.length(shapesInOrder.length);
        labels.forEach((label, index) => {
          const drawnOn = shapesInOrder[index]!;
          const ratio = contrast(getComputedStyle(label).fill, getComputedStyle(drawnOn).fill);
          expect(ratio, `${drawnOn.dataset['district']} (step ${label.dataset['step']})`).to.be.at.least(4.5);
        });
      });
    }
  });

  describe('accessibility (axe)', () => {
    it('boundaries', async () => {
      const el = await renderWithBoundaries(html`<wfp-facility-locator .boundaries=${THREE_DISTRICTS} district="gangseo"></wfp-facility-locator>`);
      await expect(el).to.be.accessible();
    });

    it('boundaries, dark and English', async () => {
      const el = await renderWithBoundaries(html`<wfp-facility-locator lang="en" theme="dark" .boundaries=${THREE_DISTRICTS}></wfp-facility-locator>`);
      expect(shape(el, 'gangseo').getAttribute('aria-label')).to.equal('Gangseo-gu, 3 facilities');
      await expect(el).to.be.accessible();
    });

    it('boundaries, high contrast', async () => {
      const el = await renderWithBoundaries(html`<wfp-facility-locator theme="high-contrast" .boundaries=${THREE_DISTRICTS}></wfp-facility-locator>`);
      await expect(el).to.be.accessible();
    });
  });
});
