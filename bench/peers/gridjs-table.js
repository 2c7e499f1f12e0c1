// Peer: Grid.js with sorting. It has no footer row, so the totals row is the last data row; it has
// no CSV export. Its stylesheet (mermaid theme) is counted separately and loaded by the page.
import { Grid } from 'gridjs';

/**
 * Same table shape as the Tabulator peer. Grid.js 6.2 renders asynchronously (a processing
 * pipeline, a throttle and a setTimeout) and emits no "rendered" event, so this resolves when a
 * MutationObserver sees every body row in the DOM.
 */
export function renderTable(container, table) {
  const element = document.createElement('div');
  container.append(element);
  const keys = table.columns.map((column) => column.key);
  const data = [...table.rows, table.total].map((row) => keys.map((key) => row[key]));
  return new Promise((resolve) => {
    const grid = new Grid({ columns: table.columns.map((column) => column.title), data, sort: true });
    const done = () => element.querySelectorAll('tbody tr.gridjs-tr').length === data.length;
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve(grid);
    });
    observer.observe(element, { childList: true, subtree: true });
    grid.render(element);
  });
}
