// Peer: Tabulator's core with only the modules our staffing table's features need — sorting
// (SortModule), a totals row that never sorts (ColumnCalcsModule, which needs FormatModule) and
// CSV download (DownloadModule). Its stylesheet (tabulator.min.css) is counted separately and
// loaded by the page.
import { ColumnCalcsModule, DownloadModule, FormatModule, SortModule, Tabulator } from 'tabulator-tables';

Tabulator.registerModule([FormatModule, SortModule, ColumnCalcsModule, DownloadModule]);

/**
 * table: { columns: [{ key, title }], rows: [{ [key]: text, sort_<key>: number }], total: { [key]: text } }.
 * Resolves with the instance once Tabulator reports the table built (it builds asynchronously).
 */
export function renderTable(container, table) {
  const element = document.createElement('div');
  container.append(element);
  return new Promise((resolve) => {
    const instance = new Tabulator(element, {
      data: table.rows,
      layout: 'fitDataTable',
      columns: table.columns.map((column, index) => ({
        title: column.title,
        field: column.key,
        headerSort: true,
        // Figure cells ("230 / 230 (173)") sort by their quota, as ours do.
        sorter: index === 0 ? 'string' : (a, b, rowA, rowB) => rowA.getData()[`sort_${column.key}`] - rowB.getData()[`sort_${column.key}`],
        bottomCalc: () => table.total[column.key],
      })),
    });
    instance.on('tableBuilt', () => resolve(instance));
  });
}
