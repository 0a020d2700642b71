// Cross-creator cases for import: the preview and commit behind /api/import/* and the daily
// account figures the dashboard charts, run by creator B. B's files may name A's TikTok video
// ids and A's Tierline video id: they must find nothing of A's (A's video is "new" for B, a
// reading for A's Tierline id is skipped) and nothing of A's may come back.
import type { User } from "@/lib/generated/prisma/client";
import { commitImport, previewImport } from "@/lib/data/imports";
import { listDailyAccountStats } from "@/lib/data/daily-account-stats";
import { parseImportFiles } from "@/lib/import/parse";
import * as F from "@/lib/import/testing/fixtures";
import { testDb } from "../helpers/db";
import { aId, type MatrixCase, type World, type WorldBuilder } from "./types";

const NOW = new Date("2026-10-01T12:00:00Z");

/** A TikTok id per creator, and a daily view count no other builder's data contains. */
function importMarkers(user: User, label: string) {
  const code = BigInt(label.charCodeAt(0));
  return {
    title: `matrix-import-${label}-${user.id.slice(0, 8)}`,
    platformVideoId: `74${code}0000000000000${code}`,
    dailyViews: 9_000_000_000_017n * code + BigInt(parseInt(user.id.slice(0, 6), 16)),
  };
}

async function parse(user: { timeZone: string }, files: Record<string, string>) {
  return parseImportFiles(
    Object.entries(files).map(([name, text]) => ({ name, bytes: F.encode(text) })),
    { timeZone: user.timeZone, now: NOW },
  );
}

function contentCsv(videos: { id: string; title: string }[]) {
  return F.toCsv(
    F.contentRows(
      "en",
      "2026-09-20",
      videos.map((v) => ({ ...v, postTime: "2026-09-01 10:00", likes: 10, comments: 2, shares: 1, views: 500 })),
    ),
  );
}

export const buildImport: WorldBuilder = async (user: User, label: string) => {
  const m = importMarkers(user, label);
  const parsed = await parse(user, {
    "Content.csv": contentCsv([{ id: m.platformVideoId, title: m.title }]),
    "Overview.csv": F.toCsv(
      F.overviewRows("en", [{ date: "2026-09-15", videoViews: m.dailyViews.toString(), profileViews: 5, likes: 6, comments: 7, shares: 8 }]),
    ),
  });
  await commitImport(user.id, user.timeZone, parsed);
  const video = await testDb().video.findFirstOrThrow({ where: { userId: user.id, platformVideoId: m.platformVideoId } });
  return { ids: { importedVideo: video.id }, markers: [m.title, m.dailyViews.toString()] };
};

const b = (w: World) => w.b.user;
const a = aId;

/** B's own video, A's TikTok id under a neutral link and title, and a reading for A's Tierline id. */
async function filesNamingA(w: World) {
  const mine = importMarkers(w.b.user, "B");
  const theirs = importMarkers(w.a.user, "A");
  return parse(b(w), {
    "Content.csv": contentCsv([
      { id: mine.platformVideoId, title: mine.title },
      { id: theirs.platformVideoId, title: "someone else's video" },
    ]),
    "readings.csv": F.toCsv([
      ["reading_id", "video_id", "platform_video_id", "video_title", "captured_at", "views", "likes", "comments", "shares"],
      ["1", a(w, "importedVideo"), "", "x", "2026-09-21T10:00:00Z", "1", "1", "1", "1"],
    ]),
  });
}

export const importCases: MatrixCase[] = [
  {
    kind: "own-data-only",
    name: "listDailyAccountStats",
    read: (w) => listDailyAccountStats(b(w).id, "2026-01-01", "2026-12-31"),
  },
  {
    kind: "own-data-only",
    name: "previewImport of files naming A's videos",
    read: async (w) => previewImport(b(w).id, b(w).timeZone, await filesNamingA(w)),
  },
  {
    kind: "own-data-only",
    name: "commitImport of files naming A's videos",
    read: async (w) => {
      const summary = await commitImport(b(w).id, b(w).timeZone, await filesNamingA(w));
      return { summary, days: await listDailyAccountStats(b(w).id, "2026-01-01", "2026-12-31") };
    },
  },
];
