/**
 * React 19 JSX typings for every element: `tsc` checks property values and event details.
 *
 * ```ts
 * import type {} from 'seoul-wfp-widgets/react'; // once, in any file the app compiles
 * ```
 * React 19 sets a prop as a DOM property when the element has it (`dataset`, `breakdown`, `limit`…),
 * otherwise as an attribute, and `on` + the exact event name adds a listener: `onwfp-error`
 * (not `onWfpError`, which would listen for an event named "WfpError"). Import the element module
 * before the first render so the element is defined when React sets its properties.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { WfpElementTypes, WfpTagName } from './elements.js';

/** `on<event-name>` handler props, with the event's own class (its `detail` typed). */
export type ReactEventHandlers<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/** The JSX props of one element: React's HTML attributes (class, style, ref, key, children…), its own inputs, its events. */
export type WfpReactProps<Tag extends WfpTagName> = Omit<
  DetailedHTMLProps<HTMLAttributes<WfpElementTypes[Tag]['element']>, WfpElementTypes[Tag]['element']>,
  keyof WfpElementTypes[Tag]['props']
> &
  WfpElementTypes[Tag]['props'] &
  ReactEventHandlers<WfpElementTypes[Tag]['events']>;

declare module 'react' {
  // React's own JSX namespace; augmenting it is how custom elements get typed (no runtime namespace).
  namespace JSX {
    interface IntrinsicElements {
      'wfp-data': WfpReactProps<'wfp-data'>;
      'wfp-execution-gauge': WfpReactProps<'wfp-execution-gauge'>;
      'wfp-staffing-table': WfpReactProps<'wfp-staffing-table'>;
      'wfp-program-card': WfpReactProps<'wfp-program-card'>;
      'wfp-program-list': WfpReactProps<'wfp-program-list'>;
      'wfp-facility-locator': WfpReactProps<'wfp-facility-locator'>;
    }
  }
}
