import { describe, expect, test } from "vitest";
import { rewardsEligibility, type EligibilityInput } from "./eligibility";

const base: EligibilityInput = {
  followers: 0n,
  followersDate: "Mar 1, 2026",
  viewsLast30Days: 0n,
  videosWithoutBaseline: 0,
  videos: { total: 0, qualifying: 0, shorter: 0, unknownLength: 0 },
  minDurationSeconds: 60,
};

const req = (e: ReturnType<typeof rewardsEligibility>, id: string) => e.requirements.find((r) => r.id === id);

describe("rewardsEligibility", () => {
  test.each<{ followers: bigint | null; views: bigint; followersMet: boolean; viewsMet: boolean; followersPct: number; viewsPct: number }>([
    { followers: null, views: 0n, followersMet: false, viewsMet: false, followersPct: 0, viewsPct: 0 },
    { followers: 9_999n, views: 99_999n, followersMet: false, viewsMet: false, followersPct: 99.9, viewsPct: 99.9 },
    { followers: 10_000n, views: 100_000n, followersMet: true, viewsMet: true, followersPct: 100, viewsPct: 100 },
    { followers: 5_000n, views: 250_000n, followersMet: false, viewsMet: true, followersPct: 50, viewsPct: 100 },
    { followers: 2_000_000_000n, views: 10_000_000_000n, followersMet: true, viewsMet: true, followersPct: 100, viewsPct: 100 },
    // Corrections can make the window's gain negative: no progress, never a crash.
    { followers: 10n, views: -500n, followersMet: false, viewsMet: false, followersPct: 0.1, viewsPct: 0 },
  ])("$followers followers, $views views → followers $followersMet, views $viewsMet", (c) => {
    const e = rewardsEligibility({ ...base, followers: c.followers, viewsLast30Days: c.views }, "en-US");
    expect(req(e, "followers")?.met).toBe(c.followersMet);
    expect(req(e, "views")?.met).toBe(c.viewsMet);
    expect(req(e, "followers")?.progressPercent).toBe(c.followersPct);
    expect(req(e, "views")?.progressPercent).toBe(c.viewsPct);
    expect(e.measurableMet).toBe(c.followersMet && c.viewsMet);
  });

  test("age is the creator's to confirm, never marked met", () => {
    const e = rewardsEligibility({ ...base, followers: 50_000n, viewsLast30Days: 500_000n }, "en-US");
    expect(req(e, "age")).toMatchObject({ met: null, progressPercent: null });
  });

  test("says how far to go", () => {
    const e = rewardsEligibility({ ...base, followers: 7_500n, viewsLast30Days: 40_000n }, "en-US");
    expect(req(e, "followers")?.detail).toBe("7,500 followers on Mar 1, 2026: 2,500 to go.");
    expect(req(e, "views")?.detail).toMatch(/40,000 views gained in the last 30 days, from your readings: 60,000 to go\./);
  });

  test("no follower count: says where to record it", () => {
    const e = rewardsEligibility({ ...base, followers: null }, "en-US");
    expect(req(e, "followers")?.detail).toMatch(/No follower count recorded yet/);
  });

  test.each<{ videos: EligibilityInput["videos"]; text: string }>([
    { videos: { total: 0, qualifying: 0, shorter: 0, unknownLength: 0 }, text: "No videos yet." },
    { videos: { total: 1, qualifying: 1, shorter: 0, unknownLength: 0 }, text: "1 of your 1 video is 60 s or longer and can earn Creator Rewards." },
    {
      videos: { total: 5, qualifying: 2, shorter: 2, unknownLength: 1 },
      text: "2 of your 5 videos are 60 s or longer and can earn Creator Rewards; 2 are shorter; 1 without a recorded length.",
    },
  ])("qualifying videos: $text", ({ videos, text }) => {
    expect(rewardsEligibility({ ...base, videos }, "en-US").videosText).toBe(text);
  });

  test("warns when videos first recorded inside the window may inflate the views", () => {
    expect(rewardsEligibility({ ...base, videosWithoutBaseline: 2 }, "en-US").caveat).toMatch(/2 videos were posted before/);
    expect(rewardsEligibility(base, "en-US").caveat).toBeNull();
  });
});
