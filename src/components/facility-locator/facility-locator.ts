import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../../internal/custom-element.js';
import { WfpFilterChangeEvent, type FilterChangeCause } from '../../events/wfp-filter-change-event.js';
import type { WfpErrorDetail } from '../../events/wfp-error-event.js';
import { formatCount } from '../../format/count.js';
import { formatNumber } from '../../format/number.js';
import { facilityLocatorLabels, type FacilityLocatorLabels } from '../../i18n/facility-locator.js';
import type { Locale } from '../../i18n/locale.js';
import { koreanText, localized, localizedString, markKoreanRuns } from '../../i18n/localized.js';
import { importBesideScript } from '../../internal/beside-script.js';
import { SettledAnnouncement } from '../../internal/settled-announcement.js';
import { heading, headlineLevelError } from '../../internal/heading.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { isPhoneNumber } from '../../schema/vocabulary.js';
import { DISTRICTS, findDistrictLoosely, validDistrictsText, type District, type DistrictId } from '../../schema/districts.js';
import type { Dataset, Facility, FacilityType, Program } from '../../schema/types.js';
import type { BoundaryMap } from './boundaries.js';
import {
  buildFacilityIndex,
  filterFacilities,
  findFacilityType,
  type FacilityIndex,
  type FilterResult,
  type GeoPoint,
  type IndexedFacility,
} from './facility-filter.js';
import { styles } from './facility-locator.styles.js';
import { isOpenAtClock, seoulClock, type SeoulClock } from './opening-hours.js';
import { readingOrder, SEOUL_TILE_LAYOUT, TILE_POINTS, tileForKey, type PlanePoint } from './tile-layout.js';

// Re-exported so that importing only this element (`seoul-wfp-widgets/facility-locator`) types its events in
// addEventListener too: a type used only inside the code would be dropped from the declaration file,
// and with it the event's entry in GlobalEventHandlersEventMap.
export type { FilterChangeCause, WfpFilterChangeDetail, WfpFilterChangeEvent } from '../../events/wfp-filter-change-event.js';

type BoundariesModule = typeof import('./boundaries.js');

/** Results rendered at once; "show more" adds another page. Keeps typing smooth with thousands of facilities. */
const PAGE_SIZE = 50;
/** Type chips shown before "show all types". */
const COLLAPSED_TYPE_CHIPS = 12;
/** Open-now badges follow the clock; a minute is the resolution of any opening hours. */
const CLOCK_INTERVAL_MS = 60_000;

const DISTRICT_BY_ID = new Map<DistrictId, District>(DISTRICTS.map((d) => [d.id, d]));

interface DerivedData {
  readonly dataset: Dataset;
  readonly index: FacilityIndex;
  readonly types: ReadonlyMap<string, FacilityType>;
  readonly programs: ReadonlyMap<string, Program>;
}

interface BoundaryProblem {
  /** `module`: the code that draws boundaries did not load (not the boundary file's fault). */
  readonly reason: 'not-geojson' | 'no-districts' | 'http' | 'network' | 'json' | 'module';
  readonly status?: number;
}

/**
 * Finds the Women & Family Policy Office's facilities by district, type, name and opening time: a
 * tile map of Seoul's 25 districts (or real boundaries the page supplies), a synced result list, and
 * the citywide totals the report gives without locations. No map tiles, no external requests.
 * No slots: everything shown comes from the dataset.
 *
 * @summary Facility finder with a district tile map, filters and a result list.
 *
 * @fires {WfpFilterChangeEvent} wfp-filter-change - The user changed the district, types, search or open-now filter. Detail: `{district, types, query, openNow, cause}`.
 * @fires {WfpErrorEvent} wfp-error - The data could not be loaded, an attribute names an unknown district or type, `headline-level` is invalid, or boundaries cannot be drawn.
 *
 * @csspart base - The wrapper.
 * @csspart title - The widget heading (at `headline-level`).
 * @csspart filters - Search, open-now toggle, "near me" and type chips.
 * @csspart types - The type chips (a fieldset inside `filters`).
 * @csspart map - The tile map or boundary map with its legend.
 * @csspart tile - One district tile (a button).
 * @csspart results - The result count and list.
 * @csspart count - The result count ("강서구 시설 12곳") above the list.
 * @csspart result - One facility in the list.
 * @csspart citywide - The citywide totals.
 * @csspart meta - The source and as-of line.
 * @csspart source-link - The source's title as a link, when the dataset gives its address (`meta.sourceUrl`).
 * @csspart error - The error box.
 *
 * @cssprop --wfp-facility-locator-tile-0 - Tile fill for no matching facility.
 * @cssprop --wfp-facility-locator-tile-1 - Tile fill, lowest step of the sequential scale.
 * @cssprop --wfp-facility-locator-tile-2 - Tile fill, second step.
 * @cssprop --wfp-facility-locator-tile-3 - Tile fill, third step (text switches to the on-primary colour).
 * @cssprop --wfp-facility-locator-tile-4 - Tile fill, highest step.
 * @cssprop --wfp-facility-locator-selected - Border of the selected district.
 * @cssprop --wfp-facility-locator-open - Colour of the "open now" badge.
 */
@customElement('wfp-facility-locator')
export class WfpFacilityLocator extends WidgetElement {
  static override styles = [...WidgetElement.styles, styles];

  private derived: DerivedData | null = null;
  private result: FilterResult | null = null;
  /** What `result` was computed from: filtering runs only when one of these changes. */
  private resultKey = '';
  private derivedForResult: DerivedData | null = null;
  private inputError: WfpErrorDetail | null = null;
  /** Some `types` are unknown while others resolved: the locator shows those, under a box naming the rest. */
  private typesProblem: WfpErrorDetail | null = null;
  private selectedDistrict: District | null = null;
  private selectedTypes: readonly string[] = [];
  private boundariesModule: BoundariesModule | null = null;
  /**
   * Asked for: loading, loaded or failed. Never asked again: a browser remembers a failed module
   * import for the page's lifetime, so another try would only fail (and log) once more.
   */
  private boundariesModuleRequested = false;
  private boundaryMap: BoundaryMap | null = null;
  private boundaryMapKey: unknown[] = [];
  private boundaryFetchToken = 0;
  private resizeObserver: ResizeObserver | null = null;
  private observedBox: HTMLElement | null = null;
  private clockTimer: ReturnType<typeof setInterval> | undefined;
  private revealFrom: number | null = null;
  /** The facility whose result Tab lands on (see placeResultTabStop). */
  private resultTabStop: string | null = null;

  /** Boundaries fetched from `boundaries-src`. */
  @state() private fetchedBoundaries: unknown = null;
  /**
   * What went wrong, kept with what it belongs to, so a change to one leaves the others standing:
   * fetching `boundaries-src` (http, network, json), laying out the boundaries in use (not-geojson,
   * no-districts), loading the module (module). See `boundaryProblem`.
   */
  @state() private fetchProblem: BoundaryProblem | null = null;
  @state() private layoutProblem: BoundaryProblem | null = null;
  @state() private moduleProblem: BoundaryProblem | null = null;
  @state() private mapWidth = 0;
  @state() private focusDistrict: DistrictId | null = null;
  @state() private pageLimit = PAGE_SIZE;
  /** While printing, every result is listed: paper has no "show more" (the button is hidden). */
  @state() private printing = false;
  private readonly onBeforePrint = () => (this.printing = true);
  private readonly onAfterPrint = () => (this.printing = false);
  @state() private showAllTypes = false;
  @state() private origin: GeoPoint | null = null;
  @state() private locating = false;
  /** The status line for screen readers, in words of the language at render time (the page may switch). */
  @state() private announcement: ((labels: FacilityLocatorLabels) => string) | null = null;
  /** Which copy of an address is the latest (copyAddress). */
  private copyTurn = 0;
  /** The result count for screen readers, once the typing pauses (the visible count follows each key). */
  private readonly countAnnouncement = new SettledAnnouncement(this);
  /**
   * Type chips deselected since the last other filter change stay in view (even at 0 results). Type
   * counts ignore the type filter, so with these kept, toggling chips never hides one: the chips
   * keep their places and buttons, and the focused one stays focused.
   */
  private readonly lingeringTypes = new Set<string>();
  @state() private clockTick = 0;

  /** Preselected district: id (`gangseo`), Korean name (`강서구` or `강서`), English name (`Gangseo`) or 5-digit code. Empty for all of Seoul. */
  @property() district: string | null = null;

  /** Preselected facility types: comma-separated ids (`kids-cafe,toy-library`) or Korean names. */
  @property() types: string | null = null;

  /** Search text (names, addresses, operators; Korean initial consonants such as `ㅋㅈㅋㅍ` work). */
  @property() query = '';

  // open-now="false" is off: Vue writes a bound false as that attribute (the element has no
  // `open-now` property), which Lit's Boolean type alone would read as on.
  /** Show only facilities open at this moment (those with published weekly hours). */
  @property({ type: Boolean, attribute: 'open-now', converter: { fromAttribute: (value) => value !== null && value !== 'false' } }) openNow = false;

  /** URL of district boundaries (GeoJSON FeatureCollection or TopoJSON) to draw instead of the tile map. */
  @property({ attribute: 'boundaries-src' }) boundariesSrc: string | null = null;

  /** District boundaries as an object (GeoJSON or TopoJSON); wins over `boundaries-src`. */
  @property({ attribute: false }) boundaries: unknown = null;

  /**
   * Heading level of the widget's title, 2–6 (default 2): set it one below the page section's
   * heading. The map, group and totals headings sit one level below it, each facility's name two.
   */
  @property({ attribute: 'headline-level', type: Number }) headlineLevel = 2;

  /** The moment "open now" refers to. Unset: the current time, refreshed every minute (set it in tests or previews). */
  @property({ attribute: false }) now: Date | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.clockTimer = setInterval(() => {
      if (!this.now) this.clockTick += 1;
    }, CLOCK_INTERVAL_MS);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    // Moved by the page (disconnected, then connected): nothing re-renders, so follow the map's
    // width again here; the first render does it in updated().
    if (this.hasUpdated) this.observeMapWidth();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    clearInterval(this.clockTimer);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.observedBox = null;
  }

  private get labels(): FacilityLocatorLabels {
    return facilityLocatorLabels[this.widget.locale.value];
  }

  private get boundarySource(): unknown {
    return this.boundaries ?? this.fetchedBoundaries;
  }

  private get usesBoundaries(): boolean {
    return Boolean(this.boundaries) || Boolean(this.boundariesSrc);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('boundariesSrc') || changed.has('boundaries')) {
      // Other boundaries: the old map and what was wrong in laying them out go. Done here, once: a
      // problem left over was reported against a new file before it was read, and the old file's
      // map stood in for the new one while it loaded.
      this.layoutProblem = null;
      this.boundaryMap = null;
      // A new file: the old one's contents and failure go too. (Another .boundaries leaves them:
      // taken off again, the file's failure still stands.)
      if (changed.has('boundariesSrc')) {
        this.fetchedBoundaries = null;
        this.fetchProblem = null;
      }
    }
    const state = this.widget.state;
    const dataset = state.status === 'ready' ? state.dataset : null;
    if (dataset && dataset !== this.derived?.dataset) {
      this.derived = {
        dataset,
        index: buildFacilityIndex(dataset),
        types: new Map(dataset.facilityTypes.map((t) => [t.id, t])),
        programs: new Map(dataset.programs.map((p) => [p.id, p])),
      };
    }
    this.resolveInputs();
    // A new set or a new order ("near me" sorts by distance) starts again from its first page.
    // (`origin` is private state, which PropertyValues<this> does not name.)
    if (changed.has('district') || changed.has('types') || changed.has('query') || changed.has('openNow') || (changed as PropertyValues).has('origin')) {
      this.pageLimit = PAGE_SIZE;
    }
    this.deriveResult();
    this.deriveBoundaryMap();
  }

  /** Attribute values → the selected district and type ids, or an input error that lists valid values. */
  private resolveInputs(): void {
    this.inputError = headlineLevelError(this, this.headlineLevel);
    this.typesProblem = null;
    if (this.inputError) return;
    const districtKey = this.district?.trim() ?? '';
    const district = findDistrictLoosely(districtKey);
    this.selectedDistrict = district ?? null;
    if (districtKey && !district) {
      this.inputError = {
        kind: 'not-found',
        message: {
          ko: facilityLocatorLabels.ko.unknownDistrict(districtKey, validDistrictsText('ko')),
          en: facilityLocatorLabels.en.unknownDistrict(districtKey, validDistrictsText('en')),
        },
      };
      return;
    }
    const wanted = (this.types ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    if (!this.derived || wanted.length === 0) {
      this.selectedTypes = [];
      return;
    }
    const types = [...this.derived.types.values()];
    const resolved: string[] = [];
    const unknown: string[] = [];
    for (const key of wanted) {
      const type = findFacilityType(types, key);
      if (type) {
        if (!resolved.includes(type.id)) resolved.push(type.id);
      } else unknown.push(`"${key}"`);
    }
    this.selectedTypes = resolved;
    if (unknown.length > 0) {
      const valid = (locale: Locale) => types.map((t) => `${t.id} (${localizedString(t.name, locale)})`).join(', ');
      // One mistyped type should not take the others, and the map, off a public page.
      this[resolved.length > 0 ? 'typesProblem' : 'inputError'] = {
        kind: 'not-found',
        message: {
          ko: facilityLocatorLabels.ko.unknownTypes(unknown, valid('ko')),
          en: facilityLocatorLabels.en.unknownTypes(unknown, valid('en')),
        },
      };
    }
  }

  private currentTime(): Date {
    return this.now ?? new Date();
  }

  /** Re-filters only when an input of the filter changed (render may run for focus or announcements). */
  private deriveResult(): void {
    if (!this.derived || this.inputError) {
      this.result = null;
      return;
    }
    const time = this.openNow ? (this.now ? this.now.getTime() : `tick${this.clockTick}`) : '';
    const originKey = this.origin ? `${this.origin.lat},${this.origin.lon}` : '';
    const key = JSON.stringify([this.selectedDistrict?.id, this.selectedTypes, this.query, this.openNow, time, originKey]);
    if (this.result && key === this.resultKey && this.derivedForResult === this.derived) return;
    this.derivedForResult = this.derived;
    this.resultKey = key;
    this.result = filterFacilities(this.derived.index, {
      district: this.selectedDistrict?.id ?? null,
      types: this.selectedTypes,
      query: this.query,
      openNow: this.openNow,
      now: this.currentTime(),
      origin: this.origin,
    });
  }

  private deriveBoundaryMap(): void {
    const source = this.boundarySource;
    if (!this.usesBoundaries || !source || !this.boundariesModule) {
      if (!this.usesBoundaries) this.boundaryMap = null;
      return;
    }
    const width = Math.round(this.mapWidth) || 480;
    const key = [source, width];
    if (this.boundaryMap && key.every((part, i) => part === this.boundaryMapKey[i])) return;
    this.boundaryMapKey = key;
    try {
      this.boundaryMap = this.boundariesModule.layoutBoundaries(source, width);
    } catch (error) {
      this.boundaryMap = null;
      const reason = error instanceof this.boundariesModule.BoundaryInputError ? error.reason : 'not-geojson';
      this.layoutProblem = { reason };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.placeResultTabStop();
    const state = this.widget.state;
    const dataError = state.status === 'error' ? this.widget.dataErrorDetail(state.error) : null;
    // The dataset's failures are the loader's to log; the boundaries' are fetched here, so logged here.
    this.widget.report(dataError ?? this.inputError ?? this.boundaryErrorDetail(), 'main', dataError ? undefined : false);
    // A mistyped type beside working ones is reported on its own: a boundary failure must not wait for it.
    this.widget.report(dataError || this.inputError ? null : this.typesProblem, 'types');

    if (this.usesBoundaries && !this.boundariesModule && !this.boundariesModuleRequested) {
      this.boundariesModuleRequested = true;
      // Loaded on first use only: pages without boundaries never fetch d3-geo / topojson-client.
      // In the CDN file it is a self-contained file beside the script (see importBesideScript).
      const loading: Promise<BoundariesModule> = __WFP_CDN__ ? importBesideScript('./wfp-boundaries.js') : import('./boundaries.js');
      loading.then(
        (module) => {
          this.boundariesModule = module;
          this.requestUpdate();
        },
        () => {
          // Said in the widget's own box, naming the missing file (not the boundary data, which may be
          // fine). The flag stays set (see boundariesModuleRequested): clearing it re-imported on
          // every update, which the browser fails at once from its cache, some 2,000 renders a second.
          this.moduleProblem = { reason: 'module' };
        },
      );
    }
    if (changed.has('boundariesSrc')) void this.fetchBoundaries();
    this.observeMapWidth();
    if (this.revealFrom !== null) {
      const first = this.shadowRoot?.querySelectorAll<HTMLElement>('article.result')[this.revealFrom];
      this.revealFrom = null;
      first?.focus();
    }
  }

  /**
   * The boundary problem that stands: the module's first (nothing can be drawn without it); with
   * `.boundaries` given, only theirs (they come before a file); else the file's, then its layout's.
   */
  private get boundaryProblem(): BoundaryProblem | null {
    if (!this.usesBoundaries) return null;
    if (this.moduleProblem) return this.moduleProblem;
    return this.boundaries ? this.layoutProblem : (this.fetchProblem ?? this.layoutProblem);
  }

  private boundaryErrorDetail(): WfpErrorDetail | null {
    const problem = this.boundaryProblem;
    if (!problem) return null;
    const source = this.boundaries ? '.boundaries' : (this.boundariesSrc ?? '');
    const message = (locale: Locale) => {
      const m = facilityLocatorLabels[locale].boundaryErrors;
      return problem.reason === 'http' ? m.http(source, problem.status ?? 0) : m[problem.reason](source);
    };
    return {
      kind: problem.reason === 'not-geojson' || problem.reason === 'no-districts' ? 'invalid-input' : problem.reason === 'module' ? 'network' : problem.reason,
      message: { ko: message('ko'), en: message('en') },
      // A missing wfp-boundaries.js is not the boundary file's fault: the event names no URL then.
      ...(this.boundariesSrc && !this.boundaries && problem.reason !== 'module' && { url: this.boundariesSrc }),
      ...(problem.status !== undefined && { status: problem.status }),
    };
  }

  private async fetchBoundaries(): Promise<void> {
    const token = ++this.boundaryFetchToken;
    const url = this.boundariesSrc;
    if (!url) return;
    let response: Response;
    try {
      // Like datasets: never send the page's cookies along (the host's boundaries are public files).
      response = await fetch(new URL(url, document.baseURI), { credentials: 'omit' });
    } catch {
      if (token === this.boundaryFetchToken) this.fetchProblem = { reason: 'network' };
      return;
    }
    if (token !== this.boundaryFetchToken) return;
    if (!response.ok) {
      this.fetchProblem = { reason: 'http', status: response.status };
      return;
    }
    try {
      const json: unknown = await response.json();
      if (token === this.boundaryFetchToken) this.fetchedBoundaries = json;
    } catch {
      if (token === this.boundaryFetchToken) this.fetchProblem = { reason: 'json' };
    }
  }

  /** The boundary projection is fitted to the map container's width, so follow its size. */
  private observeMapWidth(): void {
    const box = this.shadowRoot?.querySelector<HTMLElement>('.map-box');
    if (!this.usesBoundaries || !box) {
      this.resizeObserver?.disconnect();
      this.resizeObserver = null;
      this.observedBox = null;
      return;
    }
    if (box === this.observedBox) return;
    // A reload re-renders the map box; follow the new one.
    this.resizeObserver?.disconnect();
    this.observedBox = box;
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      // Whole pixels only, and applied in the next frame: re-projecting changes the map's height,
      // which must not happen while the browser is still delivering resize notifications.
      if (width > 0 && width !== this.mapWidth) requestAnimationFrame(() => (this.mapWidth = width));
    });
    this.resizeObserver.observe(box);
  }

  // ——— User actions: each updates the public properties, then tells the host page. ———

  private emitFilterChange(cause: FilterChangeCause): void {
    if (cause !== 'types') this.lingeringTypes.clear();
    this.dispatchEvent(
      new WfpFilterChangeEvent({
        district: this.selectedDistrict?.id ?? null,
        types: [...this.selectedTypes],
        query: this.query,
        openNow: this.openNow,
        cause,
      }),
    );
  }

  private selectDistrict(id: DistrictId | null): void {
    const next = id !== null && this.selectedDistrict?.id === id ? null : id;
    this.district = next;
    if (next) this.focusDistrict = next;
    this.selectedDistrict = next ? (DISTRICT_BY_ID.get(next) ?? null) : null;
    this.emitFilterChange('district');
  }

  private toggleType(typeId: string): void {
    const deselecting = this.selectedTypes.includes(typeId);
    const next = deselecting ? this.selectedTypes.filter((t) => t !== typeId) : [...this.selectedTypes, typeId];
    if (deselecting) this.lingeringTypes.add(typeId);
    this.selectedTypes = next;
    this.types = next.join(',');
    this.emitFilterChange('types');
  }

  private async clearTypes(): Promise<void> {
    this.selectedTypes = [];
    this.types = '';
    this.lingeringTypes.clear();
    this.emitFilterChange('types');
    // The button removes itself: hand focus to the chips rather than dropping it on <body>.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.chip')?.focus();
  }

  private onSearchInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.emitFilterChange('query');
  }

  private onOpenNowChange(event: Event): void {
    this.openNow = (event.target as HTMLInputElement).checked;
    this.emitFilterChange('open-now');
  }

  /** The empty state's button disappears once used; focus goes to the map where the district was. */
  private async showAllSeoul(): Promise<void> {
    const previous = this.selectedDistrict?.id ?? null;
    this.selectDistrict(null);
    await this.updateComplete;
    const target = previous && this.shadowRoot?.querySelector<HTMLElement | SVGElement>(`.map [data-district="${previous}"]`);
    (target || this.shadowRoot?.querySelector<HTMLElement>('#search'))?.focus();
  }

  /** The new chips appear before the button: the focus goes to the first of them, not past them to the map. */
  private async toggleAllTypes(): Promise<void> {
    // By type, not by element: the chips are re-used by position, so a kept chip can change type.
    const chips = () => [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.chip')];
    const shown = new Set(chips().map((chip) => chip.dataset['type']));
    this.showAllTypes = !this.showAllTypes;
    if (!this.showAllTypes) return;
    await this.updateComplete;
    chips()
      .find((chip) => !shown.has(chip.dataset['type']))
      ?.focus();
  }

  /** The empty state's "clear filters": types, search and open-now go (the district stays); focus goes to the search field. */
  private async resetFilters(): Promise<void> {
    this.selectedTypes = [];
    this.types = '';
    this.query = '';
    this.openNow = false;
    this.emitFilterChange('reset');
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#search')?.focus();
  }

  private async onTileKeydown(event: KeyboardEvent, points: readonly PlanePoint<DistrictId>[]): Promise<void> {
    const current = (event.target as Element).closest<HTMLElement | SVGElement>('[data-district]')?.dataset['district'] as DistrictId | undefined;
    if (!current) return;
    if ((event.key === 'Enter' || event.key === ' ') && !(event.target instanceof HTMLButtonElement)) {
      // SVG shapes are role="button" without native activation.
      event.preventDefault();
      this.selectDistrict(current);
      return;
    }
    const next = tileForKey(points, current, event.key);
    if (!next) return;
    event.preventDefault();
    this.focusDistrict = next;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement | SVGElement>(`.map [data-district="${next}"][tabindex]`)?.focus();
  }

  /**
   * The results as in a feed: Page Down / Page Up (and the arrows) move between results, from a
   * result and from the copy button or phone link inside one, so a keyboard user who tabbed into a
   * result's controls need not tab back out of it to go on; Home / End go to the first / last result;
   * Ctrl+Home / Ctrl+End leave the results for the map before them / "show more" after them.
   */
  private onResultKeydown(event: KeyboardEvent): void {
    const current = (event.target as HTMLElement).closest<HTMLElement>('article.result');
    if (!current || event.altKey || event.metaKey || event.shiftKey) return;
    const articles = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('article.result') ?? [])];
    let next: HTMLElement | undefined;
    if (event.ctrlKey) {
      // Out of the results: to "show more" after them (if there are more; else the browser's own
      // Ctrl+End), or to the map before them.
      const root = this.shadowRoot!;
      if (event.key === 'End') next = root.querySelector<HTMLElement>('.more') ?? undefined;
      if (event.key === 'Home') {
        const tile = root.querySelector<HTMLElement>('.map [tabindex="0"]');
        // A page may hide the map (::part(map)): then the search field.
        next = (tile?.checkVisibility() ? tile : root.querySelector<HTMLElement>('#search')) ?? undefined;
      }
    } else if (event.key === 'Home' || event.key === 'End') {
      // From the result itself only: in a phone link or button the keys keep their own meaning.
      if (event.target === current) next = event.key === 'Home' ? articles[0] : articles.at(-1);
    } else {
      const step = event.key === 'PageDown' || event.key === 'ArrowDown' ? 1 : event.key === 'PageUp' || event.key === 'ArrowUp' ? -1 : 0;
      if (step !== 0) next = articles[articles.indexOf(current) + step];
    }
    if (!next) return;
    event.preventDefault();
    next.focus();
  }

  /** The result focused becomes the results' tab stop, so Tab back into them returns to it. */
  private onResultFocusin(event: FocusEvent): void {
    const article = (event.target as HTMLElement).closest<HTMLElement>('article.result');
    if (!article || article.tabIndex === 0) return;
    this.resultTabStop = article.dataset['facility'] ?? null;
    this.placeResultTabStop();
  }

  /**
   * One result is a tab stop (roving tabindex): the one last focused, else the first. Every result a
   * stop made 50 between the map and what follows the widget. Set here after each render, not bound
   * in the template: a filter change reuses the <article>s, and Lit compares a binding with what it
   * last wrote, not with what focusing moved.
   */
  private placeResultTabStop(): void {
    const articles = [...this.shadowRoot!.querySelectorAll<HTMLElement>('article.result')];
    const stop = articles.find((article) => article.dataset['facility'] === this.resultTabStop) ?? articles[0];
    for (const article of articles) {
      const index = article === stop ? 0 : -1;
      if (article.tabIndex !== index) article.tabIndex = index;
    }
  }

  private showMore(): void {
    this.revealFrom = this.pageLimit;
    this.pageLimit += PAGE_SIZE;
  }

  private async copyAddress(facility: Facility, name: string): Promise<void> {
    const address = facility.address ?? '';
    let copied = false;
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(address);
        copied = true;
      }
    } catch {
      copied = false;
    }
    if (!copied) copied = this.copyWithSelection(address);
    // The same words again are not announced: the line is emptied first (for a moment screen readers
    // notice), so copying a second time is heard too. A later copy, or another announcement made
    // meanwhile (locating), wins: this one is then not said at all.
    const turn = ++this.copyTurn;
    if (this.announcement) {
      this.announcement = null;
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (turn !== this.copyTurn || this.announcement !== null) return;
    }
    this.announcement = copied ? (labels) => labels.copied(name) : (labels) => labels.copyFailed;
  }

  /** Older browsers and non-secure pages (http:// portals) have no async clipboard. */
  private copyWithSelection(text: string): boolean {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    (this.shadowRoot ?? document.body).append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }

  private toggleNearMe(): void {
    // aria-disabled rather than disabled while locating: a disabled button would drop the focus.
    if (this.locating) return;
    if (this.origin) {
      this.origin = null;
      this.announcement = null;
      return;
    }
    const geolocation = navigator.geolocation;
    if (!geolocation) {
      this.announcement = (labels) => labels.locationUnavailable;
      return;
    }
    this.locating = true;
    this.announcement = (labels) => labels.locating;
    geolocation.getCurrentPosition(
      (position) => {
        this.locating = false;
        this.origin = { lat: position.coords.latitude, lon: position.coords.longitude };
        this.announcement = (labels) => labels.located;
      },
      () => {
        this.locating = false;
        this.announcement = (labels) => labels.locationUnavailable;
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  // ——— Rendering ———

  override render(): TemplateResult {
    const locale = this.widget.locale.value;
    const state = this.widget.state;
    let content: TemplateResult;
    if (state.status === 'loading') content = this.renderLoading();
    else if (state.status === 'error') content = this.widget.renderError(this.widget.dataErrorDetail(state.error));
    else if (this.inputError) content = this.widget.renderError(this.inputError);
    else
      content = html`${this.typesProblem ? this.widget.renderError(this.typesProblem, [], { title: this.labels.someTypesNotApplied }) : nothing}${this.renderReady(state.dataset)}`;
    return html`<div part="base" class="base" data-theme=${this.widget.theme.value} lang=${locale}>${content}</div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<div class="loading" aria-busy="true">
      ${this.widget.renderLoadingStatus()}
      <div class="skeleton sk-line" aria-hidden="true"></div>
      <div class="skeleton sk-chips" aria-hidden="true"></div>
      <div class="layout" aria-hidden="true">
        <div class="skeleton sk-map"></div>
        <div class="skeleton sk-list"></div>
      </div>
    </div>`;
  }

  private renderReady(dataset: Dataset): TemplateResult {
    const labels = this.labels;
    const result = this.result;
    const derived = this.derived;
    if (!result || !derived) return this.renderLoading();
    return html`
      ${heading(this.headlineLevel, labels.title, { part: 'title', className: 'widget-title' })}
      ${derived.index.entries.length === 0
        ? html`<p class="empty">${labels.noFacilities}</p>`
        : html`${this.renderFilters(derived, result)}
            <div class="layout">${this.renderMap(result)} ${this.renderResults(derived, result)}</div>`}
      ${this.renderCitywide(dataset)} ${this.widget.renderSource(dataset)}
      <p class="visually-hidden" role="status" aria-live="polite" data-announces="action">${this.announcement?.(this.labels) ?? ''}</p>
    `;
  }

  private renderFilters(derived: DerivedData, result: FilterResult): TemplateResult {
    const labels = this.labels;
    const locale = this.widget.locale.value;
    const kept = (id: string) => this.selectedTypes.includes(id) || this.lingeringTypes.has(id);
    const visibleTypes = derived.index.typeIds.filter((id) => (result.typeCounts.get(id) ?? 0) > 0 || kept(id));
    const shownTypes = this.showAllTypes ? visibleTypes : visibleTypes.filter((id, i) => i < COLLAPSED_TYPE_CHIPS || kept(id));
    return html`<div class="filters" part="filters">
      <div class="search">
        <label for="search">${labels.searchLabel}</label>
        <input id="search" type="search" autocomplete="off" aria-describedby="search-hint" .value=${this.query} @input=${this.onSearchInput} />
        <p id="search-hint" class="hint">${markKoreanRuns(labels.searchHint, locale)}</p>
      </div>
      <div class="toggles">
        <label class="check">
          <input type="checkbox" .checked=${this.openNow} @change=${this.onOpenNowChange} aria-describedby="open-hint" />
          ${labels.openNowLabel}
        </label>
        ${derived.index.hasLocations
          ? html`<button
              type="button"
              class="secondary near-me"
              aria-pressed=${this.origin ? 'true' : 'false'}
              aria-disabled=${this.locating ? 'true' : nothing}
              @click=${this.toggleNearMe}
            >
              ${labels.nearMe}
            </button>`
          : nothing}
        <p id="open-hint" class="hint">${labels.openNowHint}</p>
      </div>
      <fieldset class="types" part="types">
        <legend>${labels.typesLegend}</legend>
        <div class="chips">
          ${shownTypes.map((id) => {
            const type = derived.types.get(id);
            const count = result.typeCounts.get(id) ?? 0;
            const pressed = this.selectedTypes.includes(id);
            return html`<button type="button" class="chip" data-type=${id} aria-pressed=${pressed ? 'true' : 'false'} @click=${() => this.toggleType(id)}>
              <span class="mark" aria-hidden="true">✓</span>
              <span>${type ? localized(type.name, locale) : id}</span>
              <span class="chip-count">${formatNumber(count, locale)}<span class="visually-hidden">${labels.typeCount(count)}</span></span>
            </button>`;
          })}
          ${visibleTypes.length > COLLAPSED_TYPE_CHIPS
            ? html`<button type="button" class="link-button" aria-expanded=${this.showAllTypes ? 'true' : 'false'} @click=${this.toggleAllTypes}>
                ${this.showAllTypes ? labels.showFewerTypes : labels.showAllTypes(formatNumber(visibleTypes.length, locale))}
              </button>`
            : nothing}
          ${this.selectedTypes.length > 0 ? html`<button type="button" class="link-button" @click=${this.clearTypes}>${labels.clearTypes}</button>` : nothing}
        </div>
      </fieldset>
    </div>`;
  }

  /** Step 0 means none; 1–4 split (0, max] into four equal bands (a proportion: no scale library needed). */
  private stepScale(result: FilterResult): (count: number) => number {
    const max = Math.max(1, ...result.districtCounts.values());
    return (count) => (count <= 0 ? 0 : Math.max(1, Math.min(4, Math.ceil((count / max) * 4))));
  }

  private tileLabel(district: District, count: number): string {
    const locale = this.widget.locale.value;
    return this.labels.tileName(localizedString(district, locale), formatNumber(count, locale), count);
  }

  /** The one tab stop of the map: the focused tile, else the selected one, else the first. */
  private rovingId(points: readonly PlanePoint<DistrictId>[]): DistrictId | undefined {
    const ids = new Set(points.map((p) => p.id));
    if (this.focusDistrict && ids.has(this.focusDistrict)) return this.focusDistrict;
    if (this.selectedDistrict && ids.has(this.selectedDistrict.id)) return this.selectedDistrict.id;
    return readingOrder(points)[0];
  }

  private renderMap(result: FilterResult): TemplateResult {
    const labels = this.labels;
    const locale = this.widget.locale.value;
    const step = this.stepScale(result);
    const boundaryProblem = this.boundaryProblem;
    let body: TemplateResult;
    if (this.usesBoundaries && !boundaryProblem) {
      body = this.boundaryMap
        ? this.renderBoundaries(this.boundaryMap, result, step)
        : html`<div class="skeleton sk-map" role="img" aria-label=${labels.boundariesLoading}></div>`;
    } else {
      body = this.renderTiles(result, step);
    }
    return html`<div class="map" part="map">
      ${heading(this.headlineLevel + 1, labels.mapHeading, { id: 'map-heading', className: 'sub' })}
      <p id="map-keys" hidden>${labels.mapKeys}</p>
      ${boundaryProblem
        ? html`<p class="status">${labels.boundariesFallback} ${this.boundaryErrorDetail()?.message[locale]}</p>`
        : nothing}
      <div class="map-box">${body}</div>
      <div class="legend">
        <span>${labels.legendLow}</span>
        <span class="swatches" aria-hidden="true">
          ${[0, 1, 2, 3, 4].map((s) => html`<span class="swatch" data-step=${s}></span>`)}
        </span>
        <span>${labels.legendHigh}</span>
        <span>${labels.legendCaption}</span>
      </div>
      ${result.outsideSeoulCount + result.districtUnknownCount > 0
        ? html`<p class="hint">
            ${labels.notOnMap(
              // A part for each place that has facilities: no "서울 외 0곳".
              result.outsideSeoulCount ? formatNumber(result.outsideSeoulCount, locale) : '',
              result.districtUnknownCount ? formatNumber(result.districtUnknownCount, locale) : '',
            )}
          </p>`
        : nothing}
    </div>`;
  }

  /** The name a tile or a shape shows: "강서" (구 dropped where it does not fit), "Gang\u00adseo". */
  private shortName(id: DistrictId, locale: Locale): string {
    return this.labels.tileShortName(id, localizedString(DISTRICT_BY_ID.get(id)!, locale));
  }

  private renderTiles(result: FilterResult, step: (count: number) => number): TemplateResult {
    const locale = this.widget.locale.value;
    const tabStop = this.rovingId(TILE_POINTS);
    return html`<div class="tiles" role="group" aria-labelledby="map-heading" aria-describedby="map-keys" @keydown=${(e: KeyboardEvent) => this.onTileKeydown(e, TILE_POINTS)}>
      ${SEOUL_TILE_LAYOUT.map((tile) => {
        const district = DISTRICT_BY_ID.get(tile.id)!;
        const count = result.districtCounts.get(tile.id) ?? 0;
        const selected = this.selectedDistrict?.id === tile.id;
        // The tile shows a short name (the button's accessible name keeps the full one). The 구 a
        // Korean short name drops comes back where tiles are large enough for four syllables (CSS .gu).
        const short = this.shortName(tile.id, locale);
        const dropped = locale === 'ko' ? district.ko.slice(short.length) : '';
        // The count sits beside the button, not inside it: the button's name ("강서구, 시설 3곳") then
        // contains all of its visible text (WCAG 2.5.3), and screen readers hear the count once.
        return html`<div class="tile-cell" data-row=${tile.row} data-column=${tile.column} data-step=${step(count)}>
          <button
            type="button"
            class="tile"
            part="tile"
            data-district=${tile.id}
            aria-label=${this.tileLabel(district, count)}
            aria-pressed=${selected ? 'true' : 'false'}
            tabindex=${tile.id === tabStop ? 0 : -1}
            @click=${() => this.selectDistrict(tile.id)}
            @focus=${() => (this.focusDistrict = tile.id)}
          >
            <span class="tile-name"><span class="mark" aria-hidden="true">✓</span>${short}${dropped ? html`<span class="gu">${dropped}</span>` : nothing}</span>
          </button>
          <span class="tile-count" aria-hidden="true">${formatNumber(count, locale)}</span>
        </div>`;
      })}
    </div>`;
  }

  private renderBoundaries(map: BoundaryMap, result: FilterResult, step: (count: number) => number): TemplateResult {
    const points: PlanePoint<DistrictId>[] = map.shapes.map((s) => ({ id: s.districtId, x: s.centroid[0], y: s.centroid[1] }));
    const tabStop = this.rovingId(points);
    const locale = this.widget.locale.value;
    return html`<svg
        class="boundaries"
        viewBox="0 0 ${map.width} ${map.height}"
        role="group"
        aria-labelledby="map-heading"
        aria-describedby="map-keys"
        @keydown=${(e: KeyboardEvent) => this.onTileKeydown(e, points)}
      >
        <g aria-hidden="true">${map.context.map((d) => svg`<path class="context" d=${d}></path>`)}</g>
        ${map.shapes.map((shape) => {
          const district = DISTRICT_BY_ID.get(shape.districtId)!;
          const count = result.districtCounts.get(shape.districtId) ?? 0;
          const selected = this.selectedDistrict?.id === shape.districtId;
          return svg`<path
            class="shape"
            d=${shape.path}
            data-district=${shape.districtId}
            data-step=${step(count)}
            role="button"
            aria-label=${this.tileLabel(district, count)}
            aria-pressed=${selected ? 'true' : 'false'}
            tabindex=${shape.districtId === tabStop ? 0 : -1}
            @click=${() => this.selectDistrict(shape.districtId)}
            @focus=${() => (this.focusDistrict = shape.districtId)}
          ></path>`;
        })}
        ${this.renderFocusRing(map)}
        <g aria-hidden="true">
          ${map.shapes.map((shape) => {
            const count = result.districtCounts.get(shape.districtId) ?? 0;
            const [x, y] = shape.centroid;
            // The district's short name over its count, where the shape is wide enough for it (an
            // em a Hangul syllable, about 0.6 em a Latin letter, at the label's 12 px) and tall enough
            // for two lines: a resident finds their district by name, as on the tile map.
            const name = this.shortName(shape.districtId, locale).replaceAll('\u00ad', '');
            const named = name.length * (locale === 'ko' ? 12 : 7.2) + 4 <= shape.width && shape.height >= 32;
            return svg`<text class="shape-label" data-step=${step(count)} x=${x} y=${y} text-anchor="middle" dominant-baseline="central"
              >${named
                ? svg`<tspan class="shape-name" x=${x} dy="-0.6em">${name}</tspan><tspan x=${x} dy="1.2em">${formatNumber(count, locale)}</tspan>`
                : formatNumber(count, locale)}</text
            >`;
          })}
        </g>
      </svg>
      ${map.missing.length > 0
        ? html`<div class="missing">
            <p class="hint" id="missing-heading">${this.labels.boundariesMissing}</p>
            <ul class="missing-list" aria-labelledby="missing-heading">
              ${map.missing.map((id) => {
                const district = DISTRICT_BY_ID.get(id)!;
                const count = result.districtCounts.get(id) ?? 0;
                return html`<li class="tile-cell missing-cell" data-step=${step(count)}>
                  <button
                    type="button"
                    class="missing-tile"
                    data-district=${id}
                    aria-label=${this.tileLabel(district, count)}
                    aria-pressed=${this.selectedDistrict?.id === id ? 'true' : 'false'}
                    @click=${() => this.selectDistrict(id)}
                  >
                    ${localizedString(district, locale)}
                  </button>
                  <span class="tile-count" aria-hidden="true">${formatNumber(count, locale)}</span>
                </li>`;
              })}
            </ul>
          </div>`
        : nothing}`;
  }

  /**
   * The focus ring of a boundary shape, drawn over every shape: a stroke on the shape itself is
   * half covered by the neighbours painted after it, and in the focus colour it vanishes against
   * the darkest fill step. Shown by CSS only while a shape has keyboard focus (:focus-visible).
   */
  private renderFocusRing(map: BoundaryMap): TemplateResult | typeof nothing {
    const focused = map.shapes.find((shape) => shape.districtId === this.focusDistrict);
    return focused
      ? svg`<g class="focus-ring" aria-hidden="true"><path class="ring-halo" d=${focused.path}></path><path class="ring" d=${focused.path}></path></g>`
      : nothing;
  }

  private placeName(entry: IndexedFacility, locale: Locale): string {
    if (entry.districtId) return localizedString(DISTRICT_BY_ID.get(entry.districtId)!, locale);
    return entry.place === 'outside-seoul' ? this.labels.outsideSeoul : this.labels.districtUnknown;
  }

  private renderResults(derived: DerivedData, result: FilterResult): TemplateResult {
    const labels = this.labels;
    const locale = this.widget.locale.value;
    const total = result.matches.length;
    const districtName = this.selectedDistrict ? localizedString(this.selectedDistrict, locale) : null;
    const page = this.printing ? result.matches : result.matches.slice(0, this.pageLimit);
    const clock = seoulClock(this.currentTime());
    let body: TemplateResult;
    if (total === 0) {
      // The way out on a line of its own, under the sentence: after a dash in the sentence, a phone
      // wrapped the button away and left the dash hanging at the end of a line.
      body = districtName
        ? html`<div class="empty">
            <p>${labels.emptyInDistrict(districtName)}.</p>
            <button type="button" class="secondary no-print" @click=${this.showAllSeoul}>${labels.showAllSeoul}</button>
          </div>`
        : html`<div class="empty">
            <p>${labels.emptyAll}.</p>
            <button type="button" class="secondary no-print" @click=${this.resetFilters}>${labels.clearFilters}</button>
          </div>`;
    } else if (this.origin) {
      body = html`<div class="group">
        ${heading(this.headlineLevel + 1, labels.nearestFirst, { className: 'sub' })}
        <ul class="result-list" role="list">${page.map((entry) => this.renderFacility(derived, entry, result, clock))}</ul>
      </div>`;
    } else {
      // With a district chosen there is one group, and the count line above already names it
      // ("강서구 시설 3곳"): its heading stays for heading navigation but is not shown twice.
      body = html`${this.groupsOf(page, result).map(
        (group) => html`<div class="group" data-group=${group.key}>
          ${heading(this.headlineLevel + 1, labels.groupHeading(group.name, formatNumber(group.total, locale), group.total), { className: districtName ? 'sub visually-hidden' : 'sub' })}
          <ul class="result-list" role="list">${group.entries.map((entry) => this.renderFacility(derived, entry, result, clock))}</ul>
        </div>`,
      )}`;
    }
    const countText = labels.resultCount(formatNumber(total, locale), total, districtName);
    // Shown in one line, read from another: the visually hidden status line (it follows the count once
    // typing pauses) is what screen readers hear, in browse mode too, so the shown one is aria-hidden.
    return html`<div class="results" part="results" @keydown=${this.onResultKeydown} @focusin=${this.onResultFocusin}>
      <p class="result-count" part="count" aria-hidden="true">${countText}</p>
      <p class="visually-hidden" role="status" aria-live="polite" data-announces="count">${this.countAnnouncement.follow(countText)}</p>
      ${body}
      ${total > page.length
        ? html`<button type="button" class="secondary more" @click=${this.showMore}>
            ${labels.showMore(formatNumber(page.length, locale), formatNumber(total, locale))}
          </button>`
        : nothing}
    </div>`;
  }

  /** Consecutive results of one place (the list is sorted by place), with the place's full match count. */
  private groupsOf(page: readonly IndexedFacility[], result: FilterResult) {
    const locale = this.widget.locale.value;
    const keyOf = (entry: IndexedFacility) => entry.districtId ?? entry.place;
    const totals = new Map<string, number>();
    for (const entry of result.matches) totals.set(keyOf(entry), (totals.get(keyOf(entry)) ?? 0) + 1);
    const groups: Array<{ key: string; name: string; total: number; entries: IndexedFacility[] }> = [];
    for (const entry of page) {
      const key = keyOf(entry);
      const last = groups.at(-1);
      if (last && last.key === key) last.entries.push(entry);
      else groups.push({ key, name: this.placeName(entry, locale), total: totals.get(key) ?? 0, entries: [entry] });
    }
    return groups;
  }

  private renderFacility(derived: DerivedData, entry: IndexedFacility, result: FilterResult, clock: SeoulClock): TemplateResult {
    const labels = this.labels;
    const locale = this.widget.locale.value;
    const facility = entry.facility;
    const name = localizedString(facility.name, locale);
    const type = derived.types.get(facility.type);
    const programs = (facility.programIds ?? []).map((id) => derived.programs.get(id)).filter((p): p is Program => Boolean(p));
    const open = entry.weekly ? isOpenAtClock(entry.weekly, clock) : null;
    const phone = isPhoneNumber(facility.phone) ? facility.phone : null;
    const distance = result.distances.get(facility.id);
    const headingId = `facility-${facility.id}`;
    const statusLabel = facility.status === 'planned' || facility.status === 'under-construction' ? labels.status[facility.status] : null;
    return html`<li>
      <article class="result" part="result" tabindex="-1" aria-labelledby=${headingId} data-facility=${facility.id}>
        ${heading(
          this.headlineLevel + 2,
          html`<span>${localized(facility.name, locale)}</span> ${statusLabel ? html`<span class="badge status">${statusLabel}</span>` : nothing}`,
          { id: headingId, className: 'name' },
        )}
        <dl class="facts">
          <div><dt>${labels.fields.type}</dt><dd>${type ? localized(type.name, locale) : facility.type}</dd></div>
          <div><dt>${labels.fields.district}</dt><dd data-field="district">${this.placeName(entry, locale)}</dd></div>
          ${facility.address
            ? html`<div>
                <dt>${labels.fields.address}</dt>
                <dd data-field="address">
                  ${koreanText(facility.address, locale)}
                  <button type="button" class="copy" aria-label=${labels.copyAddressOf(name)} @click=${() => this.copyAddress(facility, name)}>
                    ${labels.copyAddress}
                  </button>
                </dd>
              </div>`
            : nothing}
          ${facility.operator
            ? html`<div><dt>${labels.fields.operator}</dt><dd data-field="operator">${koreanText(facility.operator, locale)}</dd></div>`
            : nothing}
          ${facility.capacity !== undefined
            ? html`<div><dt>${labels.fields.capacity}</dt><dd>${labels.capacity(formatNumber(facility.capacity, locale), facility.capacity)}</dd></div>`
            : nothing}
          ${facility.hours
            ? html`<div>
                <dt>${labels.fields.hours}</dt>
                <dd data-field="hours">
                  <span class="hours-text">${koreanText(facility.hours.text, locale)}</span>
                  ${open === null
                    ? nothing
                    : open
                      ? html`<span class="badge open" data-open="true"><span aria-hidden="true">●</span>${labels.openNow}</span>`
                      : html`<span class="badge closed" data-open="false"><span aria-hidden="true">○</span>${labels.closedNow}</span>`}
                </dd>
              </div>`
            : nothing}
          ${phone
            ? html`<div><dt>${labels.fields.phone}</dt><dd><a href="tel:${phone.replace(/-/g, '')}">${phone}</a></dd></div>`
            : nothing}
          ${distance !== undefined
            ? html`<div><dt>${labels.fields.distance}</dt><dd data-field="distance">${labels.distance(formatNumber(distance, locale, 1))}</dd></div>`
            : nothing}
          ${programs.length > 0
            ? html`<div>
                <dt>${labels.fields.programs}</dt>
                <dd data-field="programs">
                  <ul>
                    ${programs.map((p) => html`<li>${localized(p.title, locale)}</li>`)}
                  </ul>
                </dd>
              </div>`
            : nothing}
        </dl>
      </article>
    </li>`;
  }

  private renderCitywide(dataset: Dataset): TemplateResult | typeof nothing {
    if (dataset.infrastructure.length === 0) return nothing;
    const labels = this.labels;
    const locale = this.widget.locale.value;
    return html`<section class="citywide" part="citywide" aria-labelledby="citywide-heading">
      ${heading(this.headlineLevel + 1, labels.citywideHeading, { id: 'citywide-heading', className: 'sub' })}
      <p class="hint">${labels.citywideNote}</p>
      <dl>
        ${dataset.infrastructure.map(
          (item) => html`<div data-infrastructure=${item.id}>
            <dt>${localized(item.name, locale)}</dt>
            <dd>${formatCount(item.count, locale, '곳')}</dd>
          </div>`,
        )}
      </dl>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wfp-facility-locator': WfpFacilityLocator;
  }
}
