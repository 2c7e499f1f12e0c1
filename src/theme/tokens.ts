import { TOKEN_VALUES, type TokenName, type TokenValues } from './token-values.js';

export * from './token-values.js';

/** A design token as documented: its values per theme, its group and what it is for. */
export interface DesignToken extends TokenValues {
  /** Without the `--wfp-` prefix. */
  name: TokenName;
  group: 'colour' | 'typography' | 'space' | 'shape';
  description: string;
}

/**
 * What each token is for. Kept apart from the values (src/theme/token-values.ts) so the descriptions ship
 * only to code that imports DESIGN_TOKENS (Storybook's token page, tools), not in every widget; the
 * `Record<TokenName, …>` type fails the build when a token has no entry here.
 */
const ABOUT: Record<TokenName, Pick<DesignToken, 'group' | 'description'>> = {
  // Colours. Dark values were chosen for ≥ 4.5:1 text contrast on the dark surface.
  'color-surface': { group: 'colour', description: 'Widget background' },
  'color-surface-alt': { group: 'colour', description: 'Zebra rows, skeletons, chips, bar and gauge tracks' },
  'color-text': { group: 'colour', description: 'Body text' },
  'color-text-muted': { group: 'colour', description: 'Secondary text (source lines, units)' },
  'color-border': { group: 'colour', description: 'Borders, edges of bar and gauge tracks' },
  'color-primary': { group: 'colour', description: 'Data fills, selected state (KRDS primary 50)' },
  'color-primary-strong': { group: 'colour', description: 'Links and text in the primary colour (AA on surface)' },
  'color-primary-subtle': { group: 'colour', description: 'Highlighted rows and tiles' },
  'color-on-primary': { group: 'colour', description: 'Text on a primary fill' },
  'color-accent': { group: 'colour', description: 'Markers (the gauge’s pace line)' },
  'color-series-1': { group: 'colour', description: 'Data series 1: 국비 (national) in funding splits' },
  'color-series-2': { group: 'colour', description: 'Data series 2: 시비 (city)' },
  'color-series-3': { group: 'colour', description: 'Data series 3: 구비 (district)' },
  'color-series-4': { group: 'colour', description: 'Data series 4: 민간 (private)' },
  'color-danger': { group: 'colour', description: 'Error state border and icon' },
  'color-danger-text': { group: 'colour', description: 'Error text (AA on surface)' },
  'color-danger-subtle': { group: 'colour', description: 'Error box background' },
  'color-warning': { group: 'colour', description: 'Behind-pace and over-strength marks' },
  'color-success': { group: 'colour', description: 'Ahead-of-pace and open-now marks' },
  'color-focus': { group: 'colour', description: 'Keyboard focus ring' },
  // Typography
  'font-family': { group: 'typography', description: 'KRDS uses Pretendard GOV; widgets never load fonts themselves' },
  'font-size-body': { group: 'typography', description: 'KRDS body medium 1.7rem@10px' },
  'font-size-small': { group: 'typography', description: 'KRDS body small 1.5rem@10px' },
  'font-size-xsmall': { group: 'typography', description: 'KRDS body xsmall 1.3rem@10px' },
  'font-size-heading': { group: 'typography', description: 'KRDS heading small 1.9rem@10px' },
  'font-size-display': { group: 'typography', description: 'KRDS heading large 3.2rem@10px: the gauge’s percentage at its largest (bar; the arc’s 1.5×)' },
  'line-height': { group: 'typography', description: 'KRDS line height' },
  'font-weight-bold': { group: 'typography', description: 'KRDS bold' },
  // Space and shape
  'space-1': { group: 'space', description: '4px' },
  'space-2': { group: 'space', description: '8px' },
  'space-3': { group: 'space', description: '12px' },
  'space-4': { group: 'space', description: '16px' },
  'space-6': { group: 'space', description: '24px: between the locator’s map and list side by side' },
  'radius': { group: 'shape', description: 'KRDS medium radius 6px' },
  'border-width': { group: 'shape', description: 'Borders (thicker in high contrast)' },
};

/** Every public `--wfp-*` token, in the order the docs show them. */
export const DESIGN_TOKENS: readonly DesignToken[] = (Object.keys(TOKEN_VALUES) as TokenName[]).map((name) => ({
  name,
  ...ABOUT[name],
  ...(TOKEN_VALUES[name] as TokenValues),
}));
