import * as v from 'valibot';
import { parseCalendarDate } from '../format/date.js';
import { DEPARTMENT_KINDS, FUNDING_SOURCES, PHONE_PATTERN, PROGRAM_KINDS, STAFF_CATEGORIES, WEEKDAYS } from './vocabulary.js';

export * from './vocabulary.js';

/**
 * The shared data model, as valibot schemas. TypeScript types are inferred from these (one source
 * of truth), the JSON Schema file is generated from them, and `parseDataset` runs them.
 *
 * Conventions: money is an integer number of won; Korean text is verbatim as printed (typos
 * included); dates are "YYYY-MM-DD", "YYYY-MM" or "YYYY" — as precise as the source prints them.
 */

// Blank text ("   ") is as empty as "": a name or note of spaces would show as nothing.
const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.regex(/\S/, 'must not be empty'));
const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, -)'),
  v.description('Stable kebab-case identifier'),
);

export const LocalizedTextSchema = v.object({ ko: text, en: text });
export const KoreanFirstTextSchema = v.object({ ko: text, en: v.optional(text) });

/** Messages of actions the shape layer also words in Korean (shape-issues.ts). */
export const WHOLE_WON = 'must be an integer number of won (no fractions)';
const WHOLE_YEAR = 'must be a whole number (a year)';
const LATITUDE = 'must be a latitude, -90 to 90';
const LONGITUDE = 'must be a longitude, -180 to 180';

/** MoneySchema's type message: what tells a money field's issue from another number's (shape-issues.ts). */
export const WON_NUMBER_MESSAGE = 'must be a number of won';

export const MoneySchema = v.pipe(
  v.number(WON_NUMBER_MESSAGE),
  v.integer(WHOLE_WON),
  v.minValue(0, 'must not be negative'),
  v.maxValue(Number.MAX_SAFE_INTEGER, 'is too large'),
  v.description('Integer number of Korean won'),
);

const count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));

/**
 * A date as precise as printed. Months 01–12 and days 01–31 in the pattern itself, so that the JSON
 * Schema (which has no calendar) refuses "2024-13" too; the check refuses "2024-02-30".
 */
const DATE = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;

export const CalendarDateSchema = v.pipe(
  v.string(),
  v.regex(new RegExp(`^${DATE}$`), 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check((value) => parseCalendarDate(value) !== null, 'is not a real calendar date'),
  v.description('YYYY-MM-DD, YYYY-MM or YYYY'),
);

export const PERIOD_MESSAGE = 'must be a date, an interval like 2024-04/2024-05, 2024-12/.. or ../2024-06, or separate dates like {2024-05,2024-11}';

/** A date or an interval "2024-04/2024-05"; "2024-12/.." and "../2024-06" are open-ended (EDTF). */
export const PeriodSchema = v.pipe(
  v.string(),
  v.regex(
    new RegExp(`^(?:${DATE}(?:/(?:${DATE}|\\.\\.))?|\\.\\./${DATE}|\\{${DATE}(?:,${DATE})+\\})$`),
    PERIOD_MESSAGE,
  ),
  v.check((value) => value.split(/[/,{}]/).every((part) => part === '..' || part === '' || parseCalendarDate(part) !== null), 'is not a real calendar date'),
  v.check((value) => {
    // An interval ends after it starts ("2024-05/2024-04" is a slip). Compared at the coarser of the
    // two precisions: 2024-05-03/2024-05 and 2024-05/2024 are fine.
    const [start = '', end] = value.split('/');
    const length = Math.min(start.length, end?.length ?? 0);
    return end === undefined || start === '..' || end === '..' || start.slice(0, length) <= end.slice(0, length);
  }, 'is an interval that ends before it starts'),
);

export const SourceUnitSchema = v.picklist(['천원', '백만원', '억원'], 'must be 천원, 백만원 or 억원');

export const MetaSchema = v.object({
  title: LocalizedTextSchema,
  publisher: LocalizedTextSchema,
  asOf: v.pipe(CalendarDateSchema, v.description('Date the figures refer to')),
  reported: v.pipe(CalendarDateSchema, v.description('When the source was published')),
  source: v.pipe(text, v.description('Citation of the source document')),
  currency: v.literal('KRW', 'must be "KRW"'),
  sourceUrl: v.optional(v.pipe(v.string(), v.url('must be a URL'), v.startsWith('https://', 'must be an https:// URL'))),
  license: v.optional(text),
  notes: v.optional(v.array(text)),
});

export const DepartmentSchema = v.object({
  id,
  name: LocalizedTextSchema,
  kind: v.picklist(DEPARTMENT_KINDS, `must be one of ${DEPARTMENT_KINDS.join(', ')}`),
  parentId: v.optional(id),
  duties: v.optional(v.array(text)),
  note: v.optional(text),
});

export const StaffingRowSchema = v.object({
  departmentId: id,
  category: v.picklist(STAFF_CATEGORIES, `must be one of ${STAFF_CATEGORIES.join(', ')}`),
  quota: count,
  current: count,
  women: count,
});

const StaffCountsSchema = v.object({ quota: count, current: count, women: count });

/** Totals as the source prints them, kept only so they can be checked against the rows. */
export const StaffingTotalsSchema = v.object({
  total: StaffCountsSchema,
  byCategory: v.optional(v.record(v.picklist(STAFF_CATEGORIES), StaffCountsSchema)),
  byDepartment: v.optional(v.record(id, StaffCountsSchema)),
  note: v.optional(text),
});

export const BudgetLineSchema = v.object({
  id,
  departmentId: id,
  name: v.pipe(text, v.description('세부사업명, Korean, verbatim')),
  budget: MoneySchema,
  spent: MoneySchema,
  printedRate: v.optional(v.pipe(v.number(), v.finite(), v.description('Execution rate as printed, percent'))),
  sourceUnit: v.optional(SourceUnitSchema),
  note: v.optional(text),
});

export const ExecutionTotalSchema = v.object({
  departmentId: id,
  budget: MoneySchema,
  spent: MoneySchema,
  printedRate: v.optional(v.pipe(v.number(), v.finite())),
  lineCount: v.optional(count),
  sourceUnit: v.optional(SourceUnitSchema),
  note: v.optional(text),
});

export const BudgetAccountSchema = v.object({
  id,
  name: LocalizedTextSchema,
  parentId: v.optional(id),
  amount: MoneySchema,
  previousAmount: v.optional(MoneySchema),
  change: v.optional(v.pipe(v.number(), v.integer(WHOLE_WON))),
  changeRate: v.optional(v.pipe(v.number(), v.finite())),
  note: v.optional(text),
});

export const BudgetChangeSchema = v.object({
  name: text,
  amount: MoneySchema,
  change: v.pipe(v.number(), v.integer(WHOLE_WON)),
  budgetLineIds: v.optional(v.array(id)),
  note: v.optional(text),
});

export const BudgetSummarySchema = v.object({
  year: v.pipe(v.number(), v.integer(WHOLE_YEAR)),
  previousYear: v.optional(v.pipe(v.number(), v.integer(WHOLE_YEAR))),
  sourceUnit: v.optional(SourceUnitSchema),
  totalPrinted: v.optional(text),
  accounts: v.array(BudgetAccountSchema),
  changes: v.optional(v.array(BudgetChangeSchema)),
  note: v.optional(text),
});

export const FundSchema = v.object({
  id,
  name: LocalizedTextSchema,
  amount: MoneySchema,
  components: v.optional(v.array(v.object({ name: LocalizedTextSchema, amount: MoneySchema }))),
  sourceUnit: v.optional(SourceUnitSchema),
  note: v.optional(text),
});

export const FundingSchema = v.object({
  source: v.picklist(FUNDING_SOURCES, `must be one of ${FUNDING_SOURCES.join(', ')}`),
  amount: v.optional(MoneySchema),
  share: v.optional(v.pipe(v.number(), v.minValue(0, 'must not be negative'), v.maxValue(100, 'must be at most 100 (percent)'))),
  note: v.optional(text),
});

export const KpiSchema = v.object({
  label: text,
  target: v.optional(v.pipe(v.number(), v.finite())),
  actual: v.optional(v.pipe(v.number(), v.finite())),
  unit: v.string(),
  asOf: v.optional(CalendarDateSchema),
  note: v.optional(text),
});

/** Korean phone numbers only, so a `tel:` link can never carry anything else. */
export const PhoneSchema = v.pipe(v.string(), v.regex(PHONE_PATTERN, 'must be a phone number like 02-2133-5005'));

export const ContactSchema = v.object({ role: text, name: text, phone: PhoneSchema });

export const TableSchema = v.object({
  caption: text,
  columns: v.array(v.string()),
  rows: v.array(v.array(v.string())),
  note: v.optional(text),
});

export const ProgramSchema = v.object({
  id,
  departmentId: id,
  kind: v.optional(v.picklist(PROGRAM_KINDS)),
  order: v.optional(count),
  parentId: v.optional(id),
  title: KoreanFirstTextSchema,
  summary: v.optional(text),
  overview: v.optional(v.array(text)),
  legalBasis: v.optional(v.array(text)),
  budget: v.optional(
    v.object({
      amount: MoneySchema,
      year: v.pipe(v.number(), v.integer(WHOLE_YEAR)),
      funding: v.optional(v.array(FundingSchema)),
      note: v.optional(text),
    }),
  ),
  budgetNote: v.optional(text),
  kpis: v.optional(v.array(KpiSchema)),
  achievements: v.optional(v.array(v.object({ text, date: v.optional(PeriodSchema), note: v.optional(text) }))),
  plans: v.optional(v.array(v.object({ text, when: PeriodSchema, whenPrinted: v.optional(text), note: v.optional(text) }))),
  contacts: v.optional(v.array(ContactSchema)),
  tables: v.optional(v.array(TableSchema)),
  budgetLineIds: v.optional(v.array(id)),
  districts: v.optional(v.array(v.string())),
  facilityIds: v.optional(v.array(id)),
  note: v.optional(text),
});

// 24:00 for closing at midnight, no later.
const clock = v.pipe(v.string(), v.regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be HH:MM (24-hour)'));

export const OpeningHoursSchema = v.object({
  text: v.pipe(text, v.description('Hours as printed')),
  weekly: v.optional(
    v.array(
      v.object({
        days: v.pipe(v.array(v.picklist(WEEKDAYS, `must be one of ${WEEKDAYS.join(', ')}`)), v.minLength(1, 'must list at least one day')),
        opens: clock,
        closes: clock,
      }),
    ),
  ),
  note: v.optional(text),
});

export const FacilityTypeSchema = v.object({ id, name: LocalizedTextSchema });

export const FacilitySchema = v.object({
  id,
  name: KoreanFirstTextSchema,
  type: id,
  district: v.pipe(v.nullable(v.string()), v.description('District id; null means outside Seoul unless districtUnknown is true')),
  /** The source names the facility but not its district (a citywide centre): null then means "not given". */
  districtUnknown: v.optional(v.boolean()),
  address: v.optional(text),
  operator: v.optional(text),
  hours: v.optional(OpeningHoursSchema),
  capacity: v.optional(count),
  capacityNote: v.optional(text),
  phone: v.optional(PhoneSchema),
  opened: v.optional(CalendarDateSchema),
  status: v.optional(v.picklist(['open', 'planned', 'under-construction'])),
  programIds: v.optional(v.array(id)),
  location: v.optional(
    v.object({
      lat: v.pipe(v.number(), v.minValue(-90, LATITUDE), v.maxValue(90, LATITUDE)),
      lon: v.pipe(v.number(), v.minValue(-180, LONGITUDE), v.maxValue(180, LONGITUDE)),
    }),
  ),
  note: v.optional(text),
});

export const InfrastructureCountSchema = v.object({
  id,
  group: v.optional(id),
  name: LocalizedTextSchema,
  count,
  facilityType: v.optional(id),
  note: v.optional(text),
});

export const DatasetSchema = v.object({
  schemaVersion: v.pipe(v.string(), v.regex(/^\d+\.\d+$/, 'must look like "1.0"')),
  meta: MetaSchema,
  departments: v.optional(v.array(DepartmentSchema), []),
  staffing: v.optional(v.array(StaffingRowSchema), []),
  staffingTotals: v.optional(StaffingTotalsSchema),
  budget: v.optional(BudgetSummarySchema),
  funds: v.optional(v.array(FundSchema), []),
  executionTotals: v.optional(v.array(ExecutionTotalSchema), []),
  budgetLines: v.optional(v.array(BudgetLineSchema), []),
  programs: v.optional(v.array(ProgramSchema), []),
  facilityTypes: v.optional(v.array(FacilityTypeSchema), []),
  facilities: v.optional(v.array(FacilitySchema), []),
  infrastructure: v.optional(v.array(InfrastructureCountSchema), []),
  notes: v.optional(v.array(text)),
});
