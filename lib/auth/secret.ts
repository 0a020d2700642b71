import "server-only";
import { openConnection, watchForOutage } from "@/lib/db";
import { env } from "@/lib/env";
import { ensureInstallationSecret } from "./installation-secret";

// The one place the session secret comes from, for next-auth's route handler, the proxy
// (withAuth) and every encode/decode of a session cookie: an explicit NEXTAUTH_SECRET wins;
// otherwise the installation's generated secret from the database. No fallback in the code.
//
// One short-lived connection per process (lib/db.ts openConnection, not a pool: the secret is
// read once). The promise is kept; a failure is forgotten so the next request tries again (the
// database may be starting).
const globalForSecret = globalThis as unknown as { tierlineSessionSecret?: Promise<string> };

async function loadInstallationSecret(): Promise<string> {
  const client = await openConnection();
  try {
    return await ensureInstallationSecret(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function getSessionSecret(): Promise<string> {
  const explicit = env().NEXTAUTH_SECRET;
  if (explicit) return Promise.resolve(explicit);
  globalForSecret.tierlineSessionSecret ??= loadInstallationSecret().catch((e: unknown) => {
    globalForSecret.tierlineSessionSecret = undefined;
    throw e;
  });
  // Not a pool's connection, so watched here: an unreachable database marks every request
  // waiting for the secret, which is then answered with a 503.
  return watchForOutage(globalForSecret.tierlineSessionSecret);
}

/** Tests only: forget the cached secret, as a freshly started process would. */
export function forgetSessionSecretForTests(): void {
  globalForSecret.tierlineSessionSecret = undefined;
}
