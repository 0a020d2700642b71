// Money and advice against a real PostgreSQL: the ledger (scoped, refunds, currencies), the
// earnings settings, the monthly estimate against actual, the effective rate, goals and the
// insight aggregates.
import { describe, expect, test } from "vitest";
import {
  calibrationMonths,
  createIncomeEntry,
  deleteIncomeEntry,
  getActualIncomeByBucket,
  getIncomeEntry,
  getMonthlyComparison,
  listIncomeEntries,
  updateIncomeEntry,
} from "@/lib/data/income";
import { getEarningsSettings, getEarningsSettingsRecord, saveEarningsSettings } from "@/lib/data/earnings-settings";
import { getGoalPoints, listGoals, setGoal, deleteGoal } from "@/lib/data/goals";
import { getInsightsInput, getStanding } from "@/lib/data/insights";
import { handleCreateIncomeEntry } from "@/lib/actions/income-handlers";
import { handleUseEffectiveRate } from "@/lib/actions/earnings-handlers";
import { effectiveRate } from "@/lib/domain/calibration";
import { DEFAULT_EARNINGS_SETTINGS } from "@/lib/domain/earnings";
import { NotFoundError } from "@/lib/errors";
import type { IncomeEntryInput } from "@/lib/validation/income";
import { testDb } from "./helpers/db";
import { createCreator } from "./helpers/creators";
import { incomeEntry } from "./helpers/income";

const entry = (over: Partial<IncomeEntryInput> = {}): IncomeEntryInput => incomeEntry(over, "2026-02-15");

async function video(userId: string, title: string, durationSeconds: number | null, postedAt = "2026-01-05T12:00:00Z", extra: { hashtags?: string[]; sound?: string } = {}) {
  return testDb().video.create({ data: { userId, title, postedAt: new Date(postedAt), durationSeconds, ...extra } });
}

async function reading(userId: string, videoId: string, capturedAt: string, views: bigint, interactions = 0n, extra: { completionRate?: string } = {}) {
  await testDb().reading.create({
    data: { userId, videoId, capturedAt: new Date(capturedAt), views, likes: interactions, comments: 0n, shares: 0n, ...extra },
  });
}

const NOW = new Date("2026-03-15T12:00:00Z");

describe("earnings settings", () => {
  test("defaults until saved; saved values load back; a second save replaces", async () => {
    const u = await createCreator();
    expect(await getEarningsSettingsRecord(u.id)).toMatchObject({ saved: false, settings: DEFAULT_EARNINGS_SETTINGS });
    const mine = { ...DEFAULT_EARNINGS_SETTINGS, fundRateMillicentsPer1000: 2500, brandBonusMinRate: 4.5, affiliateCommissionPercent: 12.75 };
    await saveEarningsSettings(u.id, mine);
    expect(await getEarningsSettings(u.id)).toEqual(mine);
    await saveEarningsSettings(u.id, { ...mine, rewardsRateMillicentsPer1000: 100_000 });
    expect(await getEarningsSettingsRecord(u.id)).toMatchObject({ saved: true, settings: { ...mine, rewardsRateMillicentsPer1000: 100_000 } });
    // Another creator still has the defaults.
    expect(await getEarningsSettings((await createCreator()).id)).toEqual(DEFAULT_EARNINGS_SETTINGS);
  });
});

describe("the ledger", () => {
  test("create, list newest first, edit, delete; scoped to its creator", async () => {
    const a = await createCreator();
    const b = await createCreator();
    const v = await video(a.id, "Paid video", 30);
    const first = await createIncomeEntry(a.id, entry({ receivedOn: "2026-01-10", videoId: v.id, note: "January payout" }));
    const second = await createIncomeEntry(a.id, entry({ receivedOn: "2026-02-10", stream: "brand_deal", amountCents: 50_000n }));
    const list = await listIncomeEntries(a.id);
    expect(list.map((e) => e.id)).toEqual([second.id, first.id]);
    expect(list[1]).toMatchObject({ videoTitle: "Paid video", videoId: v.id, note: "January payout", amountCents: 1000n });

    await updateIncomeEntry(a.id, first.id, entry({ receivedOn: "2026-01-11", amountCents: 1234n }));
    expect(await getIncomeEntry(a.id, first.id)).toMatchObject({ receivedOn: "2026-01-11", amountCents: 1234n, videoId: null });

    // B sees nothing of A's and cannot touch it.
    expect(await listIncomeEntries(b.id)).toEqual([]);
    await expect(getIncomeEntry(b.id, first.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateIncomeEntry(b.id, first.id, entry())).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteIncomeEntry(b.id, first.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getIncomeEntry(a.id, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);

    await deleteIncomeEntry(a.id, first.id);
    expect((await listIncomeEntries(a.id)).map((e) => e.id)).toEqual([second.id]);
    await expect(deleteIncomeEntry(a.id, first.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  test("a video of another creator is refused as not found, and nothing is written", async () => {
    const a = await createCreator();
    const b = await createCreator();
    const aVideo = await video(a.id, "A's video", 30);
    await expect(createIncomeEntry(b.id, entry({ videoId: aVideo.id }))).rejects.toBeInstanceOf(NotFoundError);
    const own = await createIncomeEntry(b.id, entry());
    await expect(updateIncomeEntry(b.id, own.id, entry({ videoId: aVideo.id }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await listIncomeEntries(b.id)).toMatchObject([{ id: own.id, videoId: null }]);
    // The same through the form handler.
    const f = new FormData();
    for (const [k, val] of Object.entries({ receivedOn: "2026-02-01", stream: "other", amount: "5", currency: "USD", videoId: aVideo.id })) f.set(k, val);
    await expect(handleCreateIncomeEntry({ id: b.id, timeZone: "UTC" }, f, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listIncomeEntries(b.id)).toHaveLength(1);
  });

  test("deleting the video keeps the entry, without its video", async () => {
    const a = await createCreator();
    const v = await video(a.id, "Soon gone", 30);
    const e = await createIncomeEntry(a.id, entry({ videoId: v.id }));
    await testDb().video.delete({ where: { id: v.id } });
    expect(await getIncomeEntry(a.id, e.id)).toMatchObject({ videoId: null, videoTitle: null, amountCents: 1000n });
  });
});

describe("estimate against actual", () => {
  test("views gained per month × rates; the ledger per stream with refunds netted; other currencies apart", async () => {
    const u = await createCreator();
    const short = await video(u.id, "Short", 30, "2026-01-02T12:00:00Z");
    const long = await video(u.id, "Long", 90, "2026-01-02T12:00:00Z");
    // Short: 100,000 views by 10 Jan, 300,000 by 10 Feb → gained 100,000 in January, 200,000 in February.
    await reading(u.id, short.id, "2026-01-10T12:00:00Z", 100_000n);
    await reading(u.id, short.id, "2026-02-10T12:00:00Z", 300_000n);
    // Long: 500 views in January (below the 1,000 Rewards minimum: no payout), 10,500 in February.
    await reading(u.id, long.id, "2026-01-20T12:00:00Z", 500n);
    await reading(u.id, long.id, "2026-02-20T12:00:00Z", 10_500n);

    await createIncomeEntry(u.id, entry({ receivedOn: "2026-01-31", amountCents: 500n }));
    await createIncomeEntry(u.id, entry({ receivedOn: "2026-02-28", amountCents: 1000n }));
    await createIncomeEntry(u.id, entry({ receivedOn: "2026-02-28", amountCents: -100n, isRefund: true }));
    await createIncomeEntry(u.id, entry({ receivedOn: "2026-02-03", stream: "brand_deal", amountCents: 80_000n }));
    await createIncomeEntry(u.id, entry({ receivedOn: "2026-02-03", stream: "affiliate", amountCents: 2_500n, currency: "EUR" }));
    // Outside the window: not in the months, but in the ledger count.
    await createIncomeEntry(u.id, entry({ receivedOn: "2025-06-01", amountCents: 999n }));

    const c = await getMonthlyComparison(u.id, { timeZone: "UTC", currency: "USD", settings: DEFAULT_EARNINGS_SETTINGS, months: 3, now: NOW });
    expect(c.ledgerEntries).toBe(6);
    expect(c.months.map((m) => m.key)).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
    const [jan, feb, mar] = c.months;
    expect(jan).toMatchObject({ viewsGained: 100_500n, estimateFundMicros: 400_000_000n, estimateRewardsMicros: 0n, payoutEntries: 1 });
    expect(jan?.actual).toEqual({ views_payout: 500n, brand_deal: 0n, affiliate: 0n, merchandise: 0n, other: 0n });
    // 200,000 × $0.04 / 1,000 = $8.00; 10,000 × $0.70 / 1,000 = $7.00.
    expect(feb).toMatchObject({ viewsGained: 210_000n, estimateFundMicros: 800_000_000n, estimateRewardsMicros: 700_000_000n, payoutEntries: 2 });
    expect(feb?.actual).toEqual({ views_payout: 900n, brand_deal: 80_000n, affiliate: 0n, merchandise: 0n, other: 0n });
    expect(mar).toMatchObject({ viewsGained: 0n, estimateFundMicros: 0n, payoutEntries: 0 });
    expect(c.otherCurrencies).toEqual([{ currency: "EUR", stream: "affiliate", cents: 2_500n, entries: 1 }]);

    // Effective rate: $14.00 over 310,500 views = 4,508.86 → 4,509 millicents ($0.04509) per 1,000.
    const rate = effectiveRate(calibrationMonths(c));
    expect(rate).toMatchObject({ kind: "rate", millicentsPer1000: 4509, monthsUsed: ["2026-01-01", "2026-02-01"] });

    // "Use this as my rate" saves it as both views rates, computed on the server.
    const out = await handleUseEffectiveRate({ id: u.id, timeZone: "UTC" }, new FormData(), NOW);
    expect(out.ok).toBe(true);
    expect(await getEarningsSettings(u.id)).toMatchObject({ fundRateMillicentsPer1000: 4509, rewardsRateMillicentsPer1000: 4509 });
  });

  test("months follow the creator's zone", async () => {
    const u = await createCreator({ timeZone: "America/Los_Angeles" });
    const v = await video(u.id, "Late", 30, "2026-01-02T12:00:00Z");
    // 1 Feb 05:00 UTC is still 31 January in Los Angeles.
    await reading(u.id, v.id, "2026-02-01T05:00:00Z", 50_000n);
    const c = await getMonthlyComparison(u.id, { timeZone: "America/Los_Angeles", currency: "USD", settings: DEFAULT_EARNINGS_SETTINGS, months: 3, now: NOW });
    expect(c.months.find((m) => m.key === "2026-01-01")?.viewsGained).toBe(50_000n);
  });

  test("the dashboard's actual bars: per bucket of the date received, USD only", async () => {
    const u = await createCreator();
    expect((await getActualIncomeByBucket(u.id, { from: new Date("2026-01-01T00:00:00Z"), to: NOW, bucket: "month", timeZone: "UTC", currency: "USD" })).ledgerEntries).toBe(0);
    await createIncomeEntry(u.id, entry({ receivedOn: "2026-01-31", amountCents: 500n }));
    await createIncomeEntry(u.id, entry({ receivedOn: "2026-02-02", amountCents: 700n }));
    await createIncomeEntry(u.id, entry({ receivedOn: "2026-02-03", stream: "merchandise", amountCents: 1_000n }));
    await createIncomeEntry(u.id, entry({ receivedOn: "2026-02-03", amountCents: 1_000n, currency: "EUR" }));
    const r = await getActualIncomeByBucket(u.id, { from: new Date("2026-01-01T00:00:00Z"), to: NOW, bucket: "month", timeZone: "UTC", currency: "USD" });
    expect(r).toEqual({
      ledgerEntries: 4,
      otherCurrencyEntries: 1,
      buckets: [
        { key: "2026-01-01", viewsPayoutCents: 500n, otherCents: 0n },
        { key: "2026-02-01", viewsPayoutCents: 700n, otherCents: 1_000n },
      ],
    });
  });
});

describe("goals and standing", () => {
  test("one goal per kind; follower points for the pace; delete", async () => {
    const u = await createCreator();
    const first = await setGoal(u.id, { kind: "followers", target: "10000", targetDate: null });
    const again = await setGoal(u.id, { kind: "followers", target: "20000", targetDate: "2026-12-31" });
    expect(again).toEqual({ id: first.id, created: false });
    await setGoal(u.id, { kind: "engagement_rate", target: "7.5", targetDate: null });
    expect(await listGoals(u.id)).toEqual([
      { id: first.id, kind: "followers", target: "20000", targetDate: "2026-12-31" },
      expect.objectContaining({ kind: "engagement_rate", target: "7.5" }),
    ]);
    for (const [date, followers] of [["2026-03-01", 9000n], ["2026-03-05", 9400n], ["2025-01-01", 1n]] as const) {
      await testDb().followerCount.create({ data: { userId: u.id, date: new Date(`${date}T00:00:00Z`), followers } });
    }
    const points = await getGoalPoints(u.id, "UTC", NOW);
    expect(points.followers).toEqual([
      { date: "2026-03-01", value: 9000 },
      { date: "2026-03-05", value: 9400 },
    ]);
    await deleteGoal(u.id, first.id);
    await expect(deleteGoal(u.id, first.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  test("views in the last 30 days from readings; insight groups summed in SQL", async () => {
    const u = await createCreator();
    const tagged = await video(u.id, "Tagged", 75, "2026-02-20T18:30:00Z", { hashtags: ["fyp"], sound: "Trending sound" });
    const plain = await video(u.id, "Plain", 20, "2026-01-01T09:00:00Z");
    // Plain: 40,000 before the window, 100,000 inside it → gained 60,000. Tagged: first reading inside → 50,000.
    await reading(u.id, plain.id, "2026-02-01T12:00:00Z", 40_000n, 1_000n);
    await reading(u.id, plain.id, "2026-03-10T12:00:00Z", 100_000n, 2_000n, { completionRate: "40" });
    await reading(u.id, tagged.id, "2026-03-01T12:00:00Z", 50_000n, 5_000n, { completionRate: "80" });
    await testDb().followerCount.create({ data: { userId: u.id, date: new Date("2026-03-10T00:00:00Z"), followers: 12_000n } });

    const s = await getStanding(u.id, DEFAULT_EARNINGS_SETTINGS, "UTC", NOW);
    expect(s.eligibility).toMatchObject({
      followers: 12_000n,
      followersDate: "2026-03-10",
      viewsLast30Days: 110_000n,
      videosWithoutBaseline: 0,
      videos: { total: 2, qualifying: 1, shorter: 1, unknownLength: 0 },
    });
    expect(s.recent).toEqual({ videos: 2, views: 150_000n, interactions: 7_000n });

    const i = await getInsightsInput(u.id, "UTC", NOW);
    expect(i.hashtags).toEqual({ with: { videos: 1, views: 50_000n, interactions: 5_000n }, without: { videos: 1, views: 100_000n, interactions: 2_000n } });
    expect(i.sounds.with.videos).toBe(1);
    expect(i.weekdays).toEqual(
      expect.arrayContaining([{ weekday: 5, videos: 1, views: 50_000n, interactions: 5_000n }, { weekday: 4, videos: 1, views: 100_000n, interactions: 2_000n }]),
    );
    expect(i.hours.map((h) => h.hour).sort()).toEqual([18, 9].sort());
    expect(i.weeks.map((w) => w.key)).toEqual(["2025-12-29", "2026-02-16"]);
    expect(i.completion).toMatchObject({ lower: { videos: 1, max: 40 }, upper: { videos: 1, min: 80 } });
    expect(i.watchTime).toBeNull();
  });
});
