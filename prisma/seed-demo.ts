// The demo creator: about six months of realistic videos and stat readings (a spread of tiers,
// a few viral videos, some weeks without posts) and weekly follower counts, all relative to
// today so every screen has something real to show. Deterministic (seeded PRNG).
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password-hash";

export const DEMO_EMAIL = "demo@tierline.app";

/**
 * The demo creator's password: random per installation (never a value written in the code, which
 * anyone could use to sign in to a reachable installation). 16 characters of base64url, 96 bits.
 */
export function newDemoPassword(): string {
  return randomBytes(12).toString("base64url");
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** mulberry32: small deterministic PRNG so the demo looks the same on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  "Morning routine in 30 seconds", "Trying the viral pasta recipe", "Day in my life as a barista",
  "3 tips for better phone videos", "Thrift flip: denim jacket", "Replying to your comments 💬",
  "Budget meal prep for the week", "Learning this dance in one take", "Studio tour ✨", "What I eat in a day",
  "Rating your desk setups", "Mini vlog: rainy Sunday", "How I edit my videos", "Trying 5 coffee hacks ☕",
  "Get ready with me", "Plant care for beginners 🌱", "Room makeover on a budget", "Street food tour",
  "Behind the scenes of a shoot", "Answering your questions", "Small business packing order", "Café de Flore review",
];
const HASHTAGS = ["fyp", "foryou", "recipe", "dance", "diy", "vlog", "coffee", "thrift", "tutorial", "storytime", "plants", "budget"];
const SOUNDS = ["Original sound", "Espresso – trending", "Lo-fi beats 24/7", "Cupid (Twin Ver.)", null, null];
const DEMO_TZ = "America/New_York";

/** `password` is the demo creator's, only when this call created it: show it once, keep it safely. */
type Seeded = { seeded: false; videos: 0 } | { seeded: true; videos: number; password: string };

/** Seeds the demo creator only into a database with no creators at all. Safe to call on every start. */
export async function seedDemoIfEmpty(prisma: PrismaClient, now = new Date(), password = newDemoPassword()): Promise<Seeded> {
  if ((await prisma.user.count()) > 0) return { seeded: false, videos: 0 };
  return seedDemo(prisma, now, password);
}

/** Creates the demo creator unless one already exists (idempotent). */
export async function seedDemo(prisma: PrismaClient, now = new Date(), password = newDemoPassword()): Promise<Seeded> {
  if (await prisma.user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } })) {
    return { seeded: false, videos: 0 };
  }
  const rand = prng(20260601);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const passwordHash = await hashPassword(password);

  // Posting days over the last ~182 days, skipping three whole weeks (breaks happen).
  const start = now.getTime() - 182 * DAY;
  const skippedWeeks = new Set([5, 12, 19]);
  const posts: number[] = [];
  for (let day = 0; day < 181; day++) {
    if (skippedWeeks.has(Math.floor(day / 7))) continue;
    if (rand() < 0.4) posts.push(start + day * DAY + (9 + Math.floor(rand() * 12)) * HOUR + Math.floor(rand() * 60) * 60_000);
  }
  const viral = new Set([Math.floor(posts.length * 0.3), Math.floor(posts.length * 0.62), Math.floor(posts.length * 0.85)]);

  const videos = posts.map((postedAt, i) => {
    const tierRoll = rand();
    // Target ER: a spread of tiers (≈15 % Excellent, 35 % Good, 30 % Average, 20 % Below average).
    const er = tierRoll < 0.15 ? 10 + rand() * 6 : tierRoll < 0.5 ? 5 + rand() * 5 : tierRoll < 0.8 ? 3 + rand() * 2 : 0.8 + rand() * 2.2;
    const finalViews = viral.has(i)
      ? Math.round(1_000_000 + rand() * 2_500_000)
      : Math.round(Math.exp(Math.log(1_500) + rand() * Math.log(120)));
    const duration = rand() < 0.35 ? 60 + Math.floor(rand() * 120) : 8 + Math.floor(rand() * 50);
    const tags = Array.from(new Set([pick(HASHTAGS), pick(HASHTAGS), ...(rand() < 0.5 ? ["fyp"] : [])]));
    return {
      title: `${pick(TOPICS)}${i % 7 === 3 ? " (part 2)" : ""}`,
      postedAt: new Date(postedAt),
      durationSeconds: duration,
      hashtags: rand() < 0.15 ? [] : tags,
      sound: pick(SOUNDS),
      platformVideoId: String(7_300_000_000_000_000_000n + BigInt(i) * 7_919n),
      er,
      finalViews,
      shareOfSaves: 0.05 + rand() * 0.15,
      watch: 4 + rand() * Math.min(duration, 40),
    };
  });

  await prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: DEMO_EMAIL, passwordHash, displayName: "Maya Rivera (demo)", timeZone: DEMO_TZ, currency: "USD", locale: "en-US" },
    });
    const checkpoints = [2 * HOUR, DAY, 3 * DAY, 7 * DAY, 14 * DAY, 30 * DAY];
    for (const v of videos) {
      const video = await tx.video.create({
        data: {
          userId: user.id,
          title: v.title,
          link: `https://www.tiktok.com/@maya.makes/video/${v.platformVideoId}`,
          platformVideoId: v.platformVideoId,
          postedAt: v.postedAt,
          durationSeconds: v.durationSeconds,
          hashtags: v.hashtags,
          sound: v.sound,
        },
      });
      const readings = checkpoints
        .map((offset) => v.postedAt.getTime() + offset)
        .filter((t) => t < now.getTime())
        .map((t) => {
          const age = (t - v.postedAt.getTime()) / DAY;
          const grown = 1 - Math.exp(-age / 2.5); // most views arrive in the first days
          const views = Math.max(1, Math.round(v.finalViews * grown));
          const inter = (views * v.er) / 100;
          const likes = Math.round(inter * 0.86);
          const comments = Math.round(inter * 0.06);
          const shares = Math.max(0, Math.round(inter) - likes - comments);
          return {
            videoId: video.id,
            userId: user.id,
            capturedAt: new Date(t),
            views: BigInt(views),
            likes: BigInt(likes),
            comments: BigInt(comments),
            shares: BigInt(shares),
            saves: BigInt(Math.round(likes * v.shareOfSaves)),
            avgWatchTimeSeconds: v.watch.toFixed(2),
            completionRate: Math.min(99, (v.watch / v.durationSeconds) * 100).toFixed(2),
          };
        });
      if (readings.length) await tx.reading.createMany({ data: readings });
    }
    // Weekly follower counts, growing faster after the viral videos.
    const followers = [];
    let count = 8_200;
    for (let week = 0; week <= 26; week++) {
      const d = new Date(start + week * 7 * DAY);
      followers.push({ userId: user.id, date: new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())), followers: BigInt(count) });
      count += Math.round(250 + rand() * 600 + (week === 8 || week === 16 || week === 22 ? 3_500 : 0));
    }
    await tx.followerCount.createMany({ data: followers });
  }, { timeout: 60_000 });
  return { seeded: true, videos: videos.length, password };
}
