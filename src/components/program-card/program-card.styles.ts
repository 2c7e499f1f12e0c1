import { css } from 'lit';

export const programCardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    min-width: 0;
  }
  .base {
    --_card-border: var(--wfp-program-card-border-color, var(--_color-border));
    --_card-background: var(--wfp-program-card-background, var(--_color-surface));
    --_funding-national: var(--wfp-program-card-funding-national, var(--_color-series-1));
    --_funding-city: var(--wfp-program-card-funding-city, var(--_color-series-2));
    --_funding-district: var(--wfp-program-card-funding-district, var(--_color-series-3));
    --_funding-private: var(--wfp-program-card-funding-private, var(--_color-series-4));
    --_achievement-color: var(--wfp-program-card-achievement-color, var(--_color-primary));
    --_upcoming-color: var(--wfp-program-card-upcoming-color, var(--_color-primary-strong));
    border: var(--_border-width) solid var(--_card-border);
    background: var(--_card-background);
    padding: var(--_space-4);
    min-width: 0;
    /* A card its page makes a column flex box (the program list, whose grid rows stretch their
       cards) fills it with its frame; elsewhere this does nothing. Not height: 100%, which quirks
       mode resolves against the page. */
    flex-grow: 1;
  }
  :host([compact]) .base {
    padding: var(--_space-3);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    min-width: 0;
  }
  p,
  ul,
  ol {
    margin: 0;
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .eyebrow,
  .parent,
  .parts,
  .muted,
  .printed,
  .kpi-asof,
  .note,
  .block-label {
    font-size: var(--_font-size-xsmall);
    color: var(--_color-text-muted);
  }
  .block-label {
    font-weight: var(--_font-weight-bold);
    margin-top: var(--_space-2);
  }
  .title {
    margin: 0;
    font-size: var(--_font-size-heading);
    font-weight: var(--_font-weight-bold);
    line-height: 1.4;
  }
  .summary {
    font-size: var(--_font-size-small);
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    padding-top: var(--_space-3);
    border-top: var(--_border-width) solid var(--_card-border);
  }
  .section-heading {
    margin: 0;
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-bold);
  }

  /* Budget and funding */
  .budget {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-2);
  }
  .budget-label {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .budget-amount {
    font-size: var(--_font-size-heading);
  }
  .funding-bar {
    display: block;
    margin: var(--_space-1) 0;
  }
  .funding-bar .track,
  .rate-bar .track {
    fill: var(--_color-surface-alt);
    /* Visible where the alternate surface equals the card (high contrast). */
    stroke: var(--_color-border);
    stroke-width: 1;
  }
  .funding-bar .seg {
    stroke: var(--_card-background);
    stroke-width: 1;
  }
  .seg-national {
    fill: var(--_funding-national);
    background: var(--_funding-national);
  }
  .seg-city {
    fill: var(--_funding-city);
    background: var(--_funding-city);
  }
  .seg-district {
    fill: var(--_funding-district);
    background: var(--_funding-district);
  }
  .seg-private {
    fill: var(--_funding-private);
    background: var(--_funding-private);
  }
  .seg-unspecified {
    fill: var(--_color-surface-alt);
    background: var(--_color-surface-alt);
  }
  .hatch-gap {
    fill: var(--_card-background);
  }
  .funding-legend {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    font-size: var(--_font-size-small);
  }
  .funding-legend li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-2);
  }
  .swatch {
    display: inline-block;
    flex: none;
    width: 0.75rem;
    height: 0.75rem;
    border: var(--_border-width) solid var(--_card-border);
    border-radius: 2px;
    align-self: center;
  }
  .swatch.hatched {
    background-image: repeating-linear-gradient(135deg, transparent 0 3px, var(--_card-background) 3px 5px);
  }
  .source-name {
    font-weight: var(--_font-weight-bold);
  }
  .tag,
  .status-tag {
    display: inline-block;
    padding: 0 var(--_space-1);
    border: var(--_border-width) solid currentColor;
    border-radius: var(--_radius);
    font-size: var(--_font-size-xsmall);
    line-height: 1.4;
  }
  .segment-note {
    font-size: var(--_font-size-xsmall);
  }
  /* The card carries the source line once; the nested gauges need not repeat it. */
  wfp-execution-gauge::part(meta) {
    display: none;
  }
  .gauges {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
  }
  /* The gauges are items of the budget section, not headings over it: a line's name takes the
     section heading's size and its rate the body's (the program's budget above stays the larger
     figure), and they sit in the section's text like its other blocks (no inset of their own
     surface, which is the card's; the list's gap parts them). Under the label "예산 집행" each need
     not say "예산 집행률" again: the meters are named by their lines, in the list that label names. */
  .gauges wfp-execution-gauge {
    --wfp-font-size-heading: var(--_font-size-small);
    --wfp-font-size-display: var(--_font-size-body);
  }
  .gauges wfp-execution-gauge::part(caption),
  .gauges .own-line::part(context) {
    display: none;
  }
  .gauges wfp-execution-gauge::part(base) {
    padding: 0;
  }
  .more > summary {
    margin-top: var(--_space-1);
    font-size: var(--_font-size-small);
  }

  /* KPIs */
  .kpis {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .kpi {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-2);
    font-size: var(--_font-size-small);
  }
  .kpi-label {
    flex-basis: 100%;
  }
  .rate-bar {
    display: block;
    flex-basis: 100%;
  }
  .rate-bar .fill {
    fill: var(--_achievement-color);
  }

  /* Where */
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
  }
  .chip {
    padding: 0 var(--_space-2);
    border: var(--_border-width) solid var(--_card-border);
    border-radius: 999px;
    background: var(--_color-surface-alt);
    font-size: var(--_font-size-xsmall);
    line-height: 1.8;
  }
  .facilities,
  .text-list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    font-size: var(--_font-size-small);
  }
  .text-list li,
  .facilities li {
    padding-left: var(--_space-3);
    position: relative;
  }
  .text-list li::before,
  .facilities li::before {
    content: '';
    position: absolute;
    left: 0.2rem;
    top: 0.65em;
    width: 0.3rem;
    height: 0.3rem;
    border-radius: 50%;
    background: currentColor;
  }

  /* Details */
  summary {
    cursor: pointer;
    font-weight: var(--_font-weight-bold);
    color: var(--_color-primary-strong);
    font-size: var(--_font-size-small);
  }
  .details {
    padding-top: var(--_space-3);
    border-top: var(--_border-width) solid var(--_card-border);
  }
  .details-body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    margin-top: var(--_space-2);
  }
  .details-body > .section-heading:not(:first-child) {
    margin-top: var(--_space-2);
  }
  .when {
    font-size: var(--_font-size-xsmall);
    color: var(--_color-text-muted);
    font-weight: var(--_font-weight-bold);
  }
  .timeline {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    font-size: var(--_font-size-small);
    border-left: 2px solid var(--_card-border);
    padding-left: var(--_space-3);
  }
  .timeline li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-2);
  }
  .plan-text {
    flex-basis: 100%;
  }
  .status-tag.upcoming {
    color: var(--_upcoming-color);
    font-weight: var(--_font-weight-bold);
  }
  .status-tag.past {
    color: var(--_color-text-muted);
  }
  .contacts {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    font-size: var(--_font-size-small);
  }
  .contacts li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-2);
  }
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  /* Each border drawn once, by the cells (end and bottom; the first column's start, the head's top):
     the table's own or collapsed borders fall outside its 100 % width, a pixel the scrolling region
     clips and scrolls by. */
  table {
    border-collapse: separate;
    border-spacing: 0;
    font-size: var(--_font-size-xsmall);
    width: 100%;
  }
  tr > :first-child {
    border-inline-start: var(--_border-width) solid var(--_card-border);
  }
  thead th {
    border-block-start: var(--_border-width) solid var(--_card-border);
  }
  .budget-note {
    font-size: var(--_font-size-small);
  }
  caption {
    text-align: start;
    font-weight: var(--_font-weight-bold);
    padding-bottom: var(--_space-1);
  }
  th,
  td {
    border-inline-end: var(--_border-width) solid var(--_card-border);
    border-block-end: var(--_border-width) solid var(--_card-border);
    padding: var(--_space-1) var(--_space-2);
    text-align: start;
    vertical-align: top;
    /* A figure or a word stays whole ("50,000명", "달성률"): a table too wide for a phone scrolls in
       its region rather than squeezing its cells to break anywhere, as the card's other text may. */
    overflow-wrap: normal;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  .spaced {
    white-space: nowrap;
  }
  thead th {
    background: var(--_color-surface-alt);
  }

  .actions:not([hidden]) {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-top: var(--_space-3);
  }
  ::slotted(*) {
    max-width: 100%;
  }

  /* Loading: about the size of the final card, so the page does not jump. */
  .loading {
    gap: var(--_space-2);
  }
  .skeleton.line {
    height: 1rem;
  }
  .skeleton.line.short {
    width: 40%;
  }
  .skeleton.line.title {
    height: 1.6rem;
    width: 80%;
  }
  .skeleton.block {
    height: 6rem;
  }

  @media (forced-colors: active) {
    .seg-national,
    .seg-city,
    .seg-district,
    .seg-private,
    .rate-bar .fill {
      fill: CanvasText;
      background: CanvasText;
      forced-color-adjust: none;
    }
    .seg-unspecified,
    .funding-bar .track,
    .rate-bar .track,
    .hatch-gap {
      fill: Canvas;
      background: Canvas;
    }
    .funding-bar .seg {
      stroke: Canvas;
      stroke-width: 2;
    }
  }

  @media print {
    .base {
      break-inside: avoid;
      border-color: #000;
    }
    .actions,
    .more > summary,
    .details > summary {
      display: none !important;
    }
    /* Printing opens every <details> (see beforeprint); where supported, CSS shows them too. */
    .table-scroll {
      overflow: visible;
    }
    /* Paper does not scroll: a wide table's cells break their words again rather than run off. */
    th,
    td {
      overflow-wrap: anywhere;
    }
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
  }
`;
