import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/data/wfp-data.js';
import '../../src/components/execution-gauge/execution-gauge.js';
import type { WfpExecutionGauge } from '../../src/components/execution-gauge/execution-gauge.js';
import '../../src/components/facility-locator/facility-locator.js';
import '../../src/components/program-card/program-card.js';
import '../../src/components/staffing-table/staffing-table.js';

// When a screen reader hears an error box. A box that is a widget's first outcome is read where it
// stands, like the figures it replaces: one missing file must not interrupt every visitor once per
// widget. A box that follows what the reader did (Retry) or a change on a page that showed figures
// is news, and is announced (role="alert").

const box = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('[part="error"]') ?? null;
const loaded = (el: Element) => el.shadowRoot?.querySelector('[role="meter"], table, article, .results') ?? null;

/** The accessible description of a control given by aria-describedby (ids in its shadow root). */
function description(control: Element): string {
  const root = control.getRootNode() as ShadowRoot;
  return (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent?.trim() ?? `(no #${id})`)
    .join(' ');
}

describe('error boxes: announced only when they are news', () => {
  it('a data file that fails on page load: every widget shows its box, none interrupts as an alert; each Retry says which figures it brings back', async () => {
    const wrapper = await fixture(html`<wfp-data src="/no-such-announcement-data.json">
      <wfp-execution-gauge department="children"></wfp-execution-gauge>
      <wfp-staffing-table></wfp-staffing-table>
      <wfp-program-card program="mom-dad-taxi"></wfp-program-card>
      <wfp-facility-locator district="gangseo"></wfp-facility-locator>
    </wfp-data>`);
    const widgets = [...wrapper.children];
    await waitUntil(() => widgets.every((w) => box(w)), 'every widget shows its box', { timeout: 10_000 });
    await aTimeout(50);
    expect(widgets.map((w) => box(w)!.getAttribute('role'))).to.deep.equal([null, null, null, null]);
    expect(widgets.map((w) => description(box(w)!.querySelector('button')!))).to.deep.equal([
      '예산 집행 현황을 표시할 수 없습니다',
      '정원·현원 표를 표시할 수 없습니다',
      '사업 정보를 표시할 수 없습니다',
      '시설 안내를 표시할 수 없습니다',
    ]);
    await expect(wrapper).to.be.accessible();

    // Retry while the file is still missing: the widget whose Retry was pressed announces that it
    // failed again; the others, refetched with it, stay quiet.
    const failedAgain = new Set<Element>();
    wrapper.addEventListener('wfp-error', (event) => failedAgain.add(event.target as Element));
    box(widgets[1]!)!.querySelector('button')!.click();
    await waitUntil(() => box(widgets[1]!)?.getAttribute('role') === 'alert', 'the retried box is announced', { timeout: 10_000 });
    // Each widget has failed again (its new box, not the one from before the retry, is read below).
    await waitUntil(() => widgets.every((w) => failedAgain.has(w) && box(w)), 'every widget fails again and shows its box', { timeout: 10_000 });
    await aTimeout(50);
    expect(widgets.map((w) => box(w)!.getAttribute('role'))).to.deep.equal([null, 'alert', null, null]);
  });

  it('a gauge that showed figures and then gets a name it cannot find announces the box; one that starts with it does not', async () => {
    const el = await fixture<WfpExecutionGauge>(html`<wfp-execution-gauge department="children"></wfp-execution-gauge>`);
    await waitUntil(() => loaded(el), 'the gauge shows its figures', { timeout: 10_000 });
    el.department = '없는과';
    await el.updateComplete;
    expect(box(el), 'a box after figures').to.exist;
    expect(box(el)!.getAttribute('role')).to.equal('alert');
    // The box stays announced while it is up (re-rendering does not take the role away and give it back).
    el.requestUpdate();
    await el.updateComplete;
    expect(box(el)!.getAttribute('role')).to.equal('alert');

    const first = await fixture<WfpExecutionGauge>(html`<wfp-execution-gauge department="없는과"></wfp-execution-gauge>`);
    await waitUntil(() => box(first), 'the box', { timeout: 10_000 });
    expect(box(first)!.getAttribute('role')).to.equal(null);
    expect(box(first)!.textContent).to.contain('"없는과"에 해당하는 부서가 없습니다');
    // A gauge on its own figures (it loads no data) that showed them: a bad budget afterwards is news too.
    const own = await fixture<WfpExecutionGauge>(html`<wfp-execution-gauge budget="1000" spent="250"></wfp-execution-gauge>`);
    await waitUntil(() => loaded(own), 'the gauge shows its own figures', { timeout: 10_000 });
    own.budget = 'abc';
    await own.updateComplete;
    expect(box(own)!.getAttribute('role')).to.equal('alert');
    // Corrected by the page, then broken again: now the box follows figures, and is announced.
    first.department = 'children';
    await waitUntil(() => loaded(first), 'the corrected gauge shows its figures', { timeout: 10_000 });
    first.department = '또없는과';
    await first.updateComplete;
    expect(box(first)!.getAttribute('role')).to.equal('alert');
  });

  it('a gauge that showed its own figures beside a "pace cannot be shown" box announces the whole-widget box that follows', async () => {
    const el = await fixture<WfpExecutionGauge>(
      html`<wfp-execution-gauge lang="en" src="/no-such-pace-announcement.json" budget="1000" spent="250" pace="auto"></wfp-execution-gauge>`,
    );
    await waitUntil(() => box(el) && loaded(el), 'its own figures, and the pace box above them', { timeout: 10_000 });
    // The pace box is beside figures that work: never an alert. In English on an English page.
    expect(box(el)!.getAttribute('role')).to.equal(null);
    expect(box(el)!.querySelector('.title')!.textContent).to.equal('The planned pace cannot be shown');
    expect(box(el)!.textContent).to.contain('/no-such-pace-announcement.json');
    // The page takes its figures away: the gauge now needs the failed file for everything.
    el.budget = null;
    el.spent = null;
    await waitUntil(() => !loaded(el) && box(el), 'the whole-widget box', { timeout: 10_000 });
    expect(box(el)!.querySelector('.title')!.textContent).to.equal('The budget execution cannot be shown');
    expect(box(el)!.getAttribute('role')).to.equal('alert');
  });
});
