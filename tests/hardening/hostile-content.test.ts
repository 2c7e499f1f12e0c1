/**
 * Hostile content: every payload of the XSS corpus goes into every text field of a dataset at once,
 * and every widget renders it in a 320 px column. Each must come out as inert text — no element or
 * attribute the same widgets do not draw for harmless text, no script run (window.__xss stays 0),
 * nothing wider than the column, `tel:` links only from the validated phone numbers. Fields the
 * schema validates (phone numbers, the source URL, ids, districts, dates) must refuse the payload.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { clearDatasetCache } from '../../src/data/index.js';
import type { Locale } from '../../src/i18n/locale.js';
import { parseDataset } from '../../src/schema/parse.js';
import type { DatasetInput } from '../../src/schema/types.js';
import { XSS_CORPUS, type Payload } from './corpus.js';
import { HOSTILE_PHONES, hostileDataset, REJECTED_FIELDS } from './datasets.js';
import { deepElements, deepRawText, nextFrame, overflowing, settle, watchPage } from './helpers.js';

const COLUMN_PX = 320;

/** The widgets and what they show of the dataset: every field kind is on screen in at least one. */
const WIDGETS: ReadonlyArray<{ tag: string; attributes: Record<string, string> }> = [
  { tag: 'wfp-execution-gauge', attributes: { department: 'children', breakdown: '' } },
  { tag: 'wfp-staffing-table', attributes: { department: 'children' } },
  { tag: 'wfp-program-card', attributes: { program: 'hostile-program' } },
  { tag: 'wfp-program-card', attributes: { program: 'budget-note-program' } },
  { tag: 'wfp-program-list', attributes: { full: '' } },
  { tag: 'wfp-facility-locator', attributes: {} },
];

interface Rendered {
  container: HTMLElement;
  widgets: HTMLElement[];
}

async function renderAll(dataset: DatasetInput, locale: Locale): Promise<Rendered> {
  const container = document.createElement('div');
  container.style.width = `${COLUMN_PX}px`;
  container.setAttribute('lang', locale);
  const widgets = WIDGETS.map(({ tag, attributes }) => {
    const widget = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
    (widget as unknown as { dataset: unknown }).dataset = dataset;
    container.append(widget);
    return widget;
  });
  document.body.append(container);
  await settle(container);
  // Open every disclosure so the overview, plans, contacts and tables take part in the layout check.
  for (const details of deepElements(container).filter((element): element is HTMLDetailsElement => element instanceof HTMLDetailsElement)) {
    details.open = true;
  }
  await nextFrame();
  return { container, widgets };
}

/** Tag names and attribute names a subtree uses: what markup the widgets draw, whatever the text. */
function markupSignature(root: Element): Set<string> {
  const signature = new Set<string>();
  for (const element of deepElements(root)) {
    signature.add(element.localName);
    for (const attribute of Array.from(element.attributes)) signature.add(`${element.localName}[${attribute.name}]`);
  }
  return signature;
}

function describe_(payload: Payload): string {
  const shown = payload.text.length > 60 ? `${payload.text.slice(0, 40)}… (${payload.text.length} chars)` : payload.text;
  return `${payload.label}: ${JSON.stringify(shown)}`;
}

describe('hardening: hostile content (XSS corpus in every text field, 6 widgets, 320 px column)', function () {
  this.timeout(30_000);
  const baseline = new Map<Locale, Set<string>>();
  let rendered: Rendered | null = null;

  before(async () => {
    window.__xss = 0;
    // What the widgets draw for harmless text with a line break: the only markup any payload may produce.
    for (const locale of ['ko', 'en'] as const) {
      clearDatasetCache();
      const harmless = await renderAll(hostileDataset('안전한 글자\n두 번째 줄'), locale);
      baseline.set(locale, markupSignature(harmless.container));
      harmless.container.remove();
    }
  });

  afterEach(() => {
    rendered?.container.remove();
    rendered = null;
  });

  it(`the corpus has at least 30 payloads (${XSS_CORPUS.length})`, () => {
    expect(XSS_CORPUS.length).to.be.at.least(30);
  });

  XSS_CORPUS.forEach((payload, index) => {
    const locale: Locale = index % 2 === 0 ? 'ko' : 'en';
    it(`#${index + 1} ${describe_(payload)} — inert text in every text field of all widgets [${locale}]; no script, no new markup, no overflow at 320 px, tel: links only from validated phones; phone/URL/id/district/date fields reject it`, async () => {
      const dataset = hostileDataset(payload.text);
      const parsed = parseDataset(dataset);
      expect(parsed.ok, 'a payload is valid free text').to.equal(true);

      const watch = watchPage();
      try {
        rendered = await renderAll(dataset, locale);
        await aTimeout(30); // an injected <img onerror> would fire by now
        await nextFrame();
        expect(window.__xss, 'script run by the payload').to.equal(0);

        // Inert text: the payload is in each widget's text nodes, verbatim.
        for (const widget of rendered.widgets) {
          const text = deepRawText(widget);
          const lines = payload.text.split('\n');
          // The program card keeps the report's line breaks as <br>: each line is verbatim text then.
          for (const line of lines) expect(text.includes(line), `<${widget.localName} ${widget.getAttribute('program') ?? ''}> shows the payload as text`).to.equal(true);
        }
        // The budget note stands in for an amount: it must read as the payload, never as a label lookup.
        const noteCard = rendered.widgets[3]!;
        const amount = noteCard.shadowRoot!.querySelector('.budget-amount');
        expect(amount?.textContent, 'budget note').to.equal(payload.text);

        // No markup beyond what the widgets draw for harmless text.
        const signature = markupSignature(rendered.container);
        const unexpected = [...signature].filter((entry) => !baseline.get(locale)!.has(entry));
        expect(unexpected, 'elements or attributes the payload added').to.deep.equal([]);
        for (const element of deepElements(rendered.container)) {
          for (const attribute of Array.from(element.attributes)) {
            expect(attribute.name.startsWith('on'), `inline handler ${attribute.name} on <${element.localName}>`).to.equal(false);
            if (attribute.name === 'style' || attribute.name === 'href' || attribute.name === 'src') {
              expect(attribute.value.includes(payload.text), `payload inside ${attribute.name}`).to.equal(false);
            }
          }
        }

        // Links: tel: only, built from the validated numbers.
        const links = deepElements(rendered.container).filter((element) => element.localName === 'a');
        expect(links.length, 'phone links').to.be.at.least(2);
        const allowed = HOSTILE_PHONES.flatMap((phone) => [`tel:${phone}`, `tel:${phone.replace(/-/g, '')}`]);
        for (const link of links) expect(allowed, 'link target').to.include(link.getAttribute('href'));

        // Layout: nothing wider than the column (scrolling boxes of the widgets excepted).
        expect(overflowing(rendered.container), 'elements outside the 320 px column').to.deep.equal([]);
        for (const widget of rendered.widgets) expect(widget.getBoundingClientRect().width).to.be.at.most(COLUMN_PX);

        expect(watch.errors, 'console errors').to.deep.equal([]);
        expect(watch.thrown, 'uncaught errors').to.deep.equal([]);
      } finally {
        watch.stop();
      }

      // Validated fields refuse the payload, with the problem at that field.
      for (const field of REJECTED_FIELDS) {
        if (field.accepts?.(payload.text)) continue; // a well-formed value for that field (an https:// URL, a kebab-case id)
        const variant = hostileDataset('보통 글자');
        field.set(variant, payload.text);
        const result = parseDataset(variant);
        expect(result.ok, `${field.name} refuses the payload`).to.equal(false);
        if (!result.ok) expect(result.problems.map((problem) => problem.path), field.name).to.include(field.path);
      }
    });
  });
});
