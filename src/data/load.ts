import { parseDataset } from '../schema/parse.js';
import { formatProblem } from '../schema/problems.js';
import type { Dataset } from '../schema/types.js';
import { DatasetLoadError } from './errors.js';
import { OFFICIAL_DATASET_URL } from './official.js';

export interface LoadOptions {
  /** Give up after this many milliseconds (default 10 s). */
  timeoutMs?: number;
  /** Refuse responses larger than this many bytes (default 20 MB). */
  maxBytes?: number;
  /** Drop a cached result or failure and fetch again (a retry). */
  reload?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const cache = new Map<string, Promise<Dataset>>();
/** Datasets this module produced by validation: handing one back (a card passing its dataset to a nested gauge) skips re-validation. */
const validatedOutputs = new WeakSet<object>();
const logged = new Set<string>();

/** Fires `reload` (detail: absolute URL) when a dataset is fetched again, so every widget sharing it follows. */
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
    if (logged.has(key)) return;
    logged.add(key);
    const detail = error.problems.slice(0, 20).map((item) => `  ${formatProblem(item)}`).join('\n');
    console.error(`[wfp] ${error.message}${detail ? `\n${detail}` : ''}`);
  });
  if (options.reload) datasetEvents.dispatchEvent(new CustomEvent('reload', { detail: href }));
  return promise;
}

/** Forget cached datasets (tests, or a host that knows the file changed). */
export function clearDatasetCache(): void {
  cache.clear();
  logged.clear();
}

const JSON_TYPES = /^(application\/(.+\+)?json|text\/json|text\/plain|application\/octet-stream)\b/i;

async function fetchDataset(url: string, options: LoadOptions): Promise<Dataset> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    } catch (cause) {
      if (controller.signal.aborted) throw new DatasetLoadError('timeout', url, `Dataset ${url} did not answer within ${timeoutMs / 1000} s`, { cause });
      throw new DatasetLoadError('network', url, `Dataset ${url} could not be reached (${String(cause)})`, { cause });
    }
    if (!response.ok) {
      throw new DatasetLoadError('http', url, `Dataset ${url} answered HTTP ${response.status}`, { status: response.status });
    }
    const type = response.headers.get('content-type');
    if (type && !JSON_TYPES.test(type)) {
      throw new DatasetLoadError('content-type', url, `Dataset ${url} is "${type}", not JSON`, { status: response.status });
    }
    const text = await readLimited(response, maxBytes, url, controller.signal, timeoutMs);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new DatasetLoadError('json', url, `Dataset ${url} is not valid JSON (${String(cause)})`, { cause });
    }
    const result = parseDataset(json);
    if (!result.ok) {
      const errors = result.problems.filter((item) => item.severity === 'error');
      throw new DatasetLoadError('schema', url, `Dataset ${url} does not match the schema (${errors.length} problem${errors.length === 1 ? '' : 's'})`, {
        problems: result.problems,
      });
    }
    validatedOutputs.add(result.dataset);
    return result.dataset;
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: Response, maxBytes: number, url: string, signal: AbortSignal, timeoutMs: number): Promise<string> {
  const tooLarge = (size: number) =>
    new DatasetLoadError('too-large', url, `Dataset ${url} is ${Math.round(size / 1024 / 1024)} MB or more; the limit is ${Math.round(maxBytes / 1024 / 1024)} MB`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(declared);
  if (!response.body) return response.text();
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
        throw tooLarge(size);
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
  return new TextDecoder().decode(bytes);
}

const validated = new WeakMap<object, ReturnType<typeof parseDataset>>();

/**
 * Validates a dataset given as an object (the `.dataset` property). Memoised per object so 20
 * widgets handed the same object validate it once.
 */
export function useDatasetObject(input: unknown): Dataset {
  if (typeof input === 'object' && input !== null && validatedOutputs.has(input)) return input as Dataset;
  const key = typeof input === 'object' && input !== null ? input : null;
  const result = (key && validated.get(key)) ?? parseDataset(input);
  if (key) validated.set(key, result);
  if (!result.ok) {
    const errors = result.problems.filter((item) => item.severity === 'error');
    throw new DatasetLoadError('schema', undefined, `The dataset property does not match the schema (${errors.length} problem${errors.length === 1 ? '' : 's'})`, {
      problems: result.problems,
    });
  }
  validatedOutputs.add(result.dataset);
  return result.dataset;
}
