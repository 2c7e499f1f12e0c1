import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../../internal/custom-element.js';
import '../execution-gauge/execution-gauge.js';
import { findProgram } from '../../data/queries.js';
import type { WfpErrorDetail } from '../../events/wfp-error-event.js';
import { formatCount } from '../../format/count.js';
import { formatAsOf } from '../../format/date.js';
import { formatMoney, sharedFractionDigits, WON_PER_UNIT, type MoneyUnit } from '../../format/money.js';
import { formatNumber } from '../../format/number.js';
import { formatPercent } from '../../format/rate.js';
import type { Locale } from '../../i18n/locale.js';
import { koreanText, localized, localizedString } from '../../i18n/localized.js';
import { programCardLabels } from '../../i18n/program-card.js';
import { heading } from '../../internal/heading.js';
import { WidgetElement } from '../../internal/widget-element.js';
import type { Dataset, Program } from '../../schema/types.js';
import type { FundingSegment } from './funding-split.js';
import { programAttributeError, programError, programIdHints } from './program-input.js';
import { formatPeriod } from './plan-timeline.js';
import { programView, type DistrictView, type KpiView, type ProgramView } from './program-view.js';
import { programCardStyles } from './program-card.styles.js';

/** What the card shows; derived in `willUpdate`, read by `render`. */
type View =
  | { kind: 'loading' }
  | { kind: 'error'; detail: WfpErrorDetail; hints: string[] }
  | { kind: 'ready'; dataset: Dataset; model: ProgramView };

/** Figures shown before the rest fold into a nested "more" disclosure (a 26-KPI plan stays readable). */
const VISIBLE_KPIS = 4;
const VISIBLE_GAUGES = 3;

/** The unit the report prints programme budgets in (소요예산 61,573백만원); always shown beside other units. */
const REPORT_UNIT = '백만원';

/**
 * One policy program of the report as a card: title, division and purpose; budget in Korean units
 * with its funding split (국비 / 시비 / 구비 / 민간) as a labelled stacked bar; execution of its budget
 * lines; targets against results; where it runs; and, in a native `<details>`, the overview, legal
 * basis, achievements, upcoming plans and contacts.
 *
 * ```html
 * <wfp-program-card program="mom-dad-taxi"></wfp-program-card>
 * <wfp-program-card program="idolbom-childcare-service" compact headline-level="2">
 *   <a slot="actions" href="/apply">신청하기</a>
 * </wfp-program-card>
 * ```
 *
 * Printing opens the details (the `beforeprint` event) and restores them afterwards.
 *
 * @summary A policy program: money and who pays, targets vs results, what is next, whom to call.
 * @slot actions - The host's own call to action (a link or button), shown at the foot of the card.
 * @fires {WfpErrorEvent} wfp-error - The dataset could not be used, the program id is unknown, or `unit` / `headline-level` is invalid.
 * @csspart base - The wrapper of everything the card draws.
 * @csspart title - The program title (a heading at `headline-level`).
 * @csspart budget - The budget amount line.
 * @csspart funding-bar - The stacked bar of the funding split.
 * @csspart kpi - Each target/result row.
 * @csspart district - Each district chip.
 * @csspart details - The `<details>` element with the full report text.
 * @csspart actions - The container of the `actions` slot.
 * @csspart meta - The source and as-of line.
 * @csspart source-link - The source's title as a link, when the dataset gives its address (`meta.sourceUrl`).
 * @csspart error - The error box.
 * @cssprop --wfp-program-card-border-color - Card border (default: the theme border colour).
 * @cssprop --wfp-program-card-background - Card background (default: the theme surface).
 * @cssprop --wfp-program-card-funding-national - Bar and swatch colour of 국비 (national) (default: the theme's `--wfp-color-series-1`; series 2–4 are 시비, 구비, 민간).
 * @cssprop --wfp-program-card-funding-city - Bar and swatch colour of 시비 (city).
 * @cssprop --wfp-program-card-funding-district - Bar and swatch colour of 구비 (district).
 * @cssprop --wfp-program-card-funding-private - Bar and swatch colour of 민간 (private).
 * @cssprop --wfp-program-card-achievement-color - Fill of the KPI achievement bars.
 * @cssprop --wfp-program-card-upcoming-color - Mark of upcoming plans.
 */
@customElement('wfp-program-card')
export class WfpProgramCard extends WidgetElement {
  static override styles = [...WidgetElement.styles, programCardStyles];

  private view: View = { kind: 'loading' };
  private derivedFrom: { dataset: Dataset; program: Program } | null = null;
  private openedForPrint: HTMLDetailsElement[] = [];

  /** Whether the host put anything in the `actions` slot (an empty slot takes no space). */
  @state() private hasActions = false;

  /** The program's id (`mom-dad-taxi`) or its exact Korean title. */
  @property() program: string | null = null;

  /** Title, budget and one KPI only (the list uses this). */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Level of the title heading, 2–6 (default 3); section headings sit one level below. */
  @property({ attribute: 'headline-level', type: Number }) headlineLevel = 3;

  /** Money unit: `auto` (compact "616억원", with the report's "61,573백만원" beside it) or a fixed unit such as `백만원`. */
  @property() unit: MoneyUnit = 'auto';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.openForPrint);
    window.addEventListener('afterprint', this.restoreAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.openForPrint);
    window.removeEventListener('afterprint', this.restoreAfterPrint);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.view = this.deriveView();
  }

  protected override updated(): void {
    this.widget.report(this.view.kind === 'error' ? this.view.detail : null);
  }

  private deriveView(): View {
    const inputError = this.inputError();
    if (inputError) return inputError;
    const state = this.widget.state;
    if (state.status === 'loading') return { kind: 'loading' };
    if (state.status === 'error') return { kind: 'error', detail: this.widget.dataErrorDetail(state.error), hints: [] };
    const { dataset } = state;
    const key = this.program?.trim() ?? '';
    const locale = this.widget.locale.value;
    if (!key) return { kind: 'error', detail: programError('invalid-input', (l) => l.errors.programMissing), hints: programIdHints(dataset, [], locale) };
    const program = findProgram(dataset, key);
    if (!program) return { kind: 'error', detail: programError('not-found', (l) => l.errors.programNotFound(key)), hints: programIdHints(dataset, [key], locale) };
    // A new view model only when the dataset or the program changed; locale and theme re-format it.
    if (this.derivedFrom?.dataset !== dataset || this.derivedFrom.program !== program || this.view.kind !== 'ready') {
      this.derivedFrom = { dataset, program };
      return { kind: 'ready', dataset, model: programView(dataset, program) };
    }
    return this.view;
  }

  /** Attribute values the card cannot use, reported before any data arrives. */
  private inputError(): View | null {
    const detail = programAttributeError(this, this.unit, this.headlineLevel);
    return detail ? { kind: 'error', detail, hints: [] } : null;
  }

  private onActionsChange(event: Event): void {
    this.hasActions = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  /** CSS cannot open a closed `<details>`; printing does it here and puts things back afterwards. */
  private readonly openForPrint = (): void => {
    this.openedForPrint = [...this.renderRoot.querySelectorAll('details')].filter((details) => !details.open);
    for (const details of this.openedForPrint) details.open = true;
  };

  private readonly restoreAfterPrint = (): void => {
    for (const details of this.openedForPrint) details.open = false;
    this.openedForPrint = [];
  };

  override render() {
    const locale = this.widget.locale.value;
    const view = this.view;
    return html`<div part="base" class="base" data-theme=${this.widget.theme.value} lang=${locale}>
      ${view.kind === 'ready'
        ? this.renderCard(view.dataset, view.model, locale)
        : view.kind === 'error'
          ? this.widget.renderError(view.detail, view.hints)
          : this.renderLoading()}
      <div class="actions" part="actions" ?hidden=${view.kind !== 'ready' || !this.hasActions}>
        <slot name="actions" @slotchange=${this.onActionsChange}></slot>
      </div>
    </div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<div class="card loading" aria-busy="true">
      ${this.widget.renderLoadingStatus()}
      <div class="skeleton line short"></div>
      <div class="skeleton line title"></div>
      <div class="skeleton line"></div>
      ${this.compact ? nothing : html`<div class="skeleton block"></div><div class="skeleton block"></div>`}
    </div>`;
  }

  /** A heading of the card's own: class "section-heading" unless given another (the title's is "title"). */
  private cardHeading(level: number, content: unknown, options: { id?: string; part?: string; className?: string } = {}): TemplateResult {
    return heading(level, content, { className: 'section-heading', ...options });
  }

  private renderCard(dataset: Dataset, model: ProgramView, locale: Locale): TemplateResult {
    const labels = programCardLabels[locale];
    const { program } = model;
    const level = this.headlineLevel;
    const eyebrow = [
      model.department ? localizedString(model.department.name, locale) : null,
      program.kind ? labels.kinds[program.kind] : null,
    ].filter(Boolean);
    return html`<article class="card" aria-labelledby="title">
      <header class="header">
        ${eyebrow.length > 0 ? html`<p class="eyebrow">${eyebrow.join(' · ')}</p>` : nothing}
        ${this.cardHeading(level, localized(program.title, locale), { id: 'title', part: 'title', className: 'title' })}
        ${model.parent ? html`<p class="parent">${labels.partOf(localizedString(model.parent.title, locale))}</p>` : nothing}
        ${model.parts.length > 0
          ? html`<p class="parts">${labels.parts(model.parts.map((part) => localizedString(part.title, locale)).join(', '))}</p>`
          : nothing}
        ${program.summary && !this.compact ? html`<p class="summary">${koreanText(program.summary, locale)}</p>` : nothing}
      </header>
      ${this.compact ? this.renderCompactBody(model, locale) : this.renderFullBody(dataset, model, locale)}
      ${this.widget.renderSource(dataset)}
    </article>`;
  }

  private renderCompactBody(model: ProgramView, locale: Locale): TemplateResult {
    const budget = this.renderBudgetAmount(model, locale, this.budgetDigits(model, locale));
    return html`${budget ? html`<div class="compact-budget">${budget}</div>` : nothing}
    ${model.headline ? html`<ul class="kpis compact-kpi">${this.renderKpi(model.headline, model, locale)}</ul>` : nothing}`;
  }

  private renderFullBody(dataset: Dataset, model: ProgramView, locale: Locale): TemplateResult {
    const sub = this.headlineLevel + 1;
    return html`${this.renderBudgetSection(dataset, model, locale, sub)} ${this.renderKpiSection(model, locale, sub)}
    ${this.renderWhereSection(model, locale, sub)} ${this.renderDetails(model, locale, sub)}`;
  }

  // ── Budget ────────────────────────────────────────────────────────────────────────────────

  /** A sum in the chosen unit, and the report's 백만원 figure to show beside it when that reads differently. */
  private moneyText(won: number, locale: Locale, fractionDigits?: number): [primary: string, printed: TemplateResult | typeof nothing] {
    const primary = formatMoney(won, locale, { unit: this.unit, fractionDigits });
    const printed = reportFigure(won, locale, primary);
    return [primary, printed === null ? nothing : html` <span class="printed">(${printed})</span>`];
  }

  private money(won: number, locale: Locale, fractionDigits?: number): TemplateResult {
    const [primary, printed] = this.moneyText(won, locale, fractionDigits);
    return html`<span class="money">${primary}</span>${printed}`;
  }

  /**
   * The budget and its funding amounts are read together, as a sum and its parts: one precision
   * (unit="억원": "22.94억원" over 0.88억원 and 22.06억원, not "22.9억원"), on the compact card too.
   */
  private budgetDigits(model: ProgramView, locale: Locale): number | undefined {
    const amounts = [model.program.budget?.amount ?? Number.NaN, ...model.funding.segments.flatMap((segment) => segment.amount ?? [])];
    return sharedFractionDigits(amounts, locale, this.unit);
  }

  /**
   * "2024년 예산 25억 5,500만원 (2,555백만원)", or the report's note in place of an amount (비예산). The
   * bracket is the report's unit, not labelled "as printed": a district's own data prints nothing.
   * Under a budget larger than its department's whole budget, a note says so (ProgramView.departmentBudget).
   */
  private renderBudgetAmount(model: ProgramView, locale: Locale, fractionDigits?: number, underHeading = false): TemplateResult | null {
    const labels = programCardLabels[locale];
    const { program, departmentBudget, department } = model;
    if (program.budget) {
      const [primary, printed] = this.moneyText(program.budget.amount, locale, fractionDigits);
      return html`<p class="budget" part="budget">
          <span class="budget-label">${labels.budgetOfYear(program.budget.year)}</span>
          <strong class="budget-amount">${primary}</strong>${printed}
        </p>
        ${departmentBudget !== null && department
          ? html`<p class="note budget-scope">
              ${labels.beyondDepartment(localizedString(department.name, locale), formatMoney(departmentBudget, locale, { unit: this.unit }))}
            </p>`
          : nothing}`;
    }
    if (program.budgetNote) {
      // Own keys only: a dataset's note "constructor" or "toString" must read as written, not as
      // Object.prototype's function looked up in the label table.
      const note = Object.hasOwn(labels.budgetNotes, program.budgetNote) ? labels.budgetNotes[program.budgetNote] : undefined;
      // Under the full card's "예산" heading the label would say 예산 twice.
      return html`<p class="budget" part="budget">
        ${underHeading ? nothing : html`<span class="budget-label">${labels.budgetHeading}</span>`}
        <strong class="budget-amount">${note ?? koreanText(program.budgetNote, locale)}</strong>
      </p>`;
    }
    return null;
  }

  private renderBudgetSection(dataset: Dataset, model: ProgramView, locale: Locale, level: number): TemplateResult | typeof nothing {
    const labels = programCardLabels[locale];
    const digits = this.budgetDigits(model, locale);
    const amount = this.renderBudgetAmount(model, locale, digits, true);
    const funding = this.renderFunding(model, locale, digits);
    const gauges = model.budgetLineIds;
    if (!amount && !funding && gauges.length === 0) return nothing;
    // A line of the card's own department need not name it again ("… 세부사업"): the card's
    // header does. A line of another department keeps the name (a plan across departments).
    const gauge = (id: string) =>
      html`<li>
        <wfp-execution-gauge
          class=${model.ownLineIds.has(id) ? 'own-line' : ''}
          line=${id}
          variant="bar"
          unit=${this.unit}
          .dataset=${dataset}
        ></wfp-execution-gauge>
      </li>`;
    return html`<section class="section budget-section">
      ${this.cardHeading(level, labels.budgetHeading)} ${amount ?? nothing} ${funding}
      ${gauges.length > 0
        ? html`<div class="execution">
            <p class="block-label" id="execution-label">${labels.executionHeading}</p>
            ${model.lineScope ? html`<p class="note">${labels.lineScope(model.lineScope.sharedWith, model.lineScope.wider)}</p>` : nothing}
            <ul class="gauges" aria-labelledby="execution-label">
              ${gauges.slice(0, VISIBLE_GAUGES).map(gauge)}
            </ul>
            ${gauges.length > VISIBLE_GAUGES
              ? html`<details class="more">
                  <summary id="more-lines" aria-describedby="title">${labels.moreLines(gauges.length - VISIBLE_GAUGES)}</summary>
                  <ul class="gauges" aria-labelledby="more-lines">
                    ${gauges.slice(VISIBLE_GAUGES).map(gauge)}
                  </ul>
                </details>`
              : nothing}
          </div>`
        : nothing}
    </section>`;
  }

  private renderFunding(model: ProgramView, locale: Locale, digits: number | undefined): TemplateResult | null {
    const labels = programCardLabels[locale];
    const { funding } = model;
    if (funding.basis === 'none') return null;
    const drawn = funding.basis === 'amount' || funding.basis === 'share';
    return html`<div class="funding">
      <p class="block-label">${labels.fundingHeading}</p>
      ${drawn ? this.renderFundingBar(model) : nothing}
      <ul class="funding-legend">
        ${funding.segments.map(
          (segment) => html`<li class=${segment.separate ? 'separate' : ''}>
            ${drawn ? html`<span class="swatch seg-${segment.source} ${segment.separate ? 'hatched' : ''}" aria-hidden="true"></span>` : nothing}
            <span class="source-name">${labels.sources[segment.source]}</span>
            ${this.renderSegmentFigure(segment, funding.basis, locale, digits)}
            ${segment.separate ? html`<span class="tag">${labels.separate}</span>` : nothing}
            ${segment.note ? html`<span class="segment-note">${koreanText(segment.note, locale)}</span>` : nothing}
          </li>`,
        )}
        ${funding.unspecified
          ? html`<li>
              <span class="swatch seg-unspecified" aria-hidden="true"></span>
              <span class="source-name">${labels.unspecified}</span>
              <span class="figure">${formatNumber(funding.unspecified.share, locale, 1)}%</span>
            </li>`
          : nothing}
      </ul>
      ${funding.hasSeparate ? html`<p class="note">${labels.separateExplained}</p>` : nothing}
    </div>`;
  }

  private renderSegmentFigure(
    segment: FundingSegment,
    basis: ProgramView['funding']['basis'],
    locale: Locale,
    digits: number | undefined,
  ): TemplateResult | typeof nothing {
    if (segment.amount !== undefined) {
      const share = basis === 'amount' && segment.share !== null ? html` · <span class="share">${formatPercent(segment.share, locale)}</span>` : nothing;
      return html`<span class="figure">${this.money(segment.amount, locale, digits)}${share}</span>`;
    }
    // Printed shares keep the report's precision: "30%", not "30.0%".
    if (segment.share !== null) return html`<span class="figure">${formatNumber(segment.share, locale, 1)}%</span>`;
    return nothing;
  }

  /** The stacked bar: decorative (the legend beside it carries every figure in text). */
  private renderFundingBar(model: ProgramView): TemplateResult {
    const { segments, unspecified } = model.funding;
    const width = (x0: number, x1: number) => `${Math.max(0, x1 - x0)}%`;
    return html`<svg class="funding-bar" part="funding-bar" aria-hidden="true" focusable="false" width="100%" height="16">
      <defs>
        ${segments.map((segment, index) =>
          segment.separate
            ? svg`<pattern id="hatch-${index}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                <rect class="seg-${segment.source}" width="6" height="6"></rect>
                <rect class="hatch-gap" width="2" height="6"></rect>
              </pattern>`
            : nothing,
        )}
      </defs>
      <rect class="track" width="100%" height="16"></rect>
      ${segments.map(
        (segment, index) =>
          // A separate share takes its hatch pattern from the fill attribute: a seg-* class's solid
          // CSS fill would override it (the colour is inside the pattern).
          svg`<rect class=${segment.separate ? 'seg separate' : `seg seg-${segment.source}`} x="${segment.x0}%" width=${width(segment.x0, segment.x1)} height="16"
            fill=${segment.separate ? `url(#hatch-${index})` : nothing}></rect>`,
      )}
      ${unspecified ? svg`<rect class="seg seg-unspecified" x="${unspecified.x0}%" width=${width(unspecified.x0, unspecified.x1)} height="16"></rect>` : nothing}
    </svg>`;
  }

  // ── KPIs ──────────────────────────────────────────────────────────────────────────────────

  private renderKpi(item: KpiView, model: ProgramView, locale: Locale): TemplateResult {
    const labels = programCardLabels[locale];
    const { kpi, achievement } = item;
    // A result and its target in money are read as a pair: one precision ("4.77억원 / 5.00억원").
    const digits = sharedFractionDigits([kpi.actual ?? Number.NaN, kpi.target ?? Number.NaN], locale, this.unit);
    const value = (figure: number) => (kpi.unit === '원' ? this.money(figure, locale, digits) : formatCount(figure, locale, kpi.unit));
    const figures = [
      kpi.actual !== undefined ? html`<span class="actual">${labels.actual} <strong>${value(kpi.actual)}</strong></span>` : null,
      kpi.target !== undefined ? html`<span class="target">${labels.target} ${value(kpi.target)}</span>` : null,
    ].filter((figure) => figure !== null);
    return html`<li class="kpi" part="kpi">
      <span class="kpi-label">${koreanText(kpi.label, locale)}</span>
      <span class="kpi-figures">${figures.map((figure, index) => html`${index > 0 ? ' / ' : ''}${figure}`)}</span>
      ${achievement !== null
        ? html`<span class="kpi-rate">${labels.achievement} <strong>${formatPercent(achievement, locale)}</strong></span>
            <svg class="rate-bar" aria-hidden="true" focusable="false" width="100%" height="6">
              <rect class="track" width="100%" height="6"></rect>
              <rect class="fill" width="${Math.min(100, achievement)}%" height="6"></rect>
            </svg>`
        : nothing}
      ${(kpi.asOf && kpi.asOf !== model.asOf) || (achievement !== null && !YEAR_END.test(kpi.asOf ?? model.asOf))
        ? html`<span class="kpi-asof">${formatAsOf(kpi.asOf ?? model.asOf, locale)}</span>`
        : nothing}
    </li>`;
  }

  private renderKpiSection(model: ProgramView, locale: Locale, level: number): TemplateResult | typeof nothing {
    if (model.kpis.length === 0) return nothing;
    const labels = programCardLabels[locale];
    const visible = model.kpis.slice(0, VISIBLE_KPIS);
    const rest = model.kpis.slice(VISIBLE_KPIS);
    return html`<section class="section">
      ${this.cardHeading(level, labels.kpiHeading)}
      <ul class="kpis">
        ${visible.map((item) => this.renderKpi(item, model, locale))}
      </ul>
      ${rest.length > 0
        ? html`<details class="more">
            <summary aria-describedby="title">${labels.moreKpis(rest.length)}</summary>
            <ul class="kpis">
              ${rest.map((item) => this.renderKpi(item, model, locale))}
            </ul>
          </details>`
        : nothing}
    </section>`;
  }

  // ── Where ─────────────────────────────────────────────────────────────────────────────────

  private renderWhereSection(model: ProgramView, locale: Locale, level: number): TemplateResult {
    const labels = programCardLabels[locale];
    return html`<section class="section">
      ${this.cardHeading(level, labels.whereHeading)}
      <ul class="chips" aria-label=${labels.districtsLabel}>
        ${model.districts === null
          ? html`<li class="chip citywide" part="district">${labels.citywide}</li>`
          : model.districts.map(
              (district) =>
                html`<li class="chip" part="district">${districtName(district, locale)}</li>`,
            )}
      </ul>
      ${model.facilities.length > 0
        ? html`<p class="block-label">${labels.facilitiesHeading}</p>
            <ul class="facilities">
              ${model.facilities.map(
                ({ facility, district }) =>
                  html`<li>${localized(facility.name, locale)}${district ? html` <span class="muted">(${districtName(district, locale)})</span>` : nothing}</li>`,
              )}
            </ul>`
        : nothing}
    </section>`;
  }

  // ── Details ───────────────────────────────────────────────────────────────────────────────

  private renderDetails(model: ProgramView, locale: Locale, level: number): TemplateResult | typeof nothing {
    const labels = programCardLabels[locale];
    const { program } = model;
    const list = (items: readonly string[]) => html`<ul class="text-list">
      ${items.map((item) => html`<li>${koreanText(item, locale)}</li>`)}
    </ul>`;
    const blocks: TemplateResult[] = [];
    if (program.overview?.length) {
      blocks.push(html`${this.cardHeading(level, labels.overviewHeading)} ${list(program.overview.flatMap((item) => item.split('\n')))}`);
    }
    if (program.legalBasis?.length) blocks.push(html`${this.cardHeading(level, labels.legalBasisHeading)} ${list(program.legalBasis)}`);
    if (program.achievements?.length) {
      blocks.push(html`${this.cardHeading(level, labels.achievementsHeading)}
        <ul class="text-list dated">
          ${program.achievements.map(
            (item) => html`<li>
              ${item.date ? html`<span class="when">${formatPeriod(item.date, locale)}</span> ` : nothing}${lines(item.text, locale)}
            </li>`,
          )}
        </ul>`);
    }
    if (model.plans.length > 0) {
      blocks.push(html`${this.cardHeading(level, labels.plansHeading)}
        <ol class="timeline">
          ${model.plans.map(
            (plan) => html`<li class=${plan.status ?? ''}>
              <span class="when">${formatPeriod(plan.when, locale)}</span>
              ${plan.status ? html`<span class="status-tag ${plan.status}">${labels.planStatus[plan.status]}</span>` : nothing}
              <span class="plan-text">${koreanText(plan.text, locale)}</span>
            </li>`,
          )}
        </ol>`);
    }
    if (model.contacts.length > 0) {
      blocks.push(html`${this.cardHeading(level, labels.contactsHeading)}
        <ul class="contacts">
          ${model.contacts.map(
            (contact) => html`<li>
              <span>${koreanText(contact.role, locale)} ${koreanText(contact.name, locale)}</span>
              ${contact.href ? html`<a href=${contact.href}>${contact.phone}</a>` : html`<span>${contact.phone}</span>`}
            </li>`,
          )}
        </ul>`);
    }
    if (program.tables?.length) {
      blocks.push(html`${this.cardHeading(level, labels.tablesHeading)} ${program.tables.map((table, index) => renderTable(table, index, locale))}`);
    }
    if (program.budget?.note) blocks.push(html`${this.cardHeading(level, labels.budgetNoteHeading)}<p class="budget-note">${koreanText(program.budget.note, locale)}</p>`);
    if (blocks.length === 0) return nothing;
    // Each summary is described by the card's title: in a list, the keyboard meets "자세히 보기"
    // once per card, and the description says whose.
    return html`<details class="details" part="details">
      <summary aria-describedby="title">${labels.detailsSummary}</summary>
      <div class="details-body">${blocks}</div>
    </details>`;
  }
}

type ReportTable = NonNullable<Program['tables']>[number];

function districtName(district: DistrictView, locale: Locale): string {
  if (district.ko === null) return district.id;
  return locale === 'ko' ? district.ko : district.en;
}

/**
 * The amount as the report prints it (백만원), to set beside `primary`: only when it reads
 * differently and loses nothing. A district's own amount in won that is no whole number of 백만원
 * would otherwise stand beside a second, rounded figure that disagrees with it.
 */
function reportFigure(won: number, locale: Locale, primary: string): string | null {
  if (won % WON_PER_UNIT[REPORT_UNIT] !== 0) return null;
  const printed = formatMoney(won, locale, { unit: REPORT_UNIT });
  return printed === primary ? null : printed;
}

/**
 * A result as of a year's end (or a whole year). Any other date beside an achievement rate is said,
 * even the dataset's own: 4,684 of a year's 15,000 is a first quarter's 31.2 %, not a shortfall.
 */
const YEAR_END = /^\d{4}(-12(-31)?)?$/;

/** Report text keeps its line breaks ("…확대 : '24.1월~\n- 이용아동 실적…"). */
function lines(text: string, locale: Locale): TemplateResult {
  const parts = text.split('\n');
  return html`${parts.map((part, index) => html`${index > 0 ? html`<br />` : nothing}${koreanText(part, locale)}`)}`;
}

/**
 * A table as the report prints it: first row of headers, first column naming each row. Wide tables
 * (up to 14 columns) scroll sideways inside a focusable, named region so keyboard users can scroll too.
 */
function renderTable(table: ReportTable, index: number, locale: Locale): TemplateResult {
  const captionId = `table-${index}-caption`;
  // Korean tables print short headers letter-spaced ("구 분", "기 존"): one word, kept on one line,
  // not broken at its spaces into a column of single syllables when the table is squeezed.
  const spaced = (text: string) => (/^\S(?: \S)+$/.test(text.trim()) ? 'spaced' : nothing);
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby=${captionId}>
    <table>
      <caption id=${captionId}>${koreanText(table.caption, locale)}</caption>
      <thead>
        <tr>
          ${table.columns.map((column) => html`<th scope="col" class=${spaced(column)}>${koreanText(column, locale)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          (row) => html`<tr>
            ${row.map((cell, column) => (column === 0 ? html`<th scope="row" class=${spaced(cell)}>${koreanText(cell, locale)}</th>` : html`<td>${koreanText(cell, locale)}</td>`))}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'wfp-program-card': WfpProgramCard;
  }
}
