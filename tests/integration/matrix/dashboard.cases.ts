// Cross-creator cases for the dashboard: every dashboard data function, read by creator B,
// contains nothing of A's. Aggregates carry no ids, so each creator also gets one video in
// 2001 (far from every other builder's data) whose date and counts differ by creator: a
// leak of A's video into B's sums, buckets or followers shows up as A's date or count.
import type { User } from "@/lib/generated/prisma/client";
import { getDashboardBounds, getDashboardData, listDashboardVideos } from "@/lib/data/dashboard";
import { getEarningsSettings } from "@/lib/data/earnings-settings";
import { getPerFollowerSummary, listFollowerCountsInForce } from "@/lib/data/follower-counts";
import { getEngagementTrend, getFollowerTrend, getPeriodSummaries, getViewsGained } from "@/lib/data/trends";
import { testDb } from "../helpers/db";
import { bId, type MatrixCase, type World, type WorldBuilder } from "./types";

/**
 * Per creator, from the label: posted on 2001-03-15 (A) or 2001-04-15 (B) at a time of day of
 * its own, and counts of its own. Plain dates are no markers: a range's bucket keys list
 * every day of it, the other creator's day included.
 */
function dashboardMarkers(label: string) {
  const code = label.charCodeAt(0);
  const month = String((code % 9) + 1).padStart(2, "0");
  const ms = String(code % 1000).padStart(3, "0");
  return {
    date: `2001-${month}-15`,
    postedAt: new Date(`2001-${month}-15T13:05:07.${ms}Z`),
    views: BigInt(code) * 1_000_000_007n,
    followers: BigInt(code) * 10_000_019n,
  };
}

export const buildDashboard: WorldBuilder = async (user: User, label: string) => {
  const m = dashboardMarkers(label);
  const title = `matrix-dashboard-${label}-${user.id.slice(0, 8)}`;
  const db = testDb();
  const video = await db.video.create({
    data: { userId: user.id, title, postedAt: m.postedAt, durationSeconds: 75 },
  });
  await db.reading.create({
    data: {
      videoId: video.id,
      userId: user.id,
      capturedAt: new Date(`${m.date}T18:00:00Z`),
      views: m.views,
      likes: m.views / 10n,
      comments: 7n,
      shares: 3n,
    },
  });
  await db.followerCount.create({ data: { userId: user.id, date: new Date(`${m.date}T00:00:00Z`), followers: m.followers } });
  return {
    ids: { dashboardVideo: video.id },
    markers: [title, m.postedAt.toISOString(), m.views.toString(), m.followers.toString()],
  };
};

const YEAR_2001 = { from: new Date("2001-01-01T00:00:00Z"), to: new Date("2002-01-01T00:00:00Z") };
const ALL = { from: new Date("2000-01-01T00:00:00Z"), to: new Date("2100-01-01T00:00:00Z") };
const b = bId;
const settings = (w: World) => getEarningsSettings(b(w));
const asUser = (w: World) => ({ id: w.b.user.id, timeZone: w.b.user.timeZone, locale: w.b.user.locale, currency: w.b.user.currency });

export const dashboardCases: MatrixCase[] = [
  { kind: "own-data-only", name: "getDashboardBounds", read: (w) => getDashboardBounds(b(w)) },
  {
    kind: "own-data-only",
    name: "getEngagementTrend (2001 by day)",
    read: async (w) => getEngagementTrend(b(w), { ...YEAR_2001, bucket: "day", timeZone: "UTC" }, await settings(w)),
  },
  {
    kind: "own-data-only",
    name: "getPeriodSummaries (2001 and the year before)",
    read: async (w) =>
      getPeriodSummaries(b(w), { ...YEAR_2001, previousFrom: new Date("2000-01-01T00:00:00Z"), timeZone: "UTC" }, await settings(w)),
  },
  {
    kind: "own-data-only",
    name: "getViewsGained (2001, both paths)",
    read: async (w) => {
      const q = { ...YEAR_2001, previousFrom: new Date("2000-01-01T00:00:00Z"), timeZone: "UTC" };
      return [await getViewsGained(b(w), q, await settings(w)), await getViewsGained(b(w), q, await settings(w), { rollup: false })];
    },
  },
  {
    kind: "own-data-only",
    name: "getFollowerTrend (2001 by day)",
    read: (w) => getFollowerTrend(b(w), { ...YEAR_2001, bucket: "day", timeZone: "UTC" }),
  },
  {
    kind: "own-data-only",
    name: "listDashboardVideos (every year)",
    read: async (w) => listDashboardVideos(b(w), ALL, await settings(w)),
  },
  {
    kind: "own-data-only",
    name: "getEngagementTrend with saves counted (2001 by day, no rollup)",
    read: async (w) => getEngagementTrend(b(w), { ...YEAR_2001, bucket: "day", timeZone: "UTC" }, await settings(w), { includeSaves: true }),
  },
  {
    kind: "own-data-only",
    name: "listDashboardVideos with saves counted (every year, ranked at query time)",
    read: async (w) => listDashboardVideos(b(w), ALL, await settings(w), {}, { includeSaves: true }),
  },
  { kind: "own-data-only", name: "listFollowerCountsInForce (every day)", read: (w) => listFollowerCountsInForce(b(w), "2000-01-01", "2099-12-31") },
  { kind: "own-data-only", name: "getPerFollowerSummary (Followers page, late 2001)", read: (w) => getPerFollowerSummary(asUser(w), new Date("2001-12-20T00:00:00Z")) },
  {
    kind: "own-data-only",
    name: "getDashboardData (all time)",
    read: (w) => getDashboardData(asUser(w), { range: { kind: "preset", preset: "all" }, bucket: "day" }),
  },
  {
    kind: "own-data-only",
    name: "getDashboardData (custom 2001)",
    read: (w) =>
      getDashboardData(asUser(w), { range: { kind: "custom", from: "2001-01-01", to: "2001-12-31" }, bucket: "day" }),
  },
];
