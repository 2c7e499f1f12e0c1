/**
 * Design tokens: the values the widgets' styles are built from. Every token is a public CSS custom
 * property `--wfp-<name>` a host page may set (on `body`, on a container, or under its own dark-mode
 * selector); widgets read it through a private `--_<name>` whose fallback is the value below for the
 * active theme.
 *
 * Light values follow KRDS (Korea Design System) tokens; sizes are rebased from KRDS's 10px rem
 * (`html { font-size: 62.5% }`) to a 16px rem by dividing by 1.6, so user font settings still apply.
 *
 * Only values live here, because this file ships in every widget; what each token is for (groups,
 * descriptions for the docs) lives in `tokens.ts` (the public `seoul-wfp-widgets/theme/tokens` entry, DESIGN_TOKENS), which
 * the compiler keeps complete.
 */
export interface TokenValues {
  light: string;
  /** Defaults to `light` when a theme does not need a different value (sizes, font). */
  dark?: string;
  highContrast?: string;
}

export const FONT_STACK = '"Pretendard GOV", Pretendard, system-ui, -apple-system, "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", sans-serif';

export const TOKEN_VALUES = {
  // Colours. Dark values were chosen for ≥ 4.5:1 text contrast on the dark surface.
  'color-surface': { light: '#ffffff', dark: '#1e2124', highContrast: '#000000' },
  'color-surface-alt': { light: '#f4f5f6', dark: '#2b2f33', highContrast: '#000000' },
  'color-text': { light: '#1e2124', dark: '#f4f5f6', highContrast: '#ffffff' },
  'color-text-muted': { light: '#464c53', dark: '#cdd1d5', highContrast: '#ffffff' },
  'color-border': { light: '#cdd1d5', dark: '#6d7882', highContrast: '#ffffff' },
  'color-primary': { light: '#256ef4', dark: '#86aff9', highContrast: '#ffd400' },
  'color-primary-strong': { light: '#0b50d0', dark: '#b1cefb', highContrast: '#ffd400' },
  'color-primary-subtle': { light: '#ecf2fe', dark: '#052561', highContrast: '#000000' },
  'color-on-primary': { light: '#ffffff', dark: '#03163a', highContrast: '#000000' },
  'color-accent': { light: '#d63d4a', dark: '#ff8a94', highContrast: '#ff7ff0' },
  // Data series (the program card's funding split: 국비, 시비, 구비, 민간). Chosen so every pair stays
  // apart for readers with protanopia, deuteranopia or tritanopia, above all 국비·시비 and 시비·구비,
  // the splits the report prints; ≥ 3:1 against the surface; none is a status colour (시비, in
  // nearly every split, was the red of alarms, and it and 구비's green merged for red-green readers).
  // The light ones, which every theme prints in, also differ in lightness (dark to light: 민간, 국비,
  // 시비, 구비), so a black-and-white printer keeps them apart.
  'color-series-1': { light: '#1d4e89', dark: '#86aff9', highContrast: '#40c0ff' },
  'color-series-2': { light: '#b35900', dark: '#ffa65c', highContrast: '#ff9f40' },
  'color-series-3': { light: '#2a9d8f', dark: '#4fd1c0', highContrast: '#ff7ff0' },
  'color-series-4': { light: '#1e2124', dark: '#eceef0', highContrast: '#ffffff' },
  'color-danger': { light: '#de3412', dark: '#ff8d6f', highContrast: '#ff7070' },
  'color-danger-text': { light: '#b52a0e', dark: '#ffb4a1', highContrast: '#ffffff' },
  'color-danger-subtle': { light: '#fdefec', dark: '#3d1a12', highContrast: '#000000' },
  'color-warning': { light: '#9e6a00', dark: '#ffcf5c', highContrast: '#ffd400' },
  'color-success': { light: '#228738', dark: '#6fd287', highContrast: '#7fff7f' },
  'color-focus': { light: '#0b50d0', dark: '#ffd400', highContrast: '#ffd400' },
  // Typography
  'font-family': { light: FONT_STACK },
  'font-size-body': { light: '1.0625rem' },
  'font-size-small': { light: '0.9375rem' },
  'font-size-xsmall': { light: '0.8125rem' },
  'font-size-heading': { light: '1.1875rem' },
  'font-size-display': { light: '2rem' },
  'line-height': { light: '1.5' },
  'font-weight-bold': { light: '700' },
  // Space and shape
  'space-1': { light: '0.25rem' },
  'space-2': { light: '0.5rem' },
  'space-3': { light: '0.75rem' },
  'space-4': { light: '1rem' },
  'space-6': { light: '1.5rem' },
  'radius': { light: '0.375rem' },
  'border-width': { light: '1px', highContrast: '2px' },
} as const satisfies Record<string, TokenValues>;

/** A token's name without the `--wfp-` prefix. */
export type TokenName = keyof typeof TOKEN_VALUES;

export type ThemeColumn = keyof TokenValues;

/** `--_name: var(--wfp-name, value);` for each token `valueOf` gives a value. */
function declarations(valueOf: (values: TokenValues) => string | undefined): string {
  return Object.entries(TOKEN_VALUES as Record<TokenName, TokenValues>)
    .flatMap(([name, values]) => {
      const value = valueOf(values);
      return value === undefined ? [] : [`--_${name}: var(--wfp-${name}, ${value});`];
    })
    .join('\n');
}

/** Declarations for one theme (only tokens that differ, except light). */
export function tokenDeclarations(column: ThemeColumn): string {
  return declarations((values) => values[column]);
}

/**
 * `light-dark(light, dark)` for the tokens with a dark value: the browser picks one by the
 * `color-scheme` the widget ends up with (base-styles.ts).
 */
export function lightDarkDeclarations(): string {
  return declarations((values) => values.dark && `light-dark(${values.light}, ${values.dark})`);
}
