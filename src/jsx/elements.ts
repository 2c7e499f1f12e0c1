/**
 * What each element accepts from a framework template, shared by the React (`./react.ts`) and Vue
 * (`./vue.ts`) typings. Properties are picked from the element classes so the typings cannot drift
 * from the components (a property that takes a fixed set of values is typed as that set on the
 * class too, and an attribute outside it gets an error box). Type-only: no runtime code.
 */
import type { WfpData } from '../components/data/wfp-data.js';
import type { WfpExecutionGauge } from '../components/execution-gauge/execution-gauge.js';
import type { WfpFacilityLocator } from '../components/facility-locator/facility-locator.js';
import type { WfpProgramCard } from '../components/program-card/program-card.js';
import type { WfpProgramList } from '../components/program-card/program-list.js';
import type { WfpStaffingTable } from '../components/staffing-table/staffing-table.js';
import type { WfpErrorEvent } from '../events/wfp-error-event.js';
import type { WfpFilterChangeEvent } from '../events/wfp-filter-change-event.js';
import type { WfpProgramFilterChangeEvent } from '../events/wfp-program-filter-change-event.js';
import type { Dataset, DatasetInput } from '../schema/types.js';
import type { ThemeName } from '../theme/theme.js';

/**
 * `.dataset` is property-only: frameworks set it as a DOM property because the element has it.
 * (HTMLElement's own `dataset` is the `data-*` map; the widgets redefine it.)
 */
export interface DatasetProps {
  /** A dataset object in the shared schema (validated on assignment). Wins over `src`. */
  dataset?: DatasetInput | Dataset | null;
}

/** Inputs every widget shares (`WidgetElement`). `lang` comes from the frameworks' own HTML attributes. */
export interface WidgetProps extends DatasetProps {
  /** URL of a dataset in the shared schema. */
  src?: string | null;
  /** `light`, `dark`, `high-contrast` or `auto` (follows the operating system). Unset: the page's `color-scheme`. */
  theme?: ThemeName;
}

export type WfpDataProps = DatasetProps &
  Partial<Pick<WfpData, 'src'>> & {
    /** The theme of every widget inside (widgets follow a `theme` attribute on any ancestor). */
    theme?: ThemeName;
  };

export type WfpExecutionGaugeProps = WidgetProps &
  Partial<Pick<WfpExecutionGauge, 'department' | 'line' | 'label' | 'unit' | 'variant' | 'breakdown' | 'sort'>> & {
    /** `auto` (the year elapsed at the data's as-of date) or a percent, as a number or its text (`pace={40}`). */
    pace?: number | string | null;
    /** Won, as a number or its text (`budget={1200000000}` or `budget="1200000000"`). */
    budget?: number | string | null;
    spent?: number | string | null;
    /** Lines shown in a breakdown; the attribute form (`limit="5"`, Vue's static attribute) too. */
    limit?: number | `${number}` | null;
  };

export type WfpStaffingTableProps = WidgetProps & Partial<Pick<WfpStaffingTable, 'measure' | 'department' | 'categories' | 'bars'>>;

export type WfpProgramCardProps = WidgetProps &
  Partial<Pick<WfpProgramCard, 'program' | 'unit' | 'compact' | 'headlineLevel'>> & {
    /** Attribute form of `headlineLevel`, for server-rendered HTML. */
    'headline-level'?: number | `${number}`;
  };

export type WfpProgramListProps = WidgetProps &
  Partial<Pick<WfpProgramList, 'programIds' | 'division' | 'department' | 'query' | 'sort' | 'unit' | 'full' | 'headlineLevel'>> & {
    /** An id, a name or the 5-digit code, also as a number (`district={11500}`). */
    district?: string | number | null;
    /** Attribute form of `programIds`. */
    'program-ids'?: string | null;
    /** Attribute form of `headlineLevel`. */
    'headline-level'?: number | `${number}`;
    /** Cards shown before "전체 N개 보기"; the attribute form (`limit="9"`, Vue's static attribute) too. */
    limit?: number | `${number}` | null;
  };

export type WfpFacilityLocatorProps = WidgetProps &
  Partial<Pick<WfpFacilityLocator, 'types' | 'query' | 'openNow' | 'boundariesSrc' | 'boundaries' | 'now' | 'headlineLevel'>> & {
    /** An id, a name or the 5-digit code, also as a number (`district={11500}`). */
    district?: string | number | null;
    /** Attribute form of `openNow`. */
    'open-now'?: boolean;
    /** Attribute form of `boundariesSrc`. */
    'boundaries-src'?: string | null;
    /** Attribute form of `headlineLevel`. */
    'headline-level'?: number | `${number}`;
  };

/** Events every widget fires. */
export interface WidgetEvents {
  'wfp-error': WfpErrorEvent;
}

export interface WfpFacilityLocatorEvents extends WidgetEvents {
  'wfp-filter-change': WfpFilterChangeEvent;
}

export interface WfpProgramListEvents extends WidgetEvents {
  'wfp-program-filter-change': WfpProgramFilterChangeEvent;
}

/**
 * What a `<wfp-data>` hears: it fires nothing itself, but its widgets' events bubble through it, so
 * one listener on it (README: "one listener on the page or a container") hears them all.
 */
export interface WfpDataEvents extends WfpFacilityLocatorEvents, WfpProgramListEvents {}

/** Every element: its class, what a template may set on it, and the events it fires. */
export interface WfpElementTypes {
  'wfp-data': { element: WfpData; props: WfpDataProps; events: WfpDataEvents };
  'wfp-execution-gauge': { element: WfpExecutionGauge; props: WfpExecutionGaugeProps; events: WidgetEvents };
  'wfp-staffing-table': { element: WfpStaffingTable; props: WfpStaffingTableProps; events: WidgetEvents };
  'wfp-program-card': { element: WfpProgramCard; props: WfpProgramCardProps; events: WidgetEvents };
  'wfp-program-list': { element: WfpProgramList; props: WfpProgramListProps; events: WfpProgramListEvents };
  'wfp-facility-locator': { element: WfpFacilityLocator; props: WfpFacilityLocatorProps; events: WfpFacilityLocatorEvents };
}

export type WfpTagName = keyof WfpElementTypes;
