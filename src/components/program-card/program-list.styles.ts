import { css } from 'lit';

export const programListStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .base {
    --_gap: var(--wfp-program-list-gap, var(--_space-3));
    --_columns-min: var(--wfp-program-list-columns-min, 18rem);
    --_scope-district: var(--wfp-program-list-scope-district, var(--_color-primary-strong));
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  p {
    margin: 0;
  }
  .controls {
    /* A page without a doctype (quirks mode) gives forms a bottom margin. */
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    gap: var(--_space-3);
    align-items: start;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 0;
  }
  .field.search {
    grid-column: 1 / -1;
  }
  label {
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-bold);
  }
  input,
  select {
    min-height: 2.5rem;
    width: 100%;
    padding: var(--_space-1) var(--_space-2);
    border: var(--_border-width) solid var(--_color-text-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .hint,
  .district-notice {
    font-size: var(--_font-size-xsmall);
    color: var(--_color-text-muted);
  }
  .count {
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-bold);
  }
  .results {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_columns-min)), 1fr));
    gap: var(--_gap);
  }
  :host([full]) .results {
    grid-template-columns: 1fr;
  }
  .results > li {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 0;
  }
  /* No content-visibility: auto here, though it made the list faster to draw (every program as
     full cards 689 → 444 ms to paint): Chromium left the cards out of view out of its
     accessibility tree, so screen readers missed most programs (tests: program-list). */
  wfp-program-card {
    flex: 1;
    /* Its frame fills the grid row's height (the card's .base grows in this column box). */
    display: flex;
    flex-direction: column;
  }
  /* One source line for the whole list, not one per card. */
  wfp-program-card::part(meta) {
    display: none;
  }
  .scope {
    align-self: flex-start;
    padding: 0 var(--_space-2);
    border: var(--_border-width) solid currentColor;
    border-radius: 999px;
    font-size: var(--_font-size-xsmall);
    font-weight: var(--_font-weight-bold);
  }
  .scope.district {
    color: var(--_scope-district);
  }
  .scope.citywide {
    color: var(--_color-text-muted);
  }
  .more {
    align-self: flex-start;
  }
  .results > li.beyond-limit {
    display: none;
  }
  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: var(--_border-width) dashed var(--_color-border);
    border-radius: var(--_radius);
  }
  .loading {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .controls-skeleton {
    height: 7.5rem;
  }
  .count-skeleton {
    height: 1.5rem;
    width: 8rem;
  }
  .card-skeleton {
    height: 9rem;
  }
  @media print {
    .controls,
    .empty button {
      display: none;
    }
    .results {
      display: block;
    }
    .results > li,
    .results > li.beyond-limit {
      display: flex;
      break-inside: avoid;
      margin-bottom: var(--_space-3);
    }
  }
`;
