import { closestAttribute } from '../internal/attribute-watch.js';

/** `auto` follows the operating system (`prefers-color-scheme`, `prefers-contrast`). */
export type ThemeName = 'light' | 'dark' | 'high-contrast' | 'auto';

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
 * its absence means light; before that, nothing says the page is a KRDS page (auto).
 */
function krdsMode(element: Element): ThemeName {
  const mode = element.ownerDocument.documentElement.getAttribute('data-krds-mode');
  if (mode !== null) krdsPage = true;
  if (mode === 'high-contrast' || mode === 'dark' || mode === 'light') return mode;
  return mode === 'default' || (mode === null && krdsPage) ? 'light' : 'auto';
}

/**
 * The element's own `theme`, else the closest ancestor's, else a KRDS page's display mode, else
 * `auto`. An unknown value means `auto` and is reported once on the console: a colour theme is no
 * reason for an error box, but `theme="drak"` doing nothing without a word would leave a webmaster
 * guessing.
 */
export function resolveTheme(element: Element): ThemeName {
  const value = closestAttribute(element, 'theme');
  if (value === null) return krdsMode(element);
  if (isThemeName(value)) return value;
  if (value && !reported.has(value)) {
    reported.add(value);
    console.warn(`[wfp] theme="${value}" is not a theme; using auto. Themes: ${THEMES.join(', ')}.`);
  }
  return 'auto';
}
