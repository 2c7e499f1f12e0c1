/**
 * Reflow (WCAG 2.1 1.4.10, KWCAG 2.2) with enlarged text (1.4.4): on a 320 px screen with the
 * reader's text at 200 %, every widget stays inside its column — the page never scrolls sideways.
 * Only a box made to scroll (the staffing table's, between 480 px and its full width) may hold
 * wider content; at 320 px the table is cards, and that box has nothing to scroll either. Measured with real
 * Korean glyphs (tests/i18n/hangul-font.test.ts): a gauge's min-width, grid tracks sized to a long
 * word, a legend of fixed swatches and a label column of fixed width each broke this before.
 */
import { expect } from '@open-wc/testing';
import type { Locale } from '../../src/i18n/locale.js';
import { deepElements, nextFrame, overflowing, settle } from './helpers.js';

const WIDGETS: ReadonlyArray<[tag: string, attributes: Record<string, string>]> = [
  ['wfp-execution-gauge', { pace: 'auto' }],
  ['wfp-execution-gauge', { department: 'children', variant: 'bar', breakdown: '', limit: '3', pace: 'auto' }],
  ['wfp-staffing-table', { bars: '' }],
  ['wfp-program-card', { program: 'mom-dad-taxi' }],
  ['wfp-program-list', { district: 'gangseo', limit: '2' }],
  ['wfp-facility-locator', { district: 'gangseo' }],
];

describe('reflow: a 320 px screen with text at 200 %', () => {
  for (const locale of ['ko', 'en'] as Locale[]) {
    it(`keeps every widget inside the column (${locale})`, async () => {
      const root = document.documentElement;
      const fontSize = root.style.fontSize;
      const container = document.createElement('div');
      container.style.width = '320px';
      container.lang = locale;
      for (const [tag, attributes] of WIDGETS) {
        const widget = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
        container.append(widget);
      }
      try {
        root.style.fontSize = '200%';
        document.body.append(container);
        await settle(container);
        for (const details of deepElements(container).filter((element): element is HTMLDetailsElement => element instanceof HTMLDetailsElement)) {
          details.open = true;
        }
        await nextFrame();
        expect(overflowing(container), 'elements outside the 320 px column').to.deep.equal([]);
        for (const widget of container.children) expect(widget.getBoundingClientRect().width, widget.localName).to.be.at.most(320);
        // At this width the staffing table is cards: its scrolling box has nothing to scroll.
        const scroller = container.querySelector('wfp-staffing-table')!.shadowRoot!.querySelector('.scroller')!;
        expect(scroller.scrollWidth, 'staffing cards wider than the column').to.be.at.most(scroller.clientWidth);
      } finally {
        root.style.fontSize = fontSize;
        container.remove();
      }
    });
  }
});
