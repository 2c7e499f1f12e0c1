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
import { DEFAULT_ARC } from '../../src/components/execution-gauge/gauge-geometry.js';
import { deepElements, nextFrame, overflowing, settle } from './helpers.js';

/**
 * How far the gauge's figure ("31.4%") reaches past the opening of its arc, in px (≤ 0: inside).
 * The opening is the ring's inner circle above its flat edge; the figure's glyphs (a Range's box,
 * not the full-width element) must stay within it at their top, where the circle is narrowest.
 */
/** Every widget of WIDGETS in a column of that width and language, not yet in the page. */
function widgetsInColumn(width: number, locale: Locale): HTMLElement {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  container.lang = locale;
  for (const [tag, attributes, properties = {}] of WIDGETS) {
    const widget = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
    Object.assign(widget, properties);
    container.append(widget);
  }
  return container;
}

/** The shadow roots of the arc gauges in a container. */
function arcGauges(container: Element): ShadowRoot[] {
  return [...container.querySelectorAll('wfp-execution-gauge')].map((gauge) => gauge.shadowRoot!).filter((root) => root.querySelector('svg[part="arc"]'));
}

function figureBeyondArc(gauge: ShadowRoot): number {
  const svg = gauge.querySelector<SVGSVGElement>('svg[part="arc"]')!;
  const box = svg.getBoundingClientRect();
  const viewBox = svg.viewBox.baseVal;
  const scale = box.width / viewBox.width;
  const centre = { x: box.left + (0 - viewBox.x) * scale, y: box.top + (0 - viewBox.y) * scale };
  const inner = (DEFAULT_ARC.outerRadius - DEFAULT_ARC.thickness) * scale;
  const range = document.createRange();
  range.selectNodeContents(gauge.querySelector('[part="value"]')!);
  const glyphs = range.getBoundingClientRect();
  const rise = Math.max(0, centre.y - glyphs.top);
  const room = Math.sqrt(Math.max(0, inner ** 2 - rise ** 2));
  return Math.max(glyphs.right - centre.x, centre.x - glyphs.left) - room;
}

/** Monday 1 April 2024, 05:00 in Seoul: nearly every facility shows its "closed now" badge. */
const BEFORE_OPENING = new Date('2024-03-31T20:00:00Z');

const WIDGETS: ReadonlyArray<[tag: string, attributes: Record<string, string>, properties?: Record<string, unknown>]> = [
  ['wfp-execution-gauge', { pace: 'auto' }],
  // No rate (a budget of 0): the arc shows its "not applicable" words instead of a figure.
  ['wfp-execution-gauge', { budget: '0', spent: '0', label: '예비비' }],
  ['wfp-execution-gauge', { department: 'children', variant: 'bar', breakdown: '', limit: '3', pace: 'auto' }],
  // Every row of a division, each with its pace word ("진도 일치" / "on pace" the widest).
  ['wfp-execution-gauge', { department: 'gender-equality', breakdown: '', pace: 'auto' }],
  ['wfp-staffing-table', { bars: '' }],
  ['wfp-program-card', { program: 'mom-dad-taxi' }],
  ['wfp-program-list', { district: 'gangseo', limit: '2' }],
  ['wfp-facility-locator', { district: 'gangseo' }],
  ['wfp-facility-locator', {}, { now: BEFORE_OPENING }],
];

describe('reflow: a 320 px screen with text at 200 %', () => {
  const columns = [320, 256, 224];
  for (const [locale, column] of columns.flatMap((width) => [['ko', width], ['en', width]]) as [Locale, number][]) {
    it(`keeps every widget inside a ${column} px column, and its content inside the widget (${locale})`, async () => {
      const root = document.documentElement;
      const fontSize = root.style.fontSize;
      // The whole 320 px of a page with no margins, and the columns a portal leaves its content on a
      // 320 px screen: 16 px padding each side, as much again inside a card, a card in a card.
      const container = widgetsInColumn(column, locale);
      try {
        root.style.fontSize = '200%';
        document.body.append(container);
        await settle(container);
        for (const details of deepElements(container).filter((element): element is HTMLDetailsElement => element instanceof HTMLDetailsElement)) {
          details.open = true;
        }
        await nextFrame();
        expect(overflowing(container), `elements outside the ${column} px column`).to.deep.equal([]);
        for (const widget of container.children) expect(widget.getBoundingClientRect().width, widget.localName).to.be.at.most(column);
        // …and inside its own box: text past a widget's border sits on the page, not on the widget.
        for (const widget of container.children as HTMLCollectionOf<HTMLElement>) {
          expect(overflowing(widget), `elements outside <${widget.localName} ${[...widget.attributes].map((a) => a.name).join(' ')}>`).to.deep.equal([]);
        }
        // The gauges' figures stay in the arcs' opening: "31.4%" lay on the ring's ends.
        for (const arc of arcGauges(container)) expect(figureBeyondArc(arc), "px of a gauge's figure past the arc's opening").to.be.at.most(0);
        // A breakdown row's pace shape stays on the line of its word (▲ at the end of one line,
        // "앞섬" on the next, read as two things).
        const values = [...container.querySelectorAll('wfp-execution-gauge')].flatMap((gauge) => [...gauge.shadowRoot!.querySelectorAll('.row-value')]);
        let paired = 0;
        for (const value of values) {
          const [shape, word] = [value.querySelector('svg.shape'), value.querySelector('.pace-word')];
          if (!shape || !word) continue;
          const [s, w] = [shape.getBoundingClientRect(), word.getBoundingClientRect()];
          if (w.height === 0) continue; // a row past a limit, not drawn
          expect((s.top + s.bottom) / 2 > w.top && (s.top + s.bottom) / 2 < w.bottom, `pace shape beside "${word.textContent}"`).to.equal(true);
          paired += 1;
        }
        expect(paired, 'rows with a pace word').to.be.greaterThan(3);
        // A count on a district tile stays one line: "10" split into "1" over "0" covered the name.
        const locator = container.querySelector('wfp-facility-locator')!.shadowRoot!;
        for (const count of locator.querySelectorAll<HTMLElement>('.tile-count')) {
          expect(count.getClientRects().length === 1 && count.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(count).lineHeight), `tile count "${count.textContent}" on one line`).to.equal(true);
        }
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

/**
 * Text spacing (WCAG 2.1 1.4.12): a reader's style that sets line height 1.5, paragraph spacing 2em,
 * letter spacing 0.12em and word spacing 0.16em (as the bookmarklets and browser extensions do, in
 * every shadow root) loses nothing: every widget's content stays inside it, and the gauge's figure
 * stays in the arc's opening (a paragraph's 2em lifted it onto the arc).
 */
describe('text spacing: line height 1.5, paragraphs 2em apart, letters 0.12em, words 0.16em', () => {
  const spacing = new CSSStyleSheet();
  spacing.replaceSync(
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
  );
  const applyTo = (root: Element) => {
    for (const element of [root, ...deepElements(root)]) {
      if (element.shadowRoot) element.shadowRoot.adoptedStyleSheets = [...element.shadowRoot.adoptedStyleSheets, spacing];
    }
  };
  for (const [locale, column] of [['ko', 320], ['en', 320], ['ko', 640], ['en', 640]] as [Locale, number][]) {
    it(`keeps every widget's content inside it in a ${column} px column (${locale})`, async () => {
      const container = widgetsInColumn(column, locale);
      try {
        document.body.append(container);
        await settle(container);
        const gauge = container.querySelector('wfp-execution-gauge')!.shadowRoot!;
        const figureBottom = () => gauge.querySelector('.figure')!.getBoundingClientRect().bottom - gauge.querySelector('[part="value"]')!.getBoundingClientRect().bottom;
        const before = figureBottom();
        document.documentElement.style.cssText = 'line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em;';
        applyTo(container);
        await nextFrame();
        for (const widget of container.children as HTMLCollectionOf<HTMLElement>) {
          expect(overflowing(widget), `elements outside <${widget.localName} ${[...widget.attributes].map((a) => a.name).join(' ')}>`).to.deep.equal([]);
        }
        expect(figureBottom() - before, "the gauge's figure moved up from the arc's opening by (px)").to.be.below(2);
        // …nor, letter-spaced, reaches onto the ring.
        for (const arc of arcGauges(container)) expect(figureBeyondArc(arc), "px of a gauge's figure past the arc's opening").to.be.at.most(0);
      } finally {
        document.documentElement.style.cssText = '';
        container.remove();
      }
    });
  }
});
