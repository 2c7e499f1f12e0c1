/**
 * The staffing table as plain data: columns, rows, one cell per measure, sorting and CSV text.
 * No DOM here, so every figure the widget shows (and downloads) is tested as input → output.
 *
 * Totals are always derived from the rows by `staffingMatrix`; the dataset's printed totals exist
 * only for the validator to check.
 */
import { collatorFor } from '../../internal/collator.js';
import { findDepartment, staffingMatrix, type StaffCounts } from '../../data/queries.js';
import { formatNumber } from '../../format/number.js';
import { formatPercent, percentShare } from '../../format/rate.js';
import type { Locale } from '../../i18n/locale.js';
import { localizedString } from '../../i18n/localized.js';
import { staffingTableLabels } from '../../i18n/staffing-table.js';
import { STAFF_CATEGORIES } from '../../schema/vocabulary.js';
import type { Dataset, Department, StaffCategory } from '../../schema/types.js';

export const STAFFING_MEASURES = ['report', 'quota', 'current', 'women', 'vacancy', 'women-share'] as const;
export type StaffingMeasure = (typeof STAFFING_MEASURES)[number];

/** A figure column: the total (first, as the report prints it) or one job category. */
export type StaffingColumnKey = 'total' | StaffCategory;
/** Any sortable column, including the unit names. */
export type StaffingSortKey = 'department' | StaffingColumnKey;
export type SortDirection = 'ascending' | 'descending';

export interface StaffingSort {
  readonly key: StaffingSortKey;
  readonly direction: SortDirection;
}

export interface StaffingCell {
  readonly column: StaffingColumnKey;
  readonly counts: StaffCounts;
  /** The figure: "230 / 230 (173)", "−9", "87.5%", "해당 없음". */
  readonly figure: string;
  /** Words shown beside the figure so that colour never carries the meaning alone ("정원 초과"). */
  readonly flag: string | null;
  /** Figure and flag as one string: what the cell shows and what the CSV holds. */
  readonly text: string;
  /**
   * What a screen reader hears in place of `text`: "230 / 230 (173)" names its three counts
   * ("정원 230명, 현원 230명, 여성 173명"), since a reader moving cell by cell hears the column's
   * header, not the legend that explains the order. Other measures read as shown.
   */
  readonly spoken: string;
  /** Vacancy below zero: more staff in post than posts. */
  readonly overStrength: boolean;
  /** Women-share of a cell without current staff. */
  readonly notApplicable: boolean;
  /** Compared element by element; null (not applicable) sorts last in both directions. */
  readonly sortKey: readonly number[] | null;
  /** Bar length 0…1 for `bars`; null where no bar is drawn (totals row, not applicable). */
  readonly bar: number | null;
}

export interface StaffingRowModel {
  /** Department id, or `total` for the totals row. */
  readonly id: string;
  readonly label: string;
  readonly cells: readonly StaffingCell[];
  readonly highlighted: boolean;
  /** Position in the report's order, the tie-breaker that keeps sorting stable. */
  readonly reportIndex: number;
}

export interface StaffingColumn {
  readonly key: StaffingColumnKey;
  readonly label: string;
}

export interface StaffingTable {
  readonly measure: StaffingMeasure;
  readonly locale: Locale;
  readonly departmentHeader: string;
  readonly columns: readonly StaffingColumn[];
  /** Body rows in display order (sorted when `sort` is set, else the report's order). */
  readonly rows: readonly StaffingRowModel[];
  /** Never sorted: it stays below the body. */
  readonly total: StaffingRowModel;
  readonly sort: StaffingSort | null;
  /**
   * The categories shown when `categories` leaves out some the dataset has, in their words: the
   * first column is then a subtotal of these ("소계"), not the unit's total ("계", the report's
   * figure), and the legend says so. Null when every category is shown.
   */
  readonly subtotalOf: string | null;
}

export interface StaffingTableOptions {
  measure?: StaffingMeasure;
  categories?: readonly StaffCategory[];
  locale?: Locale;
  sort?: StaffingSort | null;
  /** Department id of the highlighted row. */
  highlight?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Attribute parsing

export function isStaffingMeasure(value: unknown): value is StaffingMeasure {
  return typeof value === 'string' && (STAFFING_MEASURES as readonly string[]).includes(value);
}

/** `measure` attribute → measure; unset or blank means the report's own cells. Null when unknown. */
export function parseMeasure(value: string | null | undefined): StaffingMeasure | null {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '') return 'report';
  return isStaffingMeasure(text) ? text : null;
}

/**
 * `categories` attribute ("administrative, fixed-term", ids or Korean/English labels) → the chosen
 * categories in the report's column order, plus the words that name none. Blank means all four.
 */
export function parseCategories(value: string | null | undefined): { categories: StaffCategory[]; unknown: string[] } {
  const words = (value ?? '')
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
  if (words.length === 0) return { categories: [...STAFF_CATEGORIES], unknown: [] };
  const chosen = new Set<StaffCategory>();
  const unknown: string[] = [];
  for (const word of words) {
    const category = categoryFromWord(word);
    if (category) chosen.add(category);
    else unknown.push(word);
  }
  return { categories: STAFF_CATEGORIES.filter((c) => chosen.has(c)), unknown };
}

function categoryFromWord(word: string): StaffCategory | undefined {
  const key = word.replace(/\s+/g, '').toLowerCase();
  return STAFF_CATEGORIES.find(
    (category) =>
      category === key ||
      staffingTableLabels.ko.categories[category] === key ||
      staffingTableLabels.en.categories[category].toLowerCase() === key,
  );
}

/** Units that have rows in the staffing table, in the report's order. */
export function staffingDepartments(dataset: Dataset): Department[] {
  return staffingMatrix(dataset).departments;
}

/** `department` attribute (id, Korean or English name) → a unit of the table, or undefined. */
export function resolveStaffingDepartment(dataset: Dataset, key: string): Department | undefined {
  const found = findDepartment(dataset, key.trim());
  return found && staffingDepartments(dataset).some((d) => d.id === found.id) ? found : undefined;
}

/** "gender-equality (양성평등담당관), …" — what an error message offers instead. */
export function validDepartmentsText(dataset: Dataset, locale: Locale): string {
  return staffingDepartments(dataset)
    .map((d) => `${d.id} (${localizedString(d.name, locale)})`)
    .join(', ');
}

export function validCategoriesText(locale: Locale): string {
  return STAFF_CATEGORIES.map((c) => `${c} (${staffingTableLabels[locale].categories[c]})`).join(', ');
}

export function validMeasuresText(locale: Locale): string {
  return STAFFING_MEASURES.map((m) => `${m} (${staffingTableLabels[locale].measures[m]})`).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Cells

/** A whole count with a true minus sign (U+2212), which screen readers say as "minus". */
export function formatSignedCount(value: number, locale: Locale): string {
  return value < 0 ? `−${formatNumber(-value, locale)}` : formatNumber(value, locale);
}

/** Quota − current: positive = unfilled posts, negative = over strength. */
export function vacancyOf(counts: StaffCounts): number {
  return counts.quota - counts.current;
}

/** Women ÷ current in percent, half-up to one decimal; null without current staff. */
export function womenShareOf(counts: StaffCounts): number | null {
  return percentShare(counts.women, counts.current);
}

/** One cell's figure, words and sort key for a measure. `bar` is filled in per column later. */
export function measureCell(counts: StaffCounts, measure: StaffingMeasure, locale: Locale, column: StaffingColumnKey = 'total'): StaffingCell {
  const labels = staffingTableLabels[locale];
  const n = (value: number) => formatNumber(value, locale);
  let figure: string;
  let spoken: string | null = null;
  let flag: string | null = null;
  let sortKey: number[] | null;
  let overStrength = false;
  let notApplicable = false;
  switch (measure) {
    case 'report':
      // The report prints "230 /230(173)"; the issue asks for this spacing.
      figure = `${n(counts.quota)} / ${n(counts.current)} (${n(counts.women)})`;
      spoken = labels.spokenReport(n(counts.quota), n(counts.current), n(counts.women));
      sortKey = [counts.quota, counts.current, counts.women];
      break;
    case 'quota':
    case 'current':
    case 'women':
      figure = n(counts[measure]);
      sortKey = [counts[measure]];
      break;
    case 'vacancy': {
      const vacancy = vacancyOf(counts);
      figure = formatSignedCount(vacancy, locale);
      overStrength = vacancy < 0;
      if (overStrength) flag = labels.overStrength;
      sortKey = [vacancy];
      break;
    }
    case 'women-share': {
      const share = womenShareOf(counts);
      figure = formatPercent(share, locale);
      notApplicable = share === null;
      sortKey = share === null ? null : [share];
      break;
    }
  }
  const text = flag ? `${figure} ${flag}` : figure;
  return {
    column,
    counts,
    figure,
    flag,
    text,
    spoken: spoken ?? text,
    overStrength,
    notApplicable,
    sortKey,
    bar: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Table

export function buildStaffingTable(dataset: Dataset, options: StaffingTableOptions = {}): StaffingTable {
  const measure = options.measure ?? 'report';
  const locale = options.locale ?? 'ko';
  const labels = staffingTableLabels[locale];
  const matrix = staffingMatrix(dataset, options.categories ?? STAFF_CATEGORIES);
  const partial = dataset.staffing.some((row) => !matrix.categories.includes(row.category));
  const columns: StaffingColumn[] = [
    { key: 'total', label: partial ? labels.subtotalColumn : labels.totalColumn },
    ...matrix.categories.map((category) => ({ key: category, label: labels.categories[category] })),
  ];
  const countsOf = (departmentId: string, key: StaffingColumnKey) =>
    key === 'total' ? matrix.rowTotal(departmentId) : matrix.cell(departmentId, key);

  const unbarred: StaffingRowModel[] = matrix.departments.map((department, reportIndex) => ({
    id: department.id,
    label: localizedString(department.name, locale),
    cells: columns.map((column) => measureCell(countsOf(department.id, column.key), measure, locale, column.key)),
    highlighted: department.id === options.highlight,
    reportIndex,
  }));
  const rows = withBars(unbarred, columns.length, measure);
  const total: StaffingRowModel = {
    id: 'total',
    label: labels.totalRow,
    cells: columns.map((column) =>
      measureCell(column.key === 'total' ? matrix.total : matrix.columnTotal(column.key), measure, locale, column.key),
    ),
    highlighted: false,
    reportIndex: rows.length,
  };
  // A sort on a column that is no longer shown (categories changed) falls back to the report order.
  const sort = options.sort && (options.sort.key === 'department' || columns.some((c) => c.key === options.sort!.key)) ? options.sort : null;
  return {
    measure,
    locale,
    departmentHeader: labels.departmentHeader,
    columns,
    rows: sortRows(rows, columns, sort, locale),
    total,
    sort,
    subtotalOf: partial ? matrix.categories.map((category) => labels.categories[category]).join(locale === 'ko' ? '·' : ', ') : null,
  };
}

/**
 * Bars compare units, so each column is scaled to its largest body value (the totals row would
 * dwarf every unit). Shares are already on a common 0–100 scale. Vacancies use their size; the
 * over-strength cells are marked separately.
 */
function withBars(rows: StaffingRowModel[], columnCount: number, measure: StaffingMeasure): StaffingRowModel[] {
  const scale = Array.from({ length: columnCount }, (_, index) => {
    if (measure === 'women-share') return 100;
    return Math.max(0, ...rows.map((row) => Math.abs(row.cells[index]?.sortKey?.[0] ?? 0)));
  });
  return rows.map((row) => ({
    ...row,
    cells: row.cells.map((cell, index) => {
      const value = cell.sortKey?.[0];
      const max = scale[index] ?? 0;
      return { ...cell, bar: value === undefined ? null : max > 0 ? Math.abs(value) / max : 0 };
    }),
  }));
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Rows in display order. Ties (and, with no sort, everything) keep the report's order, in both
 * directions; cells without a value ("not applicable") go last in both directions.
 */
export function sortRows(
  rows: readonly StaffingRowModel[],
  columns: readonly StaffingColumn[],
  sort: StaffingSort | null,
  locale: Locale,
): StaffingRowModel[] {
  const byReport = [...rows].sort((a, b) => a.reportIndex - b.reportIndex);
  if (!sort) return byReport;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.key === 'department') {
    return byReport.sort((a, b) => sign * collatorFor(locale).compare(a.label, b.label) || a.reportIndex - b.reportIndex);
  }
  const index = columns.findIndex((column) => column.key === sort.key);
  if (index < 0) return byReport;
  return byReport.sort((a, b) => {
    const ka = a.cells[index]?.sortKey ?? null;
    const kb = b.cells[index]?.sortKey ?? null;
    if (ka === null || kb === null) return (ka === null ? 1 : 0) - (kb === null ? 1 : 0) || a.reportIndex - b.reportIndex;
    return sign * compareKeys(ka, kb) || a.reportIndex - b.reportIndex;
  });
}

/** A header button press: a new column sorts ascending, the sorted column flips direction. */
export function nextSort(current: StaffingSort | null, key: StaffingSortKey): StaffingSort {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

/** The header text of a sort key in a built table. */
export function sortKeyLabel(table: StaffingTable, key: StaffingSortKey): string {
  return key === 'department' ? table.departmentHeader : (table.columns.find((c) => c.key === key)?.label ?? key);
}

// ---------------------------------------------------------------------------------------------
// CSV

/** UTF-8 byte order mark: without it Excel opens Korean text as mojibake. */
export const CSV_BOM = '\uFEFF';

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. A text that
 * starts like a formula (= + - @, tab, CR) gets a leading apostrophe, so a spreadsheet shows it
 * instead of running it (OWASP "CSV injection"): department names come from datasets districts
 * publish. The figures never start so: negative numbers use the minus sign U+2212.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The table as shown, row for row: header, body in display order, totals. CRLF line ends. */
export function toCsv(table: StaffingTable): string {
  const lines = [
    [table.departmentHeader, ...table.columns.map((column) => column.label)],
    ...table.rows.map((row) => [row.label, ...row.cells.map((cell) => cell.text)]),
    [table.total.label, ...table.total.cells.map((cell) => cell.text)],
  ];
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** "seoul-wfp-staffing-2024-03-31-report.csv": the dataset's date and the measure shown. */
export function csvFileName(asOf: string, measure: StaffingMeasure): string {
  const date = asOf.replace(/[^0-9-]/g, '') || 'undated';
  return `seoul-wfp-staffing-${date}-${measure}.csv`;
}
