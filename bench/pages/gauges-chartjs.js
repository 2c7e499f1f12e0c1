// Peer gauges (../peers/chartjs-gauge.js) × n, for the same budget lines and rates as ours.
import '/bench-build/mark-start.js';
import { renderGauges } from '../peers/chartjs-gauge.js';
import { data, gaugeItems, measureRender, params, run } from './harness.js';

run(() =>
  measureRender(async (root) => {
    const gauges = renderGauges(root, gaugeItems(data(), Number(params.get('n') ?? 1)));
    return { widgets: gauges.length };
  }),
);
