// A stored time zone Intl does not know (an old alias, a hand-edited row) is checked in one
// place, when the session user is read (getSessionUser): from there on it is UTC, and the
// dashboard, the follower card, the reports and the import read that creator in UTC instead
// of failing.
import { describe, expect, test } from "vitest";
import { createSession } from "@/lib/data/sessions";
import { getDashboardData } from "@/lib/data/dashboard";
import { getPerFollowerSummary } from "@/lib/data/follower-counts";
import { parseReportRequest, renderReport } from "@/lib/data/reports";
import { getSessionUser } from "@/lib/data/users";
import { createCreator } from "./helpers/creators";
import { testDb } from "./helpers/db";

const NOW = new Date("2026-06-10T12:00:00Z");

async function creatorWithUnknownZone() {
  const db = testDb();
  const creator = await createCreator({ displayName: "Martian" });
  await db.$executeRaw`UPDATE users SET time_zone = 'Mars/Olympus_Mons' WHERE id = ${creator.id}::uuid`;
  const video = await db.video.create({
    data: { userId: creator.id, title: "Posted on Mars", postedAt: new Date("2026-06-01T23:30:00Z"), durationSeconds: 70 },
  });
  await db.reading.create({
    data: { videoId: video.id, userId: creator.id, capturedAt: new Date("2026-06-02T10:00:00Z"), views: 5_000n, likes: 500n, comments: 5n, shares: 5n },
  });
  const sessionId = await createSession(creator.id, "Vitest");
  return { creator, sessionId };
}

describe("a stored time zone Intl does not know", () => {
  test("is read as UTC into the session user, and every page's data is then read in UTC", async () => {
    const { creator, sessionId } = await creatorWithUnknownZone();
    const user = await getSessionUser(creator.id, sessionId);
    expect(user).toMatchObject({ id: creator.id, timeZone: "UTC" });
    // The row itself is left alone: the settings page shows what is stored, to be corrected.
    expect((await testDb().user.findUniqueOrThrow({ where: { id: creator.id } })).timeZone).toBe("Mars/Olympus_Mons");

    const dashboard = await getDashboardData(user!, { range: { kind: "preset", preset: "28d" }, bucket: null }, NOW);
    expect(dashboard).toMatchObject({ kind: "ready", timeZone: "UTC" });

    await expect(getPerFollowerSummary(user!, NOW)).resolves.toBeDefined();

    const videos = parseReportRequest("videos", new URLSearchParams("range=all"));
    if (!videos.ok) throw new Error(videos.error);
    // Posted 23:30 UTC on 1 June: the report's day is the UTC one.
    expect(await renderReport(user!, videos.request, { now: NOW })).toContain("2026-06-01");
  });
});
