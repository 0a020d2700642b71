// Tiers: the four words a creator reads before any number. DOMAIN.md §2.
import { interactions, type Counts, type EngagementOptions } from "./engagement";

export type Tier = "excellent" | "good" | "average" | "below";

/** Best first. */
export const TIERS = ["excellent", "good", "average", "below"] as const satisfies readonly Tier[];

export const TIER_LABELS: Record<Tier, string> = {
  excellent: "Excellent",
  good: "Good",
  average: "Average",
  below: "Below average",
};

/** Lower bounds in percent; a rate exactly on a bound belongs to the higher tier. */
export const TIER_THRESHOLDS = { excellent: 10, good: 5, average: 3 } as const;

/** Tier of an ER in percent; null when there is no ER (0 views). Prefer tierForSums when the sums are at hand. */
export function tierForRate(rate: number | null): Tier | null {
  if (rate === null || Number.isNaN(rate)) return null;
  if (rate >= TIER_THRESHOLDS.excellent) return "excellent";
  if (rate >= TIER_THRESHOLDS.good) return "good";
  if (rate >= TIER_THRESHOLDS.average) return "average";
  return "below";
}

/**
 * Tier from integer sums, compared exactly (interactions × 100 ≥ views × threshold), so a
 * video at exactly 3 %, 5 % or 10 % is never pushed down a tier by floating-point error.
 */
export function tierForSums(interactionCount: bigint, views: bigint): Tier | null {
  if (views <= 0n) return null;
  const scaled = interactionCount * 100n;
  if (scaled >= views * BigInt(TIER_THRESHOLDS.excellent)) return "excellent";
  if (scaled >= views * BigInt(TIER_THRESHOLDS.good)) return "good";
  if (scaled >= views * BigInt(TIER_THRESHOLDS.average)) return "average";
  return "below";
}

/** Tier of one video's counts (per-view ER). */
export function tierForCounts(c: Counts, opts?: EngagementOptions): Tier | null {
  return tierForSums(interactions(c, opts), c.views);
}

/** Numeric rank for charts: excellent 3, good 2, average 1, below 0. */
export function tierRank(t: Tier): number {
  return TIERS.length - 1 - TIERS.indexOf(t);
}

/** Display label, "—" when there is no tier. */
export function tierLabel(t: Tier | null): string {
  return t === null ? "—" : TIER_LABELS[t];
}
