/**
 * Changing `lang`, `theme`, `src`, `department` and `district` over and over, at any pace, must
 * leave each widget exactly as a fresh widget with the final settings would be; and when a slow
 * earlier dataset arrives after a newer one, the newer one stays (last request wins).
 *
 * The sequences come from fast-check (shrunk to the shortest failing sequence on failure); the
 * oracle is a freshly mounted twin with the final attributes, compared by visible text, `lang` and
 * theme of its wrapper.
 */
import { aTimeout, expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clearDatasetCache } from '../../src/data/index.js';
import { deepText, faultUrl, settle, uniqueKey, waitFor, watchPage, type WidgetTag } from './helpers.js';
import { SETTLE_MS } from '../../src/internal/settled-announcement.js';

type Step =
  | { kind: 'lang'; on: 'widget' | 'page'; value: 'ko' | 'en' | 'fr' | null }
  | { kind: 'theme'; on: 'widget' | 'page'; value: 'light' | 'dark' | 'high-contrast' | 'auto' | 'neon' | null }
  | { kind: 'src'; value: number }
  | { kind: 'attribute'; value: string | null }
  | { kind: 'wait'; value: 'none' | 'microtask' | 'settle' };

/** Per widget: the attribute that selects what it shows, with values that exist, do not exist, or are empty. */
const CASES: ReadonlyArray<{ tag: WidgetTag; attribute: string; values: Array<string | null>; fixed: Record<string, string> }> = [
  { tag: 'wfp-execution-gauge', attribute: 'department', values: ['children', '영유아담당관', 'childcare', 'no-such-division', null], fixed: {} },
  { tag: 'wfp-staffing-table', attribute: 'department', values: ['children', '아이돌봄담당관', 'no-such-division', null], fixed: {} },
  { tag: 'wfp-program-card', attribute: 'program', values: ['mom-dad-taxi', 'idolbom-childcare-service', 'no-such-program'], fixed: {} },
  { tag: 'wfp-program-list', attribute: 'district', values: ['gangseo', '마포구', 'atlantis', null], fixed: { 'program-ids': 'mom-dad-taxi,idolbom-childcare-service,first-meeting-voucher' } },
  { tag: 'wfp-facility-locator', attribute: 'district', values: ['geumcheon', '강서구', 'atlantis', null], fixed: {} },
];

function stepArbitrary(values: Array<string | null>): fc.Arbitrary<Step> {
  return fc.oneof(
    fc.record({ kind: fc.constant('lang' as const), on: fc.constantFrom('widget' as const, 'page' as const), value: fc.constantFrom('ko' as const, 'en' as const, 'fr' as const, null) }),
    fc.record({
      kind: fc.constant('theme' as const),
      on: fc.constantFrom('widget' as const, 'page' as const),
      value: fc.constantFrom('light' as const, 'dark' as const, 'high-contrast' as const, 'auto' as const, 'neon' as const, null),
    }),
    fc.record({ kind: fc.constant('src' as const), value: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ kind: fc.constant('attribute' as const), value: fc.constantFrom(...values) }),
    fc.record({ kind: fc.constant('wait' as const), value: fc.constantFrom('none' as const, 'microtask' as const, 'settle' as const) }),
  );
}

function setOrRemove(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/** What must match between the churned widget and its fresh twin. */
function appearance(widget: Element): { text: string; lang: string | null; theme: string | null } {
  const base = widget.shadowRoot!.querySelector('[part="base"]');
  return { text: deepText(widget), lang: base?.getAttribute('lang') ?? null, theme: base?.getAttribute('data-theme') ?? null };
}

describe('hardening: changing lang, theme, src, department and district repeatedly', function () {
  this.timeout(90_000);
  let page: HTMLElement;

  beforeEach(() => {
    clearDatasetCache();
    page = document.createElement('div');
    document.body.append(page);
  });
  afterEach(() => page.remove());

  for (const { tag, attribute, values, fixed } of CASES) {
    it(`<${tag}>: random sequences of lang / theme / src (3 datasets, one slow) / ${attribute} changes end exactly like a fresh <${tag}> with the final settings`, async () => {
      const watch = watchPage();
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(stepArbitrary(values), { minLength: 4, maxLength: 14 }), async (steps) => {
            clearDatasetCache();
            const key = uniqueKey('churn');
            // Dataset 1 answers after 300 ms the first time it is asked for: earlier requests finish late.
            const sources = [faultUrl('ok', `${key}-a`, 'Dataset A'), faultUrl('delay-300', `${key}-b`, 'Dataset B'), faultUrl('ok', `${key}-c`, 'Dataset C')];
            page.replaceChildren();
            page.removeAttribute('lang');
            page.removeAttribute('theme');
            const widget = document.createElement(tag);
            for (const [name, value] of Object.entries(fixed)) widget.setAttribute(name, value);
            setOrRemove(widget, attribute, values[0]!);
            widget.setAttribute('src', sources[0]!);
            page.append(widget);

            for (const step of steps) {
              switch (step.kind) {
                case 'lang':
                case 'theme':
                  setOrRemove(step.on === 'page' ? page : widget, step.kind, step.value);
                  break;
                case 'src':
                  widget.setAttribute('src', sources[step.value]!);
                  break;
                case 'attribute':
                  setOrRemove(widget, attribute, step.value);
                  break;
                case 'wait':
                  if (step.value === 'microtask') await Promise.resolve();
                  if (step.value === 'settle') await settle(widget);
              }
            }
            await settle(widget);
            await aTimeout(350); // a slow earlier response lands now, if one is still on its way
            await settle(widget);
            await aTimeout(SETTLE_MS); // and a result count waiting for the typing to pause is announced

            const twin = document.createElement(tag);
            for (const { name, value } of Array.from(widget.attributes)) twin.setAttribute(name, value);
            page.append(twin);
            await settle(twin);
            expect(appearance(widget)).to.deep.equal(appearance(twin));
            twin.remove();
          }),
          { numRuns: 5, seed: 20240331, endOnFailure: true, includeErrorInReport: true },
        );
        expect(watch.errors, 'console errors').to.deep.equal([]);
        expect(watch.thrown, 'uncaught errors').to.deep.equal([]);
      } finally {
        watch.stop();
      }
    });
  }

  for (const { tag, attribute, values, fixed } of CASES) {
    it(`<${tag}>: last request wins — src (own, then via <wfp-data>) switched from a slow dataset (600 ms) to a fast one keeps the fast one after the slow answer lands`, async () => {
      const key = uniqueKey('last-wins');
      const slow = faultUrl('delay-600', `${key}-slow`, 'Slow dataset');
      const fast = faultUrl('ok', `${key}-fast`, 'Fast dataset');
      const widget = document.createElement(tag);
      for (const [name, value] of Object.entries(fixed)) widget.setAttribute(name, value);
      setOrRemove(widget, attribute, values[0]!);
      widget.setAttribute('src', slow);
      page.append(widget);
      await aTimeout(50);
      widget.setAttribute('src', fast);
      await waitFor(() => deepText(widget).includes('Fast dataset'), 'the fast dataset shows');
      await aTimeout(800);
      await settle(widget);
      expect(deepText(widget)).to.contain('Fast dataset');
      expect(deepText(widget)).not.to.contain('Slow dataset');

      // The same through a provider: the widget follows <wfp-data src> and ignores its slow answer.
      const key2 = uniqueKey('last-wins-provider');
      const provider = document.createElement('wfp-data');
      provider.setAttribute('src', faultUrl('delay-600', `${key2}-slow`, 'Slow provider dataset'));
      const inner = document.createElement(tag);
      for (const [name, value] of Object.entries(fixed)) inner.setAttribute(name, value);
      setOrRemove(inner, attribute, values[0]!);
      provider.append(inner);
      page.append(provider);
      await aTimeout(50);
      provider.setAttribute('src', faultUrl('ok', `${key2}-fast`, 'Fast provider dataset'));
      await waitFor(() => deepText(inner).includes('Fast provider dataset'), 'the provider’s fast dataset shows');
      await aTimeout(800);
      await settle(inner);
      expect(deepText(inner)).to.contain('Fast provider dataset');
      expect(deepText(inner)).not.to.contain('Slow provider dataset');
    });
  }
});
