import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/execution-gauge/execution-gauge.js';
import '../../src/components/facility-locator/facility-locator.js';
import '../../src/components/program-card/program-card.js';
import '../../src/components/program-card/program-list.js';
import '../../src/components/staffing-table/staffing-table.js';
import { englishCatalog } from '../../src/i18n/english.js';
import type { WfpErrorEvent } from '../../src/events/wfp-error-event.js';

// Its own file, so its page starts with no English words loaded: switching the page to English
// then passes through a moment in which every widget waits for them.

const errorText = (element: Element) => (element.shadowRoot?.querySelector('[part="error"]')?.textContent ?? '').replace(/\s+/g, ' ');

describe('switching the page language does not report an error again', () => {
  it('one wfp-error and one console line per widget, in Korean and then in English', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (String(args[0]).startsWith('[wfp]')) warnings.push(String(args[0]));
      warn.apply(console, args);
    };
    const kinds: string[] = [];
    const onError = (event: Event) => kinds.push(`${(event.target as Element).localName}:${(event as WfpErrorEvent).detail.kind}`);
    document.addEventListener('wfp-error', onError);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<wfp-execution-gauge department="없는과"></wfp-execution-gauge>
      <wfp-staffing-table measure="salary"></wfp-staffing-table>
      <wfp-program-card program="no-such-program"></wfp-program-card>
      <wfp-program-list division="없는과"></wfp-program-list>
      <wfp-facility-locator district="busan"></wfp-facility-locator>`;
    try {
      document.documentElement.lang = 'ko';
      document.body.append(wrapper);
      const widgets = [...wrapper.children];
      await waitUntil(() => widgets.every((w) => errorText(w) !== ''), 'every widget shows its error', { timeout: 10_000 });
      expect(kinds).to.have.length(5);
      expect(warnings).to.have.length(5);
      expect(englishCatalog() !== undefined, 'English loaded before the switch').to.equal(false);

      document.documentElement.lang = 'en';
      await waitUntil(() => englishCatalog() !== undefined, 'English words loaded', { timeout: 10_000 });
      await waitUntil(() => widgets.every((w) => /[a-z]{4}/.test(errorText(w)) && !/[가-힣]{4} /.test(errorText(w).slice(0, 12))), 'every box in English', { timeout: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(kinds, kinds.join(', ')).to.have.length(5);
      expect(warnings, warnings.join('\n')).to.have.length(5);
    } finally {
      document.documentElement.lang = 'ko';
      document.removeEventListener('wfp-error', onError);
      console.warn = warn;
      wrapper.remove();
    }
  });
});
