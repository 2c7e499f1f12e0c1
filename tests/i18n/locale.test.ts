import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextAttributeController } from '../../src/internal/context-attribute-controller.js';
import { watcherCount } from '../../src/internal/attribute-watch.js';
import { matchLocale, resolveLocale } from '../../src/i18n/locale.js';
import { resolveTheme } from '../../src/theme/theme.js';

/** A minimal host that renders its resolved locale and theme. */
class LocaleProbe extends LitElement {
  readonly locale = new ContextAttributeController(this, resolveLocale, 'ko');
  readonly theme = new ContextAttributeController(this, resolveTheme, 'page');
  override render() {
    return `${this.locale.value}|${this.theme.value}`;
  }
}
customElements.define('locale-probe', LocaleProbe);

const text = (el: LocaleProbe) => el.shadowRoot!.textContent;

describe('locale resolution', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('maps language tags to supported locales', () => {
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('ko-KR')).to.equal('ko');
    expect(matchLocale('EN')).to.equal('en');
    expect(matchLocale('ja')).to.equal(null);
    expect(matchLocale('')).to.equal(null);
  });

  it('uses the element’s own lang first', async () => {
    const el = await fixture<LocaleProbe>(html`<div lang="ko"><locale-probe lang="en"></locale-probe></div>`);
    expect(resolveLocale(el.querySelector('locale-probe') ?? el)).to.equal('en');
  });

  it('falls back to the closest ancestor [lang]', async () => {
    const wrapper = await fixture(html`<section lang="en-US"><div><locale-probe></locale-probe></div></section>`);
    const el = wrapper.querySelector('locale-probe') as LocaleProbe;
    await el.updateComplete;
    expect(text(el)).to.equal('en|page');
  });

  it('falls back to <html lang>, then Korean', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect(text(el)).to.equal('en|page');
    document.documentElement.removeAttribute('lang');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el)).to.equal('ko|page');
  });

  it('treats unsupported languages as Korean', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe lang="ja"></locale-probe>`);
    expect(text(el)).to.equal('ko|page');
  });

  it('follows lang and theme changes at runtime, on ancestors and on itself', async () => {
    const wrapper = await fixture(html`<div lang="ko" theme="dark"><locale-probe></locale-probe></div>`);
    const el = wrapper.querySelector('locale-probe') as LocaleProbe;
    await el.updateComplete;
    expect(text(el)).to.equal('ko|dark');
    wrapper.setAttribute('lang', 'en');
    wrapper.setAttribute('theme', 'high-contrast');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el)).to.equal('en|high-contrast');
    el.setAttribute('lang', 'ko');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el)).to.equal('ko|high-contrast');
  });

  it('inherits across shadow roots', async () => {
    const outer = await fixture(html`<div lang="en"><div id="host"></div></div>`);
    const host = outer.querySelector('#host')!;
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('locale-probe') as LocaleProbe;
    root.append(el);
    await el.updateComplete;
    expect(text(el)).to.equal('en|page');
  });

  it('stops watching when the last element leaves the page', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect(watcherCount()).to.be.greaterThan(0);
    el.remove();
    expect(watcherCount()).to.equal(0);
  });
});
