// Issue 16, items 5, 8 and 9 on a real PostgreSQL: which views the dashboard's cards count
// (views gained, the default, or views of the videos posted in the range) and the setting that
// picks one; no comparison for all time; a reading with more interactions than views kept out
// of the top ER list and the scatter's scale, and saved by hand only after the question.
import { beforeAll, describe, expect, test } from "vitest";
import { getDashboardData, listDashboardVideos } from "@/lib/data/dashboard";
import { getViewsGained } from "@/lib/data/trends";
import { handleSetViewsBasis } from "@/lib/actions/dashboard-handlers";
import { handleCreateVideo, handleRecordReading } from "@/lib/actions/video-handlers";
import { buildDashboardView } from "@/lib/domain/dashboard-view";
import { DEFAULT_EARNINGS_SETTINGS } from "@/lib/domain/earnings";
import { CONFIRM_INTERACTIONS_FIELD } from "@/lib/validation/form-state";
import { createCreator } from "./helpers/creators";
import { testDb } from "./helpers/db";

const S = DEFAULT_EARNINGS_SETTINGS;
const NOW = new Date("2026-04-15T12:00:00Z");
const MARCH = { range: { kind: "custom" as const, from: "2026-03-01", to: "2026-03-31" }, bucket: null };
const ALL = { range: { kind: "preset" as const, preset: "all" as const }, bucket: null };
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

type Reading = [captured: string, views: bigint, likes: bigint];

async function seed(userId: string, videos: { title: string; posted: string; readings: Reading[] }[]) {
  const db = testDb();
  for (const v of videos) {
    const video = await db.video.create({ data: { userId, title: v.title, postedAt: at(v.posted), durationSeconds: 30 } });
    for (const [captured, views, likes] of v.readings) {
      await db.reading.create({
        data: { videoId: video.id, userId, capturedAt: at(captured), views, likes, comments: 0n, shares: 0n },
      });
    }
  }
}

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

describe("views basis: views gained against views of videos posted in range", () => {
  let user: Awaited<ReturnType<typeof createCreator>>;
  beforeAll(async () => {
    user = await createCreator();
    await seed(user.id, [
      // Posted in January, still gaining: 1,000 views by the previous period's start, 3,000 by
      // March, 4,000 in March.
      { title: "Old but growing", posted: "2026-01-10", readings: [["2026-01-11", 1_000n, 100n], ["2026-02-15", 3_000n, 200n], ["2026-03-20", 4_000n, 250n]] },
      { title: "Posted in March", posted: "2026-03-05", readings: [["2026-03-06", 500n, 50n]] },
    ]);
  });

  test("a new creator's dashboard leads with views gained (as TikTok Studio does)", async () => {
    const data = await getDashboardData(user, MARCH, NOW);
    if (data.kind !== "ready") throw new Error("expected data");
    expect(data.viewsBasis).toBe("gained");
    // March: 4,000 − 3,000 on the old video + 500 on the new one; the previous 31 days: 3,000 − 1,000.
    expect(data.gained).toEqual({
      current: { views: 1_500n, interactions: 100n },
      previous: { views: 2_000n, interactions: 100n },
      previousHasData: true,
    });
    const view = buildDashboardView(data, { locale: "en-US", timeZone: "UTC", currency: "USD" });
    const cards = Object.fromEntries(view.cards.map((c) => [c.id, c]));
    expect(cards.views).toMatchObject({ title: "Views gained", value: "1,500", detail: "Views of videos posted in range: 500" });
    expect(cards.interactions).toMatchObject({ title: "Interactions gained", value: "100" });
    // ER on the same basis as the views it is divided by: 100 ÷ 1,500.
    expect(cards.engagement).toMatchObject({ title: "ER on views gained", value: "6.6\u202F%", tier: "good" });
  });

  test("the rollup and the computation from the readings agree on the gains", async () => {
    const data = await getDashboardData(user, MARCH, NOW);
    if (data.kind !== "ready") throw new Error("expected data");
    const q = { previousFrom: data.period.previousFrom, from: data.period.from, to: data.period.to, timeZone: "UTC" };
    expect(await getViewsGained(user.id, q, S)).toEqual(await getViewsGained(user.id, q, S, { rollup: false }));
    // A period before anything was posted or read has no data.
    const early = { previousFrom: at("2025-01-01"), from: at("2025-02-01"), to: at("2025-03-01"), timeZone: "UTC" };
    for (const rollup of [true, false]) {
      expect(await getViewsGained(user.id, early, S, { rollup })).toEqual({
        current: { views: 0n, interactions: 0n },
        previous: { views: 0n, interactions: 0n },
        previousHasData: false,
      });
    }
  });

  test("the setting is stored per creator and the cards follow it", async () => {
    const other = await createCreator();
    await seed(other.id, [{ title: "Other's video", posted: "2026-03-02", readings: [["2026-03-03", 10n, 1n]] }]);
    const refused = await handleSetViewsBasis(user, form({ viewsBasis: "everything" }));
    expect(refused.ok).toBe(false);
    const saved = await handleSetViewsBasis(user, form({ viewsBasis: "posted" }));
    expect(saved.ok).toBe(true);
    const data = await getDashboardData(user, MARCH, NOW);
    if (data.kind !== "ready") throw new Error("expected data");
    expect(data.viewsBasis).toBe("posted");
    const cards = buildDashboardView(data, { locale: "en-US", timeZone: "UTC", currency: "USD" }).cards;
    expect(cards[0]).toMatchObject({ title: "Views of videos posted in range", value: "500", detail: "Views gained: 1,500" });
    const theirs = await getDashboardData(other, MARCH, NOW);
    expect(theirs.kind === "ready" && theirs.viewsBasis).toBe("gained");
    await handleSetViewsBasis(user, form({ viewsBasis: "gained" }));
  });

  test("all time: no card compares with the period before the first post", async () => {
    const data = await getDashboardData(user, ALL, NOW);
    if (data.kind !== "ready") throw new Error("expected data");
    const view = buildDashboardView(data, { locale: "en-US", timeZone: "UTC", currency: "USD" });
    for (const c of view.cards) {
      expect(c.change.direction, c.id).toBe("none");
      expect(c.change.text).not.toMatch(/New:|previous period/);
    }
  });
});

describe("readings with more interactions than views", () => {
  test("are left out of the top ER list (both paths) and of the scatter's scale, and stay in the data", async () => {
    const user = await createCreator();
    await seed(user.id, [
      { title: "Fifteen percent", posted: "2026-03-02", readings: [["2026-03-03", 5_000n, 750n]] },
      { title: "Ten percent", posted: "2026-03-03", readings: [["2026-03-04", 1_000_000n, 100_000n]] },
      { title: "Exactly one hundred percent", posted: "2026-03-04", readings: [["2026-03-05", 400n, 400n]] },
      { title: "Imported at 125 %", posted: "2026-03-05", readings: [["2026-03-06", 20_000n, 25_000n]] },
      { title: "Typed at 150 %", posted: "2026-03-06", readings: [["2026-03-07", 20_000n, 30_000n]] },
    ]);
    const range = { from: at("2026-03-01"), to: at("2026-04-01") };
    const fast = await listDashboardVideos(user.id, range, S);
    const reference = await listDashboardVideos(user.id, range, S, {}, { rollup: false });
    const titles = ["Exactly one hundred percent", "Fifteen percent", "Ten percent"];
    expect(fast.topByEngagement.map((v) => v.title)).toEqual(titles);
    expect(reference.topByEngagement.map((v) => v.title)).toEqual(titles);
    // With a top list shorter than the impossible readings, the fast path still finds the best.
    const short = await listDashboardVideos(user.id, range, S, { top: 2 });
    expect(short.topByEngagement.map((v) => v.title)).toEqual(titles.slice(0, 2));
    expect(fast.points).toHaveLength(5);

    const data = await getDashboardData(user, MARCH, NOW);
    if (data.kind !== "ready") throw new Error("expected data");
    const view = buildDashboardView(data, { locale: "en-US", timeZone: "UTC", currency: "USD" });
    expect(view.topByEngagement[0]).toMatchObject({ title: "Exactly one hundred percent" });
    expect(Math.max(...view.scatter.points.map((p) => p.rate))).toBe(100);
    expect(view.scatter.impossibleNote).toMatch(/^2 videos have more interactions than views and are not drawn/);
  });

  test("saving one by hand asks first, saves nothing until confirmed, then saves it once", async () => {
    const user = await createCreator();
    const db = testDb();
    const now = new Date("2026-03-10T12:00:00Z");
    const typed = {
      title: "Replayed likes",
      postedAt: "2026-03-01T10:00",
      capturedAt: "2026-03-02T10:00",
      views: "20,000",
      likes: "30,000",
      comments: "0",
      shares: "0",
    };
    const asked = await handleCreateVideo(user, form(typed), now);
    expect(asked).toMatchObject({ ok: false, state: { needsConfirmation: "interactions-exceed-views", values: { likes: "30,000" } } });
    expect(asked.ok === false && asked.state.message).toMatch(/^Interactions exceed views — save anyway\?/);
    expect(await db.video.count({ where: { userId: user.id } })).toBe(0);

    const saved = await handleCreateVideo(user, form({ ...typed, [CONFIRM_INTERACTIONS_FIELD]: "1" }), now);
    expect(saved.ok).toBe(true);
    const video = await db.video.findFirstOrThrow({ where: { userId: user.id } });
    expect(await db.reading.count({ where: { videoId: video.id } })).toBe(1);

    // A new reading on the video: asked again, saved on confirmation.
    const reading = { videoId: video.id, capturedAt: "2026-03-03T10:00", views: "100", likes: "101", comments: "0", shares: "0" };
    expect(await handleRecordReading(user, form(reading), now)).toMatchObject({ ok: false, state: { needsConfirmation: "interactions-exceed-views" } });
    expect(await db.reading.count({ where: { videoId: video.id } })).toBe(1);
    expect((await handleRecordReading(user, form({ ...reading, [CONFIRM_INTERACTIONS_FIELD]: "1" }), now)).ok).toBe(true);
    expect(await db.reading.count({ where: { videoId: video.id } })).toBe(2);
    // A possible reading is never asked about.
    expect((await handleRecordReading(user, form({ ...reading, capturedAt: "2026-03-04T10:00", likes: "100" }), now)).ok).toBe(true);
  });
});
