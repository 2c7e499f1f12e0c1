/**
 * Exact half-up rounding on integers.
 *
 * Money is stored as integer won and official tables print rounded figures; doing the division in
 * floating point gives the wrong answer for ties such as 585 / 2,000 = 29.25 % (0.2925 is not exact
 * in binary). BigInt keeps every step exact, whatever the size of the amounts.
 */

/** round(numerator / denominator) with ties away from zero (the "half-up" of official tables). */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/** Rounds an amount to a multiple of `step`, ties away from zero (exactly, for whole numbers). */
export function roundToStep(amount: number, step: number): number {
  if (Number.isInteger(amount) && Number.isInteger(step) && step > 0) {
    return Number(divideRoundHalfUp(BigInt(amount), BigInt(step)) * BigInt(step));
  }
  // BigInt() throws on fractions: formatMoney also receives KPI figures in won such as 1.5, which
  // made a program card's render throw. Float rounding is fine there; NaN and ±Infinity pass through.
  if (!Number.isFinite(amount) || !Number.isFinite(step) || step <= 0) return amount;
  return (Math.sign(amount) || 1) * Math.floor(Math.abs(amount) / step + 0.5) * step;
}

/** Rounds a finite number to `digits` decimals half-up (away from zero), avoiding 1.005-style errors. */
export function roundHalfUp(value: number, digits = 0): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  // toPrecision(15) strips the binary noise (0.29249999999999998 → 0.2925) before the tie test.
  const shifted = Number((Math.abs(value) * 10 ** digits).toPrecision(15));
  return (sign * Math.floor(shifted + 0.5)) / 10 ** digits;
}
