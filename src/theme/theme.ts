import { closestAttribute } from '../internal/attribute-watch.js';

/** `auto` follows the operating system (`prefers-color-scheme`, `prefers-contrast`). */
export type ThemeName = 'light' | 'dark' | 'high-contrast' | 'auto';

/**
 * What a widget is painted with: a theme, or `page` when nothing sets one. `page` follows the page's
 * own CSS `color-scheme`: light on a light-only page whatever the system says, the system's choice
 * on a page that declares a dark look too (base-styles.ts); high contrast when the system asks.
 */
export type ResolvedTheme = ThemeName | 'page';

export const THEMES: readonly ThemeName[] = ['light', 'dark', 'high-contrast', 'auto'];

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** Unknown values already reported: a page with one typo and twenty widgets gets one line. */
const reported = new Set<string>();

/** Whether this page has set `data-krds-mode` at some point: then it is a KRDS page. */
let krdsPage = false;

/**
 * KRDS pages switch their own display mode on the root element (`<html data-krds-mode=…>`): the
 * "선명한 화면" (high contrast) toggle, `theme` for the system setting (auto), `light` / `default`
 * for the normal light page; some builds add `dark`. Widgets without a `theme` follow it. KRDS's
 * settings script returns to the light page by removing the attribute, so once a page has used it
 * its absence means light; before that, nothing says the page is a KRDS page (`page`).
 */
function krdsMode(element: Element): ResolvedTheme {
  const mode = element.ownerDocument.documentElement.getAttribute('data-krds-mode');
  if (mode !== null) krdsPage = true;
  if (mode === 'high-contrast' || mode === 'dark' || mode === 'light') return mode;
  if (mode === null) return krdsPage ? 'light' : 'page';
  return mode === 'default' ? 'light' : 'auto';
}

/**
 * The element's own `theme`, else the closest ancestor's, else a KRDS page's display mode, else
 * the page's colour scheme (`page`). An unknown value falls back to the page's too, reported once on
 * the console: a colour theme is no reason for an error box, but `theme="drak"` doing nothing without
 * a word would leave a webmaster guessing.
 */
export function resolveTheme(element: Element): ResolvedTheme {
  const value = closestAttribute(element, 'theme');
  if (isThemeName(value)) return value;
  if (value && !reported.has(value)) {
    reported.add(value);
    console.warn(`[wfp] theme="${value}" is not a theme; ignored, so the widgets follow the page. Themes: ${THEMES.join(', ')}.`);
  }
  return krdsMode(element);
}
