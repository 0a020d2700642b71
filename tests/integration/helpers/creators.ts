import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password-hash";
import { testDb } from "./db";

export const TEST_PASSWORD = "correct horse battery staple";
let cachedHash: Promise<string> | undefined;

/** A new creator with a unique email (tests never share creators that they write to). */
export async function createCreator(overrides: { displayName?: string; timeZone?: string; currency?: string } = {}) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  return testDb().user.create({
    data: {
      email: `creator-${randomUUID()}@example.test`,
      passwordHash: await cachedHash,
      displayName: overrides.displayName ?? "Test Creator",
      timeZone: overrides.timeZone ?? "UTC",
      currency: overrides.currency ?? "USD",
    },
  });
}
