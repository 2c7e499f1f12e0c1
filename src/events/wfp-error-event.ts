import type { Problem } from '../schema/problems.js';
import type { DatasetErrorKind } from '../data/errors.js';

/**
 * Why a widget shows an error box instead of figures. `data` kinds come from loading the dataset;
 * `not-found` means an id or name the dataset does not have; `invalid-input` an attribute value the
 * widget cannot use (a non-numeric budget, say).
 */
export type WidgetErrorKind = DatasetErrorKind | 'not-found' | 'invalid-input';

export interface WfpErrorDetail {
  readonly kind: WidgetErrorKind;
  /** The same words the widget shows. */
  readonly message: { readonly ko: string; readonly en: string };
  readonly url?: string;
  readonly status?: number;
  /** Schema problems, for `schema` errors. */
  readonly problems?: readonly Problem[];
}

/** Fired (bubbles, composed) once each time a widget enters an error state. */
export class WfpErrorEvent extends Event {
  static readonly eventName = 'wfp-error' as const;

  constructor(readonly detail: WfpErrorDetail) {
    super(WfpErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wfp-error': WfpErrorEvent;
  }
}
