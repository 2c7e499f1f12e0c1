import type { ReactiveElement } from 'lit';

const nativeDataset = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'dataset')!.get!;
const slot = Symbol('wfp-dataset');

type WithSlot = ReactiveElement & { [slot]?: unknown };

/**
 * Installs the `.dataset` property the widgets and `<wfp-data>` accept: a dataset object in the
 * shared schema. `dataset` is also HTMLElement's `data-*` map, so while it is unset the getter
 * returns the native map and scripts using `el.dataset.foo` keep working.
 */
export function installDatasetProperty(prototype: ReactiveElement): void {
  Object.defineProperty(prototype, 'dataset', {
    configurable: true,
    enumerable: true,
    get(this: WithSlot) {
      return this[slot] ?? nativeDataset.call(this);
    },
    set(this: WithSlot, value: unknown) {
      const old = this[slot];
      this[slot] = value ?? undefined;
      this.requestUpdate('dataset', old);
    },
  });
}

/** What `.dataset` was set to, or undefined. */
export function datasetInputOf(element: ReactiveElement): unknown {
  return (element as WithSlot)[slot];
}
