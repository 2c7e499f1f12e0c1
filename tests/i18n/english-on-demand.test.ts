import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/execution-gauge/execution-gauge.js';
import '../../src/components/staffing-table/staffing-table.js';
import type { WfpExecutionGauge } from '../../src/components/execution-gauge/execution-gauge.js';
import type { WfpStaffingTable } from '../../src/components/staffing-table/staffing-table.js';
import { englishCatalog } from '../../src/i18n/english.js';
import { executionGaugeLabels } from '../../src/i18n/execution-gauge.js';
import { settle } from '../hardening/helpers.js';

// Each test file runs in a page of its own, so this one starts with no English words loaded. The
// tests run in order: Korean page first (English must not load), then English.

/** Requests for the English file (src/i18n/en/index.ts here; wfp-en.js beside a CDN script). */
const englishRequests = () => performance.getEntriesByType('resource').filter((entry) => /\/i18n\/en\/index\.ts|wfp-en\.js/.test(entry.name)).length;
const text = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('English words load on demand', () => {
  it('a Korean page never loads them; before they load, English error messages are there and the rest falls back to Korean', async () => {
    const gauge = await fixture<WfpExecutionGauge>(html`<wfp-execution-gauge lang="ko"></wfp-execution-gauge>`);
    await settle(gauge);
    expect(text(gauge)).to.include('예산 집행률');
    expect(englishRequests()).to.equal(0);
    expect(englishCatalog() !== undefined, 'English loaded').to.equal(false);
    // What a wfp-error carries in English is always at hand …
    expect(executionGaugeLabels.en.errors.invalidPace('x')).to.equal('The pace value "x" is not supported. Use "auto" or a number from 0 to 100 (percent).');
    expect(executionGaugeLabels.en.noExecutionData).to.equal('This dataset has no budget execution figures.');
    // … the widget's face in English is not, and never a missing label.
    expect(executionGaugeLabels.en.caption).to.equal('예산 집행률');
  });

  it('an English widget shows its loading state, then its figures in English, with one request for every widget', async () => {
    // Built by hand rather than with fixture(), which waits a frame: time enough for the English file
    // to arrive from the browser cache. Lit's first render takes microtasks only; an import takes a task.
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    wrapper.innerHTML = `<wfp-execution-gauge budget="1000000" spent="250000" label="Pilot"></wfp-execution-gauge>
      <wfp-execution-gauge></wfp-execution-gauge>
      <wfp-staffing-table></wfp-staffing-table>
      <wfp-staffing-table id="taken-out"></wfp-staffing-table>`;
    document.body.append(wrapper);
    const [fromAttributes, gauge] = [...wrapper.querySelectorAll('wfp-execution-gauge')] as [WfpExecutionGauge, WfpExecutionGauge];
    const table = wrapper.querySelector<WfpStaffingTable>('wfp-staffing-table')!;
    const takenOut = wrapper.querySelector<WfpStaffingTable>('#taken-out')!;
    // Figures from attributes need no dataset and could show at once, but never with stand-in
    // words: until the English file is in, the widget shows its loading state.
    await fromAttributes.updateComplete;
    expect(englishCatalog() !== undefined, 'English loaded').to.equal(false);
    // A widget a page takes out while the words load (a tab switch in a CMS) and puts back later.
    takenOut.remove();
    // (A boolean: chai would print a whole custom element in its failure message.)
    expect(fromAttributes.shadowRoot!.querySelector('[role="meter"]') !== null, 'a meter is drawn before the English words are in').to.equal(false);
    expect(text(fromAttributes)).to.include('Loading data');
    await settle(wrapper);
    expect(fromAttributes.shadowRoot!.querySelector('[role="meter"]')?.getAttribute('aria-valuetext')).to.include(' spent of ');
    expect(englishCatalog() !== undefined, 'English loaded').to.equal(true);
    expect(text(gauge)).to.include('Budget execution');
    expect(text(gauge)).not.to.include('예산 집행률');
    expect(text(table)).to.include('Download CSV');
    expect(englishRequests()).to.equal(1);
    expect(executionGaugeLabels.en.caption).to.equal('Budget execution');
    // Put back after the words arrived: English, like the rest of the section.
    await takenOut.updateComplete;
    wrapper.append(takenOut);
    await settle(takenOut);
    expect(text(takenOut)).to.include('Download CSV');
    expect(takenOut.shadowRoot!.querySelector('.base')?.getAttribute('lang')).to.equal('en');
    wrapper.remove();
  });

  it('a widget moved into another section of the page takes its language and theme', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <section lang="ko" theme="light"><wfp-execution-gauge budget="1000000" spent="250000"></wfp-execution-gauge></section>
      <section lang="en" theme="dark"></section>
    </div>`);
    const gauge = page.querySelector<WfpExecutionGauge>('wfp-execution-gauge')!;
    await settle(gauge);
    const base = () => gauge.shadowRoot!.querySelector('.base')!;
    expect(text(gauge)).to.include('예산 집행률');
    expect([base().getAttribute('lang'), base().getAttribute('data-theme')]).to.deep.equal(['ko', 'light']);
    page.querySelector('section[lang="en"]')!.append(gauge);
    await settle(gauge);
    expect(text(gauge)).to.include('Budget execution');
    expect([base().getAttribute('lang'), base().getAttribute('data-theme')]).to.deep.equal(['en', 'dark']);
  });

  it('a widget switched from Korean to English speaks English (the words are loaded by now)', async () => {
    const gauge = await fixture<WfpExecutionGauge>(html`<wfp-execution-gauge lang="ko"></wfp-execution-gauge>`);
    await settle(gauge);
    expect(text(gauge)).to.include('예산 집행률');
    gauge.setAttribute('lang', 'en');
    await settle(gauge);
    expect(text(gauge)).to.include('Budget execution');
  });
});
