// Peer gauges (../peers/bare-arc.ts) × n, for the same budget lines and rates as ours.
import '/bench-build/mark-start.js';
import { renderGauges } from '../peers/bare-arc.ts';
import { data, gaugeItems, measureRender, params, run } from './harness.js';

run(() =>
  measureRender(async (root) => {
    const gauges = renderGauges(root, gaugeItems(data(), Number(params.get('n') ?? 1)));
    await Promise.all(gauges.map((gauge) => gauge.updateComplete));
    return { widgets: gauges.length };
  }),
);
