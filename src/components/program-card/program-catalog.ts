import { collatorFor } from '../../internal/collator.js';
import type { Locale } from '../../i18n/locale.js';
import { findDepartment, findProgram, officeDepartment } from '../../data/queries.js';
import type { Dataset, Department, Program } from '../../schema/types.js';
import { achievementPercent, headlineKpi } from './kpi-achievement.js';
import { matchesQuery, prepareSearchText, type SearchText } from './program-search.js';

/** Orders the list offers. `order` is the report's own order (or the curated `program-ids` order). */
export const PROGRAM_SORTS = ['order', 'budget', 'title', 'achievement'] as const;
export type ProgramSort = (typeof PROGRAM_SORTS)[number];

export function isProgramSort(value: unknown): value is ProgramSort {
  return typeof value === 'string' && (PROGRAM_SORTS as readonly string[]).includes(value);
}

/** A program with what filtering and sorting need, computed once per dataset. */
export interface ProgramEntry {
  program: Program;
  /** Position in the report (or in the curated list). */
  index: number;
  /** Budget in won, null for programs the report gives no amount for (비예산, not printed). */
  budget: number | null;
  /** Achievement of the headline KPI in percent, null without target and result. */
  achievement: number | null;
  /** District ids the program names; null when it names none (it runs citywide). */
  districts: readonly string[] | null;
  search: SearchText;
}

export function programEntries(programs: readonly Program[]): ProgramEntry[] {
  return programs.map((program, index) => {
    const kpi = headlineKpi(program.kpis);
    return {
      program,
      index,
      budget: program.budget?.amount ?? null,
      achievement: kpi ? achievementPercent(kpi) : null,
      districts: program.districts && program.districts.length > 0 ? program.districts : null,
      // Titles only: the box is labelled "사업명", and summaries would make 초성 queries match noise.
      search: prepareSearchText(program.title.ko, program.title.en),
    };
  });
}

/**
 * Whether a program reaches a district: it names the district (`district`), or names none and
 * so runs citywide (`citywide`). Null when it names other districts only.
 */
export type DistrictScope = 'district' | 'citywide';

export function districtScope(entry: Pick<ProgramEntry, 'districts'>, districtId: string): DistrictScope | null {
  if (entry.districts === null) return 'citywide';
  return entry.districts.includes(districtId) ? 'district' : null;
}

export interface ProgramCriteria {
  query?: string;
  /** Department id. */
  departmentId?: string | null;
  /** District id. */
  districtId?: string | null;
}

export function filterEntries(entries: readonly ProgramEntry[], criteria: ProgramCriteria): ProgramEntry[] {
  const { query = '', departmentId, districtId } = criteria;
  return entries.filter(
    (entry) =>
      (!departmentId || entry.program.departmentId === departmentId) &&
      (!districtId || districtScope(entry, districtId) !== null) &&
      matchesQuery(query, entry.search),
  );
}


/** Highest first; programs without the figure go last; ties keep the report's order. */
function descendingNullsLast(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/**
 * Sorts without touching the input. Titles are compared as displayed: Korean in Korean
 * collation, English titles (where the dataset has them) in English. With `districtFirst`, the
 * programs that name that district come before the citywide ones, each group in the chosen order:
 * on a district's portal its own programs (a handful among 60 citywide) would otherwise sit
 * wherever the report printed them, often past a list's `limit`.
 */
export function sortEntries(entries: readonly ProgramEntry[], sort: ProgramSort, locale: Locale, districtFirst: string | null = null): ProgramEntry[] {
  // 「」 and other punctuation ignored: titles sort by their words.
  const collator = collatorFor(locale, true);
  const title = (entry: ProgramEntry) => (locale === 'en' ? (entry.program.title.en ?? entry.program.title.ko) : entry.program.title.ko);
  const compare: Record<ProgramSort, (a: ProgramEntry, b: ProgramEntry) => number> = {
    order: () => 0,
    budget: (a, b) => descendingNullsLast(a.budget, b.budget),
    title: (a, b) => collator.compare(title(a), title(b)),
    achievement: (a, b) => descendingNullsLast(a.achievement, b.achievement),
  };
  const group = (entry: ProgramEntry) => (districtFirst && districtScope(entry, districtFirst) === 'district' ? 0 : 1);
  return [...entries].sort((a, b) => group(a) - group(b) || compare[sort](a, b) || a.index - b.index);
}

/** The departments that own at least one of the programs, in the dataset's order (for the filter). */
export function departmentsWithPrograms(dataset: Dataset, programs: readonly Program[]): Department[] {
  const ids = new Set(programs.map((program) => program.departmentId));
  return dataset.departments.filter((department) => ids.has(department.id));
}

/** What the list's `division` (or `department`) attribute filters by. */
export type DivisionFilter =
  /** The office (`여성가족정책실`, copied from a gauge): every program is its own. */
  | { kind: 'all' }
  | { kind: 'division'; id: string }
  | { kind: 'unknown' }
  /**
   * A real unit that runs none of the programs listed (아동복지센터, a staffing-table row; with
   * `program-ids`, a division none of those programs belongs to): it would only ever list nothing.
   */
  | { kind: 'no-programs' };

export function resolveDivisionFilter(dataset: Dataset, key: string, programs: readonly Program[] = dataset.programs): DivisionFilter {
  const department = findDepartment(dataset, key.trim());
  if (!department) return { kind: 'unknown' };
  if (department.id === officeDepartment(dataset)?.id) return { kind: 'all' };
  if (!programs.some((program) => program.departmentId === department.id)) return { kind: 'no-programs' };
  return { kind: 'division', id: department.id };
}

/**
 * Splits a `program-ids` attribute at commas and line breaks, dropping blanks. Spaces stay inside a
 * piece: it may be a Korean title ("임산부 교통비 지원") or ids separated by spaces ("a b"), which
 * only the dataset can tell apart (resolvePrograms).
 */
export function parseIdList(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/[,\n]/)
    .map((key) => key.trim())
    .filter(Boolean);
}

/**
 * Resolves curated pieces (parseIdList) in the given order; unknown keys are returned. A run of pieces
 * may be one title with a comma of its own ("보조교사, 대체교사 등 지원"), the longest run first; a
 * piece that is no id or title is read as ids separated by spaces ("a b, c"), and if none of its
 * words is one either, it is named whole.
 */
export function resolvePrograms(dataset: Dataset, keys: readonly string[]): { programs: Program[]; unknown: string[] } {
  const programs: Program[] = [];
  const unknown: string[] = [];
  const add = (program: Program) => void (programs.includes(program) || programs.push(program));
  for (let at = 0; at < keys.length; ) {
    let end = keys.length;
    let program: Program | undefined;
    while (end > at && !(program = findProgram(dataset, keys.slice(at, end).join(', ')))) end -= 1;
    if (program) {
      add(program);
      at = end;
      continue;
    }
    const key = keys[at]!;
    at += 1;
    const words = key.split(/\s+/);
    const found = words.map((word) => findProgram(dataset, word));
    if (found.every((item) => item === undefined)) unknown.push(key);
    else words.forEach((word, index) => (found[index] ? add(found[index]) : unknown.push(word)));
  }
  return { programs, unknown };
}
