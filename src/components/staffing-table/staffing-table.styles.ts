import { css } from 'lit';

export const staffingTableStyles = css`
  .base {
    --_header-background: var(--wfp-staffing-table-header-background, var(--_color-surface-alt));
    --_highlight-background: var(--wfp-staffing-table-highlight-background, var(--_color-primary-subtle));
    --_highlight-mark: var(--wfp-staffing-table-highlight-mark, var(--_color-primary));
    --_bar-color: var(--wfp-staffing-table-bar-color, var(--_color-primary));
    --_over-color: var(--wfp-staffing-table-over-strength-color, var(--_color-warning));
    --_row-block-size: calc(var(--_font-size-small) * var(--_line-height) + 2 * var(--_space-2) + var(--_border-width));
    /* Narrow layout is chosen by the space the widget gets, not by the viewport. */
    container: staffing-table / inline-size;
    display: grid;
    gap: var(--_space-3);
  }

  .scroller {
    overflow-x: auto;
  }
  /* A table wider than its box scrolls sideways; its title and source stay in view, wrapped to the
     box (100cqi: the widget's width), and so do the units' names, the first column. */
  .caption-title,
  .caption-meta {
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: 100cqi;
  }
  tbody th,
  tfoot th,
  thead th.department {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_color-surface);
    /* The edge the figures scroll under. */
    --_edge: inset calc(-1 * var(--_border-width)) 0 0 var(--_color-border);
    box-shadow: var(--_edge);
  }
  /* A long name (a district's own unit, large text) wraps rather than widen the sticky column over
     the figures it should leave room for. */
  .unit {
    display: block;
    max-inline-size: 40cqi;
  }
  thead th.department {
    background: var(--_header-background);
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--_font-size-small);
    font-variant-numeric: tabular-nums;
  }

  caption {
    caption-side: top;
    text-align: start;
    padding-block-end: var(--_space-2);
  }
  .caption-title {
    display: block;
    font-size: var(--_font-size-heading);
    font-weight: var(--_font-weight-bold);
  }
  .caption-meta {
    display: block;
    font-size: var(--_font-size-xsmall);
    color: var(--_color-text-muted);
  }

  th,
  td {
    padding: var(--_space-2) var(--_space-3);
    border-block-end: var(--_border-width) solid var(--_color-border);
    vertical-align: middle;
  }
  thead th {
    background: var(--_header-background);
    border-block-end-width: calc(var(--_border-width) * 2);
    font-weight: var(--_font-weight-bold);
    white-space: nowrap;
    padding: 0;
  }
  th[scope='row'] {
    text-align: start;
    font-weight: normal;
    /* A unit's name is never split inside a word to narrow its column ("양성평/등담당/관"): break-word,
       unlike the inherited anywhere, leaves the column's minimum at the longest word. */
    overflow-wrap: break-word;
  }
  td {
    text-align: end;
    white-space: nowrap;
  }
  tfoot th,
  tfoot td {
    font-weight: var(--_font-weight-bold);
    border-block-start: calc(var(--_border-width) * 2) solid var(--_color-text);
    border-block-end: none;
  }

  /* Sort buttons fill their header cell so the whole header is the target. */
  .sort {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-1);
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: var(--_space-2) var(--_space-3);
    border: none;
    background: transparent;
    font-weight: inherit;
    text-align: end;
    cursor: pointer;
  }
  th.department .sort {
    justify-content: flex-start;
    text-align: start;
  }
  .sort:hover {
    text-decoration: underline;
  }
  .sort:focus-visible {
    outline-offset: -3px;
  }
  .sort-icon {
    flex: none;
    inline-size: 0.75em;
    block-size: 1em;
  }
  .sort-icon path {
    fill: currentColor;
    opacity: 0.35;
  }
  [aria-sort='ascending'] .sort-icon .up,
  [aria-sort='descending'] .sort-icon .down {
    opacity: 1;
  }
  [aria-sort='ascending'] .sort-icon .down,
  [aria-sort='descending'] .sort-icon .up {
    opacity: 0;
  }

  /* Highlighted unit: a bar at the start and bold text, not colour alone. */
  tr.highlighted {
    background: var(--_highlight-background);
  }
  tr.highlighted th {
    /* Over the opaque surface, not over the row's own highlight: a see-through highlight colour must
       neither stack darker in the names column nor let figures show through the sticky cell. */
    background: linear-gradient(var(--_highlight-background), var(--_highlight-background)), var(--_color-surface);
    font-weight: var(--_font-weight-bold);
    box-shadow: inset 0.375rem 0 0 var(--_highlight-mark), var(--_edge, 0 0 transparent);
    padding-inline-start: calc(var(--_space-3) + 0.375rem);
  }

  /* The totals row's name on a phone's card (below); the table shows the printed 계. */
  .card-title {
    display: none;
  }
  .cell {
    display: inline-flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-2);
  }
  .flag {
    font-size: var(--_font-size-xsmall);
    font-weight: var(--_font-weight-bold);
    padding: 0 var(--_space-1);
    border: var(--_border-width) solid currentColor;
    border-radius: var(--_radius);
  }
  .over .figure {
    font-weight: var(--_font-weight-bold);
  }
  .not-applicable {
    color: var(--_color-text-muted);
  }

  .bar,
  .bar-space {
    flex: none;
    display: inline-block;
    inline-size: 3rem;
  }
  .bar {
    block-size: 0.5rem;
    background: var(--_color-surface-alt);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: 999px;
    overflow: hidden;
  }
  .bar-fill {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--_bar, 0) * 100%);
    background: var(--_bar-color);
  }
  /* Over strength: a striped fill (shape), beside the words "정원 초과". */
  .over .bar-fill {
    background: repeating-linear-gradient(135deg, var(--_over-color) 0 3px, transparent 3px 6px);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-2) var(--_space-4);
  }
  .legend {
    flex: 1 1 20rem;
    margin: 0;
    font-size: var(--_font-size-xsmall);
    color: var(--_color-text-muted);
  }
  .legend p {
    margin: 0;
  }
  .download {
    flex: 0 1 auto;
    max-inline-size: 100%;
  }

  .empty {
    margin: 0;
  }

  /* Loading: the table's own geometry (caption, header, seven units, totals, footer). */
  .skeleton-table {
    display: grid;
    gap: var(--_border-width);
  }
  .skeleton-caption {
    block-size: calc(var(--_font-size-heading) * var(--_line-height) + var(--_font-size-xsmall) * var(--_line-height));
    inline-size: 60%;
    margin-block-end: var(--_space-2);
  }
  .skeleton-row {
    block-size: var(--_row-block-size);
  }
  .skeleton-header {
    block-size: calc(2.75rem + var(--_border-width));
  }
  .skeleton-footer {
    block-size: 2.75rem;
    margin-block-start: var(--_space-3);
  }

  /*
   * Narrow containers: every unit becomes a card of "label: value" lines. Only the CSS display
   * changes; the th/td elements (and the explicit table roles on them, which keep browsers that
   * drop table semantics on display changes honest) still make a table for assistive technology.
   * Screen only, so printing always gives the full table. Below a 480 px widget: the query measures
   * the box inside the widget's 12 px inset.
   */
  @media screen {
    @container staffing-table (max-width: 455.98px) {
      table,
      tbody,
      tfoot,
      caption {
        display: block;
      }
      thead {
        display: block;
      }
      /* The header row turns into a strip of sort buttons. */
      thead tr {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-1);
        margin-block-end: var(--_space-2);
      }
      thead th {
        display: block;
        border: var(--_border-width) solid var(--_color-border);
        border-radius: var(--_radius);
        /* A chip alone on its line may still be too narrow for its word (Administrative, text at 200 %). */
        max-inline-size: 100%;
        white-space: normal;
        overflow-wrap: anywhere;
      }
      .sort,
      th.department .sort {
        justify-content: flex-start;
        text-align: start;
        min-block-size: 2.75rem;
      }
      tbody tr,
      tfoot tr {
        display: block;
        margin-block-end: var(--_space-2);
        border: var(--_border-width) solid var(--_color-border);
        border-radius: var(--_radius);
      }
      tfoot tr {
        border-width: calc(var(--_border-width) * 2);
      }
      th[scope='row'] {
        display: block;
        font-weight: var(--_font-weight-bold);
        border-block-end: var(--_border-width) solid var(--_color-border);
      }
      /* Cards do not scroll sideways: no sticky column, no edge line, names as wide as the card. */
      tbody th,
      tfoot th,
      thead th.department {
        position: static;
        box-shadow: none;
        --_edge: 0 0 transparent;
      }
      /* Nor a name-row background to hide figures under: it squared the card's rounded top corners
         (a highlighted card is highlighted by its row; its mark follows the corner). */
      tbody th,
      tfoot th,
      tr.highlighted th {
        background: none;
        border-start-start-radius: calc(var(--_radius) - var(--_border-width));
      }
      .unit {
        max-inline-size: none;
      }
      tfoot th,
      tfoot td {
        border-block-start: none;
      }
      /* The totals card is titled "전체" (all units): "계" over its own first line "계 230" read twice. */
      .card-title {
        display: inline;
      }
      .card-title + .unit {
        display: none;
      }
      /* "Label … figure bar" on one line, figures and bars in the same place in every row, and an
         "over strength" flag on a line of its own under them: beside them it did not fit an English
         card at 320–390 px, and the whole value went under its label in some rows only. Words break
         only between words (break-word, not the widget's anywhere): "Tota|l", "−|3" and "over
         strengt|h" were what a 320 px English card showed. */
      td {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto auto;
        align-items: center;
        row-gap: var(--_space-1);
        border-block-end: none;
        white-space: normal;
        overflow-wrap: break-word;
      }
      .cell {
        display: contents;
      }
      .figure {
        grid-area: var(--_figures-row, 1) / 2;
        justify-self: end;
      }
      .bar,
      .bar-space {
        grid-area: var(--_figures-row, 1) / 3;
        margin-inline-start: var(--_space-2);
        /* A fifth of the widget at most (cqi of the staffing-table container): at 200 % text on a
           phone a 3rem bar took the figures' room ("59 / 61 (44)" on three lines) and pushed the
           totals card past its box. */
        inline-size: min(3rem, 20cqi);
      }
      /* Across the whole row, so its width never narrows the label's column above it. */
      .flag {
        grid-area: calc(var(--_figures-row, 1) + 1) / 1 / auto / -1;
        justify-self: end;
      }
      /* The "/ ''" alt text keeps screen readers from reading the header twice (it already is one).
         Browsers without it (Firefox before 128, Safari before 17.4) drop that declaration and keep
         the first: the label shows, and is read twice. */
      td::before {
        content: attr(data-label);
        content: attr(data-label) / '';
        font-weight: var(--_font-weight-bold);
        text-align: start;
        /* A label wider than the card (Administrative at 200 % text) breaks rather than spills out. */
        min-inline-size: 0;
        grid-area: var(--_name-row, 1 / 1);
        margin-inline-end: var(--_name-gap, var(--_space-2));
      }
    }
    /* Where a name and its figures do not fit one line, the name takes a line of its own above
       them (figures still in one column), rather than being squeezed to a syllable a line. In em,
       so it follows the reader's text size: wide figures ("230 / 230 (173)", "Not applicable")
       need about 19em beside the longest name and a bar, counts ("−9") about 13em. */
    @container staffing-table (max-width: 19em) {
      :host(:is([measure='report'], [measure='women-share'])) td {
        --_name-row: 1 / 1 / auto / -1;
        --_name-gap: 0;
        --_figures-row: 2;
      }
    }
    @container staffing-table (max-width: 13em) {
      td {
        --_name-row: 1 / 1 / auto / -1;
        --_name-gap: 0;
        --_figures-row: 2;
      }
    }
  }

  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
    .bar-fill {
      background: CanvasText;
    }
    .over .bar-fill {
      background: repeating-linear-gradient(135deg, CanvasText 0 3px, Canvas 3px 6px);
    }
    tr.highlighted th {
      box-shadow: none;
      border-inline-start: 0.375rem solid Highlight;
    }
  }

  @media print {
    .scroller {
      overflow: visible;
    }
    /* The full table prints even in a narrow column of the page: cells wrap rather than spill over it. */
    table {
      inline-size: 100%;
    }
    thead th,
    td {
      white-space: normal;
    }
    /* Browsers drop backgrounds when printing; with bars on, the fill is the figure's picture. */
    .bar,
    .bar-fill {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    thead th {
      background: none;
    }
    .sort {
      padding: var(--_space-1) var(--_space-2);
      min-block-size: 0;
    }
    .sort-icon {
      display: none;
    }
    th,
    td {
      padding: var(--_space-1) var(--_space-2);
    }
    tr {
      break-inside: avoid;
    }
  }
`;
