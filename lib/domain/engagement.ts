// Engagement rate (ER): the number every screen of Tierline is built on. DOMAIN.md §1.
import { percentOf } from "./rounding";

export type Counts = {
  views: bigint;
  likes: bigint;
  comments: bigint;
  shares: bigint;
  /** "Favorites". Not in the TikTok Display API, so often missing. */
  saves?: bigint | null;
};

export type EngagementOptions = {
  /** Add saves to the numerator (some tools do). Off by default: the product's ER excludes them. */
  includeSaves?: boolean;
};

/** likes + comments + shares (+ saves when asked for and known). */
export function interactions(c: Counts, opts?: EngagementOptions): bigint {
  const base = c.likes + c.comments + c.shares;
  return opts?.includeSaves && c.saves != null ? base + c.saves : base;
}

/**
 * ER as a percent (15 means 15 %) from integer sums. Null when views is 0 or less: a video
 * nobody has seen has no ER, and showing 0 % would wrongly call it a flop.
 */
export function rateFromSums(interactionCount: bigint, views: bigint): number | null {
  if (views <= 0n) return null;
  return percentOf(interactionCount, views);
}

/** Per-view ER in percent, the product's default "ER"; null when views is 0. */
export function engagementRate(c: Counts, opts?: EngagementOptions): number | null {
  return rateFromSums(interactions(c, opts), c.views);
}

/** Per-follower ER in percent (a second, separately labelled variant); null when followers is 0. */
export function perFollowerEngagementRate(
  c: Counts,
  followers: bigint,
  opts?: EngagementOptions,
): number | null {
  if (followers <= 0n) return null;
  return percentOf(interactions(c, opts), followers);
}

/** Sums of views and interactions over a list of videos, exact at any size. */
export function totals(list: readonly Counts[], opts?: EngagementOptions): { views: bigint; interactions: bigint } {
  let views = 0n;
  let sum = 0n;
  for (const c of list) {
    views += c.views;
    sum += interactions(c, opts);
  }
  return { views, interactions: sum };
}

/**
 * Account ER over a period: total interactions / total views. Not the mean of per-video
 * rates, which would let a 10-view video weigh as much as a viral one.
 */
export function viewWeightedEngagementRate(list: readonly Counts[], opts?: EngagementOptions): number | null {
  const t = totals(list, opts);
  return rateFromSums(t.interactions, t.views);
}

/** Median of per-video ERs, skipping videos without views; null when none has an ER. */
export function medianEngagementRate(list: readonly Counts[], opts?: EngagementOptions): number | null {
  const rates = list
    .map((c) => engagementRate(c, opts))
    .filter((r): r is number => r !== null)
    .sort((a, b) => a - b);
  if (rates.length === 0) return null;
  const mid = Math.floor(rates.length / 2);
  const upper = rates[mid] as number;
  if (rates.length % 2 === 1) return upper;
  const lower = rates[mid - 1] as number;
  return (lower + upper) / 2;
}

/**
 * Data-quality flag: more interactions than views (replayed likes, partial-day imports).
 * The row is kept and its ER shown (it can exceed 100 %); the UI marks it instead of failing.
 */
export function interactionsExceedViews(c: Counts, opts?: EngagementOptions): boolean {
  return interactions(c, opts) > c.views;
}

/**
 * Whether a reading may stand in a ranking or set a chart's scale (the dashboard's "Highest
 * ER", the scatter chart): it has views and no more interactions than views. A reading with
 * more is kept and shown where it belongs (its video's row and page), flagged, but an ER above
 * 100 % is a data problem, not a best video. SQL twin: LATEST_RANKABLE in lib/data/sql-rules.ts.
 */
export function isRankableReading(c: { views: bigint; interactions: bigint }): boolean {
  return c.views > 0n && c.interactions <= c.views;
}
