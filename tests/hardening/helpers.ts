/**
 * Shared tools of the hardening suite: the misbehaving server's control endpoints
 * (tests/hardening/fault-server.mjs), a deep walk through shadow roots, waiting until every widget
 * has settled, and a watch on what a host page would notice (console errors, uncaught exceptions).
 */
import { waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import '../../src/index.js';
import type { Locale } from '../../src/i18n/locale.js';

export const WIDGET_TAGS = [
  'wfp-execution-gauge',
  'wfp-staffing-table',
  'wfp-program-card',
  'wfp-program-list',
  'wfp-facility-locator',
] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

// ── The misbehaving server ─────────────────────────────────────────────────────────────────

let keySerial = 0;
/** A key no earlier test used, so request counts and cached failures never mix between tests. */
export function uniqueKey(prefix: string): string {
  keySerial += 1;
  return `${prefix}-${Date.now().toString(36)}-${keySerial}`;
}

export function faultUrl(fault: string, key: string, title?: string): string {
  return `/__fault/data/${fault}/${key}.json${title ? `?title=${encodeURIComponent(title)}` : ''}`;
}

async function control<T>(path: string): Promise<T> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const faults = {
  /** Requests the server saw for `key`. */
  count: async (key: string) => (await control<{ count: number }>(`/__fault/count?key=${key}`)).count,
  /** From now on every fault URL of `key` answers the official dataset (or fails again). */
  recover: (key: string, recovered = true) => control(`/__fault/control?key=${key}&recovered=${recovered ? 1 : 0}`),
  reset: () => control('/__fault/reset'),
  /** A loopback URL whose port nothing listens on (connection refused). */
  refused: () => control<{ url: string; listening: boolean; count: number }>('/__fault/refused'),
  /** Starts (or stops) a loopback server on the refused port: the connection recovers. */
  listenRefused: (on: boolean) => control<{ listening: boolean; count: number }>(`/__fault/refused/listen?on=${on ? 1 : 0}`),
};

// ── Walking the composed tree ──────────────────────────────────────────────────────────────

/** Every element under `root`, descending into open shadow roots (widgets nest widgets). */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const child of Array.from(node.children)) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return out;
}

export function deepQueryAll(root: Element | ShadowRoot, selector: string): Element[] {
  return deepElements(root).filter((element) => element.matches(selector));
}

/** Every text node a reader sees (not CSS), through shadow roots, in document order. */
function deepTextNodes(root: Element | ShadowRoot): string[] {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    if (node instanceof Element && node.localName === 'style') return;
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(root);
  return parts;
}

/** The text a reader sees (minus CSS), through shadow roots, with whitespace collapsed. */
export function deepText(root: Element | ShadowRoot): string {
  return deepTextNodes(root).join('').replace(/\s+/g, ' ').trim();
}

/** The same, without collapsing whitespace (payloads with line breaks and tabs): one text node per line. */
export function deepRawText(root: Element | ShadowRoot): string {
  return deepTextNodes(root).join('\n');
}

// ── Waiting ────────────────────────────────────────────────────────────────────────────────

interface WidgetInternals {
  widget?: { data?: { complete?: Promise<unknown>; idle?: boolean }; state?: { status: string } };
}

/**
 * What a widget shows ('loading' | 'ready' | 'error'), read through its controller: its data, and on
 * an English page 'loading' until the English words are in as well; 'idle' for one that needs no
 * data (a gauge with figures of its own), whose data state reads as loading.
 */
export function dataStatus(element: Element): string | undefined {
  const widget = (element as unknown as WidgetInternals).widget;
  return widget?.data?.idle ? 'idle' : widget?.state?.status;
}

const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();
/** Yields one macrotask (no 4 ms clamp as nested setTimeout(0) has), so pending tasks and renders run. */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves once every Lit element under `root` (nested ones included) has loaded its data and
 * rendered, and nothing is pending any more. Nested widgets appear only after their parent renders,
 * hence the loop.
 */
export async function settle(root: Element, timeout = 15_000): Promise<void> {
  const started = performance.now();
  for (;;) {
    const elements = [root, ...deepElements(root)].filter((element): element is ReactiveElement => element instanceof ReactiveElement);
    await Promise.all(elements.map((element) => (element as unknown as WidgetInternals).widget?.data?.complete));
    await Promise.all(elements.map((element) => element.updateComplete));
    await macrotask();
    const again = [root, ...deepElements(root)].filter((element): element is ReactiveElement => element instanceof ReactiveElement);
    const busy = again.some((element) => element.isUpdatePending || dataStatus(element) === 'loading');
    if (!busy && again.length === elements.length) return;
    if (performance.now() - started > timeout) {
      const pending = again.filter((element) => element.isUpdatePending || dataStatus(element) === 'loading').map((element) => `<${element.localName}> ${dataStatus(element) ?? ''}`);
      const before = new Set<Element>(elements);
      const added = again.filter((element) => !before.has(element)).map((element) => `<${element.localName}>`);
      throw new Error(`widgets did not settle within ${timeout} ms: ${[...pending, ...added.map((name) => `${name} added`)].join(', ')}`);
    }
  }
}

export function waitFor(predicate: () => boolean, message: string, timeout = 15_000): Promise<void> {
  return waitUntil(predicate, message, { timeout, interval: 20 });
}

// ── What a host page notices ───────────────────────────────────────────────────────────────

export interface PageWatch {
  /** console.error calls, each joined to one string. */
  readonly errors: string[];
  readonly warnings: string[];
  /** Uncaught exceptions and unhandled promise rejections. */
  readonly thrown: string[];
  stop(): void;
}

/** Spies on console.error / console.warn and listens for `error` and `unhandledrejection` on window. */
export function watchPage(): PageWatch {
  const errors: string[] = [];
  const warnings: string[] = [];
  const thrown: string[] = [];
  const originalError = console.error;
  const originalWarn = console.warn;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  };
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  const onError = (event: ErrorEvent) => thrown.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => thrown.push(`unhandledrejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    warnings,
    thrown,
    stop() {
      console.error = originalError;
      console.warn = originalWarn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Sets `<html lang>` (the page's locale) and returns the function that restores it. */
export function setPageLang(locale: Locale): () => void {
  const html = document.documentElement;
  const previous = html.getAttribute('lang');
  html.setAttribute('lang', locale);
  return () => (previous === null ? html.removeAttribute('lang') : html.setAttribute('lang', previous));
}

/**
 * Elements reaching outside the column, unless a box of the widget that scrolls (the staffing
 * table's, a card's KPI table) holds them, where the reader can scroll to them. A box that clips
 * (`overflow: hidden` or `clip`) does not excuse them: what it cuts off is lost to the reader, the
 * very failure these checks are for. Only the visually hidden text is meant to be cut.
 */
export function overflowing(container: HTMLElement): string[] {
  const column = container.getBoundingClientRect();
  const held = (element: Element): boolean => {
    if (element.closest('.visually-hidden')) return true;
    let node: Element | null = element;
    while (node && node !== container) {
      const parent: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
      if (!parent || parent === container) return false;
      const overflowX = getComputedStyle(parent).overflowX;
      if (overflowX === 'auto' || overflowX === 'scroll') return true;
      node = parent;
    }
    return false;
  };
  const out: string[] = [];
  for (const element of deepElements(container)) {
    // Shapes inside an <svg> are painted within it (and the gauge clips its rotating arc with a
    // clipPath, whose bounding box the DOM does not apply): the <svg> element itself is checked.
    if (element instanceof SVGElement && element.localName !== 'svg') continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.right <= column.right + 1 && rect.left >= column.left - 1) continue;
    if (held(element)) continue;
    out.push(`<${element.localName} class="${element.getAttribute('class') ?? ''}"> spans ${Math.round(rect.left - column.left)}…${Math.round(rect.right - column.left)} px`);
  }
  return out;
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
