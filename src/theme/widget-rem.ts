import { CSSResult, unsafeCSS, type CSSResultOrNative } from 'lit';

/**
 * The widgets' own rem.
 *
 * Many portals set `html { font-size: 62.5% }` so that their rem is 10 px (KRDS pages do; so do
 * countless others, some with 50 % or 56.25 % on small screens). The widgets' sizes are written in a
 * 16 px rem — the reader's default font size — and in such a page they would shrink with it: 10.6 px
 * body text, 8 px captions, breakpoints at 62.5 % of their width.
 *
 * So every `rem` in the widgets' styles is read through `--_rem`: the page's rem, but never less
 * than the reader's default font size (the CSS `medium`). CSS cannot use `medium` as a length, so it
 * is measured once per page and written into one stylesheet every widget adopts. Until then, and
 * where there is no DOM (server rendering), `--_rem` is plain `1rem`.
 *
 * A page whose rem is larger than the default (a "larger text" control, a 18 px root) is followed:
 * `max()` keeps the live `1rem` in the value. The reader's own default font size and browser zoom
 * still apply, because `medium` is that setting.
 *
 * Container queries cannot use `var()`: their breakpoints are in `em`, which there means the query
 * container's font size (the body size), not the page's rem.
 */

/** `1.25rem` → `calc(1.25 * var(--_rem))`; a sign stays inside. Names that contain digits are left alone. */
const REM = /(^|[^\w.-])(-?)(\d*\.?\d+)rem\b/g;

export function toWidgetRem(cssText: string): string {
  return cssText.replace(REM, '$1calc($2$3 * var(--_rem))');
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

/** Where the floor goes once measured. Absent without constructable stylesheets (server rendering). */
const floorSheet = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype ? new CSSStyleSheet() : undefined;

/** Adopted by every widget after the base styles, whose `:host { --_rem: 1rem }` it overrides. */
export const widgetRemFloor: CSSResultOrNative = floorSheet ?? unsafeCSS('');

let measured = false;

/**
 * Measures the reader's default font size once per page, inside the first widget's shadow root (a
 * probe there never touches the host page's DOM), and sets the floor of `--_rem` for all widgets.
 */
export function measureWidgetRem(root: ShadowRoot | HTMLElement | DocumentFragment): void {
  if (measured || !floorSheet || !(root instanceof Node) || !root.isConnected) return;
  measured = true;
  const probe = document.createElement('span');
  // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
  probe.style.fontSize = 'medium';
  root.appendChild(probe);
  const medium = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  if (medium > 0) floorSheet.replaceSync(`:host{--_rem:max(1rem,${medium}px)}`);
}
