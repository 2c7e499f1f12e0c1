import type * as v from 'valibot';
import type * as s from './dataset-schema.js';

/** A validated dataset. Content arrays are always present (empty when the source has none). */
export type Dataset = v.InferOutput<typeof s.DatasetSchema>;
/** What a district writes: content sections may be omitted. */
export type DatasetInput = v.InferInput<typeof s.DatasetSchema>;
export type LocalizedText = v.InferOutput<typeof s.LocalizedTextSchema>;
export type KoreanFirstText = v.InferOutput<typeof s.KoreanFirstTextSchema>;
export type DatasetMeta = v.InferOutput<typeof s.MetaSchema>;
export type Department = v.InferOutput<typeof s.DepartmentSchema>;
export type DepartmentKind = Department['kind'];
export type StaffingRow = v.InferOutput<typeof s.StaffingRowSchema>;
export type StaffCategory = StaffingRow['category'];
export type StaffingTotals = v.InferOutput<typeof s.StaffingTotalsSchema>;
export type BudgetLine = v.InferOutput<typeof s.BudgetLineSchema>;
export type ExecutionTotal = v.InferOutput<typeof s.ExecutionTotalSchema>;
export type BudgetSummary = v.InferOutput<typeof s.BudgetSummarySchema>;
export type BudgetAccount = v.InferOutput<typeof s.BudgetAccountSchema>;
export type Fund = v.InferOutput<typeof s.FundSchema>;
export type Program = v.InferOutput<typeof s.ProgramSchema>;
export type ProgramBudget = NonNullable<Program['budget']>;
export type Funding = v.InferOutput<typeof s.FundingSchema>;
export type FundingSource = Funding['source'];
export type Kpi = v.InferOutput<typeof s.KpiSchema>;
export type Contact = v.InferOutput<typeof s.ContactSchema>;
export type ProgramTable = v.InferOutput<typeof s.TableSchema>;
export type ProgramPlan = NonNullable<Program['plans']>[number];
export type ProgramAchievement = NonNullable<Program['achievements']>[number];
export type Facility = v.InferOutput<typeof s.FacilitySchema>;
export type FacilityType = v.InferOutput<typeof s.FacilityTypeSchema>;
export type OpeningHours = v.InferOutput<typeof s.OpeningHoursSchema>;
export type Weekday = (typeof s.WEEKDAYS)[number];
export type InfrastructureCount = v.InferOutput<typeof s.InfrastructureCountSchema>;
