import type { ProgramSort } from '../components/program-card/program-catalog.js';

export interface WfpProgramFilterChangeDetail {
  /** The search text as typed. */
  readonly query: string;
  /** Department id of the division filter, or null for all divisions. */
  readonly division: string | null;
  /** District id of the district filter, or null for all districts. */
  readonly district: string | null;
  readonly sort: ProgramSort;
  /** Programs shown after the change. */
  readonly resultCount: number;
  /** Their ids, in the order shown. */
  readonly programIds: readonly string[];
}

/**
 * Fired (bubbles, composed) by `<wfp-program-list>` when the reader changes the search, a filter or
 * the sort — never when a script sets the attributes.
 */
export class WfpProgramFilterChangeEvent extends Event {
  static readonly eventName = 'wfp-program-filter-change' as const;

  constructor(readonly detail: WfpProgramFilterChangeDetail) {
    super(WfpProgramFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wfp-program-filter-change': WfpProgramFilterChangeEvent;
  }
}
