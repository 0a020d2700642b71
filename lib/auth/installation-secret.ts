import { randomBytes } from "node:crypto";

// The secret that signs session cookies when NEXTAUTH_SECRET is not set: generated once per
// installation and kept in the database, so every app server of the installation (`npm run
// dev`, `npm start`, each worker, several machines on one database) signs and reads cookies
// with the same key, and none of it is written in the code. Never log the value.

export const SESSION_SECRET_NAME = "nextauth_secret";

/** 32 random bytes, the key length next-auth derives its encryption key from. */
export function newInstallationSecret(): string {
  return randomBytes(32).toString("base64url");
}

type Queryable = { query: (text: string, values: unknown[]) => Promise<{ rows: { value: string }[] }> };

/**
 * The installation's secret named `name`, created on first use. Race-free across processes:
 * the first INSERT wins and every other one does nothing; the SELECT is a statement of its own
 * (under READ COMMITTED a new snapshot), so it sees whichever row won.
 */
export async function ensureInstallationSecret(client: Queryable, name = SESSION_SECRET_NAME): Promise<string> {
  await client.query("INSERT INTO installation_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING", [
    name,
    newInstallationSecret(),
  ]);
  const { rows } = await client.query("SELECT value FROM installation_secrets WHERE name = $1", [name]);
  const value = rows[0]?.value;
  if (!value) throw new Error("The installation secret could not be stored.");
  return value;
}
