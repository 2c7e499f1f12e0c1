/**
 * Moves the keyboard focus to an element that is not a stop in the tab order (a widget's box, a
 * row), focusable for this once only: it leaves the tab order again when the focus moves on.
 * Buttons and other focusable elements are just focused.
 */
export function focusOnce(target: HTMLElement, options?: FocusOptions): void {
  if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
    target.tabIndex = -1;
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus(options);
}
