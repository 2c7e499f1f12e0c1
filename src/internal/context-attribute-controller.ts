import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchContextAttributes } from './attribute-watch.js';

/**
 * Keeps `value` equal to `resolve(host)` — a setting inherited from the page such as the locale
 * (`lang`) or the colour theme (`theme`) — and re-renders the host when the page changes it
 * anywhere above the host (a portal's language or dark-mode toggle) or on the host itself.
 */
export class ContextAttributeController<T> implements ReactiveController {
  value: T;
  private stop?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly resolve: (element: Element) => T,
    initial: T,
  ) {
    this.value = initial;
    host.addController(this);
  }

  hostConnected(): void {
    // Re-resolved on every connect, with a re-render when it differs: a widget moved into another
    // section of the page (or put back after being taken out) takes that section's language and theme.
    this.refresh();
    this.stop = watchContextAttributes(this.host, () => this.refresh());
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }

  /** Re-resolves now; hosts call this when their own `lang`/`theme` property changes. */
  refresh(): void {
    const next = this.resolve(this.host);
    if (next !== this.value) {
      this.value = next;
      this.host.requestUpdate();
    }
  }
}
