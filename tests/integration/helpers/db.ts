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
