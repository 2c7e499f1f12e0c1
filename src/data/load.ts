import type { JsonSyntaxError } from '../schema/json-syntax.js';
import type { ParseResult } from '../schema/parse.js';
import { formatProblem } from '../schema/problems.js';
import type { Dataset } from '../schema/types.js';
import { importBesideScript } from '../internal/beside-script.js';
import { DatasetLoadError } from './errors.js';
import { decodeDatasetBytes, printable } from './decode.js';
import { OFFICIAL_DATASET_SHA256, OFFICIAL_DATASET_URL, OFFICIAL_FIGURES_SHA256 } from './official.js';
import { formatByteSize } from '../format/bytes.js';

/**
 * The validator (valibot, the schema, the reference and consistency checks: about a third of the data
 * layer) is imported on first use, not with the widgets: a default embed shows the official dataset,
 * which CI validated before it shipped and which is recognised here by its SHA-256, so most pages
 * never download the validator. Any other dataset — a district's file, a `.dataset` object, an
 * official file that differs by one byte — is validated in full before a widget shows it.
 */
let validator: Promise<typeof import('../schema/parse.js')> | undefined;

/**
 * `parseDataset`, with the validator imported on first use: what pages using the CDN file call to
 * check a dataset themselves (the CDN file leaves the validator out; npm users can import
 * `parseDataset` from `seoul-wfp-widgets/schema` directly). Rejects only if the validator's file
 * cannot be loaded.
 */
export async function validateDataset(input: unknown): Promise<ParseResult> {
  return validate(input);
}

async function validate(input: unknown): Promise<ParseResult> {
  // In the CDN file the validator is its own file beside the script (see importBesideScript).
  validator ??= __WFP_CDN__ ? importBesideScript('./wfp-validator.js') : import('../schema/parse.js');
  try {
    return (await withinTimeout(validator)).parseDataset(input);
  } catch (cause) {
    // Import again on the next attempt. Browsers that remember a failed module fetch for the page's
    // lifetime will fail again until the page is reloaded, which is what the message tells people.
    validator = undefined;
    throw cause;
  }
}

/**
 * A module request that hangs (rather than fails) must not leave the widgets loading for ever: it
 * gets the same time as a dataset request.
 */
async function withinTimeout<T>(module: Promise<T>): Promise<T> {
  const timeoutMs = settings.timeoutMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not loaded within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([module, stalled]);
  } finally {
    clearTimeout(timer);
  }
}

let jsonSyntax: Promise<typeof import('../schema/json-syntax.js')> | undefined;

/**
 * Where a text that `JSON.parse` refused goes wrong, for the widget's message. Imported only then
 * (wfp-json-syntax.js beside the CDN script). If it finds no place (nesting too deep for its parser),
 * the message has none; if it cannot be loaded, `unavailable`, so the message can name the file.
 */
async function locateSyntaxError(text: string): Promise<JsonSyntaxError | null | 'unavailable'> {
  jsonSyntax ??= __WFP_CDN__ ? importBesideScript('./wfp-json-syntax.js') : import('../schema/json-syntax.js');
  let checker: Awaited<typeof jsonSyntax>;
  try {
    checker = await withinTimeout(jsonSyntax);
  } catch {
    jsonSyntax = undefined;
    return 'unavailable';
  }
  try {
    return checker.findJsonSyntaxError(text);
  } catch {
    return null;
  }
}

/**
 * True when `bytes` are exactly the official dataset, or its figures file, that this build shipped
 * (crypto.subtle: secure contexts only).
 */
async function isOfficialBytes(bytes: Uint8Array): Promise<boolean> {
  if (OFFICIAL_DATASET_SHA256 === null || !globalThis.crypto?.subtle) return false;
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
    return hex === OFFICIAL_DATASET_SHA256 || hex === OFFICIAL_FIGURES_SHA256;
  } catch {
    return false;
  }
}

export interface LoadOptions {
  /** Give up after this many milliseconds (default: the page-wide setting, 10 s unless configureDataLoading changed it). */
  timeoutMs?: number;
  /** Refuse responses larger than this many bytes (default: the page-wide setting, 20 MB). */
  maxBytes?: number;
  /** Drop a cached result or failure and fetch again (a retry). */
  reload?: boolean;
  /**
   * The caller tries another file if this load fails, unless it times out: a failure of any other
   * kind is then not logged here (the other file's is, if that fails too).
   */
  hasFallback?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Page-wide loading limits: what every widget's load uses when the call does not say otherwise. */
export interface DataLoadingSettings {
  /** Give up on a dataset after this many milliseconds (default 10 s). */
  readonly timeoutMs: number;
  /** Refuse a dataset larger than this many bytes (default 20 MB). */
  readonly maxBytes: number;
}

let settings: DataLoadingSettings = { timeoutMs: DEFAULT_TIMEOUT_MS, maxBytes: DEFAULT_MAX_BYTES };

/**
 * Sets the page-wide limits the widgets load datasets with, e.g. a longer timeout for a portal on a
 * slow network: `configureDataLoading({ timeoutMs: 20_000 })`. Widgets load through `loadDataset`
 * without options, so this is the only way a host page can change them. Applies to loads started
 * afterwards; returns the settings now in force. Values must be positive finite numbers.
 */
export function configureDataLoading(options: Partial<DataLoadingSettings>): DataLoadingSettings {
  for (const [name, value] of Object.entries(options)) {
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)) {
      throw new RangeError(`configureDataLoading: ${name} must be a positive number of ${name === 'maxBytes' ? 'bytes' : 'milliseconds'}`);
    }
  }
  settings = {
    timeoutMs: options.timeoutMs ?? settings.timeoutMs,
    maxBytes: options.maxBytes ?? settings.maxBytes,
  };
  return settings;
}

/** The page-wide limits in force (see configureDataLoading). */
export function dataLoadingSettings(): DataLoadingSettings {
  return settings;
}

const cache = new Map<string, Promise<Dataset>>();
/** Datasets this module produced by validation: handing one back (a card passing its dataset to a nested gauge) skips re-validation. */
const validatedOutputs = new WeakSet<object>();
const logged = new Set<string>();

/**
 * Fires `reload` (detail: absolute URL) when a dataset is fetched again, and `revalidate` (detail:
 * the object) when a `.dataset` object is validated again, so every widget sharing it follows.
 */
export const datasetEvents = new EventTarget();

export function resolveDatasetUrl(url?: string | null): string {
  if (!url) return OFFICIAL_DATASET_URL;
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url; // reported as a network error by fetch, with the URL as written
  }
}

/**
 * Fetches, parses and validates a dataset. One request per URL per page, however many widgets
 * ask: callers share the in-flight promise and its result (or its failure, until `reload`).
 * Rejects only with DatasetLoadError.
 */
export function loadDataset(url?: string | null, options: LoadOptions = {}): Promise<Dataset> {
  const href = resolveDatasetUrl(url);
  const cached = cache.get(href);
  if (cached && !options.reload) return cached;
  const promise = fetchDataset(href, options);
  cache.set(href, promise);
  // Log each failure once per URL, not once per widget.
  promise.catch((error: DatasetLoadError) => {
    const key = `${href}|${error.kind}|${error.message}`;
    if ((options.hasFallback && error.kind !== 'timeout') || logged.has(key)) return;
    logged.add(key);
    logLoadError(error);
  });
  if (options.reload) datasetEvents.dispatchEvent(new CustomEvent('reload', { detail: href }));
  return promise;
}

/**
 * The console line (and the first 20 problems) behind a widget's "see the browser console". A
 * misspelt field comes first: it is often what hundreds of errors after it come from.
 */
function logLoadError(error: DatasetLoadError): void {
  // The errors, 20 of them, as the widget's box counts them ("the first 20"), after any misspelt
  // field, and before the other warnings.
  const misspelt = error.problems.filter((item) => item.suggestion);
  const rest = error.problems.filter((item) => !item.suggestion);
  const listed = [...rest.filter((item) => item.severity === 'error'), ...rest.filter((item) => item.severity !== 'error')];
  const more = listed.length > 20 ? [`  … ${listed.length - 20} more`] : [];
  const detail = [...[...misspelt, ...listed.slice(0, 20)].map((item) => `  ${formatProblem(item)}`), ...more].join('\n');
  console.error(`[wfp] ${error.message}${detail ? `\n${detail}` : ''}`);
}

/** Forget cached datasets (tests, or a host that knows the file changed). */
export function clearDatasetCache(): void {
  cache.clear();
  logged.clear();
}

// JSON under any of its names (application/json, text/json, application/x-json, application/geo+json),
// text, or bytes of no stated kind (application/octet-stream; binary/octet-stream, what S3 stores
// for an upload without a type). What is refused is what a wrong path or a login brings: a page.
const JSON_TYPES = /^((application|text)\/(x-|[\w.-]+\+)?json|text\/plain|(application|binary)\/octet-stream)(?=$|[\s;])/i;

/**
 * Whether the widgets read a file served with this `Content-Type` (none at all is accepted too).
 * A header sent twice reaches `Headers.get` joined by a comma ("application/json, application/json"
 * behind some proxies); as browsers do, the last type counts.
 */
export function isDatasetContentType(type: string | null | undefined): boolean {
  return !type || JSON_TYPES.test(type.slice(type.lastIndexOf(',') + 1).trim());
}

async function fetchDataset(url: string, options: LoadOptions): Promise<Dataset> {
  const timeoutMs = options.timeoutMs ?? settings.timeoutMs;
  const maxBytes = options.maxBytes ?? settings.maxBytes;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      // A retry must reach the server: a failure or an old file the HTTP cache kept (many hosts
      // send long max-age for every *.json) would otherwise come back without a request.
      response = await fetch(url, { signal: controller.signal, credentials: 'omit', cache: options.reload ? 'no-cache' : 'default' });
    } catch (cause) {
      if (controller.signal.aborted) throw new DatasetLoadError('timeout', url, `Dataset ${url} did not answer within ${timeoutMs / 1000} s`, { cause });
      throw new DatasetLoadError('network', url, `Dataset ${url} could not be reached (${String(cause)})`, { cause });
    }
    if (!response.ok) {
      throw new DatasetLoadError('http', url, `Dataset ${url} answered HTTP ${response.status}`, { status: response.status });
    }
    const type = response.headers.get('content-type') ?? '';
    if (!isDatasetContentType(type)) {
      throw new DatasetLoadError('content-type', url, `Dataset ${url} is "${type}", not JSON`, { status: response.status, contentType: type });
    }
    const bytes = await readLimited(response, maxBytes, url, controller.signal, timeoutMs);
    const decoded = decodeDatasetBytes(bytes);
    if ('notUtf8' in decoded) {
      throw new DatasetLoadError('encoding', url, `Dataset ${url} is not UTF-8 (it looks like ${decoded.notUtf8})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(decoded.text);
    } catch (cause) {
      const located = await locateSyntaxError(decoded.text);
      const syntax = located === 'unavailable' ? null : located;
      const where = syntax ? `${syntax.place.en}: ${syntax.reason.en}${syntax.excerpt && `; near ${syntax.excerpt}`}` : String(cause);
      throw new DatasetLoadError('json', url, `Dataset ${url} is not valid JSON (${printable(where)})`, {
        cause,
        ...(syntax && { syntax }),
        ...(located === 'unavailable' && { syntaxCheckerMissing: true }),
      });
    }
    if (await isOfficialBytes(bytes)) {
      validatedOutputs.add(json as object);
      return json as Dataset;
    }
    return await checkedDataset(validate(json), url, `Dataset ${url}`);
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: Response, maxBytes: number, url: string, signal: AbortSignal, timeoutMs: number): Promise<Uint8Array> {
  // The message names the declared size only: how far a streamed body got before the limit depends
  // on chunking, and a message that changes between attempts would be logged again on every retry.
  const tooLarge = (declared?: number) =>
    new DatasetLoadError(
      'too-large',
      url,
      `Dataset ${url} is larger than the limit of ${formatByteSize(maxBytes)}${declared === undefined ? '' : ` (${formatByteSize(declared)})`}`,
      { maxBytes },
    );
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    // Abandon the body so the browser stops downloading what will never be read.
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge(declared);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (cause) {
    if (cause instanceof DatasetLoadError) throw cause;
    if (signal.aborted) throw new DatasetLoadError('timeout', url, `Dataset ${url} did not finish within ${timeoutMs / 1000} s`, { cause });
    throw new DatasetLoadError('network', url, `Dataset ${url} was cut off (${String(cause)})`, { cause });
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Validation results per `.dataset` object, kept as promises: the widgets handed one object all ask
 * before the first validation has finished (the validator is still loading), and must share it —
 * memoising only the finished result made 100 gauges validate the 400 kB dataset 100 times.
 */
const validated = new WeakMap<object, Promise<ParseResult>>();

/**
 * Validates a dataset given as an object (the `.dataset` property). Memoised per object so 20
 * widgets handed the same object validate it once, and a failure is logged once. `revalidate`
 * forgets the verdict first (the retry button: the page may have corrected the object in place).
 * Asynchronous because the validator is loaded on first use; rejects only with DatasetLoadError.
 */
export async function useDatasetObject(input: unknown, options: { revalidate?: boolean } = {}): Promise<Dataset> {
  const key = typeof input === 'object' && input !== null ? input : null;
  if (key && options.revalidate) validated.delete(key);
  else if (key && validatedOutputs.has(key)) return input as Dataset;
  const known = key ? validated.get(key) : undefined;
  const pending = known ?? validate(input);
  if (key && !known) {
    validated.set(key, pending);
    // A validator that failed to load is not a verdict on the data: the next attempt tries again.
    pending.catch(() => validated.delete(key));
  }
  const checked = checkedDataset(pending, undefined, 'The dataset property', !known);
  if (!known) {
    checked.catch((error: DatasetLoadError) => {
      // Once per object and verdict: a retry that finds the same problems says nothing new.
      const verdict = `${error.message}|${error.problems.map((item) => item.path).join(',')}`;
      if (key && loggedVerdicts.get(key) === verdict) return;
      if (key) loggedVerdicts.set(key, verdict);
      logLoadError(error);
    });
  }
  // Every widget showing this object follows a revalidation (as every widget on a URL follows a reload).
  if (options.revalidate) datasetEvents.dispatchEvent(new CustomEvent('revalidate', { detail: input }));
  return checked;
}

/** The last failure logged per `.dataset` object. */
const loggedVerdicts = new WeakMap<object, string>();

/**
 * The dataset a validation produced, or the load error a widget shows: `validator` when the
 * validator itself could not be loaded, `schema` with every problem when the data is invalid.
 * `what` starts the console message ("Dataset https://…", "The dataset property"); `first` is false
 * for a later widget awaiting a validation already under way, so its warnings are logged once.
 */
async function checkedDataset(pending: Promise<ParseResult>, url: string | undefined, what: string, first = true): Promise<Dataset> {
  let result: ParseResult;
  try {
    result = await pending;
  } catch (cause) {
    throw new DatasetLoadError('validator', url, `The dataset validator could not be loaded (${String(cause)})`, { cause });
  }
  if (!result.ok) {
    const errors = result.problems.filter((item) => item.severity === 'error');
    throw new DatasetLoadError('schema', url, `${what} does not match the schema (${errors.length} problem${errors.length === 1 ? '' : 's'})`, {
      problems: result.problems,
    });
  }
  // The widgets show a dataset with warnings, so nothing on the page tells its author that part of
  // the file was ignored: a misspelt optional field (`facilties`: a locator without facilities), or
  // fields of a newer format. The console does, once. Not the other warnings: figures printed as the
  // source prints them (the official file's own "구비 50% 별도") are no fault of the page.
  const ignored = first ? result.warnings.filter((item) => item.code === 'unknown-field' || item.code === 'newer-schema-version') : [];
  if (ignored.length > 0) {
    console.warn(`[wfp] ${what} is shown, but part of it is ignored:\n${ignored.slice(0, 20).map((item) => `  ${formatProblem(item)}`).join('\n')}`);
  }
  validatedOutputs.add(result.dataset);
  return result.dataset;
}
