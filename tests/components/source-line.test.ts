import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { DatasetInput } from '../../src/schema/types.js';
import { settle, WIDGET_TAGS } from '../hardening/helpers.js';

const REQUIRED: Partial<Record<(typeof WIDGET_TAGS)[number], string>> = { 'wfp-program-card': 'mom-dad-taxi' };

/** The official figures as a district would republish them: same data, its own source address. */
async function withSourceUrl(sourceUrl?: string): Promise<DatasetInput> {
  const dataset = (await (await fetch('/data/seoul-wfp-2024-03.json')).json()) as DatasetInput;
  if (sourceUrl) dataset.meta.sourceUrl = sourceUrl;
  return dataset;
}

describe('the source line', () => {
  const url = 'https://news.seoul.go.kr/welfare/archives/report-2024-04?lang=ko&x="y"';

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> links the source's title to meta.sourceUrl, as an accessible link of its own`, async () => {
      const el = await fixture(staticHtml`<${unsafeStatic(tag)} program=${REQUIRED[tag] ?? ''}></${unsafeStatic(tag)}>`);
      Object.assign(el, { dataset: await withSourceUrl(url) });
      await settle(el);
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="source-link"]')];
      expect(links.length, tag).to.equal(1);
      expect(links[0]!.getAttribute('href')).to.equal(url);
      expect(links[0]!.textContent).to.equal('서울특별시 여성가족정책실 「주요업무보고」(2024년 4월)');
      expect(links[0]!.target, 'same tab').to.equal('');
      // Not part of a description read out with something else (the staffing table's legend).
      const described = [...el.shadowRoot!.querySelectorAll('[aria-describedby]')].flatMap((node) => node.getAttribute('aria-describedby')!.split(' '));
      expect(described.some((id) => el.shadowRoot!.getElementById(id)?.contains(links[0]!)), 'inside an aria-describedby target').to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('is plain text when the dataset gives no address (the official dataset), and names the city as publisher on every widget', async () => {
    // On a 구청 portal "여성가족정책실" alone would read as the district's own office.
    for (const tag of WIDGET_TAGS) {
      const el = await fixture(staticHtml`<${unsafeStatic(tag)} program=${REQUIRED[tag] ?? ''}></${unsafeStatic(tag)}>`);
      Object.assign(el, { dataset: await withSourceUrl() });
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="source-link"]'), tag).to.equal(null);
      expect(el.shadowRoot!.textContent, tag).to.contain('서울특별시 여성가족정책실 「주요업무보고」(2024년 4월)');
    }
  });

  for (const theme of ['dark', 'high-contrast'] as const) {
    it(`keeps the link readable in the ${theme} theme (axe colour contrast)`, async () => {
      const el = await fixture(staticHtml`<wfp-program-card theme=${theme} program="mom-dad-taxi"></wfp-program-card>`);
      Object.assign(el, { dataset: await withSourceUrl(url) });
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="source-link"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('follows the language: the English citation is the link text on an English widget', async () => {
    const el = await fixture(staticHtml`<wfp-execution-gauge lang="en"></wfp-execution-gauge>`);
    Object.assign(el, { dataset: await withSourceUrl(url) });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="source-link"]')!.textContent).to.equal('Seoul Metropolitan Government, Women & Family Policy Office, Work Report (April 2024)');
  });
});
