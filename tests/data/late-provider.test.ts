import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../../src/components/staffing-table/staffing-table.js';
import type { WfpStaffingTable } from '../../src/components/staffing-table/staffing-table.js';

// Its own page: <wfp-data> must not be defined before the widget is, as on a page that imports
// `seoul-wfp-widgets/staffing-table` first and `seoul-wfp-widgets/data` (or wfp-data) after it.
const official = await (await fetch('/data/seoul-wfp-2024-03.json')).json();
// The caption names the dataset by its title: the district's, once <wfp-data> has been defined.
const district = { ...official, meta: { ...official.meta, title: { ...official.meta.title, ko: '가상구 여성가족과 자료' } } };
const url = URL.createObjectURL(new Blob([JSON.stringify(district)], { type: 'application/json' }));

describe('a <wfp-data> defined after the widgets inside it', () => {
  it('still gives them its dataset', async () => {
    expect(customElements.get('wfp-data')).to.equal(undefined);
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    const wrapper = document.createElement('div');
    try {
      wrapper.innerHTML = `<wfp-data src="${url}"><wfp-staffing-table></wfp-staffing-table></wfp-data>`;
      document.body.append(wrapper);
      const table = wrapper.querySelector<WfpStaffingTable>('wfp-staffing-table')!;
      await import('../../src/components/data/wfp-data.js');
      await waitUntil(() => table.shadowRoot?.textContent?.includes('가상구 여성가족과 자료'), 'the table does not show the provider’s dataset', { timeout: 10000 });
      // The table is inside: no warning that no widget is.
      await aTimeout(20);
      expect(warnings.filter((line) => line.includes('<wfp-data'))).to.deep.equal([]);
    } finally {
      console.warn = originalWarn;
      wrapper.remove();
    }
  });
});
