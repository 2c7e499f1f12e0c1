import { css, unsafeCSS } from 'lit';
import { TILE_COLUMNS, TILE_ROWS } from './tile-layout.js';

/** Grid placement by data attributes rather than inline styles, so the widget works under a strict CSP. */
const placement = unsafeCSS(
  [
    ...Array.from({ length: TILE_ROWS }, (_, row) => `.tile-cell[data-row='${row}'] { grid-row: ${row + 1}; }`),
    ...Array.from({ length: TILE_COLUMNS }, (_, column) => `.tile-cell[data-column='${column}'] { grid-column: ${column + 1}; }`),
  ].join('\n'),
);

/** Primary and primary-strong are the same yellow in high contrast (chosen or the system's); keep step 3 distinct. */
const highContrastTile3 = unsafeCSS(
  '--_tile-3: var(--wfp-facility-locator-tile-3, color-mix(in srgb, var(--_color-primary) 60%, var(--_color-surface)));',
);

export const styles = css`
  :host {
    display: block;
  }
  .base {
    /* The sequential scale: step 0 is "none", 1–4 grow towards the primary colour. Text switches to
       the on-primary colour on the two strong steps so every step keeps AA contrast. */
    --_tile-0: var(--wfp-facility-locator-tile-0, var(--_color-surface));
    --_tile-1: var(--wfp-facility-locator-tile-1, color-mix(in srgb, var(--_color-primary) 14%, var(--_color-surface)));
    --_tile-2: var(--wfp-facility-locator-tile-2, color-mix(in srgb, var(--_color-primary) 32%, var(--_color-surface)));
    --_tile-3: var(--wfp-facility-locator-tile-3, var(--_color-primary));
    --_tile-4: var(--wfp-facility-locator-tile-4, var(--_color-primary-strong));
    --_tile-selected: var(--wfp-facility-locator-selected, var(--_color-text));
    --_badge-open: var(--wfp-facility-locator-open, var(--_color-success));
    container-type: inline-size;
    display: grid;
    /* Never wider than the page's column (a chip's long name wraps instead): see the gauge. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-4);
    padding: var(--_space-4);
    border: var(--_border-width) solid var(--_color-border);
  }
  /* On screen only: print takes the light theme's colours (base-styles.ts), where step 3 is primary. */
  @media screen {
    .base[data-theme='high-contrast'] {
      ${highContrastTile3}
    }
  }
  @media screen and (prefers-contrast: more) {
    .base:is([data-theme='auto'], [data-theme='page']) {
      ${highContrastTile3}
    }
  }
  /* Headings by role, not tag: their levels follow headline-level. */
  .widget-title,
  .sub,
  .name {
    margin: 0;
    line-height: 1.3;
  }
  .widget-title {
    font-size: var(--_font-size-heading);
  }
  .sub,
  .name {
    font-size: var(--_font-size-body);
  }
  p {
    margin: 0;
  }
  button {
    cursor: pointer;
  }
  .hint {
    font-size: var(--_font-size-xsmall);
    color: var(--_color-text-muted);
  }

  /* Filters */
  .filters {
    display: grid;
    gap: var(--_space-3);
  }
  .search {
    display: grid;
    gap: var(--_space-1);
  }
  .search label {
    font-weight: var(--_font-weight-bold);
  }
  .search input {
    width: 100%;
    min-height: 2.75rem;
    padding: var(--_space-2) var(--_space-3);
    border: var(--_border-width) solid var(--_color-text-muted);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
    align-items: center;
  }
  .check {
    display: inline-flex;
    gap: var(--_space-2);
    align-items: center;
    min-height: 2.75rem;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_color-primary-strong);
  }
  .near-me[aria-pressed='true'] {
    background: var(--_color-primary-strong);
    color: var(--_color-on-primary);
  }
  /* Busy while the position is found: it keeps its focus (aria-disabled, not disabled), so it says
     so by its look, not by fading (the status line says it in words). */
  .near-me[aria-disabled='true'] {
    border-style: dashed;
    cursor: progress;
  }
  fieldset.types {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  fieldset.types legend {
    padding: 0;
    margin-bottom: var(--_space-2);
    font-weight: var(--_font-weight-bold);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .chip {
    display: inline-flex;
    gap: var(--_space-2);
    align-items: center;
    min-height: 2.25rem;
    padding: var(--_space-1) var(--_space-3);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: 999px;
    background: var(--_color-surface);
    font-size: var(--_font-size-small);
    /* A name that wraps on a phone reads from its start, its count at the end (buttons centre). */
    text-align: start;
  }
  .chip .mark {
    display: none;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_color-primary-strong);
    background: var(--_color-primary-subtle);
    box-shadow: inset 0 0 0 1px var(--_color-primary-strong);
  }
  .chip[aria-pressed='true'] .mark {
    display: inline;
  }
  .chip-count {
    font-weight: var(--_font-weight-bold);
    font-variant-numeric: tabular-nums;
  }
  .link-button {
    min-height: 2.25rem;
    padding: var(--_space-1) var(--_space-2);
    border: 0;
    background: none;
    color: var(--_color-primary-strong);
    text-decoration: underline;
    font-size: var(--_font-size-small);
  }

  /* Map and list side by side where there is room. */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-4);
  }
  @container (min-width: 43.3em) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr);
      align-items: start;
      gap: var(--_space-6);
    }
    /* The map stays in view while the list scrolls past it. */
    .map {
      position: sticky;
      top: var(--_space-2);
    }
  }
  .map {
    display: grid;
    /* Not auto: the legend's swatches at their full width (208 px at 200 % text) widened the map
       past a narrow widget. They shrink instead (.swatch). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
    min-width: 0;
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(${TILE_COLUMNS}, minmax(0, 1fr));
    grid-template-rows: repeat(${TILE_ROWS}, auto);
    --_tile-gap: 3px;
    gap: var(--_tile-gap);
    /* Tile text scales with the map (and names get shorter on small maps: .gu, tileShortName). */
    container-type: inline-size;
  }
  ${placement}
  /* The button and its count share one grid cell: the count sits in the button's bottom padding,
     and a tile whose name wraps grows taller instead of overlapping the count. */
  .tile-cell {
    display: grid;
    min-width: 0;
    color: var(--_ink, var(--_color-text));
  }
  .tile-cell > .tile,
  .tile-cell > .tile-count {
    grid-area: 1 / 1;
  }
  /* The focus ring reaches past the 2–3 px gap onto the next tiles: drawn above them, not under. */
  .tile-cell:focus-within {
    z-index: 1;
  }
  .tile,
  .missing-tile {
    display: flex;
    flex-direction: column;
    align-items: center;
    min-width: 0;
    width: 100%;
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_fill, var(--_tile-0));
    color: var(--_ink, var(--_color-text));
    font-size: var(--_font-size-xsmall);
    line-height: 1.2;
    text-align: center;
  }
  .tile {
    /* At least square (a seventh of the map, less the gaps); a tile whose name wraps grows, and the
       others in its row stretch with it, so every count stays inside its own tile. */
    min-height: calc((100cqi - ${TILE_COLUMNS - 1} * var(--_tile-gap)) / ${TILE_COLUMNS});
    justify-content: center;
    padding: 2px 2px calc(1.25em + 6px);
    font-size: clamp(0.6875rem, 3cqi, 0.8125rem);
  }
  .tile-name {
    /* Never wider than its tile: a flex item is as wide as its longest unbreakable piece otherwise,
       and that piece would run into the next tile instead of wrapping. */
    max-width: 100%;
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  /* Romanized names break at their syllables' soft hyphens (tileShortName). break-word, not anywhere:
     with anywhere a centred name shrinks to its narrowest and splits syllables ("Seon-gbuk"). */
  [lang='en'] .tile-name {
    overflow-wrap: break-word;
    hyphens: manual;
  }
  /* A romanized syllable (pyeong, Gwang) is wider than a Hangul one: on a phone (a 328 px map has
     39 px tiles) the English names get smaller type than the Korean, so each syllable fits its line.
     Narrower still, break-word splits the syllable rather than letting it run into the next tile. */
  [lang='en'] .tile {
    font-size: clamp(0.5625rem, 2.85cqi, 0.8125rem);
    padding-inline: 1px;
  }
  /* Under ~380 px four syllables (영등포구, 서대문구) no longer fit a tile's line: drop the 구. */
  @container (max-width: 22.1em) {
    .tile-name .gu {
      display: none;
    }
    /* A 320 px phone leaves ~30 px per tile line: the widest syllables (Gwang, pyeong) fit only
       without the hyphen a soft break draws, the tile's side padding and a little tracking (below). */
    .tiles {
      --_tile-gap: 2px;
    }
    /* Three Hangul syllables (서대문, 영등포) need all of a 320 px phone's ~33 px tile line too. */
    .tile,
    [lang='en'] .tile {
      padding-inline: 0;
      letter-spacing: -0.02em;
    }
    [lang='en'] .tile-name {
      hyphenate-character: '';
    }
  }
  .tile-cell > .tile-count {
    align-self: end;
    padding-bottom: 6px;
    text-align: center;
    pointer-events: none;
    font-size: clamp(0.75rem, 3.4cqi, 0.9375rem);
    line-height: 1.25;
  }
  .tile-count {
    /* A number is not broken ("10" over two lines covered the name at large text sizes). */
    white-space: nowrap;
    font-weight: var(--_font-weight-bold);
    font-size: var(--_font-size-small);
    font-variant-numeric: tabular-nums;
  }
  [data-step='1'] {
    --_fill: var(--_tile-1);
  }
  [data-step='2'] {
    --_fill: var(--_tile-2);
  }
  [data-step='3'] {
    --_fill: var(--_tile-3);
    --_ink: var(--_color-on-primary);
  }
  [data-step='4'] {
    --_fill: var(--_tile-4);
    --_ink: var(--_color-on-primary);
  }
  .tile[aria-pressed='true'],
  .missing-tile[aria-pressed='true'] {
    border: 3px solid var(--_tile-selected);
    box-shadow: inset 0 0 0 2px var(--_color-surface);
  }
  .tile .mark {
    display: none;
  }
  .tile[aria-pressed='true'] .mark {
    display: inline;
  }
  /* English: on a line of its own; glued to the name it would make "✓Gang-" one unbreakable word. */
  [lang='en'] .tile[aria-pressed='true'] .mark {
    display: block;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    align-items: center;
    font-size: var(--_font-size-xsmall);
    color: var(--_color-text-muted);
  }
  .swatches {
    display: inline-flex;
    gap: 2px;
    min-width: 0;
  }
  /* They shrink rather than push a narrow map sideways (large text on a phone). */
  .swatch {
    width: 1.25rem;
    flex: 0 1 auto;
    min-width: 0.5rem;
    height: 0.875rem;
    border: 1px solid var(--_color-border);
    background: var(--_fill, var(--_tile-0));
  }
  .missing {
    display: grid;
    gap: var(--_space-1);
  }
  .missing-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* One framed pill, name and count inside it (the frame on the name alone left the count hanging
     outside, like a broken button); a selected one rings its name as a selected tile is ringed. */
  .missing-cell {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    padding-inline-end: var(--_space-2);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_fill, var(--_tile-0));
  }
  .missing-tile {
    width: auto;
    padding: var(--_space-1) var(--_space-2);
  }
  .missing-tile:not([aria-pressed='true']) {
    border-color: transparent;
  }
  .missing-cell > .tile-count {
    align-self: center;
    padding: 0;
  }
  .boundaries {
    display: block;
    width: 100%;
    height: auto;
  }
  .boundaries .context {
    fill: var(--_color-surface-alt);
    stroke: var(--_color-border);
    stroke-width: 0.5;
  }
  .shape {
    fill: var(--_fill, var(--_tile-0));
    stroke: var(--_color-text-muted);
    stroke-width: 1;
    cursor: pointer;
    outline: none;
  }
  .shape[aria-pressed='true'] {
    stroke: var(--_tile-selected);
    stroke-width: 3;
  }
  .shape:focus-visible {
    stroke: var(--_color-focus);
    stroke-width: 4;
  }
  .focus-ring {
    display: none;
    fill: none;
    pointer-events: none;
  }
  .boundaries:has(.shape:focus-visible) .focus-ring {
    display: inline;
  }
  /* Two tones: the surface-coloured halo keeps the ring visible on any fill, the darkest included. */
  .ring-halo {
    stroke: var(--_color-surface);
    stroke-width: 8;
  }
  .ring {
    stroke: var(--_color-focus);
    stroke-width: 4;
  }
  /* A count reads like a tile's: the step's ink on the step's fill (AA on every step), haloed in that
     fill so district borders under it do not cut through the digits. */
  .shape-label {
    font-size: 12px;
    font-weight: var(--_font-weight-bold);
    fill: var(--_ink, var(--_color-text));
    stroke: var(--_fill, var(--_tile-0));
    stroke-width: 3px;
    paint-order: stroke;
    pointer-events: none;
  }
  .map-box {
    min-height: 12rem;
  }

  /* Results */
  .results {
    display: grid;
    gap: var(--_space-3);
    min-width: 0;
  }
  .result-count {
    font-weight: var(--_font-weight-bold);
  }
  .group {
    display: grid;
    gap: var(--_space-2);
  }
  .result-list {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* No content-visibility: auto on results, though it made keystrokes that change the matches
     faster (the slowest 56 → 24–25 ms with 5,000 facilities): Chromium emptied the results out of
     view in its accessibility tree (no name, facts or buttons for screen readers; tests:
     facility-locator). */
  /* contain: each result lays out and paints on its own, so a keystroke that replaces them does less
     work (the slowest keystrokes with 5,000 facilities 43–48 → 29–35 ms, frame-work median 7.0 →
     4.0 ms in one bench session), and, unlike content-visibility, nothing leaves the accessibility
     tree. Paint containment clips what overflows a result: focus rings are drawn inside (tests). */
  .result {
    contain: content;
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .name {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    align-items: baseline;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-1);
    margin: 0;
    font-size: var(--_font-size-small);
  }
  .facts > div {
    display: grid;
    grid-template-columns: 5.5em minmax(0, 1fr);
    gap: var(--_space-2);
  }
  /* A narrow locator (large text on a phone): each label above its value, not in a column of its own. */
  @container (max-width: 15.05em) {
    .facts > div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
  .facts dt {
    color: var(--_color-text-muted);
  }
  .facts dd {
    margin: 0;
  }
  .facts ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .copy {
    margin-inline-start: var(--_space-2);
    padding: 0 var(--_space-2);
    min-height: 1.75rem;
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    font-size: var(--_font-size-xsmall);
  }
  .badge {
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
    padding: 0 var(--_space-2);
    border: var(--_border-width) solid currentColor;
    border-radius: 999px;
    font-size: var(--_font-size-xsmall);
    font-weight: var(--_font-weight-bold);
  }
  .badge.open {
    color: var(--_badge-open);
  }
  .badge.closed,
  .badge.status {
    color: var(--_color-text-muted);
  }
  .hours-text {
    margin-inline-end: var(--_space-2);
  }
  .empty {
    display: grid;
    gap: var(--_space-2);
    justify-items: start;
    padding: var(--_space-4);
    border: var(--_border-width) dashed var(--_color-border);
    border-radius: var(--_radius);
  }
  .more {
    justify-self: start;
  }

  /* Citywide totals */
  .citywide {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
    padding: var(--_space-3);
    background: var(--_color-surface-alt);
    border-radius: var(--_radius);
  }
  .citywide dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(12rem, 100%), 1fr));
    gap: var(--_space-2) var(--_space-4);
    margin: 0;
  }
  .citywide dl > div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-2);
    border-bottom: 1px solid var(--_color-border);
  }
  .citywide dd {
    margin: 0;
    /* No nowrap: the row wraps first (the figure under its name); only a figure alone on a line
       too narrow for it breaks (large text). */
    margin-inline-start: auto;
    font-weight: var(--_font-weight-bold);
    font-variant-numeric: tabular-nums;
  }

  /* Loading: the same boxes at their final size, so nothing jumps when the data arrives. */
  .loading {
    display: grid;
    gap: var(--_space-4);
  }
  .sk-line {
    height: 2.75rem;
  }
  .sk-chips {
    height: 5rem;
  }
  .sk-map {
    aspect-ratio: ${TILE_COLUMNS} / ${TILE_ROWS};
  }
  .sk-list {
    min-height: 20rem;
  }

  @media (forced-colors: active) {
    /* The map is drawn without its fill steps here: a legend of shades would promise what it no longer shows. */
    .legend {
      display: none;
    }
    .tile,
    .missing-tile,
    .tile-cell,
    .chip {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .tile[aria-pressed='true'],
    .missing-tile[aria-pressed='true'],
    .chip[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
    /* The count is the tile's sibling, drawn over it: it follows the tile's selected colours. */
    .tile[aria-pressed='true'] ~ .tile-count,
    .missing-tile[aria-pressed='true'] ~ .tile-count {
      color: HighlightText;
    }
    .shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .shape[aria-pressed='true'] {
      fill: Highlight;
    }
    /* Shapes are all Canvas here: the step's ink (white on the strong steps) would vanish. */
    .shape-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .ring {
      stroke: Highlight;
    }
    .ring-halo {
      stroke: Canvas;
    }
  }
  @media print {
    /* The fill is the scale (step-3/4 names are white on it): print it, as the gauge prints its bar. */
    .tile,
    .tile-cell,
    .swatch,
    .missing-cell,
    .shape {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    .filters,
    .copy,
    .more {
      display: none;
    }
    .layout {
      grid-template-columns: 1fr;
    }
  }
`;
