import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { DatasetLoadError } from '../data/errors.js';
import { WfpErrorEvent, type WfpErrorDetail } from '../events/wfp-error-event.js';
import { englishCatalog, englishFailed, loadEnglish } from '../i18n/english.js';
import { labelsFor, type Labels } from '../i18n/labels.js';
import { resolveLocale, type Locale } from '../i18n/locale.js';
import { formatByteSize } from '../format/bytes.js';
import { formatAsOf, formatDate } from '../format/date.js';
import { localized } from '../i18n/localized.js';
import type { Dataset } from '../schema/types.js';
import { resolveTheme, type ResolvedTheme } from '../theme/theme.js';
import { ContextAttributeController } from './context-attribute-controller.js';
import { DataController, type DataHost, type DataState } from './data-controller.js';
import { editDistance, onlyNearest, slipsAllowed } from './edit-distance.js';
import { focusOnce } from './focus-once.js';

/**
 * Everything the widgets share besides their figures: locale and theme inherited from the
 * page, the dataset, and the error contract (a specific message in the widget's own box, one
 * `wfp-error` event per distinct failure, never an exception into the host page).
 */
export class WidgetController implements ReactiveController {
  readonly locale: ContextAttributeController<Locale>;
  readonly theme: ContextAttributeController<ResolvedTheme>;
  readonly data: DataController;
  /** The failure last announced, per independent source of failures (see report). */
  private readonly lastErrorKeys = new Map<string, string | null>();
  private waitingForEnglish = false;
  private refocusAfterRetry = false;
  private checkedContent = false;
  /**
   * Whether a new error box is announced (role="alert"): only once the widget has shown its figures
   * or the reader has pressed Retry. A box that is the widget's first outcome is page content like
   * the figures it stands in for — announcing it would interrupt every visitor once per widget (four
   * alerts for one missing file) with a webmaster's problem. One that follows figures (the page
   * changed an attribute: the district switched) or the reader's Retry is news, and is announced.
   */
  private announceBoxes = false;
  /** The whole-widget box on screen and whether it was announced, kept while it stays up. */
  private boxAlert: boolean | null = null;
  private boxRendered = false;

  constructor(private readonly host: DataHost) {
    this.locale = new ContextAttributeController(host, widgetLocale, 'ko');
    this.theme = new ContextAttributeController(host, resolveTheme, 'page');
    this.data = new DataController(host);
    host.addController(this);
  }

  /**
   * True when this widget's words are at hand: always in Korean; in English once the English file
   * has loaded. If it cannot load, the widget's locale turns Korean (widgetLocale): a widget still
   * marked English then is not ready, and hostUpdate re-resolves its locale rather than letting it
   * show Korean stand-in words under lang="en". See src/i18n/english.ts.
   */
  get labelsReady(): boolean {
    return this.locale.value === 'ko' || englishCatalog() !== undefined;
  }

  /**
   * What the widget shows: its data, except that figures wait for their words — a widget on an
   * English page shows its loading state until the English file is in (it loads alongside the
   * dataset, so usually before it). Errors show at once: their messages always ship in both languages.
   */
  get state(): DataState {
    const data = this.data.state;
    return data.status === 'ready' && !this.labelsReady ? { status: 'loading' } : data;
  }

  hostUpdate(): void {
    this.boxRendered = false;
    if (this.labelsReady || this.waitingForEnglish) return;
    this.waitingForEnglish = true;
    void loadEnglish().then(() => {
      this.waitingForEnglish = false;
      this.locale.refresh(); // Korean after all, if the English words could not be loaded
      this.host.requestUpdate();
    });
  }

  private readonly retryFromBox = (): void => {
    this.refocusAfterRetry = true;
    this.announceBoxes = true;
    // The reader moving on (a click or focus anywhere) while the data loads cancels the refocus.
    document.addEventListener('pointerdown', this.cancelRefocus, { capture: true, once: true });
    document.addEventListener('focusin', this.cancelRefocus, { capture: true, once: true });
    this.data.retry();
  };

  private readonly cancelRefocus = (): void => {
    this.refocusAfterRetry = false;
    document.removeEventListener('pointerdown', this.cancelRefocus, { capture: true });
    document.removeEventListener('focusin', this.cancelRefocus, { capture: true });
  };

  /**
   * After each render:
   * - notes whether the widget has shown figures, which decides whether a later error box is news
   *   to announce (see renderError);
   * - once the widget shows something, checks the tag as pasted (content swallowed by a
   *   self-closed tag; in the CDN file, misspelt attributes);
   * - after Retry, puts the focus back where the reader was. Retry replaces the box the button is
   *   in (a loading state, then the figures or a new box), which would drop the focus on <body>:
   *   it goes on the new Retry button if the data still fails, else on the widget, unless the
   *   reader has moved on.
   */
  hostUpdated(): void {
    if (!this.boxRendered) {
      this.boxAlert = null;
      // Figures on screen: from the data, or a gauge's own (it needs no data, and reads as idle).
      if (this.state.status === 'ready' || this.data.idle) this.announceBoxes = true;
    }
    if (!this.checkedContent && (this.state.status !== 'loading' || this.data.idle)) {
      this.checkedContent = true;
      this.warnAboutSwallowedContent();
      // Only in the CDN file, which webmasters paste by hand: npm users have typings that catch the
      // slip (React's and Vue's included), and the entries would carry the edit distance (0.35 kB).
      if (__WFP_CDN__) warnAboutMisspeltAttributes(this.host);
    }
    if (!this.refocusAfterRetry || this.state.status === 'loading') return;
    this.cancelRefocus();
    const root = this.host.shadowRoot;
    if (!root || root.activeElement || (document.activeElement && document.activeElement !== document.body)) return;
    const target = root.querySelector<HTMLElement>('.status.error button') ?? root.querySelector<HTMLElement>('.base');
    if (!target) return;
    focusOnce(target, { preventScroll: true });
  }

  /**
   * `<wfp-execution-gauge … />` is fine in JSX and Vue templates, but in HTML "/>" does not close a
   * custom element: everything after it (the rest of the CMS page) ends up inside the widget, which
   * does not show it. Say so once, when the widget first shows something (the page is parsed by then).
   * Text, <noscript>, <template> and slotted children are intended; other elements may be a fallback
   * too, which the warning allows for.
   */
  private warnAboutSwallowedContent(): void {
    const hidden = [...this.host.children].filter((child) => !child.hasAttribute('slot') && child.localName !== 'noscript' && child.localName !== 'template');
    if (hidden.length === 0) return;
    const tag = this.host.localName;
    const names = [...new Set(hidden.map((child) => `<${child.localName}>`))].slice(0, 3).join(', ');
    console.warn(`[wfp] <${tag}> does not show the elements inside it (${names}). If they belong after it, close the tag: <${tag} …></${tag}>; "/>" does not close it in HTML.`);
  }

  hostDisconnected(): void {
    this.cancelRefocus();
  }

  get labels(): Labels {
    return labelsFor(this.locale.value);
  }

  /** Call from the host's `willUpdate` when its own `lang` or `theme` property changed. */
  refreshContext(): void {
    this.locale.refresh();
    this.theme.refresh();
  }

  /** The detail a data failure reports, in both languages. */
  dataErrorDetail(error: DatasetLoadError): WfpErrorDetail {
    const url = error.url ?? '.dataset';
    const message = (locale: Locale) => {
      const m = labelsFor(locale).common.dataErrors;
      switch (error.kind) {
        case 'http':
          return m.http(url, error.status ?? 0);
        case 'too-large':
          return m['too-large'](url, formatByteSize(error.details.maxBytes ?? 0));
        case 'content-type': {
          // A web page where the file should be: most often a wrong path that the server (a CMS, an
          // app's fallback) answered with a page rather than a 404, or a login page.
          const type = error.details.contentType ?? '';
          const sent = /html/i.test(type) ? 'page' : /csv|excel|spreadsheet/i.test(type) ? 'table' : 'other';
          return m['content-type'](url, type.split(';')[0]!.trim(), sent);
        }
        case 'json': {
          const syntax = error.details.syntax;
          return m.json(url, syntax && { place: syntax.place[locale], reason: syntax.reason[locale] }, error.details.syntaxCheckerMissing);
        }
        case 'network': {
          const origin = otherOrigin(url);
          return origin ? `${m.network(url)} ${m.cors(origin)}` : m.network(url);
        }
        case 'schema': {
          const errors = error.problems.filter((p) => p.severity === 'error');
          // A dataset written for newer widgets is not broken, and "does not match the schema"
          // would send the district to fix its file. Say what to do instead, in the validator's
          // own words ("dataset schema 2.0 is newer than this library's 1.0; update the widgets").
          const newer = errors.find((p) => p.code === 'unsupported-schema-version');
          if (newer) return sentence(newer.message[locale]);
          return m.schema(errors.length);
        }
        default:
          return m[error.kind](url);
      }
    };
    return {
      kind: error.kind,
      message: { ko: message('ko'), en: message('en') },
      ...(error.url && { url: error.url }),
      ...(error.status !== undefined && { status: error.status }),
      ...(error.problems.length > 0 && { problems: error.problems }),
    };
  }

  /**
   * Announces an error once: the same failure re-rendered (or shown in the other language) does not
   * fire again, a different one (or the same one after a recovery or a retry) does. Call from
   * `updated`, never from `render`. A widget with failures that come and go independently (the
   * locator's boundaries beside its `types`) reports each on its own `channel`. `logged`: whether
   * the console already has it — by default data failures (the loader logs them once per URL) but
   * not input mistakes; a widget's own fetch (the locator's boundaries) passes false.
   */
  report(detail: WfpErrorDetail | null, channel = 'main', logged?: boolean): void {
    // Waiting for the English words (the page switched to English) is not a recovery: the same
    // mistake shown again in English must not fire and log a second time.
    if (!detail && this.data.state.status === 'ready' && !this.labelsReady) return;
    const key = detail ? `${detail.kind}|${detail.message.en}` : null;
    if (key === (this.lastErrorKeys.get(channel) ?? null)) return;
    this.lastErrorKeys.set(channel, key);
    if (!detail) return;
    if (!(logged ?? !(detail.kind === 'not-found' || detail.kind === 'invalid-input'))) {
      console.warn(`[wfp] <${this.host.localName}>: ${detail.message.en}`);
    }
    this.host.dispatchEvent(new WfpErrorEvent(detail));
  }

  /**
   * The loading skeleton's words for screen readers ("불러오는 중…"), the same in every widget: a
   * status, so a reader who lands on the widget hears what the grey boxes are.
   */
  renderLoadingStatus(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${this.labels.common.loading}</p>`;
  }

  /**
   * The source and as-of line every widget carries:
   * "서울특별시 여성가족정책실 「주요업무보고」(2024년 4월) · 2024년 3월 말 기준" /
   * "Seoul Metropolitan Government, Women & Family Policy Office, Work Report (April 2024) · As of 31 March 2024".
   */
  renderSource(dataset: Dataset): TemplateResult {
    const locale = this.locale.value;
    return html`<p class="source" part="meta">${this.sourceTitle(dataset, locale)} · ${formatAsOf(dataset.meta.asOf, locale)}</p>`;
  }

  /**
   * The source's title, a link to it when the dataset names its address (`meta.sourceUrl`, https only
   * by the schema): a reader checking a figure goes to the document it came from. Same tab, as
   * KWCAG asks unless a new window is announced.
   */
  sourceTitle(dataset: Dataset, locale: Locale): unknown {
    const url = dataset.meta.sourceUrl;
    const citation = this.citation(dataset, locale);
    return url ? html`<a href=${url} part="source-link">${citation}</a>` : citation;
  }

  /** "서울특별시 여성가족정책실 「주요업무보고」(2024년 4월)": publisher, title and month of publication. */
  citation(dataset: Dataset, locale: Locale): unknown[] {
    const { meta } = dataset;
    return labelsFor(locale).common.citation(localized(meta.publisher, locale), localized(meta.title, locale), formatDate(meta.reported, locale));
  }

  /**
   * The error box. `retry` is offered for data failures that may be transient; it is described by
   * the box's title, so that the Retry buttons of a gauge, a table and a card on one page say which
   * figures each brings back. For a problem beside content the widget still shows (some ids or
   * types unknown), `partOnly` replaces the title ("these figures cannot be shown") and is never
   * announced: every visitor's screen reader would otherwise announce a webmaster's typo on a page
   * that works. A whole-widget box is announced only when it is news (see announceBoxes).
   */
  renderError(detail: WfpErrorDetail, hints: readonly string[] = [], partOnly?: { title: string }): TemplateResult {
    const labels = this.labels;
    const retryable = ['network', 'timeout', 'http', 'content-type', 'json', 'encoding', 'too-large', 'schema', 'validator'].includes(detail.kind);
    const locale = this.locale.value;
    // Not when the message already is that problem (a newer schema: see dataErrorDetail) or a hint
    // lists it (the staffing table's rejected rows).
    const first = detail.problems?.find((p) => p.severity === 'error');
    const firstProblem = first && first.code !== 'unsupported-schema-version' && !hints.some((hint) => hint.includes(first.path)) ? first : undefined;
    // A misspelt field is often where the errors come from ("facilties": every facility id unknown);
    // one beside the first error ("budgte" by the missing "budget") before one elsewhere.
    const parent = (path: string) => path.slice(0, path.lastIndexOf('.'));
    const misspelt = firstProblem && (detail.problems!.find((p) => p.suggestion && parent(p.path) === parent(firstProblem.path)) ?? detail.problems!.find((p) => p.suggestion));
    if (!partOnly) {
      this.boxRendered = true;
      this.boxAlert ??= this.announceBoxes;
    } else {
      // A box beside figures still shown, even while the data fails (a gauge's own figures without
      // the dataset its pace needs): the figures are on screen, so a whole-widget box later is news.
      this.announceBoxes = true;
    }
    return html`<div class="status error" role=${!partOnly && this.boxAlert ? 'alert' : nothing} part="error">
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" focusable="false">
        <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" stroke-width="1.5"></circle>
        <path d="M10 5.5v5.5M10 13.5v1.2" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path>
      </svg>
      <div>
        <p class="title" id="error-title">${partOnly?.title ?? labels.common.errorTitles[this.host.localName] ?? labels.common.errorTitles.other}</p>
        <p>${detail.message[locale]}</p>
        ${firstProblem ? html`<p>${labels.common.problemAt(firstProblem.path, firstProblem.message[locale])}</p>` : nothing}
        ${misspelt ? html`<p>${labels.common.likelyCause(misspelt.path, misspelt.message[locale])}</p>` : nothing}
        ${hints.map((hint) => html`<p>${hint}</p>`)}
        ${retryable ? html`<button type="button" class="no-print" aria-describedby="error-title" @click=${this.retryFromBox}>${labels.common.retry}</button>` : nothing}
      </div>
    </div>`;
  }
}

/**
 * The page's language for this widget — except that when the English words could not be loaded, the
 * widget speaks Korean throughout (its words, number and date formats, `lang="ko"`) rather than
 * mixing Korean words into an English-marked widget, which a screen reader would mispronounce.
 */
function widgetLocale(element: Element): Locale {
  const locale = resolveLocale(element);
  return locale === 'en' && englishFailed() ? 'ko' : locale;
}

/** The origin of a dataset URL on another site than the page's, else null. */
function otherOrigin(url: string): string | null {
  try {
    const { origin } = new URL(url, document.baseURI);
    return origin !== location.origin && origin !== 'null' ? origin : null;
  } catch {
    return null;
  }
}

/** Problem messages are written to follow a path ("$.x: must …"); shown on their own they start a sentence. */
function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * Right name, wrong widget: the list takes `division` (or `department`), the gauge and the table only
 * `department`; the card takes `program`, the list `program-ids`. Copied from one widget's snippet to
 * another's, the name is ignored as a typo would be, and is named the same way.
 */
const ANOTHER_WIDGETS_NAME: Record<string, string> = { division: 'department', program: 'program-ids', 'program-ids': 'program' };

/**
 * `departmnet="영유아담당관"` or `distict="강서구"` is ignored without a word: the gauge shows the
 * whole office, the locator all of Seoul. An attribute a slip or two from one the widget takes is
 * named once (short ones must match exactly, so `id`, `dir` or `lang` are never taken for `src` or
 * `line`). A function, not a method, so that builds without the call leave it out.
 */
function warnAboutMisspeltAttributes(host: HTMLElement): void {
  const known = (host.constructor as typeof ReactiveElement).observedAttributes;
  for (const { name } of host.attributes) {
    if (known.includes(name)) continue;
    const other = ANOTHER_WIDGETS_NAME[name];
    const meant =
      other && known.includes(other) ? other : onlyNearest(known, (candidate) => editDistance(name, candidate), slipsAllowed(name.length, 4));
    if (meant) console.warn(`[wfp] <${host.localName}> has no attribute "${name}" (ignored); did you mean "${meant}"?`);
  }
}
