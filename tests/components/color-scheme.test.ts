import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { settle, WIDGET_TAGS } from '../hardening/helpers.js';
import { TOKEN_VALUES } from '../../src/theme/token-values.js';

/** "#1e2124" → "rgb(30, 33, 36)", as getComputedStyle reports it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const LIGHT = rgb(TOKEN_VALUES['color-surface'].light);
const DARK = rgb(TOKEN_VALUES['color-surface'].dark);

const REQUIRED: Partial<Record<(typeof WIDGET_TAGS)[number], string>> = { 'wfp-program-card': 'mom-dad-taxi' };

/** The colour a reader sees behind the widget's text. */
const surface = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor;

describe("the page's colour scheme (no theme set)", () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> stays light on a light-only page when the reader's system is dark`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await fixture(staticHtml`<${unsafeStatic(tag)} program=${REQUIRED[tag] ?? ''}></${unsafeStatic(tag)}>`);
      await settle(el);
      expect(surface(el), tag).to.equal(LIGHT);
    });
  }

  it("follows the system where the page declares a dark look (CSS color-scheme), also when the system changes", async () => {
    const wrapper = await fixture(html`<div style="color-scheme: light dark"><wfp-execution-gauge department="early-childhood"></wfp-execution-gauge></div>`);
    const el = wrapper.querySelector('wfp-execution-gauge')!;
    await settle(el);
    expect(surface(el), 'light system').to.equal(LIGHT);
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(el), 'dark system').to.equal(DARK);
    // The widget's form controls and scrollbars are drawn dark with it.
    expect(getComputedStyle(el.shadowRoot!.querySelector('.base')!).colorScheme).to.equal('light dark');
  });

  it('follows a page that declares only a dark look, and one that says so in <meta name="color-scheme">', async () => {
    const dark = await fixture(html`<div style="color-scheme: dark"><wfp-execution-gauge department="early-childhood"></wfp-execution-gauge></div>`);
    await settle(dark.firstElementChild!);
    expect(surface(dark.firstElementChild!), 'color-scheme: dark, light system').to.equal(DARK);

    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
    document.head.append(meta);
    try {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await fixture(html`<wfp-execution-gauge department="early-childhood"></wfp-execution-gauge>`);
      await settle(el);
      expect(surface(el), '<meta> light dark, dark system').to.equal(DARK);
    } finally {
      meta.remove();
    }
  });

  it('theme="auto" follows the system on any page; a theme the page sets wins over its colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await fixture(html`<wfp-execution-gauge theme="auto" department="early-childhood"></wfp-execution-gauge>`);
    const light = await fixture(html`<div style="color-scheme: dark" theme="light"><wfp-execution-gauge department="early-childhood"></wfp-execution-gauge></div>`);
    await settle(auto);
    await settle(light.firstElementChild!);
    expect(surface(auto), 'theme="auto"').to.equal(DARK);
    expect(surface(light.firstElementChild!), 'theme="light" on a dark section').to.equal(LIGHT);
  });

  it('is accessible light and dark', async () => {
    const wrapper = await fixture(html`<div style="color-scheme: light dark"><wfp-staffing-table bars></wfp-staffing-table></div>`);
    const el = wrapper.firstElementChild!;
    await settle(el);
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(el)).to.equal(DARK);
    await expect(el).to.be.accessible();
  });
});

describe('printing', () => {
  afterEach(() => emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' }));

  /** Every colour token as the widget resolves it. */
  const colours = (el: Element) => {
    const style = getComputedStyle(el.shadowRoot!.querySelector('.base')!);
    return Object.keys(TOKEN_VALUES)
      .filter((name) => name.startsWith('color-'))
      .map((name) => `${name} ${style.getPropertyValue(`--_${name}`).trim()}`);
  };

  /** The colours every element of the widget is painted with, nested widgets included. */
  const painted = (el: Element) => {
    const lines: string[] = [];
    const walk = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        if (style.display === 'none') continue;
        lines.push(`${element.localName}.${element.getAttribute('class') ?? ''} ${style.color} ${style.backgroundColor} ${style.fill} ${style.stroke} ${style.borderTopColor}`);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(el.shadowRoot!);
    return lines;
  };

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> set dark or high contrast prints as a light one does (pale fills would vanish on white paper)`, async () => {
      await emulateMedia({ media: 'print' });
      // The locator's tiles, coloured by count: with a district chosen, every step of the scale.
      const render = async (theme: string) => {
        const el = await fixture(staticHtml`<${unsafeStatic(tag)} theme=${theme} program=${REQUIRED[tag] ?? ''} district=${tag === 'wfp-facility-locator' ? 'gangseo' : ''}></${unsafeStatic(tag)}>`);
        await settle(el);
        return { tokens: colours(el), painted: painted(el) };
      };
      const light = await render('light');
      expect(light.tokens.find((line) => line.startsWith('color-primary '))).to.equal(`color-primary ${TOKEN_VALUES['color-primary'].light}`);
      for (const theme of ['dark', 'high-contrast']) {
        const printed = await render(theme);
        expect(printed.tokens, theme).to.deep.equal(light.tokens);
        // Component colours too (the locator's high-contrast tile step), element by element.
        expect(printed.painted.length, theme).to.equal(light.painted.length);
        expect(printed.painted.filter((line, i) => line !== light.painted[i]), theme).to.deep.equal([]);
      }
    });
  }
});
