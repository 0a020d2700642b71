// Money in the creator's currency and one rounding rule, on a real PostgreSQL (issue 16,
// items 4, 6 and 10): a change of currency converts the earnings model and the ledger's
// credited amounts once, at the confirmed rate, in one transaction, and records it; a payout
// in another currency counts with what the bank credited; and for a creator with many small
// videos, the dashboard, the Earnings page and the Earnings CSV show the same total to the cent.
import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { handleCreateIncomeEntry } from "@/lib/actions/income-handlers";
import { changeAccountCurrency } from "@/lib/data/currency";
import { getDashboardData } from "@/lib/data/dashboard";
import { getEarningsSettings, getEarningsSettingsRecord, saveEarningsSettings } from "@/lib/data/earnings-settings";
import { calibrationMonths, createIncomeEntry, getMonthlyComparison, listIncomeEntries } from "@/lib/data/income";
import { parseReportRequest, renderReport } from "@/lib/data/reports";
import { effectiveRate } from "@/lib/domain/calibration";
import { buildDashboardView } from "@/lib/domain/dashboard-view";
import { DEFAULT_EARNINGS_SETTINGS } from "@/lib/domain/earnings";
import { buildEarningsComparisonView } from "@/lib/domain/earnings-comparison-view";
import { parseExchangeRate } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { createCreator } from "./helpers/creators";
import { testDb } from "./helpers/db";

const NOW = new Date("2026-11-26T12:00:00Z");
const rate = (t: string) => parseExchangeRate(t)!;

async function video(userId: string, title: string, durationSeconds: number, postedAt: string) {
  return testDb().video.create({ data: { userId, title, postedAt: new Date(postedAt), durationSeconds }, select: { id: true } });
}

async function readings(userId: string, rows: { videoId: string; at: string; views: bigint }[]) {
  await testDb().reading.createMany({
    data: rows.map((r) => ({ videoId: r.videoId, userId, capturedAt: new Date(r.at), views: r.views, likes: 1n, comments: 0n, shares: 0n })),
  });
}

describe("changing the account's currency", () => {
  test("converts the model's rates and the credited amounts once, at the confirmed rate, and records it", async () => {
    const u = await createCreator();
    await saveEarningsSettings(u.id, { ...DEFAULT_EARNINGS_SETTINGS, fundRateMillicentsPer1000: 5000 });
    const usd = await createIncomeEntry(u.id, {
      receivedOn: "2026-10-05", stream: "views_payout", amountCents: 1234n, currency: "USD", creditedCents: 1234n, creditedCurrency: "USD",
      isRefund: false, videoId: null, note: null,
    });
    const nok = await createIncomeEntry(u.id, {
      receivedOn: "2026-10-06", stream: "brand_deal", amountCents: 50_000n, currency: "NOK", creditedCents: 4_900n, creditedCurrency: "USD",
      isRefund: false, videoId: null, note: null,
    });

    expect(await changeAccountCurrency(u.id, "NOK", rate("10.15"))).toEqual({ changed: true });

    const db = testDb();
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).currency).toBe("NOK");
    // $0.05 → 0.5075 kr, $0.70 → 7.105 kr per 1,000 views; $15 → 152.25 kr per 1,000 followers.
    expect(await getEarningsSettings(u.id)).toMatchObject({
      fundRateMillicentsPer1000: 50_750,
      rewardsRateMillicentsPer1000: 710_500,
      brandRateCentsPer1000Followers: 15_225,
      rewardsMinViews: 1000,
    });
    const entries = new Map((await listIncomeEntries(u.id)).map((e) => [e.id, e]));
    // What was paid is never touched; what is counted is in NOK.
    expect(entries.get(usd.id)).toMatchObject({ amountCents: 1234n, currency: "USD", creditedCents: 12_525n, creditedCurrency: "NOK" });
    // Paid in NOK: now counted as paid.
    expect(entries.get(nok.id)).toMatchObject({ amountCents: 50_000n, currency: "NOK", creditedCents: 50_000n, creditedCurrency: "NOK" });
    const recorded = await db.currencyConversion.findMany({ where: { userId: u.id } });
    expect(recorded.map((c) => [c.fromCurrency, c.toCurrency, c.rate.toString()])).toEqual([["USD", "NOK", "10.15"]]);

    // The same currency again: nothing converted, nothing recorded.
    expect(await changeAccountCurrency(u.id, "NOK", rate("99"))).toEqual({ changed: false });
    expect(await getEarningsSettings(u.id)).toMatchObject({ fundRateMillicentsPer1000: 50_750 });
    expect(await db.currencyConversion.count({ where: { userId: u.id } })).toBe(1);
  });

  test("without saved settings, the published defaults are converted (and saved); yen has no minor digits", async () => {
    const u = await createCreator();
    expect((await getEarningsSettingsRecord(u.id)).saved).toBe(false);
    await changeAccountCurrency(u.id, "JPY", rate("155"));
    // $0.04 → ¥6.2, $0.70 → ¥108.5 per 1,000 views; $15 → ¥2,325.
    expect(await getEarningsSettingsRecord(u.id)).toMatchObject({
      saved: true,
      settings: { fundRateMillicentsPer1000: 6_200, rewardsRateMillicentsPer1000: 108_500, brandRateCentsPer1000Followers: 2_325 },
    });
  });

  test("a creator created in NOK without settings reads the defaults in NOK, at the shipped rate", async () => {
    const u = await createCreator({ currency: "NOK" });
    expect((await getEarningsSettingsRecord(u.id)).settings).toMatchObject({ fundRateMillicentsPer1000: 40_600, brandRateCentsPer1000Followers: 15_225 });
  });

  test("another creator's account, or none, is not found", async () => {
    await expect(changeAccountCurrency("00000000-0000-4000-8000-000000000000", "NOK", rate("10"))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a payout in another currency counts with the amount credited", () => {
  test("a USD payout credited in NOK is compared with the NOK estimate and gives the effective rate", async () => {
    const u = await createCreator({ currency: "NOK" });
    const v = await video(u.id, "Short", 30, "2026-09-20T12:00:00Z");
    await readings(u.id, [{ videoId: v.id, at: "2026-10-10T12:00:00Z", views: 1_000_000n }]);
    // Through the form handler: paid $40.00, credited 410.00 kr.
    const form = new FormData();
    for (const [k, val] of Object.entries({ receivedOn: "2026-10-20", stream: "views_payout", amount: "40.00", currency: "USD", credited: "410.00" })) form.set(k, val);
    expect((await handleCreateIncomeEntry({ id: u.id, timeZone: "UTC" }, form, NOW)).ok).toBe(true);
    // Without the credited amount it is refused at the field, nothing saved.
    form.set("credited", "");
    const refused = await handleCreateIncomeEntry({ id: u.id, timeZone: "UTC" }, form, NOW);
    expect(refused.ok ? null : refused.state.fieldErrors?.credited?.[0]).toMatch(/amount credited in NOK/);
    // A legacy entry without a credited amount: listed, never compared.
    await testDb().incomeEntry.create({ data: { userId: u.id, receivedOn: new Date("2026-10-21T00:00:00Z"), stream: "views_payout", amountCents: 9_999n, currency: "EUR" } });

    const settings = await getEarningsSettings(u.id);
    const c = await getMonthlyComparison(u.id, { timeZone: "UTC", currency: "NOK", settings, months: 3, now: NOW });
    const oct = c.months.find((m) => m.key === "2026-10-01")!;
    expect(oct.actual.views_payout).toBe(41_000n);
    expect(c.otherCurrencies).toEqual([{ currency: "EUR", stream: "views_payout", cents: 9_999n, entries: 1 }]);
    const view = buildEarningsComparisonView(c.months, { currency: "NOK", locale: "en-US" });
    // 1,000,000 views × 0.406 kr per 1,000 = 406.00 kr estimated; 410.00 kr credited.
    const october = view.months.find((m) => m.key === "2026-10-01")!;
    expect(october.estimateText).toMatch(/^NOK\s406\.00$/);
    expect(october.differenceText).toMatch(/^\+NOK\s4\.00$/);
    expect(effectiveRate(calibrationMonths(c))).toMatchObject({ kind: "rate", millicentsPer1000: 41_000 });
  });
});

describe("one rounding rule: the same total everywhere", () => {
  test("many small videos: dashboard, Earnings page and Earnings CSV agree to the cent (exact sums, rounded once)", async () => {
    const u = await createCreator({ currency: "NOK" });
    // 150 short videos, each 125 views by 10 October and 250 by 5 November; 40 long ones at 1,050 then 1,250.
    // Per item, 125 and 250 views at 0.406 kr per 1,000 are 0.05075 and 0.1015 kr: rounding each
    // would move the totals by kroner, not øre.
    const rows: { videoId: string; at: string; views: bigint }[] = [];
    for (let i = 0; i < 150; i++) {
      const v = await video(u.id, `Short ${i}`, 30, "2026-10-01T12:00:00Z");
      rows.push({ videoId: v.id, at: "2026-10-10T12:00:00Z", views: 125n }, { videoId: v.id, at: "2026-11-05T12:00:00Z", views: 250n });
    }
    for (let i = 0; i < 40; i++) {
      const v = await video(u.id, `Long ${i}`, 90, "2026-10-01T12:00:00Z");
      rows.push({ videoId: v.id, at: "2026-10-10T12:00:00Z", views: 1_050n }, { videoId: v.id, at: "2026-11-05T12:00:00Z", views: 1_250n });
    }
    await readings(u.id, rows);
    const user = { id: u.id, timeZone: "UTC", locale: "en-US", currency: "NOK" };

    // Exact: 37,500 short views × 0.406 kr + 50,000 long views × 7.105 kr per 1,000 = 15.225 + 355.25
    // = 370.475 kr, rounded once: 370.48 kr. Rounded per video it would read 370.20 kr (dashboard)
    // and, per video and month, yet another figure (Earnings page).
    const data = await getDashboardData(user, { range: { kind: "preset", preset: "all" }, bucket: "month" }, NOW);
    if (data.kind !== "ready") throw new Error("dashboard is empty");
    const dashboard = buildDashboardView(data, { locale: "en-US", timeZone: "UTC", currency: "NOK" });
    const card = dashboard.cards.find((c) => c.id === "earnings")!;

    const settings = await getEarningsSettings(u.id);
    const comparison = await getMonthlyComparison(u.id, { timeZone: "UTC", currency: "NOK", settings, now: NOW });
    const page = buildEarningsComparisonView(comparison.months, { currency: "NOK", locale: "en-US" });

    const r = parseReportRequest("earnings", new URLSearchParams("from=2026-10-01&to=2026-11-26"));
    if (!r.ok) throw new Error(r.error);
    const csv = parse(await renderReport({ id: u.id, timeZone: "UTC", currency: "NOK", locale: "en-US" }, r.request, { now: NOW }), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    const total = csv.find((row) => row.month === "total")!;

    const norm = (t: string) => t.replace(/\s/g, " ");
    expect(norm(card.value)).toBe("NOK 370.48");
    expect(norm(page.totals.estimateText)).toBe("NOK 370.48");
    expect(total.estimated_views_payout_nok).toBe("370.48");
  });
});
