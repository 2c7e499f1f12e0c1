import { executionRate } from '../format/rate.js';
import type { BudgetLine, Dataset, Department, Program, StaffCategory, StaffingRow } from '../schema/types.js';
import { STAFF_CATEGORIES } from '../schema/vocabulary.js';

/** Korean names are printed with and without inner spaces ("양 성 평 등 담 당 관"); compare without them. */
export function normalizeKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '').toLowerCase();
}

/** A department by id (`early-childhood`), Korean name (`영유아담당관`) or English name. */
export function findDepartment(dataset: Dataset, key: string): Department | undefined {
  const wanted = normalizeKey(key);
  return dataset.departments.find(
    (d) => d.id === key || normalizeKey(d.name.ko) === wanted || normalizeKey(d.name.en) === wanted,
  );
}

export function officeDepartment(dataset: Dataset): Department | undefined {
  return dataset.departments.find((d) => d.kind === 'office');
}

/** Departments that own budget lines, in the order the execution table prints them. */
export function departmentsWithLines(dataset: Dataset): Department[] {
  const ids = new Set(dataset.budgetLines.map((line) => line.departmentId));
  return dataset.departments.filter((d) => ids.has(d.id));
}

export function linesOf(dataset: Dataset, departmentId: string): BudgetLine[] {
  return dataset.budgetLines.filter((line) => line.departmentId === departmentId);
}

/**
 * A budget line by id, or by its exact Korean name when that name is unique. Names such as
 * 기본경비 repeat across departments, so an ambiguous name returns every candidate instead.
 */
export function findBudgetLine(dataset: Dataset, key: string): { line?: BudgetLine; candidates: BudgetLine[] } {
  const byId = dataset.budgetLines.find((line) => line.id === key);
  if (byId) return { line: byId, candidates: [byId] };
  const wanted = normalizeKey(key);
  const candidates = dataset.budgetLines.filter((line) => normalizeKey(line.name) === wanted);
  return candidates.length === 1 ? { line: candidates[0], candidates } : { candidates };
}

export interface Execution {
  budget: number;
  spent: number;
  /** Half-up, one decimal; null when the budget is 0. */
  rate: number | null;
}

/**
 * Execution of the whole office (no id) or of one department. The source's printed totals are
 * used when present — they are what the report shows, and the validator guarantees the lines add
 * up to them at the printed precision; otherwise the lines are summed.
 */
export function executionOf(dataset: Dataset, departmentId?: string): Execution {
  const office = officeDepartment(dataset);
  const isOffice = !departmentId || departmentId === office?.id;
  const lines = isOffice ? dataset.budgetLines : linesOf(dataset, departmentId);
  const printed = dataset.executionTotals.find((total) => total.departmentId === (isOffice ? office?.id : departmentId));
  const budget = printed?.budget ?? lines.reduce((sum, line) => sum + line.budget, 0);
  const spent = printed?.spent ?? lines.reduce((sum, line) => sum + line.spent, 0);
  return { budget, spent, rate: executionRate(spent, budget) };
}

export interface StaffCounts {
  quota: number;
  current: number;
  women: number;
}

export interface StaffingMatrix {
  departments: Department[];
  categories: StaffCategory[];
  cell(departmentId: string, category: StaffCategory): StaffCounts;
  rowTotal(departmentId: string): StaffCounts;
  columnTotal(category: StaffCategory): StaffCounts;
  total: StaffCounts;
}

const sum = (rows: readonly StaffingRow[]): StaffCounts =>
  rows.reduce((acc, row) => ({ quota: acc.quota + row.quota, current: acc.current + row.current, women: acc.women + row.women }), {
    quota: 0,
    current: 0,
    women: 0,
  });

/** The staffing table with every total derived from the rows (the dataset stores no totals to show). */
export function staffingMatrix(dataset: Dataset, categories: readonly StaffCategory[] = STAFF_CATEGORIES): StaffingMatrix {
  const rows = dataset.staffing.filter((row) => categories.includes(row.category));
  const ids = new Set(dataset.staffing.map((row) => row.departmentId));
  const departments = dataset.departments.filter((d) => ids.has(d.id));
  return {
    departments,
    categories: STAFF_CATEGORIES.filter((c) => categories.includes(c)),
    cell: (departmentId, category) => sum(rows.filter((r) => r.departmentId === departmentId && r.category === category)),
    rowTotal: (departmentId) => sum(rows.filter((r) => r.departmentId === departmentId)),
    columnTotal: (category) => sum(rows.filter((r) => r.category === category)),
    total: sum(rows),
  };
}

/** A program by id or exact Korean title. */
export function findProgram(dataset: Dataset, key: string): Program | undefined {
  const wanted = normalizeKey(key);
  return dataset.programs.find((p) => p.id === key || normalizeKey(p.title.ko) === wanted);
}
