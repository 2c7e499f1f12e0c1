// Peer table (../peers/gridjs-table.js) with the same staffing rows and totals as ours.
import '/bench-build/mark-start.js';
import { renderTable } from '../peers/gridjs-table.js';
import { data, measureRender, run, staffingTable } from './harness.js';

run(() =>
  measureRender(async (root) => {
    await renderTable(root, staffingTable(data()));
    return { widgets: 1 };
  }),
);
