import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../../internal/custom-element.js';
import { styleProperties } from '../../internal/style-properties.js';
import type { WfpErrorDetail } from '../../events/wfp-error-event.js';
import { executionGaugeLabels } from '../../i18n/execution-gauge.js';
import type { Locale } from '../../i18n/locale.js';
import { localized, localizedString } from '../../i18n/localized.js';
import { WidgetElement } from '../../internal/widget-element.js';
import type { Dataset } from '../../schema/types.js';
import type { MoneyUnit } from '../../format/money.js';
import { arcGauge, barGauge } from './gauge-geometry.js';
import { styles } from './execution-gauge.styles.js';
import { focusOnce } from '../../internal/focus-once.js';
import { visibleCount } from '../../internal/limit.js';
import { limitLabels } from '../../i18n/limit.js';
import {
  describeFigure,
  needsDataset,
  parseOptions,
  resolveGauge,
  sortBreakdownRows,
  type BreakdownRow,
  type FigureText,
  type GaugeOptions,
  type GaugeView,
  type PaceStatus,
  type SortKey,
  type Variant,
} from './execution-subject.js';

/** The `variant` and `sort` values, for typing code that sets them. */
export type { SortKey as GaugeSortKey, Variant as GaugeVariant } from './execution-subject.js';

type ReadyView = Extract<GaugeView, { status: 'ready' }>;

interface RowView {
  row: BreakdownRow;
  text: FigureText;
}

const FALLBACK_OPTIONS: GaugeOptions = { unit: 'auto', variant: 'arc', sort: null, limit: null, pace: null };

/**
 * What the loading skeleton's hidden text describes, by subject: the report's own figures for the
 * office, a division and a budget line, so the skeleton wraps like the figures that replace it.
 */
const EARLY_CHILDHOOD = { ko: '영유아담당관', en: 'Early Childhood Division' };
const SKELETON_SAMPLES = {
  office: { name: { ko: '여성가족정책실', en: 'Women & Family Policy Office' }, context: null, budget: 3_286_749e6, spent: 1_033_351e6, rate: 31.4 },
  department: { name: EARLY_CHILDHOOD, context: null, budget: 2_072_211e6, spent: 646_700e6, rate: 31.2 },
  line: { name: { ko: '어린이집 운영지원(자체)' }, context: EARLY_CHILDHOOD, budget: 53_700e6, spent: 14_500e6, rate: 27.0 },
} as const;
const SKELETON_PACE = 25;

/**
 * Budget execution at a glance: the share of a budget spent by the dataset's as-of date, for the
 * whole office, one division, one budget line, or figures given as attributes.
 *
 * Subject, most explicit first: `budget` + `spent` (won; no dataset needed) → `line` → `department`
 * → the whole office. Data comes from the element's `.dataset`, then its `src`, then the nearest
 * `<wfp-data>` (its `.dataset`, then its `src`), then the embedded official dataset.
 *
 * ```html
 * <wfp-execution-gauge department="영유아담당관" pace="auto"></wfp-execution-gauge>
 * <wfp-execution-gauge department="children" breakdown sort="rate" limit="10"></wfp-execution-gauge>
 * <wfp-execution-gauge budget="1200000000" spent="300000000" label="구 자체 사업"></wfp-execution-gauge>
 * ```
 *
 * @summary Budget execution rate as a semicircle or bar gauge, with an optional pace marker and breakdown.
 *
 * @fires {WfpErrorEvent} wfp-error - Once per distinct problem: unknown department or line, bad attribute, `budget` 0 or `spent` > `budget` given as attributes, or a data failure (also the one that leaves the page's own figures without their `pace="auto"`).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart arc - The SVG of the semicircle (arc variant).
 * @csspart track - The unfilled track (arc path or bar).
 * @csspart indicator - The filled part (arc path or bar).
 * @csspart pace - The planned-pace marker.
 * @csspart value - The rate in large type.
 * @csspart label - The subject's name and the caption "예산 집행률".
 * @csspart caption - The caption "예산 집행률" within the label, for a page whose own heading says it already. Hidden, it leaves the meter's spoken name too.
 * @csspart context - The line "… 세부사업" naming the department that owns a budget line (`line`).
 * @csspart meta - The source and as-of line.
 * @csspart source-link - The source's title as a link, when the dataset gives its address (`meta.sourceUrl`).
 * @csspart breakdown - The list of budget lines or divisions.
 * @csspart error - The error box.
 *
 * @cssprop --wfp-gauge-track-color - The unfilled track (drawn with an edge in the border colour). Defaults to the alternate surface colour; keep the fill 3:1 from it.
 * @cssprop --wfp-gauge-fill-color - The filled part. Defaults to the primary colour.
 * @cssprop --wfp-gauge-fill-color-ahead - The fill when ahead of the pace marker (defaults to the fill colour; words and a ▲ say it anyway).
 * @cssprop --wfp-gauge-fill-color-behind - The fill when behind the pace marker (defaults to the fill colour; words and a ▼ say it anyway).
 * @cssprop --wfp-gauge-pace-color - The pace marker. Defaults to the accent colour.
 */
@customElement('wfp-execution-gauge')
export class WfpExecutionGauge extends WidgetElement {
  /** Shows only budgets and execution: the official figures file is enough (src/data/official.ts). */
  protected static readonly officialFiguresEnough = true;

  static override styles = [...WidgetElement.styles, styles];

  /** The view for the current attributes and dataset (derived in willUpdate). */
  private view: GaugeView = { status: 'needs-data' };
  /** Options as parsed, for the skeleton while the view cannot be built yet. */
  private options: GaugeOptions = FALLBACK_OPTIONS;
  /** The error to show and report (attribute problem or data failure), if any. */
  private errorDetail: WfpErrorDetail | null = null;
  /** The page's figures are shown, but pace="auto" could not read the dataset: said above them. */
  private paceProblem: WfpErrorDetail | null = null;
  private figureText: FigureText | null = null;
  private rowViews: RowView[] = [];
  private viewKey: unknown[] = [];

  /** "Show all" was pressed (reset when the subject or limit changes). */
  @state() private expanded = false;

  /** Department id (`early-childhood`) or Korean name (`영유아담당관`). Empty: the whole office. */
  @property() department: string | null = null;

  /** A budget-line id (`family-multicultural-033`) or its unique Korean name. Wins over `department`. */
  @property() line: string | null = null;

  /** Budget in won, for figures not in any dataset (with `spent`). Wins over `line` and `department`. */
  @property() budget: string | null = null;

  /** Amount spent in won (with `budget`). */
  @property() spent: string | null = null;

  /** Name shown for explicit `budget`/`spent` figures. */
  @property() label: string | null = null;

  /** Money unit: `auto` (3조 2,867억원), `원`, `천원`, `백만원`, `억원` or `조원`. */
  @property() unit: MoneyUnit = 'auto';

  /** `arc` (semicircle, default) or `bar` (a compact horizontal bar). */
  @property({ reflect: true }) variant: Variant = 'arc';

  /** Planned-pace marker: `auto` (even spending up to the as-of date; 25.0% at end of March) or a percent such as `40`. */
  @property() pace: string | null = null;

  /**
   * Read by the data controller: figures of its own need no dataset (`pace="auto"` aside).
   * @internal
   */
  get needsData(): boolean {
    return needsDataset(this);
  }

  /** List the budget lines of a division (or the divisions of the office) as bar gauges. */
  @property({ type: Boolean }) breakdown = false;

  /** Breakdown order: `rate`, `budget` or `name`; unset keeps the report's order. The reader can change it. */
  @property() sort: SortKey | null = null;

  /** Breakdown rows shown before "show all" (a whole number ≥ 1; unset shows all). */
  @property({ type: Number }) limit: number | null = null;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('department') || changed.has('line') || changed.has('limit') || changed.has('breakdown')) this.expanded = false;

    const locale = this.widget.locale.value;
    const data = this.widget.state;
    const dataset: Dataset | null = data.status === 'ready' ? data.dataset : null;
    const inputs = {
      department: this.department,
      line: this.line,
      budget: this.budget,
      spent: this.spent,
      label: this.label,
      unit: this.unit,
      variant: this.variant,
      pace: this.pace,
      sort: this.sort,
      // Lit turns limit="ten" into NaN; quote what the page wrote instead.
      limit: Number.isNaN(this.limit) ? this.getAttribute('limit') : this.limit,
      breakdown: this.breakdown,
    };
    // Everything below depends only on these; "show all" and focus changes skip the work.
    const key = [...Object.values(inputs), dataset, data.status === 'error' ? data.error : null, locale, this.widget.labelsReady];
    if (key.length === this.viewKey.length && key.every((value, index) => Object.is(value, this.viewKey[index]))) return;
    this.viewKey = key;

    const parsed = parseOptions(inputs);
    this.options = 'options' in parsed ? parsed.options : FALLBACK_OPTIONS;
    this.view = resolveGauge(inputs, dataset);
    this.errorDetail =
      this.view.status === 'error'
        ? this.view.detail
        : this.view.status === 'needs-data' && data.status === 'error'
          ? this.widget.dataErrorDetail(data.error)
          : null;
    // The page's own figures show whatever the dataset does; but pace="auto" needed its as-of date,
    // and a dataset that failed would otherwise take the pace marker away without a word.
    this.paceProblem =
      this.view.status === 'ready' && !this.view.fromDataset && this.options.pace === 'auto' && data.status === 'error'
        ? this.widget.dataErrorDetail(data.error)
        : null;
    if (this.view.status === 'ready') {
      const { figure, breakdown, pace } = this.view;
      this.figureText = describeFigure(figure, locale, this.options.unit, pace);
      this.rowViews = breakdown
        ? sortBreakdownRows(breakdown.rows, this.options.sort, locale).map((row) => ({ row, text: describeFigure(row, locale, this.options.unit, pace) }))
        : [];
    } else {
      this.figureText = null;
      this.rowViews = [];
    }
  }

  protected override updated(): void {
    const problem = this.view.status === 'ready' ? this.view.problem : null;
    this.widget.report(this.errorDetail ?? problem);
    this.widget.report(this.paceProblem, 'pace');
  }

  private onSortChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.sort = value === '' ? null : (value as SortKey); // the select offers only the sort keys
  }

  private async onToggleRows(): Promise<void> {
    this.expanded = !this.expanded;
    if (!this.expanded) return;
    // The rows appear above the button, which would keep the focus far down the page (36 new rows of
    // 46, off a phone's screen): the reader is taken to the first new row instead, as the locator's
    // "더 보기" does. To its name: a focused row is read whole, and its meter repeats its figures.
    await this.updateComplete;
    const first = this.shadowRoot?.querySelectorAll<HTMLElement>('.rows > li')[this.options.limit ?? 0]?.querySelector<HTMLElement>('.row-name');
    if (first) focusOnce(first);
  }

  private get labels() {
    return executionGaugeLabels[this.widget.locale.value];
  }

  /** A dataset name in the reader's language; Korean-only names are marked `lang="ko"` in English. */
  private renderLoading(): TemplateResult {
    const { variant, pace, unit } = this.options;
    const locale = this.widget.locale.value;
    const geometry = arcGauge(null);
    // The lines hold typical text, hidden, so they wrap like the figures that replace them: with real
    // Korean fonts a one-line placeholder would grow to two when the data arrives (layout shift).
    // Only the lines' grey boxes show (.skeleton-text > * is visibility: hidden).
    const figure = SKELETON_SAMPLES[this.line ? 'line' : this.department || (this.budget && this.spent) ? 'department' : 'office'];
    const sample = describeFigure(figure, locale, unit, pace === null ? null : SKELETON_PACE);
    // The parts a page may hide (caption, context) are parts here too, so hidden they take no room
    // while loading either (no shift when the data arrives).
    const line = (className: string, text: string) => html`<p class="${className} skeleton-text" part=${className === 'context' ? 'context' : nothing}><span>${text}</span></p>`;
    // The label has the same two lines as the real one (name, then the caption on its own line).
    const label = html`<p class="label skeleton-text"><span class="name">${sample.name}</span> <span class="caption" part="caption">${this.labels.caption}</span></p>`;
    return html`<div aria-busy="true">
      ${this.widget.renderLoadingStatus()}
      <div class="gauge ${variant}" aria-hidden="true">
        ${variant === 'arc'
          ? html`<div class="figure">
              <svg viewBox=${geometry.viewBox} focusable="false"><path class="skeleton-track" d=${geometry.track}></path></svg>
            </div>`
          : html`<div class="head">${label}${line('value', sample.rate)}</div>
              <div class="figure"><div class="bar-track skeleton-text"></div></div>`}
        <div class="text">
          ${variant === 'arc' ? label : nothing}
          ${figure.context ? line('context', this.labels.lineOf(localizedString(figure.context, locale))) : nothing} ${line('amounts', sample.amounts)}
          ${sample.pace ? html`<p class="pace skeleton-text">${this.renderPaceShape(sample.pace.status)}<span>${sample.pace.sentence}</span></p>` : nothing}
          <p class="source skeleton-text" part="meta"><span>${this.widget.labels.common.sourceSample}</span></p>
        </div>
      </div>
    </div>`;
  }

  private renderPaceShape(status: PaceStatus): TemplateResult {
    // ▲ ahead, ▼ behind, ● on pace: the state is a shape and words, never colour alone.
    const shape =
      status === 'ahead'
        ? svg`<path d="M5 0L10 9H0Z"></path>`
        : status === 'behind'
          ? svg`<path d="M0 1H10L5 10Z"></path>`
          : svg`<circle cx="5" cy="5" r="4"></circle>`;
    return html`<svg class="shape" viewBox="0 0 10 10" aria-hidden="true" focusable="false">${shape}</svg>`;
  }

  private renderNotice(view: ReadyView): TemplateResult | typeof nothing {
    const { figure } = view;
    const labels = this.labels;
    let message: string | null = null;
    if (figure.rate === null) message = labels.budgetZeroNote;
    else if (figure.overspent) message = labels.overspentNote(this.figureText!.rate);
    if (!message) return nothing;
    return html`<p class="notice">
      <svg class="shape" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><path d="M5 0L10 10H0Z"></path></svg>
      <span>${message}</span>
    </p>`;
  }

  /** role="meter" needs a value; with no rate (budget 0) the figure is plain text instead. */
  private meterAttributes(rate: number | null, text: FigureText) {
    return rate === null
      ? { role: undefined, now: undefined, text: undefined }
      : // The graphic stops at 100 and so does aria-valuenow (it must lie within min..max); the
        // sentence in aria-valuetext, which screen readers read, keeps the real rate.
        { role: 'meter', now: String(Math.min(rate, 100)), text: text.valueText };
  }

  private renderFigure(view: ReadyView): TemplateResult {
    const { figure, pace } = view;
    const text = this.figureText!;
    const meter = this.meterAttributes(figure.rate, text);
    const valueClass = figure.rate === null ? 'value not-applicable' : 'value';
    // Not a <p>: a reader's paragraph spacing (WCAG 1.4.12: 2em below each paragraph) lifted the
    // figure, placed at the bottom of the arc's box, onto the arc.
    const value = html`<div part="value" class=${valueClass}>${text.rate}</div>`;
    let graphic: TemplateResult;
    if (this.options.variant === 'arc') {
      const geometry = arcGauge(figure.rate, pace);
      graphic = html`<svg part="arc" viewBox=${geometry.viewBox} aria-hidden="true" focusable="false">
        <defs><clipPath id="track-clip"><path d=${geometry.track}></path></clipPath></defs>
        <path part="track" class="track" d=${geometry.track}></path>
        ${geometry.indicator
          ? svg`<g clip-path="url(#track-clip)"><g class="sweep" style=${styleProperties({ '--_sweep': String(geometry.sweepDegrees) })}>
              <path part="indicator" class="indicator" d=${geometry.indicator}></path></g></g>`
          : nothing}
        ${geometry.pace
          ? svg`<g part="pace" class="pace-marker">
              <line x1=${geometry.pace.line.x1} y1=${geometry.pace.line.y1} x2=${geometry.pace.line.x2} y2=${geometry.pace.line.y2}></line>
              <path d=${geometry.pace.tip}></path></g>`
          : nothing}
      </svg>`;
    } else {
      graphic = this.renderBar(figure.rate, pace);
    }
    return html`<div
      class="figure"
      role=${meter.role ?? nothing}
      aria-labelledby=${meter.role ? 'label' : nothing}
      aria-valuemin=${meter.role ? '0' : nothing}
      aria-valuemax=${meter.role ? '100' : nothing}
      aria-valuenow=${meter.now ?? nothing}
      aria-valuetext=${meter.text ?? nothing}
    >
      ${graphic}${this.options.variant === 'arc' ? value : nothing}
    </div>`;
  }

  private renderBar(rate: number | null, pace: number | null, withParts = true): TemplateResult {
    const geometry = barGauge(rate, pace);
    return html`<div part=${withParts ? 'track' : nothing} class="bar-track">
      <div part=${withParts ? 'indicator' : nothing} class="bar-fill" style=${styleProperties({ '--_fill': `${geometry.fillPercent}%` })}></div>
      ${geometry.pacePercent === null
        ? nothing
        : html`<div part=${withParts ? 'pace' : nothing} class="bar-pace" style=${styleProperties({ '--_pace': `${geometry.pacePercent}%` })}></div>`}
    </div>`;
  }

  private renderReady(view: ReadyView, locale: Locale): TemplateResult {
    const { figure } = view;
    const text = this.figureText!;
    const labels = this.labels;
    const variant = this.options.variant;
    const label = html`<p part="label" class="label" id="label">
      ${figure.name ? html`<span class="name">${localized(figure.name, locale)}</span> ` : nothing}<span part="caption" class="caption"
        >${labels.caption}</span
      >
    </p>`;
    const words = html`${figure.context ? html`<p part="context" class="context">${labels.lineOf(localizedString(figure.context, locale))}</p>` : nothing}
      <p class="amounts">${text.amounts}</p>
      ${text.pace
        ? html`<p class="pace" data-status=${text.pace.status}>${this.renderPaceShape(text.pace.status)}<span>${text.pace.sentence}</span></p>`
        : nothing}
      ${this.renderNotice(view)}
      ${view.fromDataset && this.widget.state.status === 'ready' ? this.widget.renderSource(this.widget.state.dataset) : nothing}`;
    return html`<div class="gauge ${variant}" data-pace=${text.pace?.status ?? nothing}>
        ${variant === 'arc'
          ? html`${this.renderFigure(view)}
              <div class="text">${label}${words}</div>`
          : html`<div class="head">${label}<p part="value" class="value">${text.rate}</p></div>
              ${this.renderFigure(view)}
              <div class="text">${words}</div>`}
      </div>
      ${view.breakdown ? this.renderBreakdown(view, locale) : nothing}`;
  }

  private renderBreakdown(view: ReadyView, locale: Locale): TemplateResult {
    const labels = this.labels;
    const scope = view.breakdown!.scope;
    const total = this.rowViews.length;
    const { limit } = this.options;
    const shown = visibleCount(total, limit, this.expanded);
    const sort = (this.options.sort ?? '') as SortKey | '';
    const sortName = labels.sortOptions[sort === '' ? 'printed' : sort];
    // The select's value is set as a property as well as by `selected`: once the reader has picked
    // an option, a `selected` attribute no longer moves the choice, so a page setting `sort` later
    // left the select naming another order than the rows'. (`selected` still picks on first render,
    // before the options exist for the property.) No live(): the reader's choice sets `sort`, so
    // the value Lit last set always is the select's.
    return html`<section part="breakdown" class="breakdown" aria-labelledby="breakdown-title">
      <div class="breakdown-head">
        <p class="breakdown-title" id="breakdown-title">${labels.breakdownHeading[scope]}</p>
        <div class="controls no-print">
          <label for="sort">${labels.sortLabel}</label>
          <select id="sort" .value=${sort} @change=${this.onSortChange}>
            ${(['', 'rate', 'budget', 'name'] as const).map(
              (key) => html`<option value=${key} ?selected=${key === sort}>${labels.sortOptions[key === '' ? 'printed' : key]}</option>`,
            )}
          </select>
        </div>
      </div>
      <ol class="rows" id="rows" aria-labelledby="breakdown-title">
        ${this.rowViews.map(({ row, text }, index) => {
          const meter = this.meterAttributes(row.rate, text);
          const id = `row-${row.id}`;
          return html`<li class=${index < shown ? 'row' : 'row beyond-limit'} data-id=${row.id} data-pace=${text.pace?.status ?? nothing}>
            <span class="row-name" id=${id}>${localized(row.name, locale)}</span>
            <span class="row-value"
              >${text.rate}${text.pace
                ? html`<span class="pace-tag">${this.renderPaceShape(text.pace.status)}<span class="pace-word">${text.pace.short}</span></span>`
                : nothing}${row.overspent ? html`<span class="pace-word">${labels.overspentShort}</span>` : nothing}</span
            >
            <div
              class="row-meter"
              role=${meter.role ?? nothing}
              aria-labelledby=${meter.role ? id : nothing}
              aria-valuemin=${meter.role ? '0' : nothing}
              aria-valuemax=${meter.role ? '100' : nothing}
              aria-valuenow=${meter.now ?? nothing}
              aria-valuetext=${meter.text ?? nothing}
            >
              ${this.renderBar(row.rate, view.pace, false)}
            </div>
            <span class="row-amounts">${text.amounts}</span>
          </li>`;
        })}
      </ol>
      <div class="list-foot">
        <p class="count" role="status">${sortName} · ${labels.shownCount(shown, total)}</p>
        ${limit !== null && limit < total
          ? html`<button type="button" class="secondary more no-print" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="rows" @click=${this.onToggleRows}>
              ${this.expanded ? labels.showFewer(limit) : limitLabels[locale].showAll(total)}
            </button>`
          : nothing}
      </div>
    </section>`;
  }

  private renderContent(locale: Locale): TemplateResult {
    const view = this.view;
    if (this.errorDetail) return this.widget.renderError(this.errorDetail);
    switch (view.status) {
      case 'needs-data':
        return this.renderLoading();
      case 'empty':
        return html`<p class="status">${view.message[locale]}</p>`;
      case 'ready':
        // Figures from attributes need no dataset, but they still wait for their words (English page).
        if (!this.widget.labelsReady) return this.renderLoading();
        return html`${this.paceProblem ? this.widget.renderError(this.paceProblem, [], { title: this.labels.paceUnavailable }) : nothing}${this.renderReady(view, locale)}`;
      default:
        return this.renderLoading();
    }
  }

  protected override render(): TemplateResult {
    const locale = this.widget.locale.value;
    return html`<div part="base" class="base" data-theme=${this.widget.theme.value} lang=${locale}>${this.renderContent(locale)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wfp-execution-gauge': WfpExecutionGauge;
  }
}
