// In-page helpers shared by every bench page: clock, frames, settling our widgets, reporting.
// The page (see lib/server.mjs) has already fetched its data into `__benchData` before the
// clock starts, so no figure here includes the network.

export const params = new URLSearchParams(location.search);
export const root = document.getElementById('root');

/** The JSON the page preloaded (official dataset or the synthetic one), parsed and untouched. */
export const data = () => globalThis.__benchData;

const now = () => performance.now();

/** Resolves in the second animation frame: the frame after the one that painted what came before. */
export const doubleRaf = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(now()))));

/** Style + layout now (synchronously), so "ready" includes them but no frame wait. */
export function forceLayout() {
  void document.documentElement.getBoundingClientRect().height;
  void document.body.offsetHeight;
}

const WIDGETS = 'wfp-execution-gauge, wfp-staffing-table, wfp-program-card, wfp-program-list, wfp-facility-locator, wfp-data';

function collectWidgets(scope, out = []) {
  for (const element of scope.querySelectorAll(WIDGETS)) {
    out.push(element);
    if (element.shadowRoot) collectWidgets(element.shadowRoot, out);
  }
  return out;
}

/**
 * Waits until every widget under `scope` (nested ones in shadow roots included) has its data and
 * has rendered it: no update pending, no data still loading. A data error fails the run loudly.
 */
export async function settleWidgets(scope = root) {
  for (let round = 0; round < 200; round++) {
    const widgets = collectWidgets(scope);
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    await Promise.all(widgets.map((widget) => widget.widget?.data?.complete));
    const again = collectWidgets(scope);
    const settled = again.length === widgets.length && again.every((widget) => !widget.isUpdatePending && widget.widget?.data?.state?.status !== 'loading');
    if (!settled) continue;
    const failed = again.find((widget) => widget.widget?.data?.state?.status === 'error');
    if (failed) throw new Error(`<${failed.localName}> data error: ${failed.widget.data.state.error.message}`);
    return again.length;
  }
  throw new Error('widgets did not settle after 200 rounds');
}

/**
 * The figure of every render scenario: from script evaluation start (`__benchT0`) to
 *  - `ready`: everything rendered and laid out (style + layout forced synchronously), and
 *  - `paint`: the second requestAnimationFrame after that (the frame that shows it was painted).
 */
export async function measureRender(render) {
  const t0 = globalThis.__benchT0;
  const info = (await render(root)) ?? {};
  forceLayout();
  const ready = now() - t0;
  const paint = (await doubleRaf()) - t0;
  performance.mark('bench-end');
  return { ready, paint, ...info };
}

export function report(result) {
  // A hidden tab would throttle animation frames and void the figures.
  if (document.visibilityState !== 'visible') return fail(new Error(`page was ${document.visibilityState} during the run`));
  globalThis.__benchResolve({ ok: true, ...result });
}

export function fail(error) {
  globalThis.__benchResolve({ ok: false, error: String(error?.stack ?? error) });
}

/**
 * The gauges scenario, whichever build registered <wfp-execution-gauge>: `n` gauges (query
 * parameter), one budget line each, all handed the same preloaded JSON as `.dataset`.
 */
export function runGauges() {
  run(() =>
    measureRender(async (root) => {
      const raw = data();
      for (const item of gaugeItems(raw, Number(params.get('n') ?? 1))) {
        const gauge = document.createElement('wfp-execution-gauge');
        gauge.dataset = raw;
        gauge.setAttribute('line', item.id);
        root.append(gauge);
      }
      return { widgets: await settleWidgets(root) };
    }),
  );
}

/** Runs a page body and reports its result or its failure. */
export function run(body) {
  body().then(report, fail);
}

// ---- Inputs every variant of a scenario derives the same way from the same JSON. ----

/** The first `count` budget lines with a budget, as { id, name, rate } (rate: spent ÷ budget in %). */
export function gaugeItems(raw, count) {
  const lines = raw.budgetLines.filter((line) => line.budget > 0);
  const items = [];
  for (let i = 0; i < count; i++) {
    const line = lines[i % lines.length];
    items.push({ id: line.id, name: line.name.ko ?? line.name, rate: Math.round((line.spent / line.budget) * 1000) / 10 });
  }
  return items;
}

/** The staffing table ours draws by default (measure "report"): a row per unit, the total first, then each job type. */
export function staffingTable(raw) {
  const categories = [
    ['administrative', '행정직'],
    ['technical', '기술직'],
    ['operations', '관리운영직'],
    ['fixed-term', '임기제'],
  ];
  const departments = raw.departments.filter((department) => raw.staffing.some((row) => row.departmentId === department.id));
  const zero = () => ({ quota: 0, current: 0, women: 0 });
  const add = (a, b) => ({ quota: a.quota + b.quota, current: a.current + b.current, women: a.women + b.women });
  const text = (c) => `${c.quota.toLocaleString('ko-KR')} / ${c.current.toLocaleString('ko-KR')} (${c.women.toLocaleString('ko-KR')})`;
  const columns = [{ key: 'department', title: '부서' }, { key: 'total', title: '계' }, ...categories.map(([key, title]) => ({ key, title }))];
  const grand = { total: zero(), ...Object.fromEntries(categories.map(([key]) => [key, zero()])) };
  const rows = departments.map((department) => {
    const row = { department: department.name.ko };
    let total = zero();
    for (const [key] of categories) {
      const cell = raw.staffing.filter((s) => s.departmentId === department.id && s.category === key).reduce(add, zero());
      total = add(total, cell);
      grand[key] = add(grand[key], cell);
      row[key] = text(cell);
      row[`sort_${key}`] = cell.quota;
    }
    grand.total = add(grand.total, total);
    row.total = text(total);
    row.sort_total = total.quota;
    return row;
  });
  const total = { department: '합계', ...Object.fromEntries(Object.entries(grand).map(([key, counts]) => [key, text(counts)])) };
  return { columns, rows, total };
}
