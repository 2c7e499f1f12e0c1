import { collatorFor } from '../../internal/collator.js';
import { departmentsWithLines, executionOf, findBudgetLine, findDepartment, linesOf, officeDepartment } from '../../data/queries.js';
import type { WfpErrorDetail } from '../../events/wfp-error-event.js';
import { yearElapsedPercent } from '../../format/date.js';
import { formatMoney, isMoneyUnit, MONEY_UNITS, sharedFractionDigits, type MoneyUnit } from '../../format/money.js';
import { executionRate, formatPercent } from '../../format/rate.js';
import { roundHalfUp } from '../../format/rounding.js';
import { executionGaugeLabels, type ExecutionGaugeLabels } from '../../i18n/execution-gauge.js';
import type { Locale } from '../../i18n/locale.js';
import { localizedString } from '../../i18n/localized.js';
import { invalidLimitError, parseLimit } from '../../internal/limit.js';
import type { Dataset, Department } from '../../schema/types.js';

/**
 * Pure core of `<wfp-execution-gauge>`: turns the element's attributes (and the dataset, when the
 * subject needs one) into a view model or a specific error. No DOM: every branch is unit-tested.
 *
 * Subject precedence, most explicit first: `budget`/`spent` (no dataset needed) → `line` →
 * `department` → the whole office.
 */

export type Variant = 'arc' | 'bar';
export type SortKey = 'rate' | 'budget' | 'name';
export type PaceStatus = 'ahead' | 'behind' | 'on-pace';

export const VARIANTS: readonly Variant[] = ['arc', 'bar'];
export const SORT_KEYS: readonly SortKey[] = ['rate', 'budget', 'name'];

/** The element's attributes as given (strings stay strings so "abc" can be reported, not NaN'd). */
export interface GaugeInputs {
  department?: string | null;
  line?: string | null;
  budget?: string | null;
  spent?: string | null;
  label?: string | null;
  unit?: string | null;
  variant?: string | null;
  pace?: string | null;
  sort?: string | null;
  /** A number, or the attribute text when it is not one (so the message can quote it). */
  limit?: number | string | null;
  breakdown?: boolean;
}

export interface GaugeOptions {
  unit: MoneyUnit;
  variant: Variant;
  /** null keeps the report's order. */
  sort: SortKey | null;
  limit: number | null;
  /** 'auto' = even spending at the dataset's as-of date; a number = explicit percent; null = none. */
  pace: 'auto' | number | null;
}

/** A name as the dataset gives it: department names in both languages, budget-line names Korean only. */
export interface SubjectName {
  ko: string;
  en?: string;
}

export interface GaugeFigure {
  kind: 'office' | 'department' | 'line' | 'explicit';
  id: string | null;
  /** null for explicit figures without a `label`. */
  name: SubjectName | null;
  /** The department a budget line belongs to. */
  context: SubjectName | null;
  budget: number;
  spent: number;
  /** The real rate (half-up, one decimal), above 100 when spent > budget; null when budget is 0. */
  rate: number | null;
  overspent: boolean;
}

export interface BreakdownRow {
  id: string;
  name: SubjectName;
  budget: number;
  spent: number;
  rate: number | null;
  overspent: boolean;
  /** Position in the report (the default order). */
  order: number;
}

export interface Breakdown {
  scope: 'office' | 'department';
  rows: BreakdownRow[];
}

export type GaugeView =
  /** The subject needs the dataset, which is not there yet (loading, or failed: the element knows which). */
  | { status: 'needs-data' }
  | { status: 'error'; detail: WfpErrorDetail }
  | { status: 'empty'; message: { ko: string; en: string } }
  | {
      status: 'ready';
      figure: GaugeFigure;
      breakdown: Breakdown | null;
      /** Pace in percent, resolved (auto needs the dataset; without it there is no marker). */
      pace: number | null;
      /** Input that is usable but wrong (budget 0, spent > budget): shown and reported as wfp-error. */
      problem: WfpErrorDetail | null;
      /** Figures come from the dataset (show its source line) rather than from attributes. */
      fromDataset: boolean;
    };

const LABELS = executionGaugeLabels;

/** Builds a bilingual error detail from the same label function in both languages. */
function bilingual(kind: WfpErrorDetail['kind'], message: (labels: ExecutionGaugeLabels, locale: Locale) => string): WfpErrorDetail {
  return { kind, message: { ko: message(LABELS.ko, 'ko'), en: message(LABELS.en, 'en') } };
}

function given(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value.trim() !== '';
}

/**
 * A whole, non-negative number of won. Accepts "2072211000000" and thousands-grouped
 * "2,072,211,000,000" (how amounts are usually written), nothing else: "1.5e3", "12억" or "-5"
 * are errors rather than guesses.
 */
export function parseWon(text: string): number | null {
  const trimmed = text.trim();
  if (!/^(?:\d+|\d{1,3}(?:,\d{3})+)$/.test(trimmed)) return null;
  const value = Number(trimmed.replaceAll(',', ''));
  return Number.isSafeInteger(value) ? value : null;
}

/** Checks the attributes that do not depend on the dataset. */
export function parseOptions(inputs: GaugeInputs): { options: GaugeOptions } | { error: WfpErrorDetail } {
  const unit = given(inputs.unit) ? inputs.unit.trim() : 'auto';
  if (!isMoneyUnit(unit)) {
    return { error: bilingual('invalid-input', (l) => l.errors.invalidChoice('unit', unit, MONEY_UNITS.join(', '))) };
  }
  const variant = given(inputs.variant) ? inputs.variant.trim() : 'arc';
  if (!(VARIANTS as readonly string[]).includes(variant)) {
    return { error: bilingual('invalid-input', (l) => l.errors.invalidChoice('variant', variant, VARIANTS.join(', '))) };
  }
  const sort = given(inputs.sort) ? inputs.sort.trim() : null;
  if (sort !== null && !(SORT_KEYS as readonly string[]).includes(sort)) {
    return { error: bilingual('invalid-input', (l) => l.errors.invalidChoice('sort', sort, SORT_KEYS.join(', '))) };
  }
  const limit = parseLimit(inputs.limit);
  if (limit === undefined) return { error: invalidLimitError(String(inputs.limit)) };
  const pace = parsePace(inputs.pace);
  if (pace === undefined) return { error: bilingual('invalid-input', (l) => l.errors.invalidPace(String(inputs.pace))) };
  return { options: { unit, variant: variant as Variant, sort: sort as SortKey | null, limit, pace } };
}

/** `pace` (or a bare `pace` attribute) → 'auto'; "40" / "40%" → 40; absent → null; anything else → undefined. */
export function parsePace(text: string | null | undefined): 'auto' | number | null | undefined {
  if (text === null || text === undefined) return null;
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'auto') return 'auto';
  if (!/^\d+(?:\.\d+)?%?$/.test(trimmed)) return undefined;
  const value = Number(trimmed.replace('%', ''));
  return value >= 0 && value <= 100 ? value : undefined;
}

/** Where the rate stands against the pace, in percentage points rounded half-up to one decimal. */
export function comparePace(rate: number | null, pace: number | null): { status: PaceStatus; difference: number } | null {
  if (rate === null || pace === null) return null;
  const difference = roundHalfUp(rate - pace, 1);
  return { status: difference > 0 ? 'ahead' : difference < 0 ? 'behind' : 'on-pace', difference: Math.abs(difference) };
}

function explicitFigure(inputs: GaugeInputs): { figure: GaugeFigure; problem: WfpErrorDetail | null } | { error: WfpErrorDetail } {
  for (const [attribute, other] of [
    ['budget', 'spent'],
    ['spent', 'budget'],
  ] as const) {
    const value = inputs[attribute];
    if (given(value) && parseWon(value) === null) {
      return { error: bilingual('invalid-input', (l) => l.errors.notANumber(attribute, value)) };
    }
    if (given(value) && !given(inputs[other])) {
      return { error: bilingual('invalid-input', (l) => l.errors.missingPair(attribute, other)) };
    }
  }
  const budget = parseWon(inputs.budget!)!;
  const spent = parseWon(inputs.spent!)!;
  const rate = executionRate(spent, budget);
  const label = given(inputs.label) ? inputs.label.trim() : null;
  const figure: GaugeFigure = {
    kind: 'explicit',
    id: null,
    name: label === null ? null : { ko: label, en: label },
    context: null,
    budget,
    spent,
    rate,
    overspent: isOverspent(budget, spent),
  };
  let problem: WfpErrorDetail | null = null;
  if (budget === 0) problem = bilingual('invalid-input', (l) => l.errors.budgetZero);
  else if (figure.overspent) {
    problem = bilingual('invalid-input', (l, locale) =>
      // Exact won: the webmaster compares these with what they typed.
      l.errors.overspent(formatMoney(spent, locale, { unit: '원' }), formatMoney(budget, locale, { unit: '원' }), formatPercent(rate, locale)),
    );
  }
  return { figure, problem };
}

/** Departments the gauge can show: those with printed totals or budget lines, the office first. */
export function departmentsWithFigures(dataset: Dataset): Department[] {
  const totals = new Set(dataset.executionTotals.map((total) => total.departmentId));
  const withLines = new Set(departmentsWithLines(dataset).map((d) => d.id));
  return dataset.departments.filter((d) => d.kind === 'office' || totals.has(d.id) || withLines.has(d.id));
}

/** "office (여성가족정책실), gender-equality (양성평등담당관), …": the form every widget's message lists valid values in. */
function departmentList(dataset: Dataset, locale: Locale): string {
  return departmentsWithFigures(dataset)
    .map((d) => `${d.id} (${localizedString(d.name, locale)})`)
    .join(', ');
}

function departmentFigure(dataset: Dataset, department: Department | undefined): GaugeFigure {
  const execution = executionOf(dataset, department?.id);
  const office = officeDepartment(dataset);
  const isOffice = !department || department.kind === 'office';
  const name = department?.name ?? office?.name ?? dataset.meta.publisher;
  return {
    kind: isOffice ? 'office' : 'department',
    id: department?.id ?? office?.id ?? null,
    name,
    context: null,
    budget: execution.budget,
    spent: execution.spent,
    rate: execution.rate,
    overspent: isOverspent(execution.budget, execution.spent),
  };
}

/** More spent than budgeted: shown as the real rate over 100 %, flagged in words. A budget of 0 has no rate at all. */
function isOverspent(budget: number, spent: number): boolean {
  return budget > 0 && spent > budget;
}

function row(id: string, name: SubjectName, budget: number, spent: number, order: number): BreakdownRow {
  return { id, name, budget, spent, rate: executionRate(spent, budget), overspent: isOverspent(budget, spent), order };
}

/**
 * The office's units, or a unit's lines. A unit with figures of its own (a printed total) counts
 * even without lines; nothing to list (a unit whose lines the dataset leaves out) is no breakdown,
 * not a heading over "0 of 0".
 */
function breakdownOf(dataset: Dataset, figure: GaugeFigure): Breakdown | null {
  let breakdown: Breakdown | null = null;
  if (figure.kind === 'office') {
    const units = departmentsWithFigures(dataset).filter((d) => d.kind !== 'office');
    const rows = units.map((d, order) => {
      const execution = executionOf(dataset, d.id);
      return row(d.id, d.name, execution.budget, execution.spent, order);
    });
    breakdown = { scope: 'office', rows };
  } else if (figure.kind === 'department' && figure.id) {
    const rows = linesOf(dataset, figure.id).map((line, order) => row(line.id, { ko: line.name }, line.budget, line.spent, order));
    breakdown = { scope: 'department', rows };
  }
  // A single line or explicit figures have nothing to break down.
  return breakdown && breakdown.rows.length > 0 ? breakdown : null;
}

function unknownLineError(dataset: Dataset, key: string, candidates: readonly { id: string }[]): WfpErrorDetail {
  if (candidates.length > 1) {
    const ids = candidates.map((c) => c.id).join(', ');
    return bilingual('invalid-input', (l) => l.errors.ambiguousLine(key, ids));
  }
  // A mistyped number with a real department prefix gets that department's id range.
  const prefix = /^(.+)-\d+$/.exec(key.trim())?.[1];
  const department = prefix ? dataset.departments.find((d) => d.id === prefix) : undefined;
  const lines = department ? linesOf(dataset, department.id) : [];
  if (department && lines.length > 0) {
    return bilingual('not-found', (l, locale) =>
      `${l.errors.unknownLine(key)} ${l.errors.lineIdRange(localizedString(department.name, locale), lines[0]!.id, lines.at(-1)!.id, lines.length)}`,
    );
  }
  const example = dataset.budgetLines[0]?.id ?? 'children-001';
  const ids = departmentsWithLines(dataset)
    .map((d) => d.id)
    .join(', ');
  return bilingual('not-found', (l) => `${l.errors.unknownLine(key)} ${l.errors.lineIdFormat(example, ids)}`);
}

/**
 * Whether the gauge reads a dataset at all: figures of its own (`budget`, `spent`) need none, unless
 * `pace="auto"` asks for the dataset's as-of date. A district's own figures on a page without the
 * official file then cost no request and log no failure.
 */
export function needsDataset(inputs: Pick<GaugeInputs, 'budget' | 'spent' | 'pace'>): boolean {
  return !hasOwnFigures(inputs) || parsePace(inputs.pace) === 'auto';
}

/** `budget` or `spent` given: the gauge shows those figures, whatever `line` or `department` say. */
function hasOwnFigures(inputs: Pick<GaugeInputs, 'budget' | 'spent'>): boolean {
  return given(inputs.budget) || given(inputs.spent);
}

/**
 * The view for the current attributes and dataset (the dataset null while it loads: the view is then
 * `needs-data`, unless figures given as attributes need none). Explicit figures never wait for the
 * dataset; it is only consulted for `pace="auto"`.
 */
export function resolveGauge(inputs: GaugeInputs, dataset: Dataset | null): GaugeView {
  const parsed = parseOptions(inputs);
  if ('error' in parsed) return { status: 'error', detail: parsed.error };
  const { options } = parsed;
  const pace =
    options.pace === 'auto' ? (dataset ? yearElapsedPercent(dataset.meta.asOf) : null) : options.pace;

  if (hasOwnFigures(inputs)) {
    const explicit = explicitFigure(inputs);
    if ('error' in explicit) return { status: 'error', detail: explicit.error };
    return { status: 'ready', figure: explicit.figure, breakdown: null, pace, problem: explicit.problem, fromDataset: false };
  }

  if (!dataset) return { status: 'needs-data' };

  let department: Department | undefined;
  if (given(inputs.department)) {
    const key = inputs.department;
    department = findDepartment(dataset, key.trim());
    if (!department) {
      return {
        status: 'error',
        detail: bilingual('not-found', (l, locale) => l.errors.unknownDepartment(key, departmentList(dataset, locale))),
      };
    }
  }

  if (given(inputs.line)) {
    const key = inputs.line.trim();
    const { line, candidates } = findBudgetLine(dataset, key);
    if (!line) return { status: 'error', detail: unknownLineError(dataset, key, candidates) };
    const owner = dataset.departments.find((d) => d.id === line.departmentId);
    if (department && department.kind !== 'office' && department.id !== line.departmentId) {
      return {
        status: 'error',
        detail: bilingual('invalid-input', (l, locale) =>
          l.errors.lineNotInDepartment(line.id, owner ? localizedString(owner.name, locale) : line.departmentId, inputs.department!.trim()),
        ),
      };
    }
    const rate = executionRate(line.spent, line.budget);
    const figure: GaugeFigure = {
      kind: 'line',
      id: line.id,
      name: { ko: line.name },
      context: owner?.name ?? null,
      budget: line.budget,
      spent: line.spent,
      rate,
      overspent: isOverspent(line.budget, line.spent),
    };
    return { status: 'ready', figure, breakdown: null, pace, problem: null, fromDataset: true };
  }

  if (department && !departmentsWithFigures(dataset).includes(department)) {
    const name = department.name;
    return { status: 'empty', message: { ko: LABELS.ko.noFigures(name.ko), en: LABELS.en.noFigures(name.en ?? name.ko) } };
  }
  // The office named (department="여성가족정책실") is the office by default: without execution data it
  // has none to show either, rather than a budget of 0.
  if ((!department || department.kind === 'office') && dataset.budgetLines.length === 0 && dataset.executionTotals.length === 0) {
    return { status: 'empty', message: { ko: LABELS.ko.noExecutionData, en: LABELS.en.noExecutionData } };
  }
  const figure = departmentFigure(dataset, department);
  const breakdown = inputs.breakdown ? breakdownOf(dataset, figure) : null;
  return { status: 'ready', figure, breakdown, pace, problem: null, fromDataset: true };
}

/**
 * Rows in the requested order: rate and budget descending (largest first, "not applicable" last),
 * names in the reader's collation; ties keep the report's order so the result is stable.
 */
export function sortBreakdownRows(rows: readonly BreakdownRow[], sort: SortKey | null, locale: Locale): BreakdownRow[] {
  const byOrder = (a: BreakdownRow, b: BreakdownRow) => a.order - b.order;
  const sorted = [...rows];
  switch (sort) {
    case 'rate':
      return sorted.sort((a, b) => (b.rate ?? -Infinity) - (a.rate ?? -Infinity) || byOrder(a, b));
    case 'budget':
      return sorted.sort((a, b) => b.budget - a.budget || byOrder(a, b));
    case 'name':
      return sorted.sort((a, b) => collatorFor(locale).compare(localizedString(a.name, locale), localizedString(b.name, locale)) || byOrder(a, b));
    default:
      return sorted.sort(byOrder);
  }
}

/** The words and numbers of one gauge in one language, shared by the big gauge and breakdown rows. */
export interface FigureText {
  name: string;
  rate: string;
  amounts: string;
  /** The meter's aria-valuetext. */
  valueText: string;
  pace: { status: PaceStatus; sentence: string; short: string } | null;
}

export function describeFigure(
  figure: { name: SubjectName | null; budget: number; spent: number; rate: number | null },
  locale: Locale,
  unit: MoneyUnit,
  pace: number | null,
): FigureText {
  const labels = LABELS[locale];
  const name = figure.name ? localizedString(figure.name, locale) : '';
  const rate = formatPercent(figure.rate, locale);
  const fractionDigits = sharedFractionDigits([figure.budget, figure.spent], locale, unit);
  const amounts = labels.amounts(formatMoney(figure.budget, locale, { unit, fractionDigits }), formatMoney(figure.spent, locale, { unit, fractionDigits }));
  const comparison = comparePace(figure.rate, pace);
  const paceText =
    comparison && pace !== null
      ? {
          status: comparison.status,
          // formatPercent keeps the one decimal ("6.0"); the sentence adds its own unit (%p / points).
          sentence: labels.paceSentence(comparison.status, formatPercent(comparison.difference, locale).replace('%', ''), formatPercent(pace, locale)),
          short: labels.paceShort[comparison.status],
        }
      : null;
  const valueText = labels.valueText(rate, amounts) + (paceText ? `, ${paceText.sentence}` : '');
  return { name, rate, amounts, valueText, pace: paceText };
}
