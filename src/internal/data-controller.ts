import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dataSourceContext } from '../data/context.js';
import { DatasetLoadError } from '../data/errors.js';
import { datasetEvents, loadDataset, resolveDatasetUrl, useDatasetObject } from '../data/load.js';
import { datasetInputOf } from './dataset-property.js';
import { OFFICIAL_DATASET_URL, OFFICIAL_FIGURES_URL } from '../data/official.js';
import type { Dataset } from '../schema/types.js';

/** The inputs a widget exposes: `.dataset` (kept as `datasetInput`) and `src`. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  readonly datasetInput: unknown;
  src: string | null;
  /**
   * False while the widget shows figures of its own and reads nothing from a dataset (a gauge given
   * `budget` and `spent`): then nothing is fetched, and nothing can fail. Read at every update.
   */
  readonly needsData?: boolean;
}

/** The task's arguments while the host needs no data: the same array each time, so no re-run. */
const NO_SOURCE: [unknown, string] = [undefined, ''];
/**
 * What that run completes with. A completed run, not Task's initialState: a run ending in
 * initialState never settles `taskComplete`, and whoever awaits `complete` would wait for ever.
 */
const NO_DATA = {} as Dataset;

/**
 * Whether a widget that needs the whole official dataset (a card, a list, the locator) has connected
 * on this page with no data of its own. Widgets that show only budgets, execution and staffing then
 * read that file too rather than the figures file beside it: one download, not two. Elements in the
 * page when the script runs all connect before any of them first asks for data (a microtask later),
 * so the order of the tags does not matter.
 */
let wholeOfficialWanted = false;
/** The figures file failed once on this page (not beside the script, say): later widgets go straight to the full one. */
let figuresFailed = false;

export type DataState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset }
  | { status: 'error'; error: DatasetLoadError };

/**
 * Resolves which dataset a widget shows and loads it.
 *
 * Precedence, most specific first: the widget's own `.dataset` property, its own `src` attribute,
 * the nearest `<wfp-data>` provider (its `.dataset`, then its `src`), then the embedded official
 * dataset. The most specific source wins so that one widget inside a district's `<wfp-data>` can
 * still be pointed elsewhere. Loading goes through the shared cache (one request per URL), and a
 * later source always replaces an earlier one still in flight (@lit/task keeps only the last run).
 */
export class DataController implements ReactiveController {
  private readonly provider: ContextConsumer<typeof dataSourceContext, DataHost>;
  private readonly task: Task<[unknown, string], Dataset>;
  private readonly onReload = (event: Event) => {
    const url = (event as CustomEvent<string>).detail;
    if (this.currentUrl === url && this.task.status !== TaskStatus.PENDING) void this.task.run();
  };
  private readonly onRevalidate = (event: Event) => {
    if (this.source()[0] === (event as CustomEvent<unknown>).detail && this.task.status !== TaskStatus.PENDING) void this.task.run();
  };
  private currentUrl = '';
  /** The source the task last ran for (see `state`). */
  private ranWith: readonly [unknown, string] | null = null;
  /** The official file this widget reads when given no data: the figures file or the full one. */
  private officialUrl: string | undefined;
  private rerunOnUpdate = false;

  constructor(private readonly host: DataHost) {
    host.addController(this);
    this.provider = new ContextConsumer(host, { context: dataSourceContext, subscribe: true });
    this.task = new Task(host, {
      args: () => (this.host.needsData === false ? NO_SOURCE : this.source()),
      task: async ([object, url], { signal }) => {
        this.ranWith = [object, url];
        this.currentUrl = object === undefined ? url : '';
        if (object !== undefined) return useDatasetObject(object);
        if (url === '') return NO_DATA;
        // Not the figures file, or the figures file is the dataset itself (in the source tree and
        // the tests, where no figures file is built, the two URLs are one): just load it.
        if (url !== OFFICIAL_FIGURES_URL || url === OFFICIAL_DATASET_URL) return loadDataset(url);
        try {
          // No console line if it fails but by a timeout: the full file is tried next, and its
          // failure is the one to report.
          return await loadDataset(url, { hasFallback: true });
        } catch (error) {
          // The figures file missing, refused or mangled where the full one is (a bundler or a
          // webmaster that copied only the file README named before, a filter on double extensions):
          // the full file serves too, just larger. Not after a timeout (the larger file would wait as
          // long again), nor for a run the widget has since replaced (its source changed meanwhile).
          if (signal.aborted || (error instanceof DatasetLoadError && error.kind === 'timeout')) throw error;
          figuresFailed = true;
          this.currentUrl = OFFICIAL_DATASET_URL;
          return loadDataset(OFFICIAL_DATASET_URL);
        }
      },
    });
  }

  hostConnected(): void {
    // A whole-dataset widget that will read the official file: given no data, inside no <wfp-data>
    // that gives some (one left without src, as a CMS template may, gives none).
    const provider = this.host.closest('wfp-data');
    const providerGives = provider !== null && (Boolean(provider.getAttribute('src')) || datasetInputOf(provider) != null);
    if (!this.figuresEnough && this.host.datasetInput == null && !this.host.src && !providerGives) wholeOfficialWanted = true;
    datasetEvents.addEventListener('reload', this.onReload);
    datasetEvents.addEventListener('revalidate', this.onRevalidate);
    // Runs before the context consumer asks again (it was added after this controller). A widget
    // moved out of its <wfp-data> would otherwise keep that provider's answer: nobody answers the
    // new request, and the consumer never clears its value.
    if (this.provider.value !== undefined) {
      this.provider.value = undefined;
      this.host.requestUpdate();
    }
    // Inside a <wfp-data> not defined yet (its module imported after this widget's): nothing answers
    // the request now, so ask again once it is. Only widgets inside an undefined <wfp-data> wait;
    // Lit's ContextRoot would keep a record of every widget ever connected on the page.
    if (!customElements.get('wfp-data') && this.host.closest('wfp-data')) {
      void customElements.whenDefined('wfp-data').then(() => {
        if (!this.host.isConnected) return;
        this.provider.hostDisconnected();
        this.provider.hostConnected();
      });
    }
    // Taken out while its URL failed and put back: the shared cache may hold the data by now (a
    // retry elsewhere). Asked at the next update, once the context consumer has its answer (a URL
    // from <wfp-data> must not read as the official one meanwhile); the cache makes it no request.
    if (this.task.status === TaskStatus.ERROR && this.currentUrl) {
      this.rerunOnUpdate = true;
      this.host.requestUpdate();
    }
  }

  hostUpdate(): void {
    if (!this.rerunOnUpdate) return;
    this.rerunOnUpdate = false;
    void this.task.run();
  }

  hostDisconnected(): void {
    datasetEvents.removeEventListener('reload', this.onReload);
    datasetEvents.removeEventListener('revalidate', this.onRevalidate);
  }

  /** [dataset object or undefined, absolute URL] — compared by identity between renders. */
  private source(): [unknown, string] {
    const fromProvider = this.provider.value;
    if (this.host.datasetInput !== undefined && this.host.datasetInput !== null) return [this.host.datasetInput, ''];
    if (this.host.src) return [undefined, resolveDatasetUrl(this.host.src)];
    if (fromProvider?.dataset !== undefined && fromProvider.dataset !== null) return [fromProvider.dataset, ''];
    if (fromProvider?.src) return [undefined, resolveDatasetUrl(fromProvider.src)];
    // Chosen once: a whole-dataset widget added later loads its file without this one switching.
    this.officialUrl ??= this.figuresEnough && !wholeOfficialWanted && !figuresFailed ? OFFICIAL_FIGURES_URL : OFFICIAL_DATASET_URL;
    return [undefined, this.officialUrl];
  }

  /** The widget shows nothing the official figures file leaves out (see OFFICIAL_FIGURES_URL). */
  private get figuresEnough(): boolean {
    return (this.host.constructor as { officialFiguresEnough?: boolean }).officialFiguresEnough === true;
  }

  /** Nothing to load: the host needs no data (see DataHost.needsData). `state` then reads as loading. */
  get idle(): boolean {
    return this.host.needsData === false && (this.task.status === TaskStatus.INITIAL || this.task.value === NO_DATA);
  }

  get state(): DataState {
    // The widget derives its view in willUpdate, before the task (in hostUpdate) starts a run for a
    // new source: a source that changed since the last run reads as loading, not as the old
    // source's data, which stayed up until the new data came — and a name changed with it (a
    // district switcher) was looked up in the old dataset.
    // One `.dataset` object for another is the exception: the old one stays up while the new one is
    // checked, since pages (React's inline objects) hand over equal ones on every render, and a
    // loading state each time would take the reader's focus and caret with it.
    if (this.ranWith && this.host.needsData !== false) {
      const [object, url] = this.source();
      const objectForObject = object !== undefined && this.ranWith[0] !== undefined;
      if (!objectForObject && (object !== this.ranWith[0] || url !== this.ranWith[1])) return { status: 'loading' };
    }
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return this.task.value === NO_DATA ? { status: 'loading' } : { status: 'ready', dataset: this.task.value! };
      case TaskStatus.ERROR: {
        const error = this.task.error;
        return {
          status: 'error',
          error: error instanceof DatasetLoadError ? error : new DatasetLoadError('network', undefined, String(error), { cause: error }),
        };
      }
      default:
        return { status: 'loading' };
    }
  }

  /**
   * Fetch the current URL again; every widget sharing it follows (one request per retry). A
   * `.dataset` object is validated again: the page may have corrected it in place.
   */
  retry(): void {
    const [object, url] = this.source();
    // The revalidate event re-runs this controller's task and every other one showing the object.
    if (object !== undefined) return void useDatasetObject(object, { revalidate: true }).catch(() => undefined);
    // The reload event re-runs this controller's task and every other one showing the same URL
    // (the full official file, when the figures file was missing: see the task).
    loadDataset(this.currentUrl || url, { reload: true }).catch(() => undefined);
  }

  /** Resolves when the current load settles (tests and hosts that want to wait). */
  get complete(): Promise<unknown> {
    return this.task.taskComplete.catch(() => undefined);
  }
}
