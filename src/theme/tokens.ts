/**
 * Design tokens. Every token is a public CSS custom property `--wfp-<name>` a host page may set
 * (on `body`, on a container, or under its own dark-mode selector); widgets read it through a
 * private `--_<name>` whose fallback is the value below for the active theme.
 *
 * Light values follow KRDS (Korea Design System) tokens; sizes are rebased from KRDS's 10px rem
 * (`html { font-size: 62.5% }`) to a 16px rem by dividing by 1.6, so user font settings still apply.
 */
export interface DesignToken {
  /** Without the `--wfp-` prefix. */
  name: string;
  group: 'colour' | 'typography' | 'space' | 'shape';
  light: string;
  /** Defaults to `light` when a theme does not need a different value (sizes, font). */
  dark?: string;
  highContrast?: string;
  description: string;
}

export const FONT_STACK = '"Pretendard GOV", Pretendard, system-ui, -apple-system, "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", sans-serif';

export const DESIGN_TOKENS: readonly DesignToken[] = [
  // Colours. Dark values were chosen for ≥ 4.5:1 text contrast on the dark surface.
  { name: 'color-surface', group: 'colour', light: '#ffffff', dark: '#1e2124', highContrast: '#000000', description: 'Widget background' },
  { name: 'color-surface-alt', group: 'colour', light: '#f4f5f6', dark: '#2b2f33', highContrast: '#000000', description: 'Zebra rows, skeletons, chips' },
  { name: 'color-text', group: 'colour', light: '#1e2124', dark: '#f4f5f6', highContrast: '#ffffff', description: 'Body text' },
  { name: 'color-text-muted', group: 'colour', light: '#464c53', dark: '#cdd1d5', highContrast: '#ffffff', description: 'Secondary text (source lines, units)' },
  { name: 'color-border', group: 'colour', light: '#cdd1d5', dark: '#6d7882', highContrast: '#ffffff', description: 'Borders, gauge tracks' },
  { name: 'color-primary', group: 'colour', light: '#256ef4', dark: '#86aff9', highContrast: '#ffd400', description: 'Data fills, selected state (KRDS primary 50)' },
  { name: 'color-primary-strong', group: 'colour', light: '#0b50d0', dark: '#b1cefb', highContrast: '#ffd400', description: 'Links and text in the primary colour (AA on surface)' },
  { name: 'color-primary-subtle', group: 'colour', light: '#ecf2fe', dark: '#052561', highContrast: '#000000', description: 'Highlighted rows and tiles' },
  { name: 'color-on-primary', group: 'colour', light: '#ffffff', dark: '#03163a', highContrast: '#000000', description: 'Text on a primary fill' },
  { name: 'color-secondary', group: 'colour', light: '#346fb2', dark: '#86aff9', highContrast: '#00ffff', description: 'Second data series' },
  { name: 'color-accent', group: 'colour', light: '#d63d4a', dark: '#ff8a94', highContrast: '#ff7ff0', description: 'Markers (pace line), third data series' },
  { name: 'color-danger', group: 'colour', light: '#de3412', dark: '#ff8d6f', highContrast: '#ff7070', description: 'Error state border and icon' },
  { name: 'color-danger-text', group: 'colour', light: '#b52a0e', dark: '#ffb4a1', highContrast: '#ffffff', description: 'Error text (AA on surface)' },
  { name: 'color-danger-subtle', group: 'colour', light: '#fdefec', dark: '#3d1a12', highContrast: '#000000', description: 'Error box background' },
  { name: 'color-warning', group: 'colour', light: '#9e6a00', dark: '#ffcf5c', highContrast: '#ffd400', description: 'Behind-pace and over-strength marks' },
  { name: 'color-success', group: 'colour', light: '#228738', dark: '#6fd287', highContrast: '#7fff7f', description: 'Ahead-of-pace and open-now marks' },
  { name: 'color-focus', group: 'colour', light: '#0b50d0', dark: '#ffd400', highContrast: '#ffd400', description: 'Keyboard focus ring' },
  // Typography
  { name: 'font-family', group: 'typography', light: FONT_STACK, description: 'KRDS uses Pretendard GOV; widgets never load fonts themselves' },
  { name: 'font-size-body', group: 'typography', light: '1.0625rem', description: 'KRDS body medium 1.7rem@10px' },
  { name: 'font-size-small', group: 'typography', light: '0.9375rem', description: 'KRDS body small 1.5rem@10px' },
  { name: 'font-size-xsmall', group: 'typography', light: '0.8125rem', description: 'KRDS body xsmall 1.3rem@10px' },
  { name: 'font-size-heading', group: 'typography', light: '1.1875rem', description: 'KRDS heading small 1.9rem@10px' },
  { name: 'font-size-display', group: 'typography', light: '2rem', description: 'KRDS heading large 3.2rem@10px (gauge value)' },
  { name: 'line-height', group: 'typography', light: '1.5', description: 'KRDS line height' },
  { name: 'font-weight-bold', group: 'typography', light: '700', description: 'KRDS bold' },
  // Space and shape
  { name: 'space-1', group: 'space', light: '0.25rem', description: '4px' },
  { name: 'space-2', group: 'space', light: '0.5rem', description: '8px' },
  { name: 'space-3', group: 'space', light: '0.75rem', description: '12px' },
  { name: 'space-4', group: 'space', light: '1rem', description: '16px' },
  { name: 'space-6', group: 'space', light: '1.5rem', description: '24px' },
  { name: 'radius', group: 'shape', light: '0.375rem', description: 'KRDS medium radius 6px' },
  { name: 'border-width', group: 'shape', light: '1px', highContrast: '2px', description: 'Borders (thicker in high contrast)' },
];

type ThemeColumn = 'light' | 'dark' | 'highContrast';

function valueFor(token: DesignToken, column: ThemeColumn): string {
  return token[column] ?? token.light;
}

/** Declarations `--_name: var(--wfp-name, value);` for one theme (only tokens that differ, except light). */
export function tokenDeclarations(column: ThemeColumn): string {
  return DESIGN_TOKENS.filter((token) => column === 'light' || token[column] !== undefined)
    .map((token) => `--_${token.name}: var(--wfp-${token.name}, ${valueFor(token, column)});`)
    .join('\n');
}
