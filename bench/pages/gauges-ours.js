// <wfp-execution-gauge line=…> × n, from the npm entry (dist/execution-gauge.js) bundled with Lit and
// its dependencies. Each gauge gets the preloaded JSON as `.dataset`: the widgets validate it once
// (memoised per object) inside the timed span, then render.
import '/bench-build/mark-start.js';
import '../../dist/execution-gauge.js';
import { data, gaugeItems, measureRender, params, run, settleWidgets } from './harness.js';

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
