/**
 * Counts what a widget can leave behind on a long-lived page: event listeners on things that
 * outlive it (window, document, the page's own elements, non-DOM targets such as the shared
 * dataset event bus or a media query), observers still observing, timers and animation frames
 * still pending. Installed around a mount/unmount loop; everything must return to where it started.
 */

export interface LeakCounts {
  /** Listeners on targets still alive: non-DOM targets and connected light-DOM nodes. */
  listeners: number;
  /** MutationObserver / ResizeObserver / IntersectionObserver instances observing something. */
  observers: number;
  /** setTimeout callbacks neither run nor cleared. */
  timeouts: number;
  /** setInterval timers not cleared. */
  intervals: number;
  /** requestAnimationFrame callbacks neither run nor cancelled. */
  frames: number;
}

type Key = string;

interface ObserverLike {
  observe(target: Node | Element, options?: unknown): void;
  disconnect(): void;
  unobserve?(target: Element): void;
}

export class LeakInstrumentation {
  /** Non-DOM targets (kept strongly: they are long-lived by nature) → listener keys → callbacks. */
  private readonly plainTargets = new Map<EventTarget, Map<Key, Set<unknown>>>();
  /** Light-DOM nodes (held weakly, so the instrumentation itself never keeps a node alive). */
  private readonly nodeTargets = new WeakMap<Node, Map<Key, Set<unknown>>>();
  private readonly nodeRefs: Array<WeakRef<Node>> = [];
  private readonly observing = new Map<ObserverLike, number>();
  private readonly timeouts = new Set<number>();
  private readonly intervals = new Set<number>();
  private readonly frames = new Set<number>();
  private readonly restore: Array<() => void> = [];

  install(): this {
    const self = this;
    const listenerKey = (type: string, options: boolean | AddEventListenerOptions | EventListenerOptions | undefined) =>
      `${type}|${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;

    const originalAdd = EventTarget.prototype.addEventListener;
    const originalRemove = EventTarget.prototype.removeEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, callback: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (callback) self.addListener(this, listenerKey(type, options), callback);
      return originalAdd.call(this, type, callback, options);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, callback: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (callback) self.listenersOf(this, false)?.get(listenerKey(type, options))?.delete(callback);
      return originalRemove.call(this, type, callback, options);
    };
    this.restore.push(() => {
      EventTarget.prototype.addEventListener = originalAdd;
      EventTarget.prototype.removeEventListener = originalRemove;
    });

    for (const Observer of [MutationObserver, ResizeObserver, IntersectionObserver] as Array<{ prototype: ObserverLike }>) {
      const proto = Observer.prototype;
      const { observe, disconnect, unobserve } = proto;
      proto.observe = function (this: ObserverLike, target: Element, options?: unknown) {
        self.observing.set(this, (self.observing.get(this) ?? 0) + 1);
        return observe.call(this, target, options);
      };
      proto.disconnect = function (this: ObserverLike) {
        self.observing.delete(this);
        return disconnect.call(this);
      };
      if (unobserve) {
        proto.unobserve = function (this: ObserverLike, target: Element) {
          const left = (self.observing.get(this) ?? 1) - 1;
          if (left <= 0) self.observing.delete(this);
          else self.observing.set(this, left);
          return unobserve.call(this, target);
        };
      }
      this.restore.push(() => {
        proto.observe = observe;
        proto.disconnect = disconnect;
        if (unobserve) proto.unobserve = unobserve;
      });
    }

    const { setTimeout: originalSetTimeout, clearTimeout: originalClearTimeout, setInterval: originalSetInterval, clearInterval: originalClearInterval } = window;
    const { requestAnimationFrame: originalRaf, cancelAnimationFrame: originalCancelRaf } = window;
    window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
      const id: number = originalSetTimeout(
        (...inner: unknown[]) => {
          self.timeouts.delete(id);
          if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
        },
        timeout,
        ...args,
      );
      self.timeouts.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) self.timeouts.delete(id);
      originalClearTimeout(id);
    }) as typeof window.clearTimeout;
    window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
      const id = originalSetInterval(handler, timeout, ...args);
      self.intervals.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) self.intervals.delete(id);
      originalClearInterval(id);
    }) as typeof window.clearInterval;
    window.requestAnimationFrame = (callback: FrameRequestCallback) => {
      const id = originalRaf((time) => {
        self.frames.delete(id);
        callback(time);
      });
      self.frames.add(id);
      return id;
    };
    window.cancelAnimationFrame = (id: number) => {
      self.frames.delete(id);
      originalCancelRaf(id);
    };
    this.restore.push(() => {
      Object.assign(window, {
        setTimeout: originalSetTimeout,
        clearTimeout: originalClearTimeout,
        setInterval: originalSetInterval,
        clearInterval: originalClearInterval,
        requestAnimationFrame: originalRaf,
        cancelAnimationFrame: originalCancelRaf,
      });
    });
    return this;
  }

  uninstall(): void {
    for (const undo of this.restore.splice(0).reverse()) undo();
  }

  /**
   * Listeners inside a widget's shadow root live and die with it (Lit's @click bindings): only
   * targets in the document itself, or outside the DOM, are tracked.
   */
  private listenersOf(target: EventTarget, create: boolean): Map<Key, Set<unknown>> | undefined {
    if (target instanceof Node) {
      if (target.getRootNode() instanceof ShadowRoot) return undefined;
      let map = this.nodeTargets.get(target);
      if (!map && create) {
        map = new Map();
        this.nodeTargets.set(target, map);
        this.nodeRefs.push(new WeakRef(target));
      }
      return map;
    }
    let map = this.plainTargets.get(target);
    if (!map && create) this.plainTargets.set(target, (map = new Map()));
    return map;
  }

  private addListener(target: EventTarget, key: Key, callback: unknown): void {
    const map = this.listenersOf(target, true);
    if (!map) return;
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(callback);
  }

  counts(): LeakCounts {
    let listeners = 0;
    for (const map of this.plainTargets.values()) for (const set of map.values()) listeners += set.size;
    for (const ref of this.nodeRefs) {
      const node = ref.deref();
      // A listener on a node that left the page goes with the node.
      if (!node || !node.isConnected) continue;
      for (const set of this.nodeTargets.get(node)?.values() ?? []) listeners += set.size;
    }
    return {
      listeners,
      observers: this.observing.size,
      timeouts: this.timeouts.size,
      intervals: this.intervals.size,
      frames: this.frames.size,
    };
  }
}
