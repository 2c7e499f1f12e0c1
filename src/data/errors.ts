import type { JsonSyntaxError } from '../schema/json-syntax.js';
import type { Problem } from '../schema/problems.js';

/** Why a dataset could not be used. Widgets show a message per kind; hosts can switch on it. */
export type DatasetErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'content-type'
  | 'too-large'
  | 'json'
  /** Saved in another encoding than UTF-8 (EUC-KR or UTF-16, as Korean Windows tools default to). */
  | 'encoding'
  | 'schema'
  /** The validator's own file (imported on first use) could not be loaded: a network problem, not the data's. */
  | 'validator';

export class DatasetLoadError extends Error {
  override readonly name = 'DatasetLoadError';

  constructor(
    readonly kind: DatasetErrorKind,
    readonly url: string | undefined,
    message: string,
    readonly details: {
      status?: number;
      problems?: readonly Problem[];
      cause?: unknown;
      contentType?: string;
      maxBytes?: number;
      /** Where a `json` error is and what most likely went wrong (absent if that could not be worked out). */
      syntax?: JsonSyntaxError;
      /** The file that finds `syntax` (wfp-json-syntax.js beside the CDN script) could not be loaded. */
      syntaxCheckerMissing?: boolean;
    } = {},
  ) {
    super(message);
  }

  get status(): number | undefined {
    return this.details.status;
  }

  get problems(): readonly Problem[] {
    return this.details.problems ?? [];
  }
}

export function isDatasetLoadError(value: unknown): value is DatasetLoadError {
  return value instanceof DatasetLoadError;
}
