/**
 * Registers an element like Lit's `@customElement`, but survives a second copy of the library on
 * one page — two script tags with different URLs, or the CDN file beside an npm bundle. Lit's
 * decorator calls `customElements.define` unconditionally, and the second copy's call throws
 * "the name has already been used" into the host page and stops that script. Here the first copy's
 * elements stay in use and one console warning (per page, across copies) says what happened.
 *
 * Named `customElement` so the manifest analyzer still reads the tag name from it.
 */
const WARNED = Symbol.for('seoul-wfp-widgets.loaded-twice');

export function customElement(tagName: string) {
  return (element: CustomElementConstructor): void => {
    const existing = customElements.get(tagName);
    if (existing === undefined) {
      customElements.define(tagName, element);
      return;
    }
    if (existing === element) return;
    const page = globalThis as { [WARNED]?: true };
    if (page[WARNED]) return;
    page[WARNED] = true;
    console.warn(`[wfp] seoul-wfp-widgets is loaded twice; the first copy is used. Remove this one: ${import.meta.url}`);
  };
}
