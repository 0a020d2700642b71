// Integration tests talk to the real PostgreSQL database that scripts/with-test-db.ts created
// (fresh per run, migrated, dropped afterwards).
import { createScriptClient } from "../../../scripts/lib/script-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

let client: PrismaClient | undefined;

export function testDb(): PrismaClient {
  if (!process.env.DATABASE_URL) throw new Error("Run integration tests with `npm run test:integration` (it provides a database).");
  client ??= createScriptClient(process.env.DATABASE_URL);
  return client;
}

/** The creator's videos whose latest_* columns differ from their newest reading (should be none). */
export async function latestReadingMismatches(userId: string): Promise<string[]> {
  const rows = await testDb().$queryRawUnsafe<{ id: string }[]>(
    `SELECT v.id FROM videos v
     LEFT JOIN LATERAL (SELECT * FROM stat_snapshots s WHERE s.video_id = v.id ORDER BY s.captured_at DESC LIMIT 1) l ON true
     WHERE v.user_id = $1::uuid
       AND (v.latest_captured_at, v.latest_views, v.latest_likes, v.latest_comments, v.latest_shares, v.latest_saves)
           IS DISTINCT FROM (l.captured_at, l.views, l.likes, l.comments, l.shares, l.saves)`,
    userId,
  );
  return rows.map((r) => r.id);
}
