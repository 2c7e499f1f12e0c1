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

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> set dark or high contrast prints as a light one does (pale fills would vanish on white paper)`, async () => {
      await emulateMedia({ media: 'print' });
      const render = async (theme: string) => {
        const el = await fixture(staticHtml`<${unsafeStatic(tag)} theme=${theme} program=${REQUIRED[tag] ?? ''}></${unsafeStatic(tag)}>`);
        await settle(el);
        return colours(el);
      };
      const light = await render('light');
      expect(light.find((line) => line.startsWith('color-primary '))).to.equal(`color-primary ${TOKEN_VALUES['color-primary'].light}`);
      expect(await render('dark'), 'dark').to.deep.equal(light);
      expect(await render('high-contrast'), 'high contrast').to.deep.equal(light);
    });
  }
});
