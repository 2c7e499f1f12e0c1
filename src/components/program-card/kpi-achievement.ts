import { percentShare } from '../../format/rate.js';
import type { Kpi } from '../../schema/types.js';

/** Number of decimals a finite number is written with (1.5 → 1, 29.8 → 1, 34 → 0). */
function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 0;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * Achievement of a target in percent, half-up to one decimal as the report prints it
 * (34,265 of 50,000 → 68.5). Targets such as "1.5만명" or "34%" carry decimals; both figures are
 * scaled to integers first so the shared exact rounding applies. Null without both figures or
 * with a zero target.
 */
export function achievementPercent(kpi: Pick<Kpi, 'target' | 'actual'>): number | null {
  const { target, actual } = kpi;
  if (target === undefined || actual === undefined || target <= 0 || actual < 0) return null;
  const scale = 10 ** Math.max(decimalsOf(target), decimalsOf(actual));
  return percentShare(Math.round(actual * scale), Math.round(target * scale));
}

/**
 * The KPI a compact card shows: the first with target and result (an achievement), else the first
 * with a result, else the first target.
 */
export function headlineKpi(kpis: readonly Kpi[] | undefined): Kpi | undefined {
  if (!kpis || kpis.length === 0) return undefined;
  return (
    kpis.find((kpi) => achievementPercent(kpi) !== null) ??
    kpis.find((kpi) => kpi.actual !== undefined) ??
    kpis.find((kpi) => kpi.target !== undefined)
  );
}
