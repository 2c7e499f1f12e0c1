// Order statistics for benchmark samples. Quantiles use linear interpolation between ranks
// (the "R-7" definition spreadsheets use), so a 10-sample median is the mean of ranks 5 and 6.

export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** Median, quartiles and extremes of a sample. */
export function summarize(values) {
  return {
    n: values.length,
    median: quantile(values, 0.5),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/**
 * Ours ÷ peer for runs measured back to back (run i of each variant is interleaved): the ratio of
 * the medians, and the quartiles of the per-run ratios, which shows how stable the ratio is.
 */
export function ratio(ours, peer) {
  const pairs = ours.map((value, i) => value / peer[i]).filter(Number.isFinite);
  return {
    ofMedians: quantile(ours, 0.5) / quantile(peer, 0.5),
    perRun: summarize(pairs),
  };
}
