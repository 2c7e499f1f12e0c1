import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResultOrNative, ReactiveElement } from 'lit';
import '../../src/index.js';
import { TOKEN_VALUES } from '../../src/theme/token-values.js';
import { WIDGET_TAGS } from '../hardening/helpers.js';

/** Every stylesheet the widgets adopt, as text. */
function widgetCss(): string {
  return WIDGET_TAGS.flatMap((tag) => {
    const element = customElements.get(tag) as unknown as typeof ReactiveElement;
    return (element.elementStyles as CSSResultOrNative[]).map((sheet) =>
      sheet instanceof CSSStyleSheet ? [...sheet.cssRules].map((rule) => rule.cssText).join('\n') : String(sheet.cssText),
    );
  }).join('\n');
}

describe('design tokens', () => {
  it('every public --wfp-* token changes something: a widget style reads it', () => {
    const css = widgetCss();
    // The token's private copy is declared once per theme (`--_name: var(--wfp-name, …)`); a style
    // that uses it reads `var(--_name)` or `var(--_name, …)`.
    const unread = Object.keys(TOKEN_VALUES).filter((name) => !new RegExp(`var\\(--_${name}[,)]`).test(css));
    expect(unread).to.deep.equal([]);
  });

  it('a page that sets a public --wfp-* token overrides it in every theme', async () => {
    const names = Object.keys(TOKEN_VALUES);
    const sentinel = (name: string) => `page-${name}`;
    const style = names.map((name) => `--wfp-${name}: ${sentinel(name)}`).join('; ');
    const ignored: string[] = [];
    for (const theme of ['light', 'dark', 'high-contrast', 'auto', 'page']) {
      const el = await fixture<ReactiveElement>(html`<wfp-execution-gauge budget="100" spent="10" theme=${theme} style=${style}></wfp-execution-gauge>`);
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector('.base')!;
      expect(base.getAttribute('data-theme')).to.equal(theme === 'page' ? 'page' : theme);
      const computed = getComputedStyle(base);
      for (const name of names) {
        // auto and page pick with light-dark(), which a custom property keeps unevaluated: both
        // of its branches must be the page's value.
        const parts = computed.getPropertyValue(`--_${name}`).replace(/light-dark\(|\)|,/g, ' ').trim().split(/\s+/);
        if (!parts.every((part) => part === sentinel(name))) ignored.push(`${theme}: --wfp-${name} → ${computed.getPropertyValue(`--_${name}`)}`);
      }
    }
    expect(ignored).to.deep.equal([]);
  });
});
