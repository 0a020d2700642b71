// Records inserted straight into the e2e database for a creator who signed up through the real
// form: fast, for specs whose subject is not the form that would create them.
import { seedForCreator, withDatabase } from "./fixtures";

export type CreatorRecords = { userId: string; video: string; reading: string; incomeEntry: string; title: string };

/** A video with one reading and one income entry for the creator with this email. */
export async function insertCreatorRecords(email: string, title: string): Promise<CreatorRecords> {
  return seedForCreator(email, async (client, userId) => {
    const video = await client.query<{ id: string }>(
      `INSERT INTO videos (id, user_id, title, posted_at, updated_at) VALUES (gen_random_uuid(), $1, $2, now() - interval '3 days', now()) RETURNING id`,
      [userId, title],
    );
    const videoId = video.rows[0]!.id;
    const reading = await client.query<{ id: string }>(
      `INSERT INTO stat_snapshots (video_id, user_id, captured_at, views, likes, comments, shares)
       VALUES ($1, $2, now() - interval '1 day', 1000, 100, 10, 5) RETURNING id::text`,
      [videoId, userId],
    );
    const entry = await client.query<{ id: string }>(
      `INSERT INTO income_entries (id, user_id, received_on, stream, amount_cents, currency, note, updated_at)
       VALUES (gen_random_uuid(), $1, current_date - 1, 'views_payout', 1234, 'USD', $2, now()) RETURNING id`,
      [userId, `${title} payout`],
    );
    return { userId, video: videoId, reading: reading.rows[0]!.id, incomeEntry: entry.rows[0]!.id, title };
  });
}

export async function videoExists(id: string): Promise<boolean> {
  return withDatabase(async (client) => (await client.query("SELECT 1 FROM videos WHERE id = $1", [id])).rowCount === 1);
}
