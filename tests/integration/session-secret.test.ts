// The session secret never comes from the code: an explicit NEXTAUTH_SECRET wins, otherwise a
// random one is generated once per installation and kept in the database, where every app
// server of the installation finds the same one. A cookie signed with anything else (the fixed
// string older versions used, or any other key) signs nobody in.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { ensureInstallationSecret } from "@/lib/auth/installation-secret";
import { forgetSessionSecretForTests, getSessionSecret } from "@/lib/auth/secret";
import { decodeSessionToken, encodeSessionToken, refreshSessionToken, resolveSessionUser, tokenClaims } from "@/lib/auth/session";
import { createCreator } from "./helpers/creators";
import { testDb } from "./helpers/db";

const OLD_FIXED_SECRET = "tierline-local-development-secret-not-for-production";
let saved: string | undefined;

beforeEach(() => {
  saved = process.env.NEXTAUTH_SECRET;
  delete process.env.NEXTAUTH_SECRET;
  forgetSessionSecretForTests();
});
afterEach(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = saved;
  forgetSessionSecretForTests();
});

async function client() {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  return c;
}

describe("the session secret", () => {
  test("without NEXTAUTH_SECRET: random, at least 32 bytes, kept in the database, the same for every process", async () => {
    const first = await getSessionSecret();
    expect(first).not.toBe(OLD_FIXED_SECRET);
    expect(Buffer.from(first, "base64url").length).toBeGreaterThanOrEqual(32);
    const stored = await testDb().installationSecret.findMany();
    expect(stored.map((s) => s.value)).toEqual([first]);
    // A freshly started server (another worker, another machine on this database) finds it.
    forgetSessionSecretForTests();
    expect(await getSessionSecret()).toBe(first);
  });

  test("servers starting at once on a new installation agree on one secret", async () => {
    await testDb().installationSecret.deleteMany();
    const clients = await Promise.all(Array.from({ length: 6 }, client));
    try {
      const secrets = await Promise.all(clients.map((c) => ensureInstallationSecret(c)));
      expect(new Set(secrets).size).toBe(1);
      expect(await testDb().installationSecret.count()).toBe(1);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });

  test("an explicit NEXTAUTH_SECRET wins", async () => {
    process.env.NEXTAUTH_SECRET = "an-operator-chosen-secret-of-enough-length";
    expect(await getSessionSecret()).toBe("an-operator-chosen-secret-of-enough-length");
  });

  test("a cookie minted with the old fixed string or a random key signs nobody in; the installation's own does", async () => {
    const user = await createCreator();
    const token = (await refreshSessionToken({ token: {}, user: { id: user.id, email: user.email, displayName: user.displayName } }))!;
    const claims = tokenClaims({ id: user.id, email: user.email, displayName: user.displayName, sessionId: token.sid! });
    for (const secret of [OLD_FIXED_SECRET, randomBytes(32).toString("base64url")]) {
      const forged = await encode({ token: claims, secret });
      expect(await resolveSessionUser(await decodeSessionToken(forged))).toBeNull();
    }
    const genuine = await encodeSessionToken({ id: user.id, email: user.email, displayName: user.displayName, sessionId: token.sid! });
    expect(await resolveSessionUser(await decodeSessionToken(genuine))).toMatchObject({ id: user.id });
  });
});
