// <wfp-staffing-table> (default measure "report") from dist/staffing-table.js, given the preloaded JSON.
import '/bench-build/mark-start.js';
import '../../dist/staffing-table.js';
import { data, measureRender, run, settleWidgets } from './harness.js';

run(() =>
  measureRender(async (root) => {
    const table = document.createElement('wfp-staffing-table');
    table.dataset = data();
    root.append(table);
    return { widgets: await settleWidgets(root) };
  }),
);
