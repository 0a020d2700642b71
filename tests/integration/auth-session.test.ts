// Server-side sessions against a real PostgreSQL: a session cookie is good only while its row in
// `sessions` is live. Signing out revokes that row (a copied cookie stops working), "sign out
// everywhere" and a password change revoke all of the creator's rows, and nobody else's.
import { beforeAll, describe, expect, test } from "vitest";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { decodeSessionToken, encodeSessionToken, refreshSessionToken, resolveSessionUser, tokenClaims } from "@/lib/auth/session";
import { createSession, countLiveSessions, revokeAllSessions, revokeSession } from "@/lib/data/sessions";
import { changePassword, deleteAccount } from "@/lib/data/users";
import { NotFoundError } from "@/lib/errors";
import { TEST_PASSWORD, createCreator } from "./helpers/creators";
import { testDb } from "./helpers/db";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-at-least-32-characters";
});

/** A creator signed in as next-auth's jwt callback does it, and the cookie it got. */
async function signedIn(creator?: Awaited<ReturnType<typeof createCreator>>) {
  const user = creator ?? (await createCreator({ displayName: "Session Tester" }));
  const subject = { id: user.id, email: user.email, displayName: user.displayName, userAgent: "Vitest" };
  const token = (await refreshSessionToken({ token: { name: user.displayName, email: user.email }, user: subject }))!;
  const cookie = await encodeSessionToken({ ...subject, sessionId: token.sid! });
  return { user, token, cookie };
}

/** What the app does with a request's cookie (getCurrentUser). */
const userOfCookie = async (cookie: string) => resolveSessionUser(await decodeSessionToken(cookie));

describe("server-side sessions", () => {
  test("sign-in opens a session row, and its cookie resolves to the creator, read fresh", async () => {
    const { user, token, cookie } = await signedIn();
    expect(token).toMatchObject({ sub: user.id, sid: expect.any(String) });
    const row = await testDb().session.findUniqueOrThrow({ where: { id: token.sid! } });
    expect(row).toMatchObject({ userId: user.id, revokedAt: null, userAgent: "Vitest" });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(7 * 24 * 3600 * 1000);
    expect(await userOfCookie(cookie)).toEqual({
      id: user.id,
      email: user.email,
      displayName: "Session Tester",
      timeZone: "UTC",
      currency: "USD",
      locale: "en-US",
    });
    expect(await refreshSessionToken({ token })).toEqual(token);
  });

  test("a signed-out session's cookie resolves to no one, while the creator's other sessions go on", async () => {
    const { user, token, cookie } = await signedIn();
    const { cookie: phone } = await signedIn(user);
    await revokeSession(user.id, token.sid!);
    expect(await userOfCookie(cookie)).toBeNull();
    expect(await refreshSessionToken({ token })).toBeNull();
    expect(await userOfCookie(phone)).toMatchObject({ id: user.id });
  });

  test("sign out everywhere revokes every session of the creator; another creator's are untouched", async () => {
    const { user, cookie: laptop } = await signedIn();
    const { cookie: phone } = await signedIn(user);
    const { user: other, cookie: othersCookie } = await signedIn();
    expect(await revokeAllSessions(user.id)).toBe(2);
    expect(await userOfCookie(laptop)).toBeNull();
    expect(await userOfCookie(phone)).toBeNull();
    expect(await countLiveSessions(user.id)).toBe(0);
    expect(await userOfCookie(othersCookie)).toMatchObject({ id: other.id });
    expect(await countLiveSessions(other.id)).toBe(1);
  });

  test("one creator cannot revoke another's session by its id", async () => {
    const { user: victim, token, cookie } = await signedIn();
    const attacker = await createCreator();
    await expect(revokeSession(attacker.id, token.sid!)).rejects.toBeInstanceOf(NotFoundError);
    expect(await userOfCookie(cookie)).toMatchObject({ id: victim.id });
  });

  test("a session id presented with another creator's id signs nobody in", async () => {
    const { token } = await signedIn();
    const other = await createCreator();
    expect(await resolveSessionUser({ ...token, sub: other.id })).toBeNull();
  });

  test("an expired session signs nobody in, and the creator's next sign-in clears expired rows", async () => {
    const { user, token, cookie } = await signedIn();
    await testDb().session.update({ where: { id: token.sid! }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await userOfCookie(cookie)).toBeNull();
    await createSession(user.id, null);
    expect(await testDb().session.findUnique({ where: { id: token.sid! } })).toBeNull();
    expect(await testDb().session.count({ where: { userId: user.id } })).toBe(1);
  });

  test("a password change revokes every session and opens a new one for this browser", async () => {
    const { user, cookie: laptop } = await signedIn();
    const { cookie: phone } = await signedIn(user);
    const { sessionId } = await changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: "violet lantern quietly hums" });
    expect(await userOfCookie(laptop)).toBeNull();
    expect(await userOfCookie(phone)).toBeNull();
    const reissued = await encodeSessionToken({ id: user.id, email: user.email, displayName: user.displayName, sessionId });
    expect(await userOfCookie(reissued)).toMatchObject({ id: user.id });
    expect(await countLiveSessions(user.id)).toBe(1);
  });

  test("a deleted account's cookie signs nobody in, and its sessions are gone with it", async () => {
    const { user, cookie } = await signedIn();
    await deleteAccount(user.id, TEST_PASSWORD);
    expect(await userOfCookie(cookie)).toBeNull();
    expect(await testDb().session.count({ where: { userId: user.id } })).toBe(0);
  });

  test.each<[string, Record<string, unknown> | null]>([
    ["no token", null],
    ["no subject", { sid: "__SID__" }],
    ["no session id (a token from before server-side sessions)", { sub: "__USER__", tv: 0 }],
    ["an unknown session", { sub: "__USER__", sid: randomUUID() }],
    ["unknown account", { sub: randomUUID(), sid: "__SID__" }],
    ["not a uuid", { sub: "1 OR 1=1", sid: "__SID__" }],
    ["a session id of the wrong type", { sub: "__USER__", sid: 1 }],
  ])("%s → signed out", async (_n, claims) => {
    const { user, token } = await signedIn();
    const fill = (v: unknown) => (v === "__USER__" ? user.id : v === "__SID__" ? token.sid : v);
    const forged = claims && Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, fill(v)]));
    expect(await resolveSessionUser(forged as never)).toBeNull();
  });

  test("forged, garbled and expired cookies decode to nothing, never an exception", async () => {
    const { user, token, cookie } = await signedIn();
    const subject = { id: user.id, email: user.email, displayName: user.displayName, sessionId: token.sid! };
    expect(await decodeSessionToken(cookie)).toMatchObject({ sub: user.id, sid: token.sid });
    expect(await decodeSessionToken(undefined)).toBeNull();
    expect(await decodeSessionToken("not-a-jwt")).toBeNull();
    expect(await decodeSessionToken(`${cookie.slice(0, -4)}AAAA`)).toBeNull();
    const otherSecret = await encode({ token: tokenClaims(subject), secret: "someone-elses-secret-entirely" });
    expect(await decodeSessionToken(otherSecret)).toBeNull();
    const expired = await encode({ token: tokenClaims(subject), secret: process.env.NEXTAUTH_SECRET!, maxAge: -60 });
    expect(await decodeSessionToken(expired)).toBeNull();
  });
});
