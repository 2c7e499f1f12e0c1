import { CSSResult, unsafeCSS, type CSSResultOrNative } from 'lit';

/**
 * The widgets' own rem.
 *
 * Many portals set `html { font-size: 62.5% }` so that their rem is 10 px (KRDS pages do; so do
 * countless others, some with 50 % or 56.25 % on small screens). The widgets' sizes are written in a
 * 16 px rem — the reader's default font size — and in such a page they would shrink with it: 10.6 px
 * body text, 8 px captions, breakpoints at 62.5 % of their width.
 *
 * So every `rem` in the widgets' styles is read through `--_rem`. When the first widget appears, the
 * page's rem is compared with the reader's default font size (the CSS `medium`, which CSS cannot use
 * as a length, so it is measured): a page that shrank its rem by a factor k (1.6 for 62.5 %) gets
 * `--_rem: max(medium, k × 1rem)` in one stylesheet every widget adopts. The widgets then grow with
 * the page's own "larger text" control (62.5 % → 75 % → 87.5 %: text 17 → 20.4 → 23.8 px, as the
 * page's 1.7rem body text) and never fall below the reader's default (a page that shrinks its rem
 * further on small screens). A page that does not shrink its rem keeps `max(medium, 1rem)`: it is
 * followed when it enlarges its rem. Until measured, and where there is no DOM (server rendering),
 * `--_rem` is `1rem`. The reader's default font size and browser zoom apply, as `medium` is that setting.
 *
 * Container queries cannot use `var()`: their breakpoints are in `em`, which there means the query
 * container's font size (the body size), not the page's rem.
 */

/**
 * `1.25rem` → `calc(1.25 * var(--_rem))`; a sign stays inside. Names that contain digits are left
 * alone, and so is the declaration of `--_rem` itself (a custom property that refers to itself is
 * invalid: its `1rem` fallback would be lost).
 */
const REM = /(--_rem:[^;}]*)|(^|[^\w.-])(-?)(\d*\.?\d+)rem\b/g;

export function toWidgetRem(cssText: string): string {
  return cssText.replace(REM, (_match, ownDeclaration: string | undefined, before: string, sign: string, amount: string) =>
    ownDeclaration ?? `${before}calc(${sign}${amount} * var(--_rem))`,
  );
}

const converted = new WeakMap<CSSResult, CSSResult>();

/**
 * For `static finalizeStyles` (WidgetElement): the same style with its rem lengths in the widgets'
 * rem. One result per source, so every widget class shares the base stylesheet as before.
 */
export function withWidgetRem(style: CSSResultOrNative): CSSResultOrNative {
  if (!(style instanceof CSSResult)) return style;
  let result = converted.get(style);
  if (!result) {
    result = unsafeCSS(toWidgetRem(style.cssText)) as CSSResult;
    converted.set(style, result);
  }
  return result;
}

/** Where the measured `--_rem` goes. Absent without constructable stylesheets (server rendering). */
const remSheet = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype ? new CSSStyleSheet() : undefined;

/** Adopted by every widget after the base styles, whose `:host { --_rem: 1rem }` it overrides once measured. */
export const widgetRemStyles: CSSResultOrNative = remSheet ?? unsafeCSS('');

let measured = false;

/**
 * Measures the reader's default font size and the page's rem once per page, inside the first
 * widget's shadow root (a probe there never touches the host page's DOM), and sets `--_rem` for all
 * widgets (see above).
 */
export function measureWidgetRem(root: ShadowRoot | HTMLElement | DocumentFragment): void {
  if (measured || !remSheet || !(root instanceof Node) || !root.isConnected) return;
  measured = true;
  const probe = document.createElement('span');
  // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
  probe.style.fontSize = 'medium';
  root.appendChild(probe);
  const medium = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  if (!(medium > 0 && rem > 0)) return;
  // How much the page shrank its rem; 1 when it did not (rounded: 1.6, not 1.6000000001).
  const factor = Math.max(1, Math.round((medium / rem) * 1000) / 1000);
  remSheet.replaceSync(`:host{--_rem:max(${medium}px,${factor === 1 ? '1rem' : `${factor}rem`})}`);
}
