// Size-aware comparison. Fixed tiers call most large accounts "Below average"; comparing
// with accounts of the same size is fairer. DOMAIN.md §2. The published figures are
// per-follower ER medians and differ by source, so they are rounded and shown as "about".

export type FollowerBand = "starter" | "nano" | "micro" | "mid" | "macro" | "mega";

export type FollowerBandInfo = {
  band: FollowerBand;
  /** Inclusive lower bound of followers. */
  minFollowers: bigint;
  /** Exclusive upper bound; null for mega. */
  maxFollowers: bigint | null;
  /** "1K–10K followers" */
  rangeLabel: string;
  /** Median ER in percent used for comparison. */
  medianRate: number;
  /** Set when the band borrows another band's median (starter uses nano's). */
  medianFrom: FollowerBand | null;
};

export const FOLLOWER_BANDS: readonly FollowerBandInfo[] = [
  { band: "starter", minFollowers: 0n, maxFollowers: 1_000n, rangeLabel: "under 1K followers", medianRate: 8.5, medianFrom: "nano" },
  { band: "nano", minFollowers: 1_000n, maxFollowers: 10_000n, rangeLabel: "1K–10K followers", medianRate: 8.5, medianFrom: null },
  { band: "micro", minFollowers: 10_000n, maxFollowers: 100_000n, rangeLabel: "10K–100K followers", medianRate: 5.5, medianFrom: null },
  { band: "mid", minFollowers: 100_000n, maxFollowers: 500_000n, rangeLabel: "100K–500K followers", medianRate: 4, medianFrom: null },
  { band: "macro", minFollowers: 500_000n, maxFollowers: 1_000_000n, rangeLabel: "500K–1M followers", medianRate: 2.7, medianFrom: null },
  { band: "mega", minFollowers: 1_000_000n, maxFollowers: null, rangeLabel: "1M+ followers", medianRate: 1.9, medianFrom: null },
];

/** The audience-size band of an account. */
export function followerBand(followers: bigint): FollowerBandInfo {
  for (let i = FOLLOWER_BANDS.length - 1; i >= 0; i--) {
    const b = FOLLOWER_BANDS[i] as FollowerBandInfo;
    if (followers >= b.minFollowers) return b;
  }
  return FOLLOWER_BANDS[0] as FollowerBandInfo;
}

export type BandComparison = {
  band: FollowerBandInfo;
  /** null when there is no ER to compare. */
  position: "above" | "at" | "below" | null;
  /** rate − median in percentage points; null without a rate. */
  differencePoints: number | null;
  text: string;
};

// Within a twentieth of a point the difference is noise next to sources that disagree by a point.
const AT_MEDIAN_TOLERANCE = 0.05;

function bandDescription(b: FollowerBandInfo): string {
  const median = `about ${b.medianRate} %`;
  return b.medianFrom
    ? `${b.rangeLabel}, compared with the ${b.medianFrom} median: ${median}`
    : `${b.band}, ${b.rangeLabel}: ${median}`;
}

/** Structured comparison of an ER with the median of the account's size band. */
export function bandComparison(rate: number | null, followers: bigint): BandComparison {
  const band = followerBand(followers);
  const desc = bandDescription(band);
  if (rate === null || !Number.isFinite(rate)) {
    return { band, position: null, differencePoints: null, text: `no engagement rate yet to compare with accounts of your size (${desc})` };
  }
  const diff = rate - band.medianRate;
  const position = Math.abs(diff) < AT_MEDIAN_TOLERANCE ? "at" : diff > 0 ? "above" : "below";
  const words = position === "at" ? "at the median" : `${position} the median`;
  return { band, position, differencePoints: diff, text: `${words} for accounts of your size (${desc})` };
}

/** "above the median for accounts of your size (nano, 1K–10K followers: about 8.5 %)". */
export function compareToBand(rate: number | null, followers: bigint): string {
  return bandComparison(rate, followers).text;
}
