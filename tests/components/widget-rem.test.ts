import { expect, fixture, nextFrame } from '@open-wc/testing';
import type { CSSResultOrNative, ReactiveElement } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { toWidgetRem } from '../../src/theme/widget-rem.js';
import { settle, WIDGET_TAGS } from '../hardening/helpers.js';

describe('the widgets’ rem (toWidgetRem)', () => {
  it('reads every rem length through --_rem, signs and bare decimals included', () => {
    expect(toWidgetRem('padding:0.25rem 1rem;top:-0.375rem;width:.5rem')).to.equal(
      'padding:calc(0.25 * var(--_rem)) calc(1 * var(--_rem));top:calc(-0.375 * var(--_rem));width:calc(.5 * var(--_rem))',
    );
    expect(toWidgetRem('font-size:clamp(1.25rem,15cqi,3rem)')).to.equal('font-size:clamp(calc(1.25 * var(--_rem)),15cqi,calc(3 * var(--_rem)))');
    expect(toWidgetRem('calc(100% - 2rem)')).to.equal('calc(100% - calc(2 * var(--_rem)))');
  });

  it('leaves names, other units, container breakpoints and --_rem itself alone', () => {
    for (const text of ['--wfp-x-2rem: 1px', '.icon-2rem{}', 'width: 12em', 'width: 3remx', '@container (min-width: 41.4em)', ':host{--_rem: 1rem}']) {
      expect(toWidgetRem(text), text).to.equal(text);
    }
    expect(toWidgetRem(':host { --_rem: 1rem; padding: 1rem }')).to.equal(':host { --_rem: 1rem; padding: calc(1 * var(--_rem)) }');
  });

  it('every widget adopts the 1rem default as written: a --_rem that referred to itself would be invalid', () => {
    for (const tag of WIDGET_TAGS) {
      const element = customElements.get(tag) as unknown as typeof ReactiveElement;
      const css = (element.elementStyles as CSSResultOrNative[]).map((sheet) => (sheet instanceof CSSStyleSheet ? '' : sheet.cssText)).join('\n');
      expect(css, tag).to.match(/--_rem:\s*1rem/);
      expect(css, tag).not.to.match(/--_rem:\s*calc/);
    }
  });
});

/** What a reader sees of a widget's size: its text size, its box, its inset. */
async function measure(el: Element): Promise<{ font: string; width: number; height: number; padding: string }> {
  await nextFrame();
  await nextFrame();
  const base = el.shadowRoot!.querySelector('.base')!;
  const style = getComputedStyle(base);
  const box = el.getBoundingClientRect();
  return { font: style.fontSize, width: Math.round(box.width), height: Math.round(box.height), padding: style.paddingInlineStart };
}

describe('a page that shrinks its rem (html { font-size: 62.5% }, as KRDS pages do)', () => {
  const root = document.documentElement;
  afterEach(() => root.style.removeProperty('font-size'));

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> looks the same as on a page with the default rem`, async () => {
      const program = tag === 'wfp-program-card' ? 'mom-dad-taxi' : '';
      const holder = await fixture(staticHtml`<div style="width: 720px"><${unsafeStatic(tag)} program=${program}></${unsafeStatic(tag)}></div>`);
      const el = holder.firstElementChild!;
      await settle(el);
      const normal = await measure(el);
      expect(normal.font, 'body text at the default rem').to.equal('17px');

      root.style.fontSize = '62.5%';
      expect(getComputedStyle(root).fontSize).to.equal('10px');
      expect(await measure(el), 'at a 10 px rem').to.deep.equal(normal);

      // A page that enlarges its text (a "larger text" control) is followed.
      root.style.fontSize = '125%';
      expect((await measure(el)).font).to.equal('21.25px');
    });
  }
});
