import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { customElement } from '../../internal/custom-element.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import './program-card.js';
import { WfpProgramFilterChangeEvent } from '../../events/wfp-program-filter-change-event.js';
import type { WfpErrorDetail } from '../../events/wfp-error-event.js';
import type { MoneyUnit } from '../../format/money.js';
import type { Locale } from '../../i18n/locale.js';
import { localizedString, markKoreanRuns } from '../../i18n/localized.js';
import { programCardLabels } from '../../i18n/program-card.js';
import { SettledAnnouncement } from '../../internal/settled-announcement.js';
import { focusOnce } from '../../internal/focus-once.js';
import { invalidLimitError, parseLimit, visibleCount } from '../../internal/limit.js';
import { limitLabels } from '../../i18n/limit.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { DISTRICTS, findDistrictLoosely, validDistrictsText } from '../../schema/districts.js';
import type { Dataset, Department } from '../../schema/types.js';
import {
  departmentsWithPrograms,
  districtScope,
  filterEntries,
  isProgramSort,
  parseIdList,
  programEntries,
  PROGRAM_SORTS,
  resolveDivisionFilter,
  resolvePrograms,
  sortEntries,
  type ProgramEntry,
  type ProgramSort,
} from './program-catalog.js';

/** The `sort` values, for typing code that sets it. */
export type { ProgramSort } from './program-catalog.js';
import { programAttributeError, programError, programIdHints } from './program-input.js';
import { programListStyles } from './program-list.styles.js';

// Re-exported so that importing only this element (`seoul-wfp-widgets/program-list`) types its events in
// addEventListener too: a type used only inside the code would be dropped from the declaration file,
// and with it the event's entry in GlobalEventHandlersEventMap.
export type { WfpProgramFilterChangeDetail, WfpProgramFilterChangeEvent } from '../../events/wfp-program-filter-change-event.js';

type Labels = (typeof programCardLabels)['ko'];

/** What the list shows; derived in `willUpdate`, read by `render`. */
type View =
  | { kind: 'loading' }
  | { kind: 'error'; detail: WfpErrorDetail; hints: string[] }
  | { kind: 'empty'; dataset: Dataset }
  | {
      kind: 'ready';
      dataset: Dataset;
      curated: boolean;
      total: number;
      divisions: Department[];
      divisionId: string | null;
      districtId: string | null;
      sort: ProgramSort;
      results: ProgramEntry[];
      /** Cards shown before "show all" (`limit`), or null for all. */
      limit: number | null;
      /** `program-ids` named some programs the data lacks: shown above the others, and reported. */
      problem: { detail: WfpErrorDetail; hints: string[] } | null;
    };

/**
 * The report's programs as cards (compact by default) with a search box that understands Hangul
 * initial consonants (ㅋㅈㅋㅍ finds 키즈카페), filters by division and district, and sorting by
 * budget, title (Korean collation) or KPI achievement. The number of results is announced politely.
 *
 * ```html
 * <wfp-program-list district="gangseo"></wfp-program-list>
 * <wfp-program-list program-ids="mom-dad-taxi,first-meeting-voucher,idolbom-childcare-service"></wfp-program-list>
 * <wfp-program-list district="gangseo" limit="9"></wfp-program-list>
 * ```
 *
 * With `district`, the list keeps the programs that name that district or run citywide, those
 * naming it first, and each card says which ("강서구" or "서울 전체"). With `limit`, the first cards
 * show and a button shows the rest (print shows them all).
 *
 * @summary Searchable, filterable list of the report's policy programs.
 * @fires {WfpProgramFilterChangeEvent} wfp-program-filter-change - The reader changed the search, a filter or the sort.
 * @fires {WfpErrorEvent} wfp-error - The dataset could not be used, or `program-ids`, `division` (or `department`), `district`, `sort`, `unit`, `headline-level` or `limit` names nothing valid.
 * @csspart base - The wrapper of everything the list draws.
 * @csspart controls - The search and filter form.
 * @csspart count - The visible result count (a hidden copy announces it once typing pauses).
 * @csspart results - The list of cards.
 * @csspart scope - The "강서구" / "서울 전체" badge over each card when `district` is set.
 * @csspart empty - The sentence shown when nothing matches.
 * @csspart meta - The source and as-of line.
 * @csspart source-link - The source's title as a link, when the dataset gives its address (`meta.sourceUrl`).
 * @csspart error - The error box.
 * @cssprop --wfp-program-list-gap - Space between cards (default 0.75rem).
 * @cssprop --wfp-program-list-columns-min - Narrowest card column before the grid wraps (default 18rem).
 * @cssprop --wfp-program-list-scope-district - Badge colour for programs that name the district.
 */
@customElement('wfp-program-list')
export class WfpProgramList extends WidgetElement {
  static override styles = [...WidgetElement.styles, programListStyles];

  private view: View = { kind: 'loading' };
  private entriesFor: { dataset: Dataset; ids: string | null; entries: ProgramEntry[]; unknown: string[]; curated: boolean } | null = null;

  @query('#search') private searchInput?: HTMLInputElement;

  /** The result count for screen readers, once the typing pauses (the visible count follows each key). */
  private readonly countAnnouncement = new SettledAnnouncement(this);

  /** Search text, division, district and sort as the reader set them (start from the attributes). */
  @state() private currentQuery = '';
  @state() private currentDivision: string | null = null;
  @state() private currentDistrict: string | null = null;
  @state() private currentSort: string = 'order';

  /** A curated set, in this order: program ids (or exact Korean titles) separated by commas; ids alone may be separated by spaces. */
  @property({ attribute: 'program-ids' }) programIds: string | null = null;

  /** Keep programs that name this district (`gangseo`, `강서구`, `강서`, `Gangseo` or `11500`) or run citywide. */
  @property() district: string | null = null;

  /** Keep one division's programs: department id (`childcare`) or Korean name (`아이돌봄담당관`). */
  @property() division: string | null = null;

  /**
   * Same as `division`, under the name the gauge and the staffing table use: a snippet copied from
   * them (`department="영유아담당관"`) filters the list instead of being ignored. `division` wins if
   * both are set.
   */
  @property() department: string | null = null;

  /** Initial search text. */
  @property() query = '';

  /**
   * Initial order: `order` (report or `program-ids` order), `budget`, `title` or `achievement`. With
   * `district` (and no `program-ids`), the district's own programs come first, each group in this order.
   */
  @property() sort: ProgramSort = 'order';

  /** Show full cards instead of compact ones. */
  @property({ type: Boolean, reflect: true }) full = false;

  /** Heading level of each card title, 2–6 (default 3). */
  @property({ attribute: 'headline-level', type: Number }) headlineLevel = 3;

  /** Money unit of the cards: `auto` or a fixed unit such as `백만원`. */
  @property() unit: MoneyUnit = 'auto';

  /**
   * Cards shown at first (a whole number of 1 or more); a "전체 N개 보기" button under them shows
   * the rest. Unset: every card. A new search, filter or sort starts from `limit` cards again.
   */
  @property({ type: Number }) limit: number | null = null;

  /** "Show all" was pressed for the current results. */
  @state() private expanded = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A script setting an attribute replaces what the reader chose for that control.
    if (changed.has('query')) this.currentQuery = this.query ?? '';
    // So does a new program-ids set: the select offers its divisions only, and a reader's choice
    // from the old set may run none of them (an error box blaming an attribute the page never set).
    if (changed.has('division') || changed.has('department') || changed.has('programIds')) this.currentDivision = this.division ?? this.department;
    if (changed.has('district')) this.currentDistrict = this.district;
    if (changed.has('sort')) this.currentSort = this.sort;
    if (['currentQuery', 'currentDivision', 'currentDistrict', 'currentSort', 'programIds', 'limit'].some((key) => changed.has(key))) this.expanded = false;
    this.view = this.deriveView();
  }

  protected override updated(): void {
    const view = this.view;
    this.widget.report(view.kind === 'error' ? view.detail : view.kind === 'ready' ? (view.problem?.detail ?? null) : null);
    if (view.kind === 'ready') {
      // Each select names the filter applied, set here, once its options are in place. `selected`
      // alone no longer moves a choice the reader has made, and a value bound as a property is set
      // before the options of the same render (a new program-ids set and its division: none chosen).
      const values: Array<[string, string]> = [
        ['division', view.divisionId ?? ''],
        ['district', view.districtId ?? ''],
        ['sort', view.sort],
      ];
      for (const [id, value] of values) {
        const select = this.renderRoot.querySelector<HTMLSelectElement>(`#${id}`);
        if (select && select.value !== value) select.value = value;
      }
    }
  }

  private errorView(kind: WfpErrorDetail['kind'], message: (labels: Labels, locale: Locale) => string, hints: string[] = []): Extract<View, { kind: 'error' }> {
    return { kind: 'error', detail: programError(kind, message), hints };
  }

  private deriveView(): View {
    const attributeError = programAttributeError(this, this.unit, this.headlineLevel);
    if (attributeError) return { kind: 'error', detail: attributeError, hints: [] };
    const limit = parseLimit(this.limit);
    // Lit reads limit="ten" as NaN: quote what the page wrote.
    if (limit === undefined) return { kind: 'error', detail: invalidLimitError(this.getAttribute('limit') ?? String(this.limit)), hints: [] };
    const sort = this.currentSort;
    if (!isProgramSort(sort)) return this.errorView('invalid-input', (l) => l.listErrors.invalidSort(String(sort), PROGRAM_SORTS.join(', ')));

    const state = this.widget.state;
    if (state.status === 'loading') return { kind: 'loading' };
    if (state.status === 'error') return { kind: 'error', detail: this.widget.dataErrorDetail(state.error), hints: [] };
    const { dataset } = state;
    const locale = this.widget.locale.value;

    const { entries, unknown, curated } = this.entries(dataset);
    let problem: { detail: WfpErrorDetail; hints: string[] } | null = null;
    if (unknown.length > 0) {
      const hints = programIdHints(dataset, unknown, locale);
      const error = this.errorView('not-found', (l) => l.listErrors.unknownIds(unknown.join(', ')), hints);
      // One mistyped id in a curated list should not take the others off a public page.
      if (entries.length === 0) return error;
      problem = { detail: error.detail, hints };
    }
    if (entries.length === 0) return { kind: 'empty', dataset };

    const programs = entries.map((entry) => entry.program);
    const divisions = departmentsWithPrograms(dataset, programs);
    let divisionId: string | null = null;
    if (this.currentDivision) {
      // Checked against the programs listed (a curated set's own divisions, which the select
      // offers): a division running none of them would empty the list under a select that,
      // having no option for it, showed "all divisions".
      const filter = resolveDivisionFilter(dataset, this.currentDivision, programs);
      const value = this.currentDivision;
      const valid = (locale: Locale) => divisions.map((d) => `${d.id} (${localizedString(d.name, locale)})`).join(', ');
      if (filter.kind === 'unknown') return this.errorView('not-found', (l, locale) => l.listErrors.unknownDivision(value, valid(locale)));
      if (filter.kind === 'no-programs') {
        return this.errorView('not-found', (l, locale) =>
          curated ? l.listErrors.noProgramsInList(value, valid(locale)) : l.listErrors.noPrograms(value, valid(locale)),
        );
      }
      if (filter.kind === 'division') divisionId = filter.id;
    }
    let districtId: string | null = null;
    if (this.currentDistrict) {
      const district = findDistrictLoosely(this.currentDistrict);
      if (!district) {
        const value = this.currentDistrict;
        return this.errorView('not-found', (l, locale) => l.listErrors.unknownDistrict(value, validDistrictsText(locale)));
      }
      districtId = district.id;
    }
    const filtered = filterEntries(entries, { query: this.currentQuery, departmentId: divisionId, districtId });
    return {
      kind: 'ready',
      dataset,
      curated,
      total: entries.length,
      divisions,
      divisionId,
      districtId,
      sort,
      // A curated set keeps the page's order; otherwise the district's own programs lead.
      results: sortEntries(filtered, sort, locale, curated ? null : districtId),
      limit,
      problem,
    };
  }

  /** Entries for the dataset and curated ids, rebuilt only when either changes. */
  private entries(dataset: Dataset): { entries: ProgramEntry[]; unknown: string[]; curated: boolean } {
    if (this.entriesFor?.dataset === dataset && this.entriesFor.ids === this.programIds) return this.entriesFor;
    const ids = parseIdList(this.programIds);
    const curated = ids.length > 0;
    const { programs, unknown } = curated ? resolvePrograms(dataset, ids) : { programs: dataset.programs, unknown: [] };
    this.entriesFor = { dataset, ids: this.programIds, entries: programEntries(programs), unknown, curated };
    return this.entriesFor;
  }

  // ── The reader's actions ──────────────────────────────────────────────────────────────────

  private onSearch(event: Event): void {
    this.currentQuery = (event.target as HTMLInputElement).value;
    void this.emitFilterChange();
  }

  private onDivision(event: Event): void {
    this.currentDivision = (event.target as HTMLSelectElement).value || null;
    void this.emitFilterChange();
  }

  private onDistrict(event: Event): void {
    this.currentDistrict = (event.target as HTMLSelectElement).value || null;
    void this.emitFilterChange();
  }

  private onSort(event: Event): void {
    this.currentSort = (event.target as HTMLSelectElement).value;
    void this.emitFilterChange();
  }

  /**
   * Clears the search and the division; the district (usually the portal's own) and sort stay —
   * unless the district alone leaves nothing (a curated `program-ids` list with none of its
   * programs there), where a Reset that kept it would change nothing.
   */
  private async onReset(): Promise<void> {
    this.currentQuery = '';
    this.currentDivision = null;
    await this.updateComplete;
    if (this.view.kind === 'ready' && this.view.results.length === 0) this.currentDistrict = null;
    await this.emitFilterChange();
    // The button disappears with the empty state; keep the reader's place in the form.
    this.searchInput?.focus();
  }

  /** Shows the cards past `limit`, and takes the reader to the first of them (below the fold on a phone). */
  private async onShowAll(): Promise<void> {
    const from = this.shadowRoot?.querySelectorAll('.results > li:not(.beyond-limit)').length ?? 0;
    this.expanded = true;
    await this.updateComplete;
    const first = this.shadowRoot?.querySelectorAll<HTMLElement>('.results > li')[from];
    if (first) focusOnce(first);
  }

  /** Tells the page (wfp-program-filter-change) what the reader's change left shown. */
  private async emitFilterChange(): Promise<void> {
    await this.updateComplete;
    const view = this.view;
    if (view.kind !== 'ready') return;
    this.dispatchEvent(
      new WfpProgramFilterChangeEvent({
        query: this.currentQuery,
        division: view.divisionId,
        district: view.districtId,
        sort: view.sort,
        resultCount: view.results.length,
        programIds: view.results.map((entry) => entry.program.id),
      }),
    );
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────

  override render() {
    const locale = this.widget.locale.value;
    const view = this.view;
    const labels = programCardLabels[locale];
    return html`<div part="base" class="base" data-theme=${this.widget.theme.value} lang=${locale}>
      ${view.kind === 'ready'
        ? this.renderReady(view, locale)
        : view.kind === 'error'
          ? this.widget.renderError(view.detail, view.hints)
          : view.kind === 'empty'
            ? html`<p class="empty" part="empty">${labels.list.noPrograms}</p>
                ${this.widget.renderSource(view.dataset)}`
            : this.renderLoading()}
    </div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<div class="loading" aria-busy="true">
      ${this.widget.renderLoadingStatus()}
      <div class="skeleton controls-skeleton"></div>
      <div class="skeleton count-skeleton"></div>
      <div class="results">${[0, 1, 2, 3].map(() => html`<div class="skeleton card-skeleton"></div>`)}</div>
    </div>`;
  }

  private renderReady(view: Extract<View, { kind: 'ready' }>, locale: Locale): TemplateResult {
    const labels = programCardLabels[locale].list;
    const district = view.districtId ? DISTRICTS.find((d) => d.id === view.districtId) : undefined;
    const districtName = district ? localizedString(district, locale) : '';
    // Shown in one line, read from another: the visually hidden status line (it follows the count once
    // typing pauses) is what screen readers hear, in browse mode too, so the shown one is aria-hidden.
    const countText = labels.count(view.results.length, view.total);
    const shown = visibleCount(view.results.length, view.limit, this.expanded);
    return html`${view.problem ? this.widget.renderError(view.problem.detail, view.problem.hints, { title: labels.someNotShown }) : nothing}
      <form class="controls" part="controls" role="search" aria-label=${labels.filtersLabel} @submit=${(e: Event) => e.preventDefault()}>
        <div class="field search">
          <label for="search">${labels.searchLabel}</label>
          <input id="search" type="search" autocomplete="off" .value=${live(this.currentQuery)} aria-describedby="search-hint" @input=${this.onSearch} />
          <p id="search-hint" class="hint">${markKoreanRuns(labels.searchHint, locale)}</p>
        </div>
        <div class="field">
          <label for="division">${labels.divisionLabel}</label>
          <select id="division" @change=${this.onDivision}>
            <option value="" ?selected=${view.divisionId === null}>${labels.allDivisions}</option>
            ${view.divisions.map(
              (d) => html`<option value=${d.id} ?selected=${view.divisionId === d.id}>${localizedString(d.name, locale)}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="district">${labels.districtLabel}</label>
          <select id="district" @change=${this.onDistrict}>
            <option value="" ?selected=${view.districtId === null}>${labels.allDistricts}</option>
            ${DISTRICTS.map((d) => html`<option value=${d.id} ?selected=${view.districtId === d.id}>${localizedString(d, locale)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="sort">${labels.sortLabel}</label>
          <select id="sort" @change=${this.onSort}>
            ${PROGRAM_SORTS.map(
              (sort) =>
                html`<option value=${sort} ?selected=${view.sort === sort}>${sort === 'order' && view.curated ? labels.sorts.curated : labels.sorts[sort]}</option>`,
            )}
          </select>
        </div>
      </form>
      ${district && !view.curated
        ? // A curated list keeps the page's order, district or not: no notice that says otherwise.
          html`<p class="district-notice">${labels.districtNotice(districtName)}</p>`
        : nothing}
      <p class="count" part="count" aria-hidden="true">${countText}</p>
      <p class="visually-hidden" role="status" aria-live="polite" data-announces="count">${this.countAnnouncement.follow(countText)}</p>
      ${view.results.length > 0
        ? html`<ul class="results" part="results" aria-label=${labels.resultsLabel}>
            ${repeat(
              view.results,
              (entry) => entry.program.id,
              // Every card is drawn; those past the limit are hidden on screen only, as the gauge's
              // rows are: paper cannot press "show all".
              (entry, index) => html`<li class=${index < shown ? '' : 'beyond-limit'}>
                ${view.districtId ? this.renderScope(entry, view.districtId, districtName, locale) : nothing}
                <wfp-program-card
                  program=${entry.program.id}
                  ?compact=${!this.full}
                  headline-level=${this.headlineLevel}
                  unit=${this.unit}
                  .dataset=${view.dataset}
                ></wfp-program-card>
              </li>`,
            )}
          </ul>
          ${shown < view.results.length
            ? html`<button type="button" class="secondary more no-print" @click=${this.onShowAll}>${limitLabels[locale].showAll(view.results.length)}</button>`
            : nothing}`
        : html`<div class="empty" part="empty">
            <p>${labels.empty}</p>
            <button type="button" class="secondary" @click=${this.onReset}>${labels.reset}</button>
          </div>`}
      ${this.widget.renderSource(view.dataset)}`;
  }

  /** Says why a program is listed for the district: it names it, or it runs citywide. */
  private renderScope(entry: ProgramEntry, districtId: string, districtName: string, locale: Locale): TemplateResult {
    const labels = programCardLabels[locale];
    const scope = districtScope(entry, districtId);
    return html`<p class="scope ${scope ?? ''}" part="scope">
      <span class="visually-hidden">${labels.list.scopeLabel}: </span>${scope === 'district' ? districtName : labels.citywide}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wfp-program-list': WfpProgramList;
  }
}
