// The same gauges from the CDN file as shipped (dist/cdn/wfp-widgets.js, every element registered),
// loaded as its own module after the clock starts.
import '/bench-build/mark-start.js';
import '/dist/cdn/wfp-widgets.js';
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
