import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../../dist/custom-elements.json' with { type: 'json' };
import { DESIGN_TOKENS, type DesignToken } from '../../src/theme/tokens.js';
import { codeName, docsStyles, withCode } from './docs-styles.js';

/**
 * Every public `--wfp-*` token with its value per theme, read from DESIGN_TOKENS (src/theme/tokens.ts, values from src/theme/token-values.ts)
 * — the same table the widgets' styles are generated from. The "Design tokens" docs page embeds it.
 */
const meta: Meta = {
  title: 'Docs/Reference/Design tokens',
  tags: ['!autodocs'],
  parameters: { layout: 'padded', controls: { disable: true } },
};
export default meta;
type Story = StoryObj;

type Column = 'light' | 'dark' | 'highContrast';
const COLUMNS: ReadonlyArray<{ key: Column; title: string }> = [
  { key: 'light', title: 'Light' },
  { key: 'dark', title: 'Dark' },
  { key: 'highContrast', title: 'High contrast' },
];
const GROUPS: ReadonlyArray<{ key: DesignToken['group']; title: string }> = [
  { key: 'colour', title: 'Colour' },
  { key: 'typography', title: 'Typography' },
  { key: 'space', title: 'Space' },
  { key: 'shape', title: 'Shape' },
];

function valueOf(token: DesignToken, column: Column): { value: string; inherited: boolean } {
  const own = token[column];
  return own === undefined ? { value: token.light, inherited: column !== 'light' } : { value: own, inherited: false };
}

/** A visual sample beside the value; decorative (the value is in the text). */
function sample(token: DesignToken, value: string): TemplateResult | typeof nothing {
  if (token.group === 'colour') return html`<span class="swatch" aria-hidden="true" style=${styleMap({ background: value })}></span>`;
  if (token.group === 'space') return html`<span class="bar" aria-hidden="true" style=${styleMap({ inlineSize: value })}></span>`;
  if (token.name.startsWith('font-size')) return html`<span aria-hidden="true" lang="ko" style=${styleMap({ fontSize: value })}>가Aa </span>`;
  if (token.name === 'radius' || token.name === 'border-width') {
    const style = token.name === 'radius' ? { borderRadius: value } : { borderWidth: value, borderRadius: '0' };
    return html`<span class="swatch" aria-hidden="true" style=${styleMap({ background: '#ecf2fe', borderStyle: 'solid', ...style })}></span>`;
  }
  return nothing;
}

export const AllTokens: Story = {
  name: 'All tokens',
  render: () => html`${docsStyles}
    <div class="wfp-doc" lang="en">
      <p class="lead">
        ${DESIGN_TOKENS.length} tokens. Set any of them on <code>body</code>, a container or the element; the widgets fall back to the
        value of the active theme. "same" means the theme keeps the light value.
      </p>
      ${GROUPS.map(({ key, title }) => {
        const tokens = DESIGN_TOKENS.filter((token) => token.group === key);
        return html`<table>
          <caption>${title} (${tokens.length})</caption>
          <thead>
            <tr>
              <th scope="col">Custom property</th>
              ${COLUMNS.map((c) => html`<th scope="col">${c.title}</th>`)}
              <th scope="col">Use</th>
            </tr>
          </thead>
          <tbody>
            ${tokens.map(
              (token) => html`<tr>
                <th scope="row">${codeName(`--wfp-${token.name}`)}</th>
                ${COLUMNS.map(({ key: column }) => {
                  const { value, inherited } = valueOf(token, column);
                  return html`<td>
                    ${inherited && token.group !== 'colour' ? nothing : sample(token, value)}${inherited ? html`<span class="muted">same</span>` : html`<code>${value}</code>`}
                  </td>`;
                })}
                <td>${withCode(token.description)}</td>
              </tr>`,
            )}
          </tbody>
        </table>`;
      })}
    </div>`,
};

interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: Array<{ name: string; description?: string }>;
}

/** Component tokens, read from custom-elements.json (the `@cssprop` JSDoc of each element). */
const componentTokens = (manifest as { modules: Array<{ declarations?: ManifestDeclaration[] }> }).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName && (declaration.cssProperties?.length ?? 0) > 0)
  .sort((a, b) => (a.tagName ?? '').localeCompare(b.tagName ?? ''));

export const ComponentTokens: Story = {
  name: 'Component tokens',
  render: () => html`${docsStyles}
    <div class="wfp-doc" lang="en">
      <p class="lead">
        Each widget also reads a few tokens of its own; unset, they fall back to the global tokens above for the active theme.
        Read from <code>custom-elements.json</code>.
      </p>
      ${componentTokens.map(
        (declaration) => html`<table>
          <caption><code>&lt;${declaration.tagName}&gt;</code></caption>
          <thead>
            <tr>
              <th scope="col">Custom property</th>
              <th scope="col">Use</th>
            </tr>
          </thead>
          <tbody>
            ${(declaration.cssProperties ?? []).map(
              (property) => html`<tr>
                <th scope="row">${codeName(property.name)}</th>
                <td>${withCode(property.description ?? '')}</td>
              </tr>`,
            )}
          </tbody>
        </table>`,
      )}
    </div>`,
};
