/** What changed the filters: lets a host page decide, say, to push history only for a district. */
export type FilterChangeCause = 'district' | 'types' | 'query' | 'open-now' | 'reset';

export interface WfpFilterChangeDetail {
  /** District id (`gangseo`), or null for all of Seoul. */
  readonly district: string | null;
  /** Selected facility type ids; empty means every type. */
  readonly types: readonly string[];
  readonly query: string;
  readonly openNow: boolean;
  readonly cause: FilterChangeCause;
}

/**
 * Fired (bubbles, composed) by `<wfp-facility-locator>` when the user changes a filter — never when
 * a script sets the attributes — so a host page can mirror the state in its own URL.
 */
export class WfpFilterChangeEvent extends Event {
  static readonly eventName = 'wfp-filter-change' as const;

  constructor(readonly detail: WfpFilterChangeDetail) {
    super(WfpFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wfp-filter-change': WfpFilterChangeEvent;
  }
}
