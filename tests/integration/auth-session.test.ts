// Session tokens against a real PostgreSQL: the jwt callback's token-version check signs out
// every other session after a password change, while the re-issued token keeps working.
import { beforeAll, describe, expect, test } from "vitest";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import {
  decodeSessionToken,
  encodeSessionToken,
  refreshSessionToken,
  resolveSessionUser,
  tokenClaims,
} from "@/lib/auth/session";
import { changePassword, deleteAccount } from "@/lib/data/users";
import { TEST_PASSWORD, createCreator } from "./helpers/creators";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-at-least-32-characters";
});

async function signedIn() {
  const user = await createCreator({ displayName: "Session Tester" });
  const subject = { id: user.id, email: user.email, displayName: user.displayName, tokenVersion: user.tokenVersion };
  // What next-auth's jwt callback stores at sign-in.
  const token = await refreshSessionToken({ token: { name: user.displayName, email: user.email }, user: subject });
  return { user, subject, token: token! };
}

describe("session tokens", () => {
  test("a token from sign-in resolves to the creator, read fresh from the database", async () => {
    const { user, token } = await signedIn();
    expect(token).toMatchObject({ sub: user.id, tv: 0 });
    expect(await resolveSessionUser(token)).toEqual({
      id: user.id,
      email: user.email,
      displayName: "Session Tester",
      timeZone: "UTC",
      currency: "USD",
      locale: "en-US",
    });
    expect(await refreshSessionToken({ token })).toEqual(token);
  });

  test("a password change revokes the other sessions; the re-issued token works", async () => {
    const { user, subject, token: laptop } = await signedIn();
    const { token: phone } = { token: { ...laptop } };
    const { tokenVersion } = await changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: "violet lantern quietly hums" });

    // The other devices: their jwt callback now refuses the token (next-auth clears the cookie).
    expect(await refreshSessionToken({ token: phone })).toBeNull();
    expect(await resolveSessionUser(laptop)).toBeNull();

    // This browser: the action re-issued a token of the new version.
    const reissued = await decodeSessionToken(await encodeSessionToken({ ...subject, tokenVersion }));
    expect(reissued).toMatchObject({ sub: user.id, tv: tokenVersion });
    expect(await resolveSessionUser(reissued)).toMatchObject({ id: user.id });
    expect(await refreshSessionToken({ token: reissued! })).not.toBeNull();
  });

  test("a deleted account's token signs nobody in", async () => {
    const { user, token } = await signedIn();
    await deleteAccount(user.id, TEST_PASSWORD);
    expect(await resolveSessionUser(token)).toBeNull();
  });

  test.each<[string, Record<string, unknown> | null]>([
    ["no token", null],
    ["no subject", { tv: 0 }],
    ["no token version", { sub: randomUUID() }],
    ["unknown account", { sub: randomUUID(), tv: 0 }],
    ["not a uuid", { sub: "1 OR 1=1", tv: 0 }],
    ["a future version", { sub: "__USER__", tv: 1 }],
    ["a version of the wrong type", { sub: "__USER__", tv: "0" }],
  ])("%s → signed out", async (_n, claims) => {
    const { user } = await signedIn();
    const token = claims && { ...claims, sub: claims.sub === "__USER__" ? user.id : claims.sub };
    expect(await resolveSessionUser(token as never)).toBeNull();
  });

  test("forged, garbled and expired cookies decode to nothing, never an exception", async () => {
    const { subject } = await signedIn();
    const good = await encodeSessionToken(subject);
    expect(await decodeSessionToken(good)).toMatchObject({ sub: subject.id });
    expect(await decodeSessionToken(undefined)).toBeNull();
    expect(await decodeSessionToken("not-a-jwt")).toBeNull();
    expect(await decodeSessionToken(`${good.slice(0, -4)}AAAA`)).toBeNull();
    const otherSecret = await encode({ token: tokenClaims(subject), secret: "someone-elses-secret-entirely" });
    expect(await decodeSessionToken(otherSecret)).toBeNull();
    const expired = await encode({ token: tokenClaims(subject), secret: process.env.NEXTAUTH_SECRET!, maxAge: -60 });
    expect(await decodeSessionToken(expired)).toBeNull();
  });
});
