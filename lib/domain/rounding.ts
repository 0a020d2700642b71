// Integer division for money and rates. Counts are BigInt end to end, so rounding is done
// on integers rather than floats: a rounding error here is a cent a creator can see.

/**
 * numerator / denominator rounded half up (half away from zero for negative results,
 * the commercial convention, so −$0.005 becomes −$0.01 and the sign never flips a result).
 */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("Division by zero");
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/** |x| for bigint. */
export function absBigInt(x: bigint): bigint {
  return x < 0n ? -x : x;
}

// Ratios are carried as integers scaled by 10^8 (percent with 6 decimals): far beyond what
// any screen shows, and exact for every count the database can hold.
const PERCENT_SCALE = 100_000_000n;
const PERCENT_DIVISOR = 1_000_000;

/** numerator / denominator × 100, computed on integers; null when the denominator is 0. */
export function percentOf(numerator: bigint, denominator: bigint): number | null {
  if (denominator === 0n) return null;
  return Number(divideRoundHalfUp(numerator * PERCENT_SCALE, denominator)) / PERCENT_DIVISOR;
}
