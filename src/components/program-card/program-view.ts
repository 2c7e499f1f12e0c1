import { findDistrict } from '../../schema/districts.js';
import type { Contact, Dataset, Department, Facility, Kpi, Program } from '../../schema/types.js';
import { fundingSplit, type FundingSplit } from './funding-split.js';
import { achievementPercent, headlineKpi } from './kpi-achievement.js';
import { planStatus, type PlanStatus } from './plan-timeline.js';

export interface KpiView {
  kpi: Kpi;
  /** Percent, half-up one decimal; null without both target and result. */
  achievement: number | null;
}

export interface PlanView {
  text: string;
  when: string;
  status: PlanStatus | null;
}

/** A district the program names: a known 자치구, or the text as the dataset wrote it. */
export type DistrictView = { id: string; ko: string; en: string } | { id: string; ko: null; en: null };

export interface FacilityView {
  facility: Facility;
  /** null for a facility outside Seoul. */
  district: DistrictView | null;
}

export interface ContactView extends Contact {
  /** `tel:` URL, built only from a value that is a phone number (digits and hyphens). */
  href: string | null;
}

/** Everything a card shows, derived once per dataset and program (no formatting: that is per locale). */
export interface ProgramView {
  program: Program;
  department: Department | undefined;
  parent: Program | undefined;
  /** Its own parts (programs whose parentId is this one), in the report's order: an initiative printed as numbered sub-parts. */
  parts: Program[];
  funding: FundingSplit;
  /** KPIs with at least one figure; a label without figures says nothing. */
  kpis: KpiView[];
  headline: KpiView | undefined;
  plans: PlanView[];
  /** null: the program names no district and runs citywide. */
  districts: DistrictView[] | null;
  facilities: FacilityView[];
  /** Linked budget lines that exist in the dataset. */
  budgetLineIds: string[];
  /** Those the program's own department runs: the card need not name the department on them again. */
  ownLineIds: ReadonlySet<string>;
  /**
   * Why those lines' execution is not this program's alone, or null when nothing says so. The
   * report's budget lines (세부사업) are coarser than its programs: one line can fund other programs
   * too (외국인주민 지원시설 설치·운영 funds two centres) or more than this program's budget.
   */
  lineScope: LineScope | null;
  /**
   * The department's whole budget (its execution total) when this program's budget of the same year
   * is larger, or null: such a budget is not the department's own alone (2024년 1인가구 안심
   * 시행계획, 5,808억원 against 1인가구담당관's 158억원, gathers other departments' projects).
   */
  departmentBudget: number | null;
  contacts: ContactView[];
  asOf: string;
}

export interface LineScope {
  /** Other programs of the same kind linked to at least one of the same lines. */
  sharedWith: number;
  /** The lines' budgets add up to more than the program's own budget (by over 1 %). */
  wider: boolean;
}

/**
 * See `ProgramView.lineScope`. Only programs of the same kind share a line: a major initiative and
 * a division's program that link one line report the same work twice (the city-run kids cafés'
 * line is one of the kids-café initiative's), not two programs splitting it. And a program's budget
 * printed in 백만원 may round below its lines' sum (2,244 against 2,245): only a gap over 1 % counts.
 */
export function lineScope(dataset: Dataset, program: Program, lineIds: readonly string[]): LineScope | null {
  if (lineIds.length === 0) return null;
  const linked = new Set(lineIds);
  const kind = program.kind ?? 'program';
  const sharedWith = dataset.programs.filter(
    (other) => other !== program && (other.kind ?? 'program') === kind && other.budgetLineIds?.some((id) => linked.has(id)),
  ).length;
  const linesBudget = dataset.budgetLines.reduce((sum, line) => (linked.has(line.id) ? sum + line.budget : sum), 0);
  // In whole numbers: won amounts times 101 stay far below 2^53.
  const wider = program.budget !== undefined && linesBudget * 100 > program.budget.amount * 101;
  return sharedWith > 0 || wider ? { sharedWith, wider } : null;
}

/** See `ProgramView.departmentBudget`. */
export function departmentBudget(dataset: Dataset, program: Program): number | null {
  const total = dataset.executionTotals.find((item) => item.departmentId === program.departmentId)?.budget;
  // The execution totals are the as-of year's: a budget of another year, or a total of 0 (nothing
  // to compare with), says nothing about the program.
  const sameYear = program.budget?.year === Number(dataset.meta.asOf.slice(0, 4));
  return program.budget && sameYear && total !== undefined && total > 0 && program.budget.amount > total ? total : null;
}

const PHONE = /^\d[\d-]*\d$/;

export function telHref(phone: string): string | null {
  return PHONE.test(phone) ? `tel:${phone}` : null;
}

function districtView(id: string): DistrictView {
  const district = findDistrict(id);
  return district ? { id: district.id, ko: district.ko, en: district.en } : { id, ko: null, en: null };
}

export function programView(dataset: Dataset, program: Program): ProgramView {
  const kpis = (program.kpis ?? [])
    .filter((kpi) => kpi.target !== undefined || kpi.actual !== undefined)
    .map((kpi) => ({ kpi, achievement: achievementPercent(kpi) }));
  const headline = headlineKpi(kpis.map((item) => item.kpi));
  const facilityById = new Map(dataset.facilities.map((facility) => [facility.id, facility]));
  const lineById = new Map(dataset.budgetLines.map((line) => [line.id, line]));
  const budgetLineIds = (program.budgetLineIds ?? []).filter((id) => lineById.has(id));
  return {
    program,
    department: dataset.departments.find((department) => department.id === program.departmentId),
    parent: program.parentId ? dataset.programs.find((candidate) => candidate.id === program.parentId) : undefined,
    parts: dataset.programs.filter((candidate) => candidate.parentId === program.id),
    funding: fundingSplit(program.budget),
    kpis,
    headline: kpis.find((item) => item.kpi === headline),
    plans: (program.plans ?? []).map((plan) => ({ text: plan.text, when: plan.when, status: planStatus(plan.when, dataset.meta.asOf) })),
    districts:
      program.districts && program.districts.length > 0
        ? program.districts.map(districtView)
        : null,
    facilities: (program.facilityIds ?? []).flatMap((id) => {
      const facility = facilityById.get(id);
      return facility ? [{ facility, district: facility.district === null ? null : districtView(facility.district) }] : [];
    }),
    budgetLineIds,
    ownLineIds: new Set(budgetLineIds.filter((id) => lineById.get(id)!.departmentId === program.departmentId)),
    lineScope: lineScope(dataset, program, budgetLineIds),
    departmentBudget: departmentBudget(dataset, program),
    contacts: (program.contacts ?? []).map((contact) => ({ ...contact, href: telHref(contact.phone) })),
    asOf: dataset.meta.asOf,
  };
}
