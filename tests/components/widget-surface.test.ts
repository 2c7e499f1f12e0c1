import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { accessibleStatuses } from './accessibility-tree.js';
import { contrast } from './contrast.js';
import { deepElements, faultUrl, settle, uniqueKey, waitFor, WIDGET_TAGS } from '../hardening/helpers.js';

/** "rgb(1, 2, 3)" / "rgba(1, 2, 3, 0.5)" → [r, g, b, a]. */
function rgba(color: string): [number, number, number, number] {
  const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

const sameColour = (a: string, b: string) => rgba(a).slice(0, 3).join() === rgba(b).slice(0, 3).join();

/**
 * A loading shape a sighted reader can see on the widget's surface: a tint that differs from it, or
 * an outline (high contrast has no tints: its surface-alt is its surface).
 */
function standsOut(shape: Element, surface: string): boolean {
  const style = getComputedStyle(shape);
  const fill = shape instanceof SVGElement ? style.fill : style.backgroundColor;
  if (rgba(fill)[3] > 0 && !sameColour(fill, surface)) return true;
  if (shape instanceof SVGElement) return style.stroke !== 'none' && rgba(style.stroke)[3] > 0 && !sameColour(style.stroke, surface);
  return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && rgba(style.outlineColor)[3] > 0 && !sameColour(style.outlineColor, surface);
}

const REQUIRED: Partial<Record<(typeof WIDGET_TAGS)[number], string>> = { 'wfp-program-card': 'mom-dad-taxi' };

/** Boxes of the text a widget itself draws (nested widgets draw their own), as laid out. */
function textRects(root: ShadowRoot): DOMRect[] {
  const rects: DOMRect[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim() || node.parentElement?.closest('style, .visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    rects.push(...[...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0));
  }
  return rects;
}

describe('the widget surface', () => {
  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> keeps its text inset from the surface it paints (a dark widget on a light page)`, async () => {
      const el = await fixture(staticHtml`<${unsafeStatic(tag)} theme="dark" program=${REQUIRED[tag] ?? ''}></${unsafeStatic(tag)}>`);
      await settle(el);
      const base = el.shadowRoot!.querySelector('.base')!.getBoundingClientRect();
      const rects = textRects(el.shadowRoot!);
      expect(rects.length, tag).to.be.greaterThan(3);
      const left = Math.min(...rects.map((rect) => rect.left)) - base.left;
      const top = Math.min(...rects.map((rect) => rect.top)) - base.top;
      expect(left, `${tag}: text from the left edge`).to.be.at.least(8);
      expect(top, `${tag}: text from the top edge`).to.be.at.least(8);
    });
  }
});

describe('loading skeletons', () => {
  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    for (const tag of WIDGET_TAGS) {
      it(`<${tag}> shows its loading shapes in the ${theme} theme`, async () => {
        // A dataset that never answers keeps the widget loading while we look.
        const src = faultUrl('timeout', uniqueKey('skeleton'));
        const el = await fixture(
          staticHtml`<${unsafeStatic(tag)} theme=${theme} src=${src} program=${REQUIRED[tag] ?? ''}></${unsafeStatic(tag)}>`,
        );
        // The gauge's text lines (.skeleton-text) are the boxes, their sample text hidden inside.
        const shapes = () => deepElements(el.shadowRoot!).filter((node) => node.matches('.skeleton, .skeleton-text, .skeleton-track'));
        await waitFor(() => shapes().length > 0, `<${tag}> showed no skeleton`);
        const surface = getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor;
        const boxes = shapes();
        const hidden = boxes.filter((box) => !standsOut(box, surface)).map((box) => `${box.localName}.${[...box.classList].join('.')}`);
        expect(hidden, `${tag} (${theme})`).to.deep.equal([]);
        el.remove();
      });
    }
  }
  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> tells a screen reader it is loading, in a status, like every widget`, async () => {
      const src = faultUrl('timeout', uniqueKey('loading-status'));
      const el = await fixture(staticHtml`<${unsafeStatic(tag)} src=${src} program=${REQUIRED[tag] ?? ''}></${unsafeStatic(tag)}>`);
      await waitFor(() => !!el.shadowRoot?.querySelector('.skeleton, .skeleton-text'), `<${tag}> showed no skeleton`);
      expect(await accessibleStatuses()).to.deep.equal(['데이터를 불러오는 중입니다']);
      el.remove();
    });
  }
});

describe('error boxes', () => {
  it('look alike in every widget: the title in the box\'s own size (not a widget\'s heading size)', async () => {
    const sizes: Record<string, string> = {};
    for (const tag of WIDGET_TAGS) {
      const el = await fixture(staticHtml`<${unsafeStatic(tag)} src=${faultUrl('404', uniqueKey('error-box'))} program=${REQUIRED[tag] ?? ''}></${unsafeStatic(tag)}>`);
      await waitFor(() => !!el.shadowRoot?.querySelector('[part="error"] .title'), `<${tag}> showed no error box`);
      const box = el.shadowRoot!.querySelector('[part="error"]')!;
      sizes[tag] = `${getComputedStyle(box.querySelector('.title')!).fontSize} in ${getComputedStyle(box).fontSize}`;
      el.remove();
    }
    const first = Object.values(sizes)[0]!;
    expect(sizes).to.deep.equal(Object.fromEntries(WIDGET_TAGS.map((tag) => [tag, first])));
    expect(first.split(' in ')[0]).to.equal(first.split(' in ')[1]);
  });
});

describe('secondary buttons', () => {
  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`look and size alike in every widget ("more", CSV, reset, the list's show all), readable in the ${theme} theme`, async () => {
      const buttons: Array<[string, string, string]> = [
        ['<wfp-execution-gauge department="children" breakdown limit="1"></wfp-execution-gauge>', 'wfp-execution-gauge', 'button.more'],
        ['<wfp-staffing-table></wfp-staffing-table>', 'wfp-staffing-table', 'button.download'],
        ['<wfp-program-list query="없는사업이름"></wfp-program-list>', 'wfp-program-list', '.empty button'],
        ['<wfp-program-list limit="1"></wfp-program-list>', 'wfp-program-list', 'button.more'],
        ['<wfp-facility-locator query="없는시설이름"></wfp-facility-locator>', 'wfp-facility-locator', '.empty button'],
      ];
      const looks: Record<string, string> = {};
      for (const [markup, tag, selector] of buttons) {
        const wrapper = await fixture(staticHtml`<div theme=${theme}>${unsafeStatic(markup)}</div>`);
        const el = wrapper.querySelector(tag)!;
        await waitFor(() => !!el.shadowRoot?.querySelector(selector), `<${tag}> has no ${selector}`);
        const button = el.shadowRoot!.querySelector(selector)!;
        const style = getComputedStyle(button);
        const { height } = button.getBoundingClientRect();
        const readable = contrast(style.color, style.backgroundColor) >= 4.5 ? 'AA' : `${contrast(style.color, style.backgroundColor).toFixed(2)}:1`;
        looks[`${tag} ${selector}`] = [style.fontSize, style.fontWeight, style.color, style.borderTopColor, style.borderTopWidth, style.backgroundColor, readable, height >= 44 ? 'at least 44 px' : `${height} px`].join(' ');
        wrapper.remove();
      }
      const first = Object.values(looks)[0]!;
      expect(JSON.stringify(looks, null, 1)).to.equal(JSON.stringify(Object.fromEntries(buttons.map(([, tag, selector]) => [`${tag} ${selector}`, first])), null, 1));
      expect(first).to.contain(' AA at least 44 px');
    });
  }
});

/**
 * What a CMS editor wraps around a pasted tag when the webmaster centres it, makes it bold or
 * italic, or what an old portal's stylesheet puts on its content area: text styles the widgets
 * inherit through their host unless they set their own.
 */
const CMS_BLOCK =
  'text-align: center; text-indent: 2em; letter-spacing: 0.2em; word-spacing: 0.5em; text-transform: uppercase; ' +
  'font-style: italic; font-weight: 700; font-variant: small-caps; white-space: nowrap; text-shadow: 1px 1px red; ' +
  'cursor: pointer';
const INHERITED = [
  'text-align', 'text-indent', 'letter-spacing', 'word-spacing', 'text-transform', 'font-style', 'font-weight',
  'font-variant-caps', 'white-space-collapse', 'text-wrap-mode', 'text-shadow', 'cursor',
] as const;

describe("a host page's inherited text styles", () => {
  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> looks the same inside a centred, bold, italic, letter-spaced, no-wrap CMS block as on a plain page`, async () => {
      const widget = (style: string) => staticHtml`<div style="inline-size: 640px; ${unsafeStatic(style)}">
        <${unsafeStatic(tag)} lang="en" program=${REQUIRED[tag] ?? ''}></${unsafeStatic(tag)}></div>`;
      const plain = (await fixture(widget(''))).firstElementChild!;
      const cms = (await fixture(widget(CMS_BLOCK))).firstElementChild!;
      await settle(plain);
      await settle(cms);
      const styles = (el: Element) =>
        deepElements(el).map((node) => {
          const style = getComputedStyle(node);
          return `${node.localName}.${[...node.classList].join('.')} ${INHERITED.map((name) => style.getPropertyValue(name)).join(' | ')}`;
        });
      const expected = styles(plain); // once: recomputed per element, it made the list's check quadratic (30 s)
      const differ = styles(cms).filter((line, at) => line !== expected[at]);
      expect(differ.slice(0, 3), `${tag}: ${differ.length} elements styled differently`).to.deep.equal([]);
      expect(cms.getBoundingClientRect().height, 'height').to.equal(plain.getBoundingClientRect().height);
    });
  }
});
