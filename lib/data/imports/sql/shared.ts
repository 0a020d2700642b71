import "server-only";

// What the import's statements share. $1 is always the creator's id; $2 and $3 bound a slice of
// a staging table (ord).

export const SLICE = "s.ord > $2 AND s.ord <= $3";

/** The stored video's columns a resolved ref carries along (as e_*). */
const E_COLS = `v.id AS video_id, v.title AS e_title, v.link AS e_link, v.platform_video_id AS e_pid, v.posted_at AS e_posted_at,
  v.duration_seconds AS e_duration, COALESCE(v.hashtags, '{}'::text[]) AS e_hashtags, v.sound AS e_sound, v.notes AS e_notes`;

/**
 * Video refs (CTE `i` with kind, value, vid, ref_at, ord) → the creator's videos, one branch
 * per kind of key, each an equality join. Link and title + time keys may match several videos
 * a creator added by hand: the oldest is used.
 */
export const resolveVideos = (name: string, source: string) => `
  ${name} AS (
    SELECT i.ord, ${E_COLS}
    FROM ${source} AS i JOIN videos v ON v.platform_video_id = i.value
    WHERE i.kind = 'pid' AND v.user_id = $1::uuid
    UNION ALL
    SELECT i.ord, ${E_COLS}
    FROM ${source} AS i JOIN videos v ON v.id = i.vid
    WHERE i.kind = 'id' AND v.user_id = $1::uuid
    UNION ALL
    (SELECT DISTINCT ON (i.ord) i.ord, ${E_COLS}
     FROM ${source} AS i JOIN videos v ON v.link = i.value
     WHERE i.kind = 'link' AND v.user_id = $1::uuid AND v.platform_video_id IS NULL
     ORDER BY i.ord, v.created_at, v.id)
    UNION ALL
    (SELECT DISTINCT ON (i.ord) i.ord, ${E_COLS}
     FROM ${source} AS i JOIN videos v ON v.title = i.value AND v.posted_at = i.ref_at
     WHERE i.kind = 'tp' AND v.user_id = $1::uuid AND v.platform_video_id IS NULL AND v.link IS NULL
     ORDER BY i.ord, v.created_at, v.id)
  )`;

const UUID_SQL = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;
/** Ref columns computed once: a Tierline id as uuid, a title + time key's instant. */
export const REF_COLS = `CASE WHEN s.kind = 'id' AND s.value ~ ${UUID_SQL} THEN s.value::uuid END AS vid,
  CASE WHEN s.kind = 'tp' THEN s.ref_posted_at::timestamptz END AS ref_at`;
