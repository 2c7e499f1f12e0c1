/**
 * Long-lived pages: every widget type is mounted and unmounted 1,000 times on one page. Nothing
 * may pile up — listeners on the page or on shared objects, observers, timers, animation frames, the
 * shared lang/theme watcher — and after a forced garbage collection (Chrome DevTools Protocol, see
 * memory-commands.mjs) the page holds no more DOM nodes, JS listeners or detached nodes than a
 * small bound allows.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { clearDatasetCache } from '../../src/data/index.js';
import { watcherCount } from '../../src/internal/attribute-watch.js';
import { smallDataset } from './datasets.js';
import { settle, watchPage, type WidgetTag } from './helpers.js';
import { LeakInstrumentation, type LeakCounts } from './instrumentation.js';

interface DomCounters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
  /** Nodes in detached trees still alive (null when this Chromium lacks DOM.getDetachedDomNodes). */
  detached: number | null;
}

const domCounters = () => executeServerCommand<DomCounters, undefined>('wfp-dom-counters');

/**
 * Mounts per widget type: 1,000 each, as the issue asks (3–10 ms per mount on the 2-core CI machine in
 * Lit dev mode, about 35 s for the file). A leak of a whole widget shows after a few dozen mounts; slow
 * growth (a cache keyed per instance, a listener every tenth mount) needs the long run to cross the bound.
 */
const MOUNTS = 1000;
/**
 * Allowed growth of DOM nodes, JS listeners and detached nodes after GC over the whole loop. Measured
 * growth is 0; a leak of one node per ten mounts (100) would cross it.
 */
const GROWTH_BOUND = 99;
const CASES: ReadonlyArray<{ tag: WidgetTag; mounts: number; attributes: Record<string, string>; byUrl?: Record<string, string> }> = [
  { tag: 'wfp-execution-gauge', mounts: MOUNTS, attributes: { department: 'children', breakdown: '', pace: 'auto' } },
  { tag: 'wfp-staffing-table', mounts: MOUNTS, attributes: { bars: '' } },
  { tag: 'wfp-program-card', mounts: MOUNTS, attributes: { program: 'care-leavers' }, byUrl: { program: 'mom-dad-taxi' } },
  { tag: 'wfp-program-list', mounts: MOUNTS, attributes: { district: 'gangseo' } },
  { tag: 'wfp-facility-locator', mounts: MOUNTS, attributes: { district: 'dongjak', 'open-now': '' } },
];

/** Served by fault-server.mjs (the official dataset); loaded once, then from the shared cache. */
const DATASET_URL = '/__fault/data/ok/long-lived.json';

const ZERO: LeakCounts = { listeners: 0, observers: 0, timeouts: 0, intervals: 0, frames: 0 };

describe('hardening: long-lived pages (mount/unmount loops)', function () {
  this.timeout(300_000);
  const dataset = smallDataset();
  let container: HTMLElement;

  beforeEach(() => {
    clearDatasetCache();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  /** One widget in, rendered, out. `byUrl` adjusts attributes to the official dataset the URL serves. */
  async function mountOnce(tag: WidgetTag, attributes: Record<string, string>, withSrc: string | null, byUrl?: Record<string, string>): Promise<void> {
    const widget = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
    if (withSrc) {
      widget.setAttribute('src', withSrc);
      for (const [name, value] of Object.entries(byUrl ?? {})) widget.setAttribute(name, value);
    }
    else (widget as unknown as { dataset: unknown }).dataset = dataset;
    container.append(widget);
    await settle(widget);
    widget.remove();
  }

  for (const { tag, mounts, attributes, byUrl } of CASES) {
    it(`<${tag}> mounted and unmounted ${mounts} times: no growth in listeners, observers, timeouts, intervals, animation frames; watcherCount() back to 0; DOM nodes, JS listeners and detached nodes bounded after GC`, async () => {
      const watch = watchPage();
      // Warm up: shared caches (number formats, templates, the dataset memo) are made once, not leaked.
      for (let i = 0; i < 5; i += 1) await mountOnce(tag, attributes, null);
      await mountOnce(tag, attributes, DATASET_URL, byUrl);
      expect(watcherCount(), 'watchers after warm-up').to.equal(0);
      const before = await domCounters();

      const started = performance.now();
      const instrumentation = new LeakInstrumentation().install();
      let after: LeakCounts;
      try {
        for (let i = 0; i < mounts; i += 1) {
          // Every tenth mount loads by URL (the shared cache and its reload listener), the rest by object.
          await mountOnce(tag, attributes, i % 10 === 0 ? DATASET_URL : null, byUrl);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
        after = instrumentation.counts();
      } finally {
        instrumentation.uninstall();
        watch.stop();
      }
      expect(after, 'left behind by the widgets').to.deep.equal(ZERO);
      expect(watcherCount(), 'shared lang/theme watchers').to.equal(0);
      expect(watch.errors).to.deep.equal([]);
      expect(watch.thrown).to.deep.equal([]);

      const afterDom = await domCounters();
      const bound = GROWTH_BOUND;
      console.log(`<${tag}> ${mounts} mounts in ${Math.round(performance.now() - started)} ms: DOM nodes ${before.nodes} → ${afterDom.nodes}, JS listeners ${before.jsEventListeners} → ${afterDom.jsEventListeners}, detached ${before.detached} → ${afterDom.detached}`);
      expect(afterDom.nodes - before.nodes, 'DOM node growth after GC').to.be.at.most(bound);
      expect(afterDom.jsEventListeners - before.jsEventListeners, 'JS event listener growth after GC').to.be.at.most(bound);
      if (before.detached !== null && afterDom.detached !== null) {
        expect(afterDom.detached - before.detached, 'detached node growth after GC').to.be.at.most(bound);
      }
    });
  }

  it('the detector is sound: 50 unmounted widgets still referenced by the page show up as node growth beyond the bound', async () => {
    const before = await domCounters();
    const retained: HTMLElement[] = [];
    for (let i = 0; i < 50; i += 1) {
      const widget = document.createElement('wfp-staffing-table');
      (widget as unknown as { dataset: unknown }).dataset = dataset;
      container.append(widget);
      await settle(widget);
      widget.remove();
      retained.push(widget); // the leak: a page script keeping removed widgets
    }
    const after = await domCounters();
    expect(after.nodes - before.nodes, 'node growth from 50 retained widgets').to.be.greaterThan(GROWTH_BOUND);
    if (before.detached !== null && after.detached !== null) expect(after.detached - before.detached).to.be.greaterThan(50);
    expect(retained).to.have.length(50);
  });
});
