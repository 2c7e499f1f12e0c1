import { html, type TemplateResult } from 'lit';

/**
 * A field path or token name in code type that may wrap where a reader expects — after `.`, `/`,
 * `_` or `-`, and between camelCase words — and nowhere else: `budgetLines[].execution.spent`
 * breaks as `budgetLines[].` / `execution.spent`, never as `budgetLi` / `nes`.
 */
export function codeName(text: string): TemplateResult {
  // After a separator that follows a letter, digit or `]` (so `--wfp-` never leaves a lone `-`).
  const pieces = text.split(/(?<=[A-Za-z0-9\]][./_-])|(?<=[a-z])(?=[A-Z])/);
  return html`<code>${pieces.map((piece, index) => (index === 0 ? piece : html`<wbr />${piece}`))}</code>`;
}

/** A description's `backticked` names as code, as the source comments that hold them mean them. */
export function withCode(text: string): unknown[] {
  return text.split(/`([^`]+)`/).map((piece, index) => (index % 2 === 1 ? html`<code>${piece}</code>` : piece));
}

/**
 * Styles of the reference stories (schema, tokens). Plain light-DOM tables: these stories document
 * the kit, they are not widgets, so they keep Storybook's light page whatever the theme toolbar says.
 */
export const docsStyles = html`<style>
  .wfp-doc {
    font-family: system-ui, -apple-system, 'Apple SD Gothic Neo', 'Noto Sans KR', sans-serif;
    color: #1e2124;
    background: #ffffff;
    font-size: 0.875rem;
    line-height: 1.5;
  }
  .wfp-doc h2 {
    font-size: 1.125rem;
    margin: 1.5rem 0 0.25rem;
  }
  .wfp-doc p.lead {
    margin: 0 0 0.5rem;
    color: #464c53;
  }
  .wfp-doc table {
    border-collapse: collapse;
    width: 100%;
    margin-block-end: 1rem;
  }
  .wfp-doc caption {
    text-align: start;
    font-weight: 700;
    padding-block: 0.25rem;
  }
  .wfp-doc th,
  .wfp-doc td {
    border-bottom: 1px solid #cdd1d5;
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  .wfp-doc thead th {
    background: #f4f5f6;
  }
  .wfp-doc td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .wfp-doc code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.8125rem;
    /* Names wrap at their own seams (codeName's <wbr>); mid-word only if one piece cannot fit at all. */
    overflow-wrap: break-word;
    word-break: keep-all; /* 백만원 is one value: Korean otherwise breaks between any two syllables */
  }
  .wfp-doc .muted {
    color: #464c53;
  }
  .wfp-doc ul.plain {
    margin: 0;
    padding-inline-start: 1rem;
  }
  .wfp-doc .swatch {
    display: inline-block;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border: 1px solid #464c53;
    border-radius: 4px;
    vertical-align: middle;
    margin-inline-end: 0.375rem;
  }
  .wfp-doc .bar {
    display: inline-block;
    block-size: 0.75rem;
    background: #256ef4;
    vertical-align: middle;
    margin-inline-end: 0.375rem;
  }
</style>`;
