/**
 * Vue 3 typings for every element (`GlobalComponents`), so `vue-tsc` checks SFC templates:
 * property values and the event passed to `@wfp-error` and the other listeners.
 *
 * ```ts
 * import type {} from 'seoul-wfp-widgets/vue'; // once, e.g. in env.d.ts
 * ```
 * The app must still tell Vue's compiler these are custom elements
 * (`compilerOptions.isCustomElement: (tag) => tag.startsWith('wfp-')`). Vue sets a binding as a DOM
 * property when the element has it (`:dataset`, `:breakdown`, `:limit`…), otherwise as an attribute.
 * The shape follows the Vue guide's "Web Components and TypeScript" recipe.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { WfpElementTypes, WfpTagName } from './elements.js';

/**
 * vue-tsc checks a static `headline-level="4"` against the camelised prop, `headlineLevel`, with the
 * text "4", which the widget takes (as an attribute it is read as a number). So number props accept
 * their digits as text here; React's JSX keeps them numbers (`headlineLevel={4}`).
 */
export type VueTemplateProps<Props> = { [Key in keyof Props]: number extends Props[Key] ? Props[Key] | `${number}` : Props[Key] };

/** One element as Vue's template type-checker sees a component: `$props` for bindings, `$emit` for listeners. */
export type WfpVueElement<Tag extends WfpTagName> = new () => WfpElementTypes[Tag]['element'] & {
  /** @deprecated For template type-checking only; the element has no `$props`. */
  $props: Omit<HTMLAttributes, keyof WfpElementTypes[Tag]['props']> & VueTemplateProps<WfpElementTypes[Tag]['props']> & PublicProps;
  /** @deprecated For template type-checking only; the element has no `$emit`. */
  $emit: EmitFn<{ [Name in keyof WfpElementTypes[Tag]['events']]: (event: WfpElementTypes[Tag]['events'][Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'wfp-data': WfpVueElement<'wfp-data'>;
    'wfp-execution-gauge': WfpVueElement<'wfp-execution-gauge'>;
    'wfp-staffing-table': WfpVueElement<'wfp-staffing-table'>;
    'wfp-program-card': WfpVueElement<'wfp-program-card'>;
    'wfp-program-list': WfpVueElement<'wfp-program-list'>;
    'wfp-facility-locator': WfpVueElement<'wfp-facility-locator'>;
  }
}
