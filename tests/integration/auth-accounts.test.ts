// Creator accounts against a real PostgreSQL: sign-up (normalised emails, duplicates, the
// password rules), profile updates, password change and account deletion with its cascade.
import { describe, expect, test } from "vitest";
import { randomUUID } from "node:crypto";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password-hash";
import { PASSWORD_MESSAGES } from "@/lib/auth/password-policy";
import {
  DUPLICATE_EMAIL_MESSAGE,
  WRONG_CURRENT_PASSWORD_MESSAGE,
  changePassword,
  createUser,
  deleteAccount,
  getUserProfile,
  updateProfile,
} from "@/lib/data/users";
import { profileSchema } from "@/lib/validation/settings";
import { signUpSchema } from "@/lib/validation/auth";
import { testDb } from "./helpers/db";
import { TEST_PASSWORD, createCreator } from "./helpers/creators";

const NEW_PASSWORD = "violet lantern quietly hums";
const uniqueEmail = (tag = "acct") => `${tag}-${randomUUID()}@Example.test`;

async function fieldErrorOf(p: Promise<unknown>): Promise<Record<string, string[]>> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).fieldErrors;
}

describe("sign-up", () => {
  test("stores the email trimmed and lower-cased, the password hashed", async () => {
    const raw = `  ${uniqueEmail()}  `;
    const input = signUpSchema.parse({ email: raw, displayName: "Ana", password: TEST_PASSWORD });
    const user = await createUser(input);
    expect(user.email).toBe(raw.trim().toLowerCase());
    const row = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(row.passwordHash, TEST_PASSWORD)).toBe(true);
    expect(row.timeZone).toBe("UTC");
    expect(row.currency).toBe("USD");
  });

  test("a duplicate email, in any case or spacing, gets a clear message and no second account", async () => {
    const email = uniqueEmail("dup");
    await createUser({ email, displayName: "First", password: TEST_PASSWORD });
    for (const variant of [email, email.toUpperCase(), ` ${email.toLowerCase()} `]) {
      const errors = await fieldErrorOf(createUser({ email: variant, displayName: "Second", password: TEST_PASSWORD }));
      expect(errors.email).toEqual([DUPLICATE_EMAIL_MESSAGE]);
    }
    expect(await testDb().user.count({ where: { email: email.toLowerCase() } })).toBe(1);
  });

  test("two simultaneous sign-ups with one email: exactly one account", async () => {
    const email = uniqueEmail("race");
    const results = await Promise.allSettled([
      createUser({ email, displayName: "A", password: TEST_PASSWORD }),
      createUser({ email, displayName: "B", password: TEST_PASSWORD }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ValidationError);
    expect(await testDb().user.count({ where: { email: email.toLowerCase() } })).toBe(1);
  });

  test.each([
    ["a common password", "password1", PASSWORD_MESSAGES.common],
    ["a common password in l33t", "P@ssw0rd", PASSWORD_MESSAGES.common],
    ["the email as password", "__EMAIL__", PASSWORD_MESSAGES.containsPersonal],
  ])("refuses %s with a message at the field, writing nothing", async (_n, password, message) => {
    const email = uniqueEmail("weak").toLowerCase();
    const errors = await fieldErrorOf(createUser({ email, displayName: "Weak", password: password === "__EMAIL__" ? email : password }));
    expect(errors.password).toEqual([message]);
    expect(await testDb().user.count({ where: { email } })).toBe(0);
  });
});

describe("profile", () => {
  test("updates display name, time zone and currency of this creator only", async () => {
    const [a, b] = [await createCreator({ displayName: "Ana" }), await createCreator({ displayName: "Bea" })];
    const updated = await updateProfile(a.id, profileSchema.parse({ displayName: " Ana  Maria ", timeZone: "Asia/Tokyo", currency: "jpy" }));
    expect(updated).toMatchObject({ id: a.id, displayName: "Ana Maria", timeZone: "Asia/Tokyo", currency: "JPY" });
    expect(await getUserProfile(a.id)).toEqual(updated);
    expect(await getUserProfile(b.id)).toMatchObject({ displayName: "Bea", timeZone: "UTC", currency: "USD" });
  });

  test("an unknown or malformed account id is not found, not a crash", async () => {
    const input = profileSchema.parse({ displayName: "X", timeZone: "UTC", currency: "USD" });
    await expect(updateProfile(randomUUID(), input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateProfile("not-a-uuid", input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getUserProfile("'; DROP TABLE users; --")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("password change", () => {
  test("needs the current password; a wrong one changes nothing", async () => {
    const user = await createCreator();
    const errors = await fieldErrorOf(changePassword(user.id, { currentPassword: "not my password", newPassword: NEW_PASSWORD }));
    expect(errors.currentPassword).toEqual([WRONG_CURRENT_PASSWORD_MESSAGE]);
    const row = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toBe(user.passwordHash);
    expect(row.tokenVersion).toBe(user.tokenVersion);
  });

  test("refuses a common new password without touching the old one", async () => {
    const user = await createCreator();
    const errors = await fieldErrorOf(changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: "iloveyou2" }));
    expect(errors.newPassword).toEqual([PASSWORD_MESSAGES.common]);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
  });

  test("changes the hash and bumps the token version", async () => {
    const user = await createCreator();
    const { sessionId } = await changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
    const row = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.tokenVersion).toBe(user.tokenVersion + 1);
    expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(row.passwordHash, TEST_PASSWORD)).toBe(false);
  });
});

describe("account deletion", () => {
  async function seedData(userId: string) {
    const db = testDb();
    const video = await db.video.create({ data: { userId, title: "Doomed video", postedAt: new Date("2026-01-01T00:00:00Z") } });
    await db.reading.create({
      data: { videoId: video.id, userId, capturedAt: new Date("2026-01-02T00:00:00Z"), views: 100n, likes: 5n, comments: 1n, shares: 0n },
    });
    await db.followerCount.create({ data: { userId, date: new Date("2026-01-02"), followers: 1000n } });
  }

  /** Rows of every table with a user_id column (so tables added later are covered too). */
  async function rowsOwnedBy(userId: string): Promise<Record<string, number>> {
    const db = testDb();
    const tables = await db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'user_id'`;
    const counts: Record<string, number> = {};
    for (const { table_name } of tables) {
      const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table_name}" WHERE user_id = $1::uuid`, userId);
      counts[table_name] = Number(row?.n ?? 0);
    }
    counts.users = await db.user.count({ where: { id: userId } });
    return counts;
  }

  test("needs the password; a wrong one deletes nothing", async () => {
    const user = await createCreator();
    await seedData(user.id);
    const before = await rowsOwnedBy(user.id);
    const errors = await fieldErrorOf(deleteAccount(user.id, "wrong password!"));
    expect(errors.password).toEqual([WRONG_CURRENT_PASSWORD_MESSAGE]);
    expect(await rowsOwnedBy(user.id)).toEqual(before);
  });

  test("deletes the account and every row of the creator's data, and nobody else's", async () => {
    const [doomed, other] = [await createCreator(), await createCreator()];
    await seedData(doomed.id);
    await seedData(other.id);
    const otherBefore = await rowsOwnedBy(other.id);
    expect(Object.values(await rowsOwnedBy(doomed.id)).some((n) => n > 0)).toBe(true);
    await deleteAccount(doomed.id, TEST_PASSWORD);
    expect(Object.values(await rowsOwnedBy(doomed.id)).every((n) => n === 0)).toBe(true);
    expect(await rowsOwnedBy(other.id)).toEqual(otherBefore);
    await expect(deleteAccount(doomed.id, TEST_PASSWORD)).rejects.toBeInstanceOf(NotFoundError);
  });
});
