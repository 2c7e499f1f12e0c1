import type { ReactiveElement } from 'lit';
import type { Dataset, DatasetInput } from '../schema/types.js';

/** What `.dataset` accepts: a dataset in the shared schema (validated by the widget), or nothing. */
export type DatasetPropertyValue = Dataset | DatasetInput | DOMStringMap | null | undefined;

// Looked up on first use, not when the module loads: server-side rendering (Next.js, Nuxt, Astro)
// imports the elements in Node, where Lit brings its own customElements but there is no HTMLElement.
let nativeGetter: (() => DOMStringMap) | undefined;
const nativeDataset = (element: ReactiveElement): DOMStringMap =>
  (nativeGetter ??= Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'dataset')!.get! as () => DOMStringMap).call(element);
const slot = Symbol('wfp-dataset');

type WithSlot = ReactiveElement & { [slot]?: unknown };

/**
 * The `.dataset` property the widgets and `<wfp-data>` accept. `dataset` is also HTMLElement's
 * `data-*` map, so while no dataset is set the getter returns the native map and scripts using
 * `el.dataset.foo` keep working. (Typed as DOMStringMap for reading, like HTMLElement's.)
 */
export function readDatasetProperty(element: ReactiveElement): DOMStringMap {
  return ((element as WithSlot)[slot] ?? nativeDataset(element)) as DOMStringMap;
}

export function writeDatasetProperty(element: ReactiveElement, value: unknown): void {
  // Assigning the element's own data-* map back (el.dataset = el.dataset) means "no dataset".
  const next = value === nativeDataset(element) ? undefined : (value ?? undefined);
  const old = (element as WithSlot)[slot];
  (element as WithSlot)[slot] = next;
  element.requestUpdate('dataset', old);
}

/** What `.dataset` was set to, or undefined. */
export function datasetInputOf(element: ReactiveElement): unknown {
  return (element as WithSlot)[slot];
}
