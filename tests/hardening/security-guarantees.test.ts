/**
 * The guarantees SECURITY.md makes, checked on every widget type rendering the official dataset:
 * requests only to the page's own origin, without cookies (credentials 'omit'); no cookie or Web
 * Storage access; styles only through constructable stylesheets and the CSSOM (no <style>, no style
 * attribute — what a strict Content-Security-Policy needs); no inline event handlers or script URLs.
 * (The page-level strict-CSP test is tests/node/demo.test.ts.)
 */
import { expect } from '@open-wc/testing';
import { clearDatasetCache } from '../../src/data/index.js';
import { deepElements, faultUrl, settle, watchPage, WIDGET_TAGS } from './helpers.js';

/** Every widget type with attributes that make it draw its richest state (bars, arcs, links). */
function mountAll(container: HTMLElement): void {
  const attributes: Record<string, Record<string, string>> = {
    'wfp-execution-gauge': { department: 'children', breakdown: '', pace: 'auto', limit: '3' },
    'wfp-staffing-table': { bars: '' },
    'wfp-program-card': { program: 'mom-dad-taxi' },
    'wfp-program-list': { 'program-ids': 'mom-dad-taxi,idolbom-childcare-service' },
    // Boundaries from a URL: the second kind of request a widget makes.
    'wfp-facility-locator': { district: 'geumcheon', 'boundaries-src': faultUrl('404', 'no-boundaries') },
  };
  for (const tag of WIDGET_TAGS) {
    const widget = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes[tag] ?? {})) widget.setAttribute(name, value);
    container.append(widget);
  }
  const bar = document.createElement('wfp-execution-gauge');
  bar.setAttribute('variant', 'bar');
  bar.setAttribute('pace', 'auto');
  container.append(bar);
}

describe('hardening: security guarantees of SECURITY.md', function () {
  this.timeout(30_000);
  let container: HTMLElement;
  beforeEach(() => {
    clearDatasetCache();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('requests go only to the page’s origin, never with credentials; no cookie, Web Storage or IndexedDB access', async () => {
    const calls: Array<{ url: string; credentials: RequestCredentials | undefined }> = [];
    const storage: string[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input instanceof Request ? input.url : input), credentials: init?.credentials });
      return originalFetch(input, init);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get() {
        storage.push('read document.cookie');
        return cookie.get!.call(this);
      },
      set(value: string) {
        storage.push('wrote document.cookie');
        cookie.set!.call(this, value);
      },
    });
    const storageMethods = ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const;
    const originals = storageMethods.map((name) => Storage.prototype[name]);
    storageMethods.forEach((name, index) => {
      (Storage.prototype as unknown as Record<string, unknown>)[name] = function (this: Storage, ...args: unknown[]) {
        storage.push(`Storage.${name}`);
        return (originals[index] as (...a: unknown[]) => unknown).apply(this, args);
      };
    });
    const originalOpen = indexedDB.open.bind(indexedDB);
    indexedDB.open = (...args: Parameters<IDBFactory['open']>) => {
      storage.push('indexedDB.open');
      return originalOpen(...args);
    };
    const started = performance.now();
    try {
      mountAll(container);
      await settle(container);
      await new Promise((resolve) => setTimeout(resolve, 100)); // the boundaries request
    } finally {
      window.fetch = originalFetch;
      Object.defineProperty(Document.prototype, 'cookie', cookie);
      storageMethods.forEach((name, index) => ((Storage.prototype as unknown as Record<string, unknown>)[name] = originals[index]));
      indexedDB.open = originalOpen;
    }
    expect(calls.length, 'dataset and boundaries requests').to.be.at.least(2);
    for (const call of calls) {
      expect(new URL(call.url, location.href).origin, call.url).to.equal(location.origin);
      expect(call.credentials, `credentials of ${call.url}`).to.equal('omit');
    }
    // Everything the browser fetched meanwhile (scripts, data, images, fonts) came from this origin.
    const resources = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= started);
    for (const entry of resources) expect(new URL(entry.name).origin, entry.name).to.equal(location.origin);
    expect(storage).to.deep.equal([]);
  });

  it('styles come only from constructable stylesheets and the CSSOM: no <style> or <link> in any shadow root, style attributes never written', async () => {
    const styleWrites: string[] = [];
    const originalSetAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name.toLowerCase() === 'style' && (this.getRootNode() instanceof ShadowRoot || this.localName.startsWith('wfp-'))) {
        styleWrites.push(`<${this.localName}> style="${value}"`);
      }
      return originalSetAttribute.call(this, name, value);
    };
    const watch = watchPage();
    try {
      mountAll(container);
      await settle(container);
    } finally {
      Element.prototype.setAttribute = originalSetAttribute;
      watch.stop();
    }
    expect(styleWrites, 'style attributes a strict CSP would drop').to.deep.equal([]);
    const hosts = deepElements(container).filter((element) => element.shadowRoot);
    expect(hosts.length).to.be.at.least(WIDGET_TAGS.length);
    for (const host of hosts) {
      const root = host.shadowRoot!;
      expect(root.adoptedStyleSheets.length, `<${host.localName}> adopted stylesheets`).to.be.at.least(1);
      expect(root.querySelectorAll('style, link').length, `<${host.localName}> <style>/<link>`).to.equal(0);
    }
    // The figures still reach the stylesheet: the bar's fill width is a CSSOM custom property.
    const barFill = container.lastElementChild!.shadowRoot!.querySelector<HTMLElement>('.bar-fill')!;
    expect(barFill.style.getPropertyValue('--_fill')).to.match(/^\d+(\.\d+)?%$/);
    expect(watch.errors).to.deep.equal([]);
  });

  it('no inline event-handler attributes, no javascript: or data: URLs, links only tel:', async () => {
    mountAll(container);
    await settle(container);
    const elements = deepElements(container);
    for (const element of elements) {
      for (const attribute of Array.from(element.attributes)) {
        expect(attribute.name.startsWith('on'), `${attribute.name} on <${element.localName}>`).to.equal(false);
        expect(/^\s*(javascript|data|vbscript):/i.test(attribute.value), `${attribute.name}="${attribute.value}"`).to.equal(false);
      }
    }
    const links = elements.filter((element) => element.localName === 'a');
    expect(links.length).to.be.at.least(1);
    for (const link of links) expect(link.getAttribute('href')).to.match(/^tel:[\d-]+$/);
  });
});
