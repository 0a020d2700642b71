// Cross-creator cases for videos, readings and follower counts: every data function and form
// handler that takes an id, run by creator B on creator A's ids, and the lists B can read.
import type { User } from "@/lib/generated/prisma/client";
import { createVideoWithReading, deleteVideo, getVideo, listVideos, updateVideo } from "@/lib/data/videos";
import { deleteReading, getReading, recordReading, updateReading } from "@/lib/data/readings";
import { deleteFollowerCount, listFollowerCounts, recordFollowers } from "@/lib/data/followers";
import {
  handleDeleteReading,
  handleDeleteVideo,
  handleRecordReading,
  handleUpdateReading,
  handleUpdateVideo,
} from "@/lib/actions/video-handlers";
import { handleDeleteFollowerCount } from "@/lib/actions/follower-handlers";
import type { ReadingInput } from "@/lib/validation/reading";
import { CONFIRM_INTERACTIONS_FIELD } from "@/lib/validation/form-state";
import type { VideoInput } from "@/lib/validation/video";
import { testDb } from "../helpers/db";
import { bId, actingAsB, aId, formOf, type MatrixCase, type WorldBuilder } from "./types";

const POSTED = new Date("2026-01-10T12:00:00Z");

const videoInput = (title: string): VideoInput => ({
  title,
  link: null,
  platformVideoId: null,
  postedAt: POSTED,
  durationSeconds: 30,
  hashtags: [],
  sound: null,
  notes: null,
});

const readingInput = (capturedAt: Date, views = 1000n): ReadingInput => ({
  capturedAt,
  views,
  likes: 50n,
  comments: 5n,
  shares: 1n,
  saves: null,
  avgWatchTimeSeconds: null,
  completionRate: null,
});

/**
 * Moves a BIGSERIAL sequence ahead by a random trillion-scale jump, so the next ids are long
 * and distinctive: the matrix checks that none of A's ids appears in B's output as text, and
 * ids like "1" or "2" would appear in any number.
 */
async function distinctiveIds(table: "stat_snapshots" | "follower_snapshots") {
  await testDb().$executeRawUnsafe(
    `SELECT setval(pg_get_serial_sequence('${table}', 'id'), nextval(pg_get_serial_sequence('${table}', 'id')) + 1000000000000 + floor(random() * 1000000000000)::bigint)`,
  );
}

export const buildVideos: WorldBuilder = async (user: User, label: string) => {
  await distinctiveIds("stat_snapshots");
  await distinctiveIds("follower_snapshots");
  const marker = `matrix-video-${label}-${user.id.slice(0, 8)}`;
  const { id: video } = await createVideoWithReading(user.id, {
    video: {
      ...videoInput(`${marker} title`),
      link: `https://www.tiktok.com/@${marker}/video/72345678901234${label === "A" ? "1" : "2"}`,
      platformVideoId: `72345678901234${label === "A" ? "1" : "2"}`,
      hashtags: [`${marker}-tag`],
      notes: `${marker} notes`,
    },
    reading: readingInput(new Date("2026-01-11T12:00:00Z")),
  });
  const reading = await recordReading(user.id, video, readingInput(new Date("2026-01-12T12:00:00Z"), 2000n));
  const follower = await recordFollowers(user.id, { date: "2026-01-12", followers: 4321n });
  return { ids: { video, reading: reading.id, followerCount: follower.id }, markers: [marker] };
};

const b = bId;
const asB = actingAsB;
const a = aId;

const form = formOf;

const readingForm = { capturedAt: "2026-01-20T10:00", views: "100", likes: "1", comments: "1", shares: "1" };

export const videoCases: MatrixCase[] = [
  // Data layer
  { kind: "foreign-id", name: "getVideo", act: (w) => getVideo(b(w), a(w, "video")) },
  { kind: "foreign-id", name: "updateVideo", act: (w) => updateVideo(b(w), a(w, "video"), 1, videoInput("hijacked")) },
  { kind: "foreign-id", name: "deleteVideo", act: (w) => deleteVideo(b(w), a(w, "video")) },
  {
    kind: "foreign-id",
    name: "recordReading on A's video",
    act: (w) => recordReading(b(w), a(w, "video"), readingInput(new Date("2026-01-20T00:00:00Z"))),
  },
  { kind: "foreign-id", name: "getReading", act: (w) => getReading(b(w), a(w, "reading")) },
  {
    kind: "foreign-id",
    name: "updateReading",
    act: (w) => updateReading(b(w), a(w, "reading"), readingInput(new Date("2026-01-20T00:00:00Z"), 1n)),
  },
  { kind: "foreign-id", name: "deleteReading", act: (w) => deleteReading(b(w), a(w, "reading")) },
  { kind: "foreign-id", name: "deleteFollowerCount", act: (w) => deleteFollowerCount(b(w), a(w, "followerCount")) },

  // Form handlers behind the server actions (the actions add only the session)
  {
    kind: "foreign-id",
    name: "updateVideoAction",
    act: (w) =>
      handleUpdateVideo(asB(w), form({ id: a(w, "video"), version: "1", title: "hijacked", postedAt: "2026-01-10T12:00" })),
  },
  { kind: "foreign-id", name: "deleteVideoAction", act: (w) => handleDeleteVideo(asB(w), form({ id: a(w, "video") })) },
  {
    kind: "foreign-id",
    name: "recordReadingAction",
    act: (w) => handleRecordReading(asB(w), form({ videoId: a(w, "video"), ...readingForm })),
  },
  {
    // A reading with more interactions than views, confirmed: still a 404 on A's video.
    kind: "foreign-id",
    name: "recordReadingAction (interactions above views, confirmed)",
    act: (w) =>
      handleRecordReading(asB(w), form({ videoId: a(w, "video"), ...readingForm, likes: "500", [CONFIRM_INTERACTIONS_FIELD]: "1" })),
  },
  {
    kind: "foreign-id",
    name: "updateReadingAction",
    act: (w) => handleUpdateReading(asB(w), form({ readingId: a(w, "reading"), ...readingForm })),
  },
  {
    kind: "foreign-id",
    name: "deleteReadingAction",
    act: (w) => handleDeleteReading(asB(w), form({ readingId: a(w, "reading") })),
  },
  {
    kind: "foreign-id",
    name: "deleteFollowerCountAction",
    act: (w) => handleDeleteFollowerCount(asB(w), form({ id: a(w, "followerCount") })),
  },

  // Lists
  { kind: "own-data-only", name: "listVideos", read: (w) => listVideos(b(w), {}) },
  { kind: "own-data-only", name: "listVideos searching A's title", read: async (w) => {
    const own = await listVideos(b(w), {});
    const searched = await listVideos(b(w), { q: w.a.markers.find((m) => m.startsWith("matrix-video-")) ?? "" });
    return { own, searched };
  } },
  { kind: "own-data-only", name: "listFollowerCounts", read: async (w) => ({ ids: await listFollowerCounts(b(w)) }) },
];
