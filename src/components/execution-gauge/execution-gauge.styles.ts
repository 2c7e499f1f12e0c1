import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    /* 10rem (160 px) at least, but never wider than the column holding it: with the reader's text at
       200 % a plain 10rem would push a 320 px screen sideways (WCAG 1.4.10). In a column sized by its
       content (an auto grid track, a table cell, a float) the percentage counts as 0 and there is no
       floor: give such a column a width. */
    min-width: min(10rem, 100%);
  }

  .base {
    /* Public tokens, read once into private ones (fallbacks: the shared theme). */
    /* The track is a pale tint with an edge, like the staffing table's bars: the fill stands out
       3:1 from it in every theme (WCAG 1.4.11; the border colour as a track gave 2.0:1 dark and
       1.4:1 high contrast), and in high contrast, where the tint is the black surface, the edge
       still shows where 100 % is. */
    --_track-color: var(--wfp-gauge-track-color, var(--_color-surface-alt));
    --_fill-color: var(--wfp-gauge-fill-color, var(--_color-primary));
    --_pace-color: var(--wfp-gauge-pace-color, var(--_color-accent));
    --_indicator-color: var(--_fill-color);
    /* The gauge sizes itself to the space the portal gives it (160–480 px and beyond). */
    container: wfp-gauge / inline-size;
    display: grid;
    /* One column no wider than the box: an auto track would grow to the widest content's
       min-content (the sort select, a long unbroken word) and push everything past a 160 px box. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
  }

  /* Optional fill colours by pace: same as the fill unless a page sets them (words carry the meaning). */
  [data-pace='ahead'] {
    --_indicator-color: var(--wfp-gauge-fill-color-ahead, var(--_fill-color));
  }
  [data-pace='behind'] {
    --_indicator-color: var(--wfp-gauge-fill-color-behind, var(--_fill-color));
  }

  p {
    margin: 0;
  }

  .gauge {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
    align-items: center;
  }

  /* --- Arc variant ------------------------------------------------------------------------- */
  .gauge.arc {
    justify-items: center;
    text-align: center;
  }
  .figure {
    position: relative;
    width: 100%;
    max-width: 20rem;
    container: wfp-gauge-figure / inline-size;
  }
  .arc .figure svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .arc .value {
    position: absolute;
    inset: auto 0 0 0;
    /* The display size is the bar's largest figure; the arc's, centred in a wider shape, half again.
       Below that, a share of the arc's width only: a floor in rem put "31.4%" on the ring's ends
       at 200 % text in a phone's column. */
    font-size: min(15cqi, 1.5 * var(--_font-size-display));
    line-height: 1.1;
    font-weight: var(--_font-weight-bold);
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  /* "not applicable" on one line, small enough to stay inside the arc letter-spaced (WCAG 1.4.12);
     wrapped, its first line rose onto the ring. */
  .arc .value.not-applicable {
    font-size: min(7cqi, 1.75rem);
    white-space: nowrap;
  }
  .track {
    fill: var(--_track-color);
    stroke: var(--_color-border);
    stroke-width: var(--_border-width);
    vector-effect: non-scaling-stroke;
  }
  .indicator {
    fill: var(--_indicator-color);
  }
  .sweep {
    /* view-box puts the origin at user (0, 0): the circle's centre, which is what it turns about. */
    transform-box: view-box;
    transform-origin: 0 0;
    animation: wfp-gauge-sweep 700ms cubic-bezier(0.2, 0.7, 0.3, 1) both;
  }
  @keyframes wfp-gauge-sweep {
    from {
      transform: rotate(calc(-1deg * var(--_sweep, 0)));
    }
    to {
      transform: none;
    }
  }
  .pace-marker line {
    stroke: var(--_pace-color);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .pace-marker path {
    fill: var(--_pace-color);
  }
  .text {
    display: grid;
    gap: var(--_space-1);
    min-width: 0;
  }
  .label {
    font-size: var(--_font-size-heading);
    font-weight: var(--_font-weight-bold);
  }
  .label .caption {
    display: block;
    font-size: var(--_font-size-small);
    font-weight: normal;
    color: var(--_color-text-muted);
  }
  .context,
  .amounts,
  .pace,
  .notice {
    font-size: var(--_font-size-small);
  }
  .amounts {
    font-variant-numeric: tabular-nums;
  }
  .pace,
  .notice {
    display: flex;
    gap: var(--_space-1);
    align-items: baseline;
    justify-content: inherit;
  }
  .arc .notice {
    justify-content: center;
  }
  /* Centred under the arc, a sentence that wraps keeps its ▲ at its start, not at the box's edge. */
  .arc .pace {
    display: block;
  }
  .arc .pace .shape {
    display: inline-block;
    margin-inline-end: var(--_space-1);
  }
  .shape {
    flex: none;
    width: 0.75em;
    height: 0.75em;
    fill: currentColor;
  }
  .pace[data-status='ahead'] .shape {
    fill: var(--_color-success);
  }
  .pace[data-status='behind'] .shape {
    fill: var(--_color-warning);
  }
  .notice {
    padding: var(--_space-1) var(--_space-2);
    border-inline-start: 3px solid var(--_color-warning);
    background: var(--_color-surface-alt);
    text-align: start;
  }
  .notice .shape {
    fill: var(--_color-warning);
  }

  /* Wide containers: the arc beside its words, once each half has room for them: the amounts line
     ("2조 722억원 중 6,467억원 집행") is about 15em, so below 32em (544 px) the halves squeezed the arc
     small and broke the words into short lines; stacked, both keep their size. */
  @container wfp-gauge (min-width: 32em) {
    .gauge.arc {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      justify-items: stretch;
      text-align: start;
      gap: var(--_space-4);
    }
    .arc .notice {
      justify-content: flex-start;
    }
    .arc .pace {
      display: flex;
    }
    .arc .pace .shape {
      margin-inline-end: 0;
    }
  }
  /* A full-width column: the arc's column stops at the arc's own largest size (.figure's 20rem),
     so its words stay next to it rather than half a page away. Container breakpoints are in the
     container's em (the 17 px body size: 41.4em = 704 px), not rem (see theme/widget-rem.ts). */
  @container wfp-gauge (min-width: 41.4em) {
    .gauge.arc {
      grid-template-columns: minmax(0, 20rem) minmax(0, 1fr);
    }
  }

  /* --- Bar variant (also each breakdown row) -------------------------------------------------- */
  .gauge.bar .head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_space-2);
    flex-wrap: wrap;
  }
  /* Where 8em of name fit beside the rate, a long name wraps in its own column and the rate stays
     at the end of its first line; in narrower boxes (a sidebar) the name and the rate take their
     own widths, so a short name keeps its rate beside it and only a long one pushes it below. */
  @container wfp-gauge (min-width: 15em) {
    .gauge.bar .head > .label {
      flex: 1 1 8em;
      min-width: 0;
    }
  }
  .bar .value {
    /* Never above the display token, even where it is set below the usual floor (a card's nested gauges). */
    font-size: clamp(min(1.25rem, var(--_font-size-display)), 9cqi, var(--_font-size-display));
    line-height: 1.2;
    font-weight: var(--_font-weight-bold);
    font-variant-numeric: tabular-nums;
  }
  .bar .figure {
    max-width: none;
  }
  .bar-track {
    position: relative;
    height: 0.75rem;
    border-radius: 999px;
    background: var(--_track-color);
    border: var(--_border-width) solid var(--_color-border);
  }
  .gauge.bar .bar-track {
    height: 1rem;
  }
  .bar-fill {
    height: 100%;
    width: var(--_fill, 0%);
    border-radius: inherit;
    background: var(--_indicator-color);
    /* Browsers drop backgrounds when printing; the bar is the figure, keep it. */
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
  .bar-pace {
    position: absolute;
    top: -0.25rem;
    bottom: -0.25rem;
    left: var(--_pace);
    width: 3px;
    margin-left: -1.5px;
    background: var(--_pace-color);
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
  /* A downward triangle above the tick: the marker is a shape as well as a colour. */
  .bar-pace::before {
    content: '';
    position: absolute;
    top: -0.375rem;
    left: -0.3rem;
    width: 0.75rem;
    height: 0.375rem;
    background: inherit;
    clip-path: polygon(0 0, 100% 0, 50% 100%);
  }

  /* --- Breakdown ------------------------------------------------------------------------------ */
  .breakdown {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
    border-top: var(--_border-width) solid var(--_color-border);
    padding-top: var(--_space-3);
  }
  .breakdown-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space-2);
  }
  .breakdown-title {
    font-weight: var(--_font-weight-bold);
  }
  .controls {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-width: 0;
    max-width: 100%;
    font-size: var(--_font-size-small);
  }
  .controls label {
    white-space: nowrap;
  }
  .controls select {
    min-width: 0;
    flex: 1 1 auto;
  }
  select {
    min-height: 2.25rem;
    padding: var(--_space-1) var(--_space-2);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    font-size: var(--_font-size-small);
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'name value'
      'bar bar'
      'amounts amounts';
    column-gap: var(--_space-2);
    row-gap: var(--_space-1);
    align-items: center;
    font-size: var(--_font-size-small);
  }
  .row.beyond-limit {
    display: none;
  }
  .row-name {
    grid-area: name;
  }
  .row-value {
    grid-area: value;
    font-weight: var(--_font-weight-bold);
    font-variant-numeric: tabular-nums;
    display: inline-flex;
    /* Rate and pace word each stay whole, and the word goes under the rate where a narrow column
       (a phone, large text) has no room for both. */
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space-1);
    white-space: nowrap;
  }
  /* The pace shape stays with its word when the word goes under the rate. */
  .row-value .pace-tag {
    display: inline-flex;
    align-items: baseline;
    gap: var(--_space-1);
  }
  .row-value .pace-word {
    font-weight: normal;
    font-size: var(--_font-size-xsmall);
  }
  .row-meter {
    grid-area: bar;
    padding-top: 0.375rem;
  }
  .row-amounts {
    grid-area: amounts;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-xsmall);
    font-variant-numeric: tabular-nums;
  }
  /* Very narrow boxes (a 160 px sidebar): the rate and pace word on their own line, so the name
     keeps the full width instead of a column two syllables wide. */
  @container wfp-gauge (max-width: 12.25em) {
    .row {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'name' 'value' 'bar' 'amounts';
    }
  }
  /* Wide: name, bar and rate side by side, in columns shared by every row (subgrid), so the bars
     start and end at the same place whatever a row's rate or pace word ("진도 일치" is wider than
     "앞섬") or however its name wraps. */
  @container wfp-gauge (min-width: 23.5em) {
    .rows {
      grid-template-columns: minmax(0, 1.4fr) minmax(5rem, 1fr) auto;
    }
    .row {
      grid-column: 1 / -1;
      /* Before subgrid (Chrome 117): the same columns in each row, though not shared between rows. */
      grid-template-columns: minmax(0, 1.4fr) minmax(5rem, 1fr) auto;
      grid-template-columns: subgrid;
      grid-template-areas:
        'name bar value'
        'amounts amounts amounts';
    }
  }
  .list-foot {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space-2);
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }

  /* --- Loading: the same boxes, greyed, so nothing moves when the figures arrive ------------- */
  /* Its text is there for size only (see renderLoading): hidden, so neither readers nor axe see it. */
  .skeleton-text > * {
    visibility: hidden;
  }
  .skeleton-track {
    fill: var(--_color-surface-alt);
    stroke: var(--_skeleton-outline, none);
    stroke-dasharray: 4 3;
  }

  @media (prefers-reduced-motion: reduce) {
    .sweep,
    .skeleton-text {
      animation: none;
    }
  }

  /* Windows High Contrast and other forced palettes: system colours, outlines instead of tints. */
  @media (forced-colors: active) {
    .arc svg,
    .bar-track,
    .bar-fill,
    .bar-pace,
    .shape {
      forced-color-adjust: none;
    }
    .track,
    .skeleton-track {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1;
    }
    .indicator {
      fill: Highlight;
    }
    .pace-marker line {
      stroke: CanvasText;
    }
    .pace-marker path,
    .shape,
    .pace[data-status] .shape,
    .notice .shape {
      fill: CanvasText;
    }
    .bar-track {
      background: Canvas;
    }
    .bar-fill {
      background: Highlight;
    }
    .bar-pace {
      background: CanvasText;
    }
    .notice {
      border-inline-start-color: CanvasText;
    }
  }

  @media print {
    .base {
      padding: 0;
    }
    .gauge,
    .row {
      break-inside: avoid;
    }
    .sweep {
      animation: none;
    }
    /* Paper cannot press "show all": print every row. */
    .row.beyond-limit {
      display: grid;
    }
    .arc svg {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    /* An outlined, empty track: on a greyscale printer a dark track would read as "spent". */
    .track {
      fill: #fff;
      stroke: #000;
      stroke-width: 1;
    }
    .bar-track {
      background: #fff;
      box-shadow: inset 0 0 0 1px #000;
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  }
`;
