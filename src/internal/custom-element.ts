/**
 * Registers an element like Lit's `@customElement`, but survives a second copy of the library on
 * one page — two script tags with different URLs, or the CDN file beside an npm bundle. Lit's
 * decorator calls `customElements.define` unconditionally, and the second copy's call throws
 * "the name has already been used" into the host page and stops that script. Here the first copy's
 * elements stay in use (a copy that brings elements the first did not still defines those) and one
 * console warning per page, across copies, says what happened.
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
    // No script URL in the message: bundlers replace import.meta.url with a build-machine path.
    console.warn(`[wfp] seoul-wfp-widgets is loaded twice on this page (<${tagName}> was already defined); the first definition of each element is used. Load the library once.`);
  };
}
