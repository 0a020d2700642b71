import "server-only";
import pg from "pg";
import { databaseFailureWatcher } from "@/lib/errors";
import { ensureInstallationSecret } from "./installation-secret";

// The one place the session secret comes from, for next-auth's route handler, the proxy
// (withAuth) and every encode/decode of a session cookie: an explicit NEXTAUTH_SECRET wins;
// otherwise the installation's generated secret from the database. No fallback in the code.
//
// One short-lived connection per process (not the app's pool): the proxy needs the secret too,
// and should not pull in Prisma for it. The promise is kept; a failure is forgotten so the next
// request tries again (the database may be starting).
const globalForSecret = globalThis as unknown as { tierlineSessionSecret?: Promise<string> };

async function loadInstallationSecret(): Promise<string> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set, so the session secret cannot be read. Set NEXTAUTH_SECRET or DATABASE_URL.");
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await ensureInstallationSecret(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function getSessionSecret(): Promise<string> {
  const explicit = process.env.NEXTAUTH_SECRET?.trim();
  if (explicit) return Promise.resolve(explicit);
  // Its own connection, so not seen by the pools' outage watch (lib/db.ts): an unreachable
  // database marks every request waiting for the secret, which is then answered with a 503.
  const note = databaseFailureWatcher();
  globalForSecret.tierlineSessionSecret ??= loadInstallationSecret().catch((e: unknown) => {
    globalForSecret.tierlineSessionSecret = undefined;
    throw e;
  });
  return globalForSecret.tierlineSessionSecret.catch((e: unknown) => {
    note(e);
    throw e;
  });
}

/** Tests only: forget the cached secret, as a freshly started process would. */
export function forgetSessionSecretForTests(): void {
  globalForSecret.tierlineSessionSecret = undefined;
}
