import "server-only";
import { csvColumns, encodePreamble, encodeRow, type CsvRow } from "@/lib/csv/encode";
import { getEarningsSettings, getEarningsSettingsRecord } from "@/lib/data/earnings-settings";
import { followerCountInForceSql } from "@/lib/data/sql-rules";
import { videosWithLatestReading } from "@/lib/data/trends";
import { videoSearchCondition } from "@/lib/data/videos";
import { rateFromSums } from "@/lib/domain/engagement";
import { rateFromFollowers } from "@/lib/domain/engagement-variants";
import { centsToDecimalString } from "@/lib/domain/format";
import { toIsoWithOffset } from "@/lib/domain/time";
import { TIER_LABELS, tierForSums } from "@/lib/domain/tier";
import { Prisma } from "@/lib/generated/prisma/client";
import { throwIfAborted, type ReportChunks, type ReportContext, type ReportPeriod } from "@/lib/reports/context";
import { READING_FIGURE_COLUMNS } from "./columns";
import { ExportSession, type ExportQueryValue } from "./export-connection";

// Videos: one row per video posted in the range, with its latest reading captured before the
// end of the range, its ER, tier and estimated views payout. The per-video figures come from
// the dashboard's own SQL (`videosWithLatestReading` in lib/data/trends.ts), so a video's
// views, interactions and payout here are the ones its dashboard point shows; ER and tier come
// from lib/domain, as on every screen. Read through a cursor in pages of FETCH_SIZE rows, so a
// creator with any number of videos streams in flat memory.

const FETCH_SIZE = 1000;

export const VIDEOS_COLUMNS = csvColumns([
  { name: "video_id", kind: "text" },
  { name: "platform_video_id", kind: "text" },
  { name: "title", kind: "user-text" },
  { name: "link", kind: "user-text" },
  { name: "posted_at", kind: "text" },
  { name: "duration_seconds", kind: "number" },
  { name: "hashtags", kind: "user-text" },
  { name: "sound", kind: "user-text" },
  { name: "notes", kind: "user-text" },
  { name: "reading_captured_at", kind: "text" },
  ...READING_FIGURE_COLUMNS,
  { name: "tier", kind: "text" },
  { name: "payout_program", kind: "text" },
  { name: "estimated_views_payout", kind: "number" },
  { name: "currency", kind: "text" },
  // The follower count in force at the reading (the latest recorded on its day or before) and
  // interactions ÷ that count × 100; empty when none was recorded by then.
  { name: "followers_at_reading", kind: "number" },
  { name: "engagement_rate_per_follower_pct", kind: "number" },
  // "yes" when the creator counts saves as interactions: then `interactions` and both rates include them.
  { name: "saves_counted_as_interactions", kind: "text" },
]);

type VideoReportRow = {
  id: string;
  platform_video_id: string | null;
  title: string;
  link: string | null;
  posted_at: Date;
  duration_seconds: number | null;
  hashtags: string[] | null;
  sound: string | null;
  notes: string | null;
  captured_at: Date | null;
  views: string;
  likes: string | null;
  comments: string | null;
  shares: string | null;
  saves: string | null;
  interactions: string;
  has_reading: boolean;
  fund_cents: string;
  rewards_cents: string;
  followers: string | null;
};

export function videosReportQuery(
  ctx: ReportContext,
  period: ReportPeriod,
  settings: Awaited<ReturnType<typeof getEarningsSettings>>,
  opts: { includeSaves?: boolean } = {},
): Prisma.Sql {
  const perVideo = videosWithLatestReading({
    userId: ctx.user.id,
    postedFrom: period.from,
    postedTo: period.to,
    cutoff: Prisma.sql`${period.to}::timestamptz`,
    settings,
    includeSaves: opts.includeSaves,
  });
  // The reading itself (its time and counts) is the one per_video used: the same ordering on
  // the same unique (video_id, captured_at) key picks the same row. The owner check sits
  // outside the LIMIT so that, without table statistics, the planner still probes the
  // (video_id, captured_at) index rather than scanning the creator's readings once per video.
  return Prisma.sql`
    WITH per_video AS (${perVideo})
    SELECT p.id::text AS id, v.platform_video_id, v.title, v.link, v.posted_at, v.duration_seconds, v.hashtags,
           v.sound, v.notes, r.captured_at, p.views::text AS views, r.likes::text AS likes,
           r.comments::text AS comments, r.shares::text AS shares, r.saves::text AS saves,
           p.interactions::text AS interactions, p.has_reading,
           p.fund_cents::text AS fund_cents, p.rewards_cents::text AS rewards_cents,
           ${Prisma.raw(followerCountInForceSql("v.user_id", "r.captured_at"))}::text AS followers
    FROM per_video p
    JOIN videos v ON v.id = p.id AND v.user_id = ${ctx.user.id}::uuid
    LEFT JOIN LATERAL (
      SELECT ss.user_id, ss.captured_at, ss.likes, ss.comments, ss.shares, ss.saves
      FROM stat_snapshots ss
      WHERE ss.video_id = v.id AND ss.captured_at < ${period.to}::timestamptz
      ORDER BY ss.captured_at DESC
      LIMIT 1
    ) r ON r.user_id = v.user_id
    WHERE true ${videoSearchCondition(ctx.request.q)}
    ORDER BY v.posted_at, v.id`;
}

export async function* videosReport(ctx: ReportContext, period: ReportPeriod): ReportChunks {
  throwIfAborted(ctx.signal);
  const { settings, includeSaves } = await getEarningsSettingsRecord(ctx.user.id);
  const query = videosReportQuery(ctx, period, settings, { includeSaves });
  const tz = ctx.timeZone;
  // The account's currency, as on the dashboard (the model's rates are stored in it).
  const currency = ctx.user.currency;

  const toCsv = (r: VideoReportRow): CsvRow<(typeof VIDEOS_COLUMNS)[number]["name"]> | null => {
    const views = BigInt(r.views);
    const interactions = BigInt(r.interactions);
    const tier = r.has_reading ? tierForSums(interactions, views) : null;
    if (ctx.request.tier && tier !== ctx.request.tier) return null;
    const isRewards = r.duration_seconds !== null && r.duration_seconds >= settings.rewardsMinDurationSeconds;
    return {
      video_id: r.id,
      platform_video_id: r.platform_video_id,
      title: r.title,
      link: r.link,
      posted_at: toIsoWithOffset(new Date(r.posted_at), tz),
      duration_seconds: r.duration_seconds,
      hashtags: (r.hashtags ?? []).map((t) => `#${t}`).join(" ") || null,
      sound: r.sound,
      notes: r.notes,
      reading_captured_at: r.captured_at ? toIsoWithOffset(new Date(r.captured_at), tz) : null,
      views: r.has_reading ? views : null,
      likes: r.likes,
      comments: r.comments,
      shares: r.shares,
      saves: r.saves,
      interactions: r.has_reading ? interactions : null,
      engagement_rate_pct: r.has_reading ? rateFromSums(interactions, views) : null,
      tier: tier ? TIER_LABELS[tier] : null,
      payout_program: isRewards ? "rewards" : "fund",
      estimated_views_payout: centsToDecimalString(BigInt(r.fund_cents) + BigInt(r.rewards_cents), currency),
      currency,
      followers_at_reading: r.has_reading ? r.followers : null,
      engagement_rate_per_follower_pct: r.has_reading ? rateFromFollowers(interactions, r.followers === null ? null : BigInt(r.followers)) : null,
      saves_counted_as_interactions: includeSaves ? "yes" : "no",
    };
  };

  const session = await ExportSession.open(tz);
  const onAbort = () => void session.abort();
  ctx.signal.addEventListener("abort", onAbort, { once: true });
  try {
    await session.query(`DECLARE videos_report NO SCROLL CURSOR FOR ${query.text}`, query.values as ExportQueryValue[]);
    let out = encodePreamble(VIDEOS_COLUMNS, { bom: ctx.request.bom });
    for (;;) {
      throwIfAborted(ctx.signal);
      const rows = await session.query<VideoReportRow>(`FETCH ${FETCH_SIZE} FROM videos_report`);
      for (const r of rows) {
        const row = toCsv(r);
        if (row) out += encodeRow(VIDEOS_COLUMNS, row);
      }
      yield out;
      out = "";
      if (rows.length < FETCH_SIZE) break;
    }
    await session.close();
  } finally {
    ctx.signal.removeEventListener("abort", onAbort);
    await session.abort();
  }
}
