import "server-only";
import { endPool } from "@/lib/db";

// Import: preview (what would be new, updated or unchanged) and commit, both by natural key —
// a video by its TikTok id (else its link, else title + posting time); a reading by video and
// capture time; a daily figure or follower count by creator and date.
//
// The rows travel to PostgreSQL with COPY into temporary staging tables (session.ts), then
// set-based statements (sql/) compare or upsert them, every one scoped by the creator's id: a
// video named by another creator's id is simply not found. This needs a raw pg connection
// (COPY), so imports have a small pool of their own beside Prisma's ("import" in lib/db.ts).
export { commitImport, type CommitOptions } from "./commit";
/** Ends the import pool (tests and scripts; the app keeps it for its lifetime). */
export const endImportPool = () => endPool("import");
export { previewImport } from "./preview";
