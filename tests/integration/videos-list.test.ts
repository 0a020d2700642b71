// The videos table: latest reading, ER and tier computed in SQL; search, sort, filters and
// pages that a creator can bookmark.
import { beforeAll, describe, expect, test } from "vitest";
import { createVideoWithReading, listVideos } from "@/lib/data/videos";
import { recordReading } from "@/lib/data/readings";
import { tierForSums } from "@/lib/domain/tier";
import { engagementRate } from "@/lib/domain/engagement";
import type { ReadingInput } from "@/lib/validation/reading";
import { createCreator } from "./helpers/creators";

type Seed = { title: string; postedAt: string; hashtags?: string[]; views: bigint; interactions: bigint };

function reading(views: bigint, interactions: bigint, capturedAt: Date): ReadingInput {
  // All interactions as likes: ER depends only on the sum.
  return { capturedAt, views, likes: interactions, comments: 0n, shares: 0n, saves: null, avgWatchTimeSeconds: null, completionRate: null };
}

async function seed(userId: string, s: Seed) {
  const postedAt = new Date(s.postedAt);
  return createVideoWithReading(userId, {
    video: { title: s.title, link: null, platformVideoId: null, postedAt, durationSeconds: null, hashtags: s.hashtags ?? [], sound: null, notes: null },
    reading: reading(s.views, s.interactions, new Date(postedAt.getTime() + 3_600_000)),
  });
}

describe("listVideos", () => {
  let userId: string;
  let otherId: string;

  beforeAll(async () => {
    const u = await createCreator({ timeZone: "America/Los_Angeles" });
    userId = u.id;
    const seeds: Seed[] = [
      { title: "High engagement, few views", postedAt: "2026-01-10T12:00:00Z", hashtags: ["dance", "fyp"], views: 5000n, interactions: 750n },
      { title: "Low engagement, many views", postedAt: "2026-01-11T12:00:00Z", hashtags: ["cooking"], views: 50_000n, interactions: 500n },
      { title: "Viral", postedAt: "2026-01-12T12:00:00Z", hashtags: ["dance"], views: 1_000_000n, interactions: 100_000n },
      { title: "Exactly 5 %", postedAt: "2026-01-13T12:00:00Z", views: 1000n, interactions: 50n },
      { title: "Exactly 3 %", postedAt: "2026-01-14T12:00:00Z", views: 1000n, interactions: 30n },
      { title: "Just under 3 %", postedAt: "2026-01-15T12:00:00Z", views: 100_000n, interactions: 2999n },
      { title: "Nobody saw it", postedAt: "2026-01-16T12:00:00Z", views: 0n, interactions: 0n },
      { title: "More likes than views", postedAt: "2026-01-17T12:00:00Z", hashtags: ["🍕"], views: 10n, interactions: 25n },
      { title: "50% off_sale \\ deal", postedAt: "2026-01-18T12:00:00Z", views: 100n, interactions: 1n },
      // 23:30 on 31 March in Los Angeles: a March video although it is April in UTC.
      { title: "Late night in LA", postedAt: "2026-04-01T06:30:00Z", hashtags: ["night"], views: 9_007_199_254_740_993n, interactions: 4n },
    ];
    for (const s of seeds) await seed(userId, s);
    // 20 filler videos in February, to make 30 in all (two pages).
    for (let i = 0; i < 20; i++) {
      await seed(userId, { title: `Filler ${String(i).padStart(2, "0")}`, postedAt: `2026-02-${String(i + 1).padStart(2, "0")}T12:00:00Z`, views: 1000n + BigInt(i), interactions: 70n });
    }
    const other = await createCreator();
    otherId = other.id;
    await seed(otherId, { title: "Viral", postedAt: "2026-01-12T12:00:00Z", hashtags: ["dance"], views: 1n, interactions: 1n });
  });

  test("25 per page, newest posted first, with the total", async () => {
    const p1 = await listVideos(userId, {});
    expect(p1).toMatchObject({ total: 30, page: 1, pageCount: 2, perPage: 25 });
    expect(p1.rows).toHaveLength(25);
    expect(p1.rows[0]!.title).toBe("Late night in LA");
    const p2 = await listVideos(userId, { page: 2 });
    expect(p2.rows).toHaveLength(5);
    expect(p2.rows.at(-1)!.title).toBe("High engagement, few views");
    const ids = new Set([...p1.rows, ...p2.rows].map((r) => r.id));
    expect(ids.size).toBe(30);
  });

  test("a page past the end shows the last page", async () => {
    const p = await listVideos(userId, { page: 9 });
    expect(p.page).toBe(2);
    expect(p.rows).toHaveLength(5);
  });

  test("ER and tier from SQL agree with the domain's exact rules, boundaries included", async () => {
    const { rows } = await listVideos(userId, { perPage: 100 });
    const byTitle = new Map(rows.map((r) => [r.title, r]));
    const expectations: [string, number | null, string | null][] = [
      ["High engagement, few views", 15, "excellent"],
      ["Low engagement, many views", 1, "below"],
      ["Viral", 10, "excellent"],
      ["Exactly 5 %", 5, "good"],
      ["Exactly 3 %", 3, "average"],
      ["Just under 3 %", 2.999, "below"],
      ["Nobody saw it", null, null],
      ["More likes than views", 250, "excellent"],
    ];
    for (const [title, er, tier] of expectations) {
      const row = byTitle.get(title)!;
      expect(row.latest?.engagementRate, title).toBe(er);
      expect(row.latest?.tier, title).toBe(tier);
    }
    for (const r of rows) {
      const l = r.latest!;
      expect(l.tier).toBe(tierForSums(l.interactions, l.views));
      const er = engagementRate(l);
      if (er === null) expect(l.engagementRate).toBeNull();
      else expect(l.engagementRate).toBeCloseTo(er, 6);
    }
    expect(byTitle.get("More likes than views")!.latest!.interactionsExceedViews).toBe(true);
    expect(byTitle.get("Viral")!.latest!.interactionsExceedViews).toBe(false);
    expect(byTitle.get("Late night in LA")!.latest!.views).toBe(9_007_199_254_740_993n);
  });

  test("the latest reading is the one shown", async () => {
    const u = await createCreator();
    const { id } = await seed(u.id, { title: "Growing", postedAt: "2026-01-01T00:00:00Z", views: 100n, interactions: 1n });
    await recordReading(u.id, id, reading(1000n, 200n, new Date("2026-01-05T00:00:00Z")));
    await recordReading(u.id, id, reading(500n, 10n, new Date("2026-01-03T00:00:00Z"))); // recorded later, captured earlier
    const [row] = (await listVideos(u.id, {})).rows;
    expect(row!.latest).toMatchObject({ views: 1000n, interactions: 200n, engagementRate: 20, tier: "excellent" });
  });

  test.each([
    ["viral", ["Viral"]],
    ["VIRAL", ["Viral"]],
    ["engagement", ["Low engagement, many views", "High engagement, few views"]],
    ["#dance", ["Viral", "High engagement, few views"]],
    ["#Dance #fyp", ["High engagement, few views"]],
    ["dan", ["Viral", "High engagement, few views"]], // a hashtag substring
    ["#night", ["Late night in LA"]],
    ["🍕", ["More likes than views"]],
    ["50%", ["50% off_sale \\ deal"]],
    ["0%", ["50% off_sale \\ deal"]], // LIKE wildcards are matched literally (else "Filler 0…" would match)
    ["_", ["50% off_sale \\ deal"]],
    ["\\", ["50% off_sale \\ deal"]],
    ["nothing like this", []],
  ])("search %j", async (q, titles) => {
    const { rows, total } = await listVideos(userId, { q });
    expect(rows.map((r) => r.title)).toEqual(titles);
    expect(total).toBe(titles.length);
  });

  test.each([
    ["excellent", ["More likes than views", "Viral", "High engagement, few views"]],
    ["good", ["Exactly 5 %"]],
    ["average", ["Exactly 3 %"]],
  ] as const)("filter by tier %s", async (tier, titles) => {
    const { rows } = await listVideos(userId, { tier, perPage: 100 });
    expect(rows.map((r) => r.title).filter((t) => !t.startsWith("Filler"))).toEqual(titles);
  });

  test("filter by tier counts across pages", async () => {
    const { total, rows } = await listVideos(userId, { tier: "good" });
    expect(total).toBe(21); // "Exactly 5 %" and 20 fillers at 7 %
    expect(rows).toHaveLength(21);
  });

  test("posting date range is in the creator's time zone, both ends inclusive", async () => {
    const march = await listVideos(userId, { from: "2026-03-01", to: "2026-03-31", timeZone: "America/Los_Angeles" });
    expect(march.rows.map((r) => r.title)).toEqual(["Late night in LA"]);
    const marchUtc = await listVideos(userId, { from: "2026-03-01", to: "2026-03-31", timeZone: "UTC" });
    expect(marchUtc.total).toBe(0);
    const jan = await listVideos(userId, { from: "2026-01-12", to: "2026-01-13", timeZone: "America/Los_Angeles" });
    expect(jan.rows.map((r) => r.title)).toEqual(["Exactly 5 %", "Viral"]);
    const fromOnly = await listVideos(userId, { from: "2026-02-20", timeZone: "UTC" });
    expect(fromOnly.total).toBe(1 + 1); // Filler 19 (Feb 20) and the LA video
  });

  test("sort by views and by ER, both directions; videos without ER go last", async () => {
    const byViews = (await listVideos(userId, { sort: "views", dir: "desc", perPage: 100 })).rows;
    expect(byViews.slice(0, 3).map((r) => r.title)).toEqual(["Late night in LA", "Viral", "Just under 3 %"]);
    const viewsAsc = (await listVideos(userId, { sort: "views", dir: "asc", perPage: 100 })).rows;
    expect(viewsAsc[0]!.title).toBe("Nobody saw it");

    const byEr = (await listVideos(userId, { sort: "er", dir: "desc", perPage: 100 })).rows;
    expect(byEr.slice(0, 3).map((r) => r.title)).toEqual(["More likes than views", "High engagement, few views", "Viral"]);
    expect(byEr.at(-1)!.title).toBe("Nobody saw it");
    const erAsc = (await listVideos(userId, { sort: "er", dir: "asc", perPage: 100 })).rows;
    expect(erAsc[0]!.title).toBe("Late night in LA"); // 4 interactions on 9·10^15 views
    expect(erAsc.at(-1)!.title).toBe("Nobody saw it");
    const rates = erAsc.slice(0, -1).map((r) => r.latest!.engagementRate!);
    expect([...rates].sort((a, b) => a - b)).toEqual(rates);
  });

  test("search, tier, dates and sort combine", async () => {
    const { rows } = await listVideos(userId, { q: "#dance", tier: "excellent", from: "2026-01-01", to: "2026-01-31", sort: "views", dir: "asc" });
    expect(rows.map((r) => r.title)).toEqual(["High engagement, few views", "Viral"]);
  });

  test("a creator sees only their own videos", async () => {
    const { rows, total } = await listVideos(otherId, { q: "viral" });
    expect(total).toBe(1);
    expect(rows[0]!.latest!.views).toBe(1n);
  });

  test("a creator without videos gets an empty first page", async () => {
    const u = await createCreator();
    expect(await listVideos(u.id, { page: 3 })).toEqual({ rows: [], total: 0, page: 1, pageCount: 1, perPage: 25 });
  });
});
