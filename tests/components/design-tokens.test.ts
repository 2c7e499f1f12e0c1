import { expect } from '@open-wc/testing';
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
});
