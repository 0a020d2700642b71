import "server-only";
import { SLICE } from "./shared";

// The account's daily figures (Overview) and follower counts (FollowerHistory): by creator and date.

const DAY_INPUT = `
  x AS (
    SELECT s.date::date AS date, s.video_views::bigint AS video_views, s.profile_views::bigint AS profile_views,
           s.likes::bigint AS likes, s.comments::bigint AS comments, s.shares::bigint AS shares
    FROM import_days s WHERE ${SLICE}
  )`;

/** A figure the file left empty keeps the value stored before. */
const DAY_MERGED = (d: string, x: string) =>
  `(COALESCE(${x}.video_views, ${d}.video_views), COALESCE(${x}.profile_views, ${d}.profile_views), COALESCE(${x}.likes, ${d}.likes), COALESCE(${x}.comments, ${d}.comments), COALESCE(${x}.shares, ${d}.shares))`;
const DAY_STORED = (d: string) => `(${d}.video_views, ${d}.profile_views, ${d}.likes, ${d}.comments, ${d}.shares)`;

export const PREVIEW_DAYS = `
  WITH ${DAY_INPUT}
  SELECT count(*) FILTER (WHERE d.id IS NULL)::int AS new,
         count(*) FILTER (WHERE d.id IS NOT NULL AND ${DAY_STORED("d")} IS DISTINCT FROM ${DAY_MERGED("d", "x")})::int AS updated,
         count(*) FILTER (WHERE d.id IS NOT NULL AND ${DAY_STORED("d")} IS NOT DISTINCT FROM ${DAY_MERGED("d", "x")})::int AS unchanged
  FROM x LEFT JOIN daily_account_stats d ON d.user_id = $1::uuid AND d.date = x.date`;

export const COMMIT_DAYS = `
  WITH ${DAY_INPUT},
  up AS (
    INSERT INTO daily_account_stats AS d (user_id, date, video_views, profile_views, likes, comments, shares, updated_at)
    SELECT $1::uuid, x.date, x.video_views, x.profile_views, x.likes, x.comments, x.shares, now() FROM x
    ON CONFLICT (user_id, date) DO UPDATE
    SET video_views = COALESCE(EXCLUDED.video_views, d.video_views), profile_views = COALESCE(EXCLUDED.profile_views, d.profile_views),
        likes = COALESCE(EXCLUDED.likes, d.likes), comments = COALESCE(EXCLUDED.comments, d.comments),
        shares = COALESCE(EXCLUDED.shares, d.shares), updated_at = now()
    WHERE d.user_id = $1::uuid AND ${DAY_STORED("d")} IS DISTINCT FROM ${DAY_MERGED("d", "EXCLUDED")}
    RETURNING (xmax = 0) AS inserted
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`;

const FOLLOWER_INPUT = `x AS (SELECT s.date::date AS date, s.followers::bigint AS followers FROM import_followers s WHERE ${SLICE})`;

export const PREVIEW_FOLLOWERS = `
  WITH ${FOLLOWER_INPUT}
  SELECT count(*) FILTER (WHERE f.id IS NULL)::int AS new,
         count(*) FILTER (WHERE f.id IS NOT NULL AND f.followers <> x.followers)::int AS updated,
         count(*) FILTER (WHERE f.id IS NOT NULL AND f.followers = x.followers)::int AS unchanged
  FROM x LEFT JOIN follower_snapshots f ON f.user_id = $1::uuid AND f.date = x.date`;

export const COMMIT_FOLLOWERS = `
  WITH ${FOLLOWER_INPUT},
  up AS (
    INSERT INTO follower_snapshots AS f (user_id, date, followers)
    SELECT $1::uuid, x.date, x.followers FROM x
    ON CONFLICT (user_id, date) DO UPDATE SET followers = EXCLUDED.followers
    WHERE f.user_id = $1::uuid AND f.followers IS DISTINCT FROM EXCLUDED.followers
    RETURNING (xmax = 0) AS inserted
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`;
