import { closestAttribute } from '../internal/attribute-watch.js';

/** `auto` follows the operating system (`prefers-color-scheme`, `prefers-contrast`). */
export type ThemeName = 'light' | 'dark' | 'high-contrast' | 'auto';

export const THEMES: readonly ThemeName[] = ['light', 'dark', 'high-contrast', 'auto'];

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** The element's own `theme`, else the closest ancestor's, else `auto`. Unknown values mean `auto`. */
export function resolveTheme(element: Element): ThemeName {
  const value = closestAttribute(element, 'theme');
  return isThemeName(value) ? value : 'auto';
}
