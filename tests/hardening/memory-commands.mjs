// A web-test-runner server command for the long-lived-page tests: forces a full garbage collection
// in the test page through the Chrome DevTools Protocol (the runner's puppeteer page), then reports
// the renderer's live DOM node and JS event-listener counts and the detached DOM trees still alive.
// Called from the browser with executeServerCommand('wfp-dom-counters').

/** Counts every node of a detached tree reported by DOM.getDetachedDomNodes (the root and its retained descendants). */
function detachedNodeCount(detachedNodes) {
  return detachedNodes.reduce((sum, info) => sum + 1 + (info.retainedNodeIds?.length ?? 0), 0);
}

export function memoryCommands() {
  return {
    name: 'wfp-memory-commands',
    async executeCommand({ command, session }) {
      if (command !== 'wfp-dom-counters') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('wfp-dom-counters needs Chromium through puppeteer (@web/test-runner-chrome)');
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        // Several passes: the first collection can free objects whose finalisers release more.
        for (let pass = 0; pass < 3; pass += 1) await cdp.send('HeapProfiler.collectGarbage');
        const counters = await cdp.send('Memory.getDOMCounters');
        let detached = null;
        try {
          await cdp.send('DOM.enable');
          const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
          detached = detachedNodeCount(detachedNodes);
        } catch {
          detached = null; // an older Chromium without DOM.getDetachedDomNodes: the node count still bounds growth
        }
        return { documents: counters.documents, nodes: counters.nodes, jsEventListeners: counters.jsEventListeners, detached };
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
  };
}
