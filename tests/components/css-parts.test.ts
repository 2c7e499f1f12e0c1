/**
 * Designers style the widgets through `::part()`, and find the names in Storybook's "css shadow
 * parts" table and in editors, both read from custom-elements.json (`@csspart` in each element's
 * doc comment). A part drawn but not documented is one nobody can find, and one a later change may
 * rename without anyone noticing; so every part each widget draws, in its main states, is listed.
 */
import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { faultUrl, settle, uniqueKey, type WidgetTag } from '../hardening/helpers.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
}

/** The states that between them draw every part: plain, breakdown and bar, a district chosen, a failure. */
const STATES: [WidgetTag, Record<string, string>][] = [
  ['wfp-execution-gauge', {}],
  ['wfp-execution-gauge', { department: 'early-childhood', breakdown: '' }],
  ['wfp-execution-gauge', { department: 'early-childhood', variant: 'bar', pace: '' }],
  ['wfp-staffing-table', { bars: '' }],
  ['wfp-program-card', { program: 'mom-dad-taxi' }],
  ['wfp-program-list', { district: 'gangseo' }],
  ['wfp-program-list', { query: '존재하지 않는 사업' }],
  ['wfp-facility-locator', {}],
  ['wfp-facility-locator', { district: 'gangseo' }],
];

async function render(tag: WidgetTag, attributes: Record<string, string>): Promise<HTMLElement> {
  const element = await fixture<HTMLElement>(staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await settle(element);
  return element;
}

/** Part names in the widget's own shadow tree (a card's nested gauge documents its own). */
const drawnParts = (element: HTMLElement) => new Set([...element.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)));

describe('CSS parts', () => {
  let documented: Map<string, Set<string>>;
  before(async () => {
    const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as Manifest;
    documented = new Map(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map((declaration) => [declaration.tagName!, new Set((declaration.cssParts ?? []).map((part) => part.name))]),
    );
  });

  for (const [tag, attributes] of STATES) {
    it(`<${tag} ${Object.keys(attributes).join(' ')}> draws only documented parts`, async () => {
      const element = await render(tag, attributes);
      const drawn = drawnParts(element);
      expect(drawn.size, `${tag}: parts drawn`).to.be.greaterThan(2);
      expect([...drawn].filter((part) => !documented.get(tag)!.has(part)), `${tag}: parts missing from custom-elements.json`).to.deep.equal([]);
    });
  }

  for (const tag of new Set(STATES.map(([tag]) => tag))) {
    it(`<${tag}> documents its error box`, async () => {
      const element = await render(tag, { src: faultUrl('404', uniqueKey('parts')), program: 'mom-dad-taxi' });
      expect([...drawnParts(element)]).to.include('error');
      expect(documented.get(tag)!.has('error'), tag).to.equal(true);
    });
  }
});
