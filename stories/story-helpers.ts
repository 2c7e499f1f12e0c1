/**
 * Small helpers for play functions. Widgets render into their shadow root after the dataset has
 * loaded, so a play function waits for the element it wants to act on, as a reader would.
 */
export async function waitForShadowElement<T extends Element>(host: Element, selector: string, timeoutMs = 10_000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const found = host.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    if (performance.now() - started > timeoutMs) throw new Error(`<${host.localName}> rendered no "${selector}" within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
