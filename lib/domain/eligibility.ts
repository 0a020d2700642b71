// Creator Rewards eligibility from the creator's own readings (DOMAIN.md §3): 18 or older
// (self-declared: Tierline cannot know it), 10,000 followers, 100,000 views in the last
// 30 days; only videos of 60 s and more earn. Pure; the sums come from lib/data/insights.ts.
//
// Views in the last 30 days = Σ over videos of (latest reading captured before now − latest
// reading captured before now − 30 days, 0 if none). A video first recorded inside the window
// counts all its views there, which overstates it when it was posted earlier: those videos are
// counted and named.

import { formatCount } from "./format";

export const REWARDS_MIN_FOLLOWERS = 10_000n;
export const REWARDS_MIN_VIEWS_30_DAYS = 100_000n;
export const ELIGIBILITY_WINDOW_DAYS = 30;
export const REWARDS_MIN_AGE = 18;

export type EligibilityInput = {
  /** Latest recorded follower count, null when none. */
  followers: bigint | null;
  followersDate: string | null;
  viewsLast30Days: bigint;
  /** Videos with a reading in the window and none before it, posted before the window. */
  videosWithoutBaseline: number;
  videos: { total: number; qualifying: number; shorter: number; unknownLength: number };
  minDurationSeconds: number;
};

export type Requirement = {
  id: "age" | "followers" | "views";
  label: string;
  /** null: Tierline cannot check it (age). */
  met: boolean | null;
  /** 0–100, null when not measurable. */
  progressPercent: number | null;
  detail: string;
};

export type Eligibility = {
  requirements: Requirement[];
  /** Both measurable requirements met (age is the creator's to confirm). */
  measurableMet: boolean;
  videosText: string;
  caveat: string | null;
};

function progress(value: bigint, target: bigint): number {
  if (value <= 0n) return 0;
  if (value >= target) return 100;
  return Number((value * 1000n) / target) / 10;
}

export function rewardsEligibility(input: EligibilityInput, locale: string): Eligibility {
  const count = (n: bigint | number) => formatCount(n, locale);
  const followersMet = input.followers !== null && input.followers >= REWARDS_MIN_FOLLOWERS;
  const viewsMet = input.viewsLast30Days >= REWARDS_MIN_VIEWS_30_DAYS;
  const followers: Requirement = {
    id: "followers",
    label: `${count(REWARDS_MIN_FOLLOWERS)} followers`,
    met: input.followers === null ? false : followersMet,
    progressPercent: input.followers === null ? 0 : progress(input.followers, REWARDS_MIN_FOLLOWERS),
    detail:
      input.followers === null
        ? "No follower count recorded yet: record one on the Followers page."
        : followersMet
          ? `${count(input.followers)} followers${input.followersDate ? ` on ${input.followersDate}` : ""}.`
          : `${count(input.followers)} followers${input.followersDate ? ` on ${input.followersDate}` : ""}: ${count(REWARDS_MIN_FOLLOWERS - input.followers)} to go.`,
  };
  const views: Requirement = {
    id: "views",
    label: `${count(REWARDS_MIN_VIEWS_30_DAYS)} views in the last ${ELIGIBILITY_WINDOW_DAYS} days`,
    met: viewsMet,
    progressPercent: progress(input.viewsLast30Days, REWARDS_MIN_VIEWS_30_DAYS),
    detail: viewsMet
      ? `${count(input.viewsLast30Days)} views gained in the last ${ELIGIBILITY_WINDOW_DAYS} days, from your readings.`
      : `${count(input.viewsLast30Days)} views gained in the last ${ELIGIBILITY_WINDOW_DAYS} days, from your readings: ${count(REWARDS_MIN_VIEWS_30_DAYS - (input.viewsLast30Days < 0n ? 0n : input.viewsLast30Days))} to go.`,
  };
  const age: Requirement = {
    id: "age",
    label: `${REWARDS_MIN_AGE} or older`,
    met: null,
    progressPercent: null,
    detail: "TikTok checks your age; Tierline does not ask for it.",
  };
  const v = input.videos;
  const videosText =
    v.total === 0
      ? "No videos yet."
      : `${count(v.qualifying)} of your ${count(v.total)} ${v.total === 1 ? "video is" : "videos are"} ${input.minDurationSeconds} s or longer and can earn Creator Rewards` +
        (v.shorter ? `; ${count(v.shorter)} ${v.shorter === 1 ? "is" : "are"} shorter` : "") +
        (v.unknownLength ? `; ${count(v.unknownLength)} without a recorded length` : "") +
        ".";
  return {
    requirements: [age, followers, views],
    measurableMet: followersMet && viewsMet,
    videosText,
    caveat:
      input.videosWithoutBaseline > 0
        ? `${count(input.videosWithoutBaseline)} ${input.videosWithoutBaseline === 1 ? "video was" : "videos were"} posted before the last ${ELIGIBILITY_WINDOW_DAYS} days but first recorded inside them, so all of ${input.videosWithoutBaseline === 1 ? "its" : "their"} views count here; the figure may be too high.`
        : null,
  };
}
