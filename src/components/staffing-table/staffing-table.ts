import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../../internal/custom-element.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../../internal/style-properties.js';
import { findDepartment, officeDepartment } from '../../data/queries.js';
import type { WfpErrorDetail } from '../../events/wfp-error-event.js';
import { formatAsOf } from '../../format/date.js';
import type { Locale } from '../../i18n/locale.js';
import { localizedString } from '../../i18n/localized.js';
import { staffingTableLabels } from '../../i18n/staffing-table.js';
import { WidgetElement } from '../../internal/widget-element.js';
import type { Dataset, Department } from '../../schema/types.js';
import {
  buildStaffingTable,
  CSV_BOM,
  csvFileName,
  nextSort,
  parseCategories,
  parseMeasure,
  resolveStaffingDepartment,
  sortKeyLabel,
  toCsv,
  validCategoriesText,
  validDepartmentsText,
  validMeasuresText,
  type StaffingCell,
  type StaffingMeasure,
  type StaffingRowModel,
  type StaffingSort,
  type StaffingSortKey,
  type StaffingTable,
} from './staffing-core.js';

/** The `measure` values, for typing code that sets it. */
export type { StaffingMeasure } from './staffing-core.js';
import { staffingTableStyles } from './staffing-table.styles.js';

/** What the widget shows; derived in `willUpdate`, read by `render`. */
type View =
  | { kind: 'loading' }
  | { kind: 'error'; detail: WfpErrorDetail; hints: string[] }
  | { kind: 'empty'; dataset: Dataset }
  /** `unlisted`: the unit `department` names exists in the dataset but has no row of its own. */
  | { kind: 'ready'; dataset: Dataset; table: StaffingTable; unlisted: Department | null };

/** Schema problems listed under the error box, so a district sees which staffing rows and why. */
const MAX_LISTED_PROBLEMS = 5;

/**
 * The Office's staffing by unit and job category — quota, current staff and women — as a native,
 * sortable table that can be downloaded as CSV.
 *
 * ```html
 * <wfp-staffing-table></wfp-staffing-table>
 * <wfp-staffing-table measure="vacancy" department="아동담당관" bars></wfp-staffing-table>
 * ```
 *
 * @summary Staffing table (정원 / 현원 (여성)) by unit and job category, sortable, with CSV download.
 * @fires {WfpErrorEvent} wfp-error - The dataset could not be used, or `measure`, `categories` or `department` names nothing valid.
 * @csspart base - The wrapper of everything the widget draws.
 * @csspart table - The `<table>`.
 * @csspart caption - The table caption (title, as-of date and source).
 * @csspart meta - The line with the link to the source, when the dataset gives its address (`meta.sourceUrl`).
 * @csspart source-link - The source's title as a link, when the dataset gives its address (`meta.sourceUrl`).
 * @csspart sort-button - Each header's sort button.
 * @csspart legend - The sentence that explains the measure.
 * @csspart download - The "Download CSV" button.
 * @csspart empty - The sentence shown when the dataset has no staffing table.
 * @csspart error - The error box.
 * @cssprop --wfp-staffing-table-header-background - Header row background (default: the alternate surface).
 * @cssprop --wfp-staffing-table-highlight-background - Background of the row named by `department`.
 * @cssprop --wfp-staffing-table-highlight-mark - The bar marking that row's start.
 * @cssprop --wfp-staffing-table-bar-color - Fill of the inline bars.
 * @cssprop --wfp-staffing-table-over-strength-color - Stripes of an over-strength bar.
 */
@customElement('wfp-staffing-table')
export class WfpStaffingTable extends WidgetElement {
  /** Shows only staffing: the official figures file is enough (src/data/official.ts). */
  protected static readonly officialFiguresEnough = true;

  static override styles = [...WidgetElement.styles, staffingTableStyles];

  private view: View = { kind: 'loading' };

  /** The column the reader sorted by (header buttons), or null for the report's order. */
  @state() private sort: StaffingSort | null = null;

  /**
   * Set when the reader sorted with a header button: the table then announces the order politely,
   * in the words of the language at render time (the page may switch language afterwards).
   */
  @state() private announceSort = false;

  /**
   * What each cell shows: `report` (default, `정원 / 현원 (여성)` as printed), `quota`, `current`,
   * `women`, `vacancy` (quota − current; negative = over strength) or `women-share` (women ÷ current).
   */
  @property({ reflect: true }) measure: StaffingMeasure = 'report';

  /** A unit to highlight, by id (`children`) or Korean name (`아동담당관`). */
  @property() department: string | null = null;

  /**
   * Comma-separated job categories to show (`administrative,fixed-term`); all four when unset. With
   * some left out, the first column adds up the shown ones and is named 소계 (subtotal), not 계.
   */
  @property() categories: string | null = null;

  /** Draws a small bar beside each number (never instead of it). */
  @property({ type: Boolean, reflect: true }) bars = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.view = this.deriveView();
    if (this.sort && this.view.kind === 'ready' && !this.view.table.sort) {
      // The sorted column went (categories changed): the report's order now, for good. Kept, the sort
      // came back with the column, announced as if the reader had just sorted. (Here, not in
      // deriveView: csv() derives a view too, and a script's passing change must not end a sort.)
      this.sort = null;
      this.announceSort = false;
    }
  }

  protected override updated(): void {
    this.widget.report(this.view.kind === 'error' ? this.view.detail : null);
  }

  private deriveView(): View {
    const locale = this.widget.locale.value;
    const measure = parseMeasure(this.measure);
    if (!measure) {
      return this.inputError('invalid-input', (l) => staffingTableLabels[l].errors.measure(String(this.measure), validMeasuresText(l)));
    }
    const { categories, unknown } = parseCategories(this.categories);
    if (unknown.length > 0) {
      return this.inputError('invalid-input', (l) => staffingTableLabels[l].errors.categories(unknown, validCategoriesText(l)));
    }

    const data = this.widget.state;
    if (data.status === 'loading') return { kind: 'loading' };
    if (data.status === 'error') {
      const detail = this.widget.dataErrorDetail(data.error);
      return { kind: 'error', detail, hints: this.staffingProblemHints(detail, locale) };
    }
    const dataset = data.dataset;
    if (dataset.staffing.length === 0) return { kind: 'empty', dataset };

    let highlight: string | null = null;
    let unlisted: Department | null = null;
    const wanted = this.department?.trim();
    if (wanted) {
      const found = resolveStaffingDepartment(dataset, wanted);
      if (found) highlight = found.id;
      // A real unit without a row (the report staffs 저출생정책추진반 from other units) is not a
      // mistake: the table shows, saying so, as the gauge does for a unit without figures.
      else unlisted = findDepartment(dataset, wanted) ?? null;
      // The office itself: the table is its own, and the total row is the office.
      if (unlisted && unlisted.id === officeDepartment(dataset)?.id) unlisted = null;
      else if (!found && !unlisted) {
        return this.inputError('not-found', (l) => staffingTableLabels[l].errors.department(wanted, validDepartmentsText(dataset, l)));
      }
    }
    const table = buildStaffingTable(dataset, { measure, categories, locale, sort: this.sort, highlight });
    return { kind: 'ready', dataset, table, unlisted };
  }

  private inputError(kind: 'invalid-input' | 'not-found', message: (locale: Locale) => string): View {
    return { kind: 'error', detail: { kind, message: { ko: message('ko'), en: message('en') } }, hints: [] };
  }

  /** "$.staffing[3].women: women (40) cannot exceed current staff (30)" for each rejected row. */
  private staffingProblemHints(detail: WfpErrorDetail, locale: Locale): string[] {
    const problems = (detail.problems ?? []).filter((p) => p.severity === 'error' && p.path.startsWith('$.staffing'));
    if (problems.length === 0) return [];
    const labels = staffingTableLabels[locale].errors;
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `${p.path}: ${p.message[locale]}`);
    const more = problems.length - listed.length;
    return [labels.rejectedRows, ...listed, ...(more > 0 ? [labels.moreProblems(more)] : [])];
  }

  private onSortClick(key: StaffingSortKey): void {
    if (this.view.kind !== 'ready') return;
    const table = this.view.table;
    this.sort = nextSort(table.sort, key);
    this.announceSort = true;
  }

  /**
   * The visible table as CSV text (no byte order mark): header, rows in the order shown, totals,
   * with the current measure and columns. Empty while there is no table to show.
   */
  csv(): string {
    const view = this.currentView();
    return view.kind === 'ready' ? toCsv(view.table) : '';
  }

  /** File name of the download, with the dataset's date and the measure: `seoul-wfp-staffing-2024-03-31-report.csv`. */
  get csvFileName(): string {
    const view = this.currentView();
    return view.kind === 'ready' ? csvFileName(view.dataset.meta.asOf, view.table.measure) : '';
  }

  /** Saves the visible table as a UTF-8 CSV file with a byte order mark (so Excel reads Korean). */
  downloadCsv(): void {
    if (this.currentView().kind !== 'ready') return;
    const blob = new Blob([CSV_BOM, this.csv()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = this.csvFileName;
    link.hidden = true;
    // A click inside the widget, not the reader's: the host page's click handlers need not see it.
    link.addEventListener('click', (event) => event.stopPropagation());
    // In the document while clicked, and the URL kept a while: Firefox and Safari can otherwise lose the download.
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /**
   * The table as the current properties describe it: a script that sets `measure` and calls `csv()`
   * at once gets the new measure, not the one still on screen until the next render.
   */
  private currentView(): View {
    if (this.isUpdatePending) {
      this.widget.refreshContext(); // `el.lang = 'en'; el.csv()` gives English headers
      this.view = this.deriveView();
    }
    return this.view;
  }

  protected override render() {
    const locale = this.widget.locale.value;
    return html`<div part="base" class="base" data-theme=${this.widget.theme.value} lang=${locale}>${this.renderView(locale)}</div>`;
  }

  private renderView(locale: Locale): TemplateResult {
    const view = this.view;
    switch (view.kind) {
      case 'loading':
        return this.renderSkeleton();
      case 'error':
        return this.widget.renderError(view.detail, view.hints);
      case 'empty':
        return html`<p class="status empty" part="empty">${staffingTableLabels[locale].empty}</p>
          ${this.widget.renderSource(view.dataset)}`;
      case 'ready':
        return this.renderTable(view.dataset, view.table, view.unlisted);
    }
  }

  private renderSkeleton(): TemplateResult {
    const rows = Array.from({ length: 8 }, () => html`<div class="skeleton skeleton-row"></div>`);
    return html`${this.widget.renderLoadingStatus()}
      <div class="skeleton-table" aria-hidden="true">
        <div class="skeleton skeleton-caption"></div>
        <div class="skeleton skeleton-header"></div>
        ${rows}
        <div class="skeleton skeleton-footer"></div>
      </div>`;
  }

  private renderTable(dataset: Dataset, table: StaffingTable, unlisted: Department | null): TemplateResult {
    const labels = staffingTableLabels[table.locale];
    const office = officeDepartment(dataset);
    const title = office ? labels.title(localizedString(office.name, table.locale)) : labels.titleWithoutOffice;
    const barsNote = table.measure === 'women-share' ? labels.barsNote.percent : labels.barsNote.relative;
    return html`<div class="scroller" @focusin=${this.onScrollerFocus}>
        <table part="table" role="table" aria-describedby="legend">
          <caption part="caption">
            <span class="caption-title">${title}: ${labels.measures[table.measure]}</span>
            <span class="caption-meta"
              >${formatAsOf(dataset.meta.asOf, table.locale)} · ${this.widget.labels.common.source}: ${this.widget.citation(dataset, table.locale)}</span
            >
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              ${this.renderHeader(table, 'department', table.departmentHeader)}
              ${table.columns.map((column) => this.renderHeader(table, column.key, column.label))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${repeat(
              table.rows,
              (row) => row.id,
              (row) => this.renderRow(table, row),
            )}
          </tbody>
          <tfoot role="rowgroup">
            ${this.renderRow(table, table.total)}
          </tfoot>
        </table>
      </div>
      <div class="footer">
        <div class="legend" id="legend" part="legend">
          ${unlisted ? html`<p class="unlisted">${labels.noRowOfItsOwn(localizedString(unlisted.name, table.locale))}</p>` : nothing}
          <p>${labels.legends[table.measure]}</p>
          ${table.subtotalOf ? html`<p class="subtotal-note">${labels.subtotalNote(table.subtotalOf)}</p>` : nothing}
          ${this.bars ? html`<p>${barsNote}</p>` : nothing}
        </div>
        <button type="button" class="secondary download no-print" part="download" @click=${this.downloadCsv}>${labels.download}</button>
      </div>
      ${
        // The caption names the source as text: a link is not allowed inside role="table" (axe:
        // aria-required-children). The link gets a line of its own, outside the legend, which
        // describes the table (aria-describedby) and should not repeat the source.
        dataset.meta.sourceUrl
          ? html`<p class="source" part="meta">${this.widget.labels.common.source}: ${this.widget.sourceTitle(dataset, table.locale)}</p>`
          : nothing
      }
      <p class="visually-hidden" role="status">${this.announceSort && table.sort ? labels.sorted(sortKeyLabel(table, table.sort.key), table.sort.direction) : ''}</p>`;
  }

  /**
   * The table scrolls sideways under a sticky first column (styles). A sort button the keyboard
   * reaches while scrolled in under that column (Shift+Tab moving left) is brought back into view.
   */
  private onScrollerFocus(event: FocusEvent): void {
    const scroller = event.currentTarget as HTMLElement;
    const target = event.target as HTMLElement;
    if (scroller.scrollWidth <= scroller.clientWidth || target.closest('th.department')) return;
    const edge = scroller.querySelector('th.department')?.getBoundingClientRect().right;
    const covered = edge === undefined ? 0 : edge - target.getBoundingClientRect().left;
    // Rectangles are in the page's pixels, scrollLeft in the scroller's own: they differ by a CSS
    // zoom or transform: scale() on the page (portals' 화면 확대/축소 buttons).
    const scale = scroller.getBoundingClientRect().width / scroller.offsetWidth || 1;
    if (covered > 0) scroller.scrollLeft -= covered / scale;
  }

  private renderHeader(table: StaffingTable, key: StaffingSortKey, label: string): TemplateResult {
    const sorted = table.sort?.key === key ? table.sort.direction : undefined;
    return html`<th scope="col" role="columnheader" class=${key === 'department' ? 'department' : 'figure-column'} aria-sort=${sorted ?? nothing}>
      <button type="button" class="sort" part="sort-button" data-sort-key=${key} @click=${() => this.onSortClick(key)}>
        <span>${label}</span>${sortIcon}
      </button>
    </th>`;
  }

  private renderRow(table: StaffingTable, row: StaffingRowModel): TemplateResult {
    const labels = staffingTableLabels[table.locale];
    const isTotal = row.id === 'total';
    return html`<tr role="row" class=${row.highlighted ? 'highlighted' : ''} aria-current=${row.highlighted ? 'true' : nothing} data-id=${row.id}>
      <th scope="row" role="rowheader">
        ${isTotal ? html`<span class="card-title">${labels.totalCard}</span>` : nothing}<span class="unit">${row.label}</span>${row.highlighted ? html` <span class="visually-hidden">${labels.selectedUnit}</span>` : nothing}
      </th>
      ${row.cells.map((cell, index) => this.renderCell(cell, table.columns[index]?.label ?? '', isTotal))}
    </tr>`;
  }

  private renderCell(cell: StaffingCell, columnLabel: string, isTotal: boolean): TemplateResult {
    const classes = [cell.overStrength ? 'over' : '', cell.notApplicable ? 'not-applicable' : ''].filter(Boolean).join(' ');
    const bar = this.bars && !isTotal && cell.bar !== null;
    return html`<td role="cell" data-label=${columnLabel} data-column=${cell.column} class=${classes}>
      <span class="cell"
        >${cell.spoken === cell.text
          ? html`<span class="figure">${cell.figure}</span>`
          : // Shown for the eye, heard as words (see StaffingCell.spoken); one or the other, never both.
            html`<span class="figure" aria-hidden="true">${cell.figure}</span><span class="visually-hidden">${cell.spoken}</span>`}${cell.flag ? html` <span class="flag">${cell.flag}</span>` : nothing}${bar
          ? html`<span class="bar" aria-hidden="true"><span class="bar-fill" style=${styleProperties({ '--_bar': String(cell.bar) })}></span></span>`
          : // The bar's room kept empty (the total, a cell without a figure): figures stay in one column.
            this.bars
            ? html`<span class="bar-space"></span>`
            : nothing}</span
      >
    </td>`;
  }
}

/** Up and down triangles; CSS shows the active one from the header's aria-sort. */
const sortIcon = html`<svg class="sort-icon" viewBox="0 0 10 16" aria-hidden="true" focusable="false">
  ${svg`<path class="up" d="M5 1 9 6H1z"></path><path class="down" d="M5 15 1 10h8z"></path>`}
</svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'wfp-staffing-table': WfpStaffingTable;
  }
}
