// The ER variants DOMAIN.md §1 asks for beside the per-view ER: per follower, and with saves
// counted as interactions (a creator's setting, off by default). Pure; the SQL twins are named
// where they live (lib/data/reports/readings.ts, lib/data/trends.ts, lib/data/follower-counts.ts).
import { engagementRate, interactions, interactionsExceedViews, type Counts, type EngagementOptions } from "./engagement";
import { tierForCounts } from "./tier";
import { percentOf } from "./rounding";

export type FollowerCount = { /** Calendar day in the creator's zone, "2026-03-31". */ date: string; followers: bigint };

/**
 * The follower count in force on a calendar day: the latest count recorded on that day or
 * before it. Null when none was recorded by then (per-follower ER is then "—", not a guess
 * from a later count). `counts` may come in any order.
 */
export function followerCountInForce(day: string, counts: readonly FollowerCount[]): FollowerCount | null {
  let best: FollowerCount | null = null;
  for (const c of counts) {
    if (c.date <= day && (best === null || c.date > best.date)) best = c;
  }
  return best;
}

/** interactions ÷ followers × 100 from integer sums; null for no (or a zero) follower count. */
export function rateFromFollowers(interactionCount: bigint, followers: bigint | null): number | null {
  if (followers === null || followers <= 0n) return null;
  return percentOf(interactionCount, followers);
}

/** Per-follower ER of one reading at the follower count in force then (null: none recorded, or 0). */
export function readingPerFollowerRate(c: Counts, followers: bigint | null, opts?: EngagementOptions): number | null {
  return rateFromFollowers(interactions(c, opts), followers);
}

/**
 * The account's per-follower ER over a range: the range's interactions (the dashboard's
 * interactions card: the videos posted in the range, each at its latest reading before the
 * range's end) ÷ the follower count in force at the range's end (the latest count recorded
 * before it) × 100. One figure, not a mean of per-video rates, like the per-view account ER;
 * the count at the end because that is the audience the range's videos were shown to last and
 * the one the followers card shows beside it. Null when no count was recorded by then.
 */
export function accountPerFollowerRate(rangeInteractions: bigint, followersAtEnd: bigint | null): number | null {
  return rateFromFollowers(rangeInteractions, followersAtEnd);
}

/** The per-view ER's name on screens and in captions: "ER", or "ER incl. saves" when saves count. */
export function erLabel(opts?: EngagementOptions): string {
  return opts?.includeSaves ? "ER incl. saves" : "ER";
}

/** The per-follower ER's name: never just "ER". */
export function perFollowerErLabel(opts?: EngagementOptions): string {
  return opts?.includeSaves ? "ER per follower incl. saves" : "ER per follower";
}

/** What "interactions" adds up, for captions. */
export function interactionsDefinition(opts?: EngagementOptions): string {
  return opts?.includeSaves ? "likes + comments + shares + saves" : "likes + comments + shares";
}

/** Why a per-follower ER is missing, shown beside its "—". */
export const NO_FOLLOWER_COUNT_REASON = "No follower count was recorded by then: record one on the Followers page.";


/** A reading's per-view figures under the creator's saves option (what toReading gives, with saves when on). */
export function rateFigures(c: Counts, opts?: EngagementOptions) {
  return {
    interactions: interactions(c, opts),
    engagementRate: engagementRate(c, opts),
    tier: tierForCounts(c, opts),
    interactionsExceedViews: interactionsExceedViews(c, opts),
  };
}
