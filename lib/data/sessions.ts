import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "./ids";

// Server-side sessions: one row per signed-in browser, named by the `sid` claim of its cookie.
// The per-request check is part of getSessionUser (lib/data/users.ts); these are the writes.
// Every function takes the creator's id and touches only that creator's rows.

/** How long a session lasts from sign-in; the cookie and the row expire together. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

type Tx = Prisma.TransactionClient;

/**
 * Opens a session for the creator and returns its id. Clears the creator's expired rows on
 * the way (indexed by user and expiry, so it costs one index range): the table never grows past
 * a week of each creator's sign-ins.
 */
export async function createSession(userId: string, userAgent?: string | null, tx: Tx = db): Promise<string> {
  const now = new Date();
  await tx.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const session = await tx.session.create({
    data: {
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      userAgent: userAgent ? userAgent.slice(0, 300) : null,
    },
    select: { id: true },
  });
  return session.id;
}

/**
 * Ends one of the creator's live sessions (sign-out). Another creator's session, or one already
 * ended, is not found, and nothing changes.
 */
export async function revokeSession(userId: string, sessionId: string): Promise<void> {
  if (!isUuid(userId) || !isUuid(sessionId)) throw new NotFoundError("session");
  const { count } = await db.session.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw new NotFoundError("session");
}

/** Ends every session of the creator, this browser's included ("Sign out everywhere"). */
export async function revokeAllSessions(userId: string, tx: Tx = db): Promise<number> {
  if (!isUuid(userId)) return 0;
  const { count } = await tx.session.updateMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** The creator's live sessions (tests and the settings page's count). */
export async function countLiveSessions(userId: string): Promise<number> {
  if (!isUuid(userId)) return 0;
  return db.session.count({ where: { userId, revokedAt: null, expiresAt: { gt: new Date() } } });
}
