import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a count must stay the same before it is announced (typing pauses are longer). */
export const SETTLE_MS = 600;

/**
 * A polite announcement that waits for the text to settle. Result counts change with every
 * keystroke (with a Korean IME, with every jamo); a live region that follows them makes screen
 * readers queue or cut off a string of stale counts. The visible count updates at once; this text,
 * rendered in a visually hidden `role="status"` element, follows once the typing pauses.
 *
 * The first text is taken as it is, without a wait: it is there when the widget appears, and a
 * live region's initial content is not announced (nor should a page load read out counts).
 */
export class SettledAnnouncement implements ReactiveController {
  /** What the live region shows now. */
  text = '';
  private latest: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Call with the current text on every render; returns what the live region should show. */
  follow(next: string): string {
    if (this.latest === null) {
      this.latest = this.text = next;
    } else if (next !== this.latest) {
      this.latest = next;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.text = next;
        this.host.requestUpdate();
      }, SETTLE_MS);
    }
    return this.text;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // Reconnected later, the widget shows its count again without announcing it.
    this.latest = null;
  }
}
