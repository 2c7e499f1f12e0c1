/**
 * One MutationObserver for the whole page, shared by every widget, watching the attributes that
 * change how widgets look (`lang`, `theme`, and a KRDS page's `data-krds-mode`, see theme.ts). A page
 * with 20 widgets gets one observer, not 20, and the observer disconnects when the last widget leaves
 * so long-lived pages do not leak it.
 */
const WATCHED = ['lang', 'theme', 'data-krds-mode'];

type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | null = null;

function notifyAll(): void {
  for (const listener of listeners) listener();
}

function observe(target: Node): void {
  observer?.observe(target, { attributes: true, attributeFilter: WATCHED, subtree: true });
}

/**
 * Calls `listener` whenever `lang` or `theme` changes on the document or, for an element inside a
 * shadow root, anywhere in that shadow root (the document-wide subtree observer does not enter
 * shadow roots).
 * Returns the function that stops watching.
 */
export function watchContextAttributes(element: Element, listener: Listener): () => void {
  if (!observer) {
    observer = new MutationObserver(notifyAll);
    observe(document.documentElement);
  }
  listeners.add(listener);
  // A widget inside another widget's shadow root (a gauge in a program card, a card in a list)
  // inherits `lang` from that widget's wrapper (`<div part="base" lang=…>`), which lives in the
  // shadow root where the document-wide observer cannot see it. Without watching that root, the
  // nested widget kept the old language after the page switched. The root's subtree includes the
  // element itself.
  const root = element.getRootNode();
  if (root instanceof ShadowRoot) observe(root);
  else if (!document.documentElement.contains(element)) observe(element);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && observer) {
      observer.disconnect();
      observer = null;
    }
  };
}

/** Number of listeners currently watching (for leak tests). */
export function watcherCount(): number {
  return listeners.size;
}

/**
 * The closest element carrying `attribute`, starting at `element` and climbing out of shadow roots
 * through their hosts, so a widget inside another component still inherits the page's setting.
 */
export function closestAttribute(element: Element, attribute: string): string | null {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest(`[${attribute}]`);
    if (found) return found.getAttribute(attribute);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
