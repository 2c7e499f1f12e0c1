import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { settle, watchPage, WIDGET_TAGS } from '../hardening/helpers.js';
import { miniDataset } from '../schema/fixtures.js';
import { OFFICIAL_DATASET_URL } from '../../src/data/index.js';
import '../../src/components/execution-gauge/execution-gauge.js';
import '../../src/components/program-card/program-card.js';

/** `[wfp]` console warnings while `run` pastes HTML the way a CMS would and the widgets settle. */
async function warningsFor(markup: string): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (String(args[0]).startsWith('[wfp]')) warnings.push(String(args[0]));
    warn.apply(console, args);
  };
  const host = document.createElement('div');
  try {
    host.innerHTML = markup;
    document.body.append(host);
    const widgets = [...host.querySelectorAll('wfp-execution-gauge, wfp-program-card')];
    await waitUntil(() => widgets.every((w) => w.shadowRoot?.querySelector('[role="meter"], article, [part="error"]')), 'widgets settled', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    return warnings;
  } finally {
    console.warn = warn;
    host.remove();
  }
}

describe('mistakes webmasters make when pasting widgets', () => {
  it('a self-closing tag in HTML swallows what follows: one warning says to close the tag', async () => {
    const warnings = await warningsFor('<wfp-execution-gauge department="early-childhood" /><p>구청 안내 문단</p><wfp-program-card program="mom-dad-taxi" />');
    // The parser put the paragraph and the card inside the gauge, which shows neither.
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.equal(
      '[wfp] <wfp-execution-gauge> does not show the elements inside it (<p>, <wfp-program-card>). If they belong after it, close the tag: <wfp-execution-gauge …></wfp-execution-gauge>; "/>" does not close it in HTML.',
    );
  });

  it('the same slip on a gauge with figures of its own, which loads no data, is named too', async () => {
    const warnings = await warningsFor('<wfp-execution-gauge budget="1200000000" spent="300000000" /><p>구청 안내 문단</p>');
    expect(warnings).to.deep.equal([
      '[wfp] <wfp-execution-gauge> does not show the elements inside it (<p>). If they belong after it, close the tag: <wfp-execution-gauge …></wfp-execution-gauge>; "/>" does not close it in HTML.',
    ]);
  });

  it('closed tags, a text fallback inside and slotted actions warn about nothing', async () => {
    const warnings = await warningsFor(`<wfp-execution-gauge department="early-childhood">영유아담당관 예산 집행률 31.2%</wfp-execution-gauge>
      <wfp-program-card program="mom-dad-taxi"><a slot="actions" href="#apply">신청하기</a><noscript><p>자바스크립트가 필요합니다</p></noscript></wfp-program-card>`);
    expect(warnings).to.deep.equal([]);
  });

  it('an unknown theme is ignored with one console line for the whole page', async () => {
    const warnings = await warningsFor(`<div theme="drak"><wfp-execution-gauge department="early-childhood"></wfp-execution-gauge>
      <wfp-program-card program="mom-dad-taxi"></wfp-program-card></div>`);
    expect(warnings).to.deep.equal(['[wfp] theme="drak" is not a theme; ignored, so the widgets follow the page. Themes: light, dark, high-contrast, auto.']);
  });
});

describe('numbers set from script where the attribute would be text', () => {
  /** Uncaught errors and rejections while `run` runs: what a host page would see thrown. */
  async function thrownDuring(run: () => Promise<void>): Promise<string[]> {
    const thrown: string[] = [];
    const onError = (event: ErrorEvent) => thrown.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => thrown.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      await run();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    return thrown;
  }

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> takes a number in every text property (as React's budget={…} sets it) without throwing, showing figures or a box`, async () => {
      const el = document.createElement(tag) as unknown as HTMLElement & Record<string, unknown>;
      const text = [...(customElements.get(tag) as unknown as typeof LitElement).elementProperties].filter(
        ([, options]) => options.attribute !== false && (options.type === undefined || options.type === String),
      );
      expect(text.length, tag).to.be.greaterThan(2);
      const thrown = await thrownDuring(async () => {
        for (const [key] of text) el[key as string] = 42;
        document.body.append(el);
        await settle(el);
      });
      try {
        expect(thrown, tag).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('[part="error"], [role="meter"], table, article, .tiles, [part="results"]'), `${tag} shows nothing`).to.exist;
      } finally {
        el.remove();
      }
    });
  }

  it('an object without a prototype (no toString) in a text property is named in the box, not thrown', async () => {
    const el = document.createElement('wfp-staffing-table') as unknown as HTMLElement & Record<string, unknown>;
    el.department = Object.create(null);
    const thrown = await thrownDuring(async () => {
      document.body.append(el);
      await settle(el);
    });
    try {
      expect(thrown).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('[object Object]');
    } finally {
      el.remove();
    }
  });

  it('the gauge reads budget={1200000000} spent={600000000} as the figures, and the locator district={11500} as 강서구', async () => {
    const gauge = Object.assign(document.createElement('wfp-execution-gauge'), { label: '구립 키즈카페' }) as unknown as HTMLElement & Record<string, unknown>;
    gauge.budget = 1_200_000_000;
    gauge.spent = 600_000_000;
    const locator = document.createElement('wfp-facility-locator') as unknown as HTMLElement & Record<string, unknown>;
    locator.district = 11500;
    document.body.append(gauge, locator);
    try {
      await settle(gauge);
      await settle(locator);
      expect(gauge.shadowRoot!.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).to.equal('50');
      expect(locator.shadowRoot!.querySelector('button.tile[data-district="gangseo"]')!.getAttribute('aria-pressed')).to.equal('true');
    } finally {
      gauge.remove();
      locator.remove();
    }
  });
});

describe("mistakes in a district's own data", () => {
  /** Two gauges given `data`, the `[wfp]` console lines (errors and warnings) while they settle. */
  async function twoGauges(data: unknown): Promise<{ gauges: LitElement[]; lines: string[]; host: HTMLElement }> {
    const watch = watchPage();
    const host = document.createElement('div');
    try {
      host.innerHTML = '<wfp-execution-gauge></wfp-execution-gauge><wfp-execution-gauge department="children"></wfp-execution-gauge>';
      const gauges = [...host.querySelectorAll<LitElement>('wfp-execution-gauge')];
      for (const gauge of gauges) (gauge as unknown as { dataset: unknown }).dataset = data;
      document.body.append(host);
      await settle(host);
      await aTimeout(50);
      return { gauges, lines: [...watch.errors, ...watch.warnings].filter((line) => line.startsWith('[wfp]')), host };
    } finally {
      watch.stop();
    }
  }

  it('a misspelt list ("facilties") is named in the box beside the errors it causes', async () => {
    const data = miniDataset() as unknown as Record<string, unknown>;
    data['facilties'] = data['facilities'];
    delete data['facilities'];
    const { gauges, host } = await twoGauges(data);
    try {
      const box = gauges[0]!.shadowRoot!.querySelector('[part="error"]')!;
      const lines = [...box.querySelectorAll('p')].map((p) => p.textContent!.trim());
      // The error is where the facility is referenced; the line after it says why.
      expect(lines.find((line) => line.startsWith('첫 번째 문제:'))).to.contain('toy-library');
      expect(lines).to.include('원인일 수 있는 항목: $.facilties — 알 수 없는 항목 "facilties"은(는) 무시됩니다 ("facilities"의 오타인가요?)');
    } finally {
      host.remove();
    }
  });

  it('of several misspelt fields, the box names the one beside the first error', async () => {
    const data = miniDataset() as unknown as { departments: Record<string, unknown>[]; budgetLines: Record<string, unknown>[] };
    data.departments[0]!['Duties'] = ['총괄']; // earlier in the file, and harmless
    data.budgetLines[0]!['budgte'] = data.budgetLines[0]!['budget'];
    delete data.budgetLines[0]!['budget'];
    const { gauges, host } = await twoGauges(data);
    try {
      const lines = [...gauges[0]!.shadowRoot!.querySelectorAll('[part="error"] p')].map((p) => p.textContent!.trim());
      expect(lines.find((line) => line.startsWith('첫 번째 문제:'))).to.contain('$.budgetLines[0].budget');
      expect(lines.find((line) => line.startsWith('원인일 수 있는 항목:'))).to.contain('$.budgetLines[0].budgte');
    } finally {
      host.remove();
    }
  });

  it('the official data given as .dataset logs nothing: its one warning (a printed funding split) is no fault of the page', async () => {
    const official = await (await fetch(OFFICIAL_DATASET_URL)).json();
    const { gauges, lines, host } = await twoGauges(official);
    try {
      expect(gauges.every((gauge) => gauge.shadowRoot!.querySelector('[role="meter"]'))).to.equal(true);
      expect(lines).to.deep.equal([]);
    } finally {
      host.remove();
    }
  });

  it('a dataset shown with part of it ignored says so once, however many widgets show it', async () => {
    const data = miniDataset() as unknown as { departments: Record<string, unknown>[] };
    data.departments[0]!['nmae'] = '여성가족정책실';
    const { gauges, lines, host } = await twoGauges(data);
    try {
      expect(gauges.every((gauge) => gauge.shadowRoot!.querySelector('[role="meter"]')), 'both gauges show the data').to.equal(true);
      expect(lines).to.deep.equal([
        '[wfp] The dataset property is shown, but part of it is ignored:\n  $.departments[0].nmae: unknown field "nmae" is ignored (did you mean "name"?) [unknown-field, warning]',
      ]);
    } finally {
      host.remove();
    }
  });
});
