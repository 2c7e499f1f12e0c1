import { closestAttribute } from '../internal/attribute-watch.js';

/** `auto` follows the operating system (`prefers-color-scheme`, `prefers-contrast`). */
export type ThemeName = 'light' | 'dark' | 'high-contrast' | 'auto';

export const THEMES: readonly ThemeName[] = ['light', 'dark', 'high-contrast', 'auto'];

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** Unknown values already reported: a page with one typo and twenty widgets gets one line. */
const reported = new Set<string>();

/**
 * The element's own `theme`, else the closest ancestor's, else `auto`. An unknown value means `auto`
 * and is reported once on the console: a colour theme is no reason for an error box, but
 * `theme="drak"` doing nothing without a word would leave a webmaster guessing.
 */
export function resolveTheme(element: Element): ThemeName {
  const value = closestAttribute(element, 'theme');
  if (isThemeName(value)) return value;
  if (value && !reported.has(value)) {
    reported.add(value);
    console.warn(`[wfp] theme="${value}" is not a theme; using auto. Themes: ${THEMES.join(', ')}.`);
  }
  return 'auto';
}
