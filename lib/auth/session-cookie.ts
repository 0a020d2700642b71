import "server-only";
import { cookies, headers } from "next/headers";
import { createSession, revokeSession } from "@/lib/data/sessions";
import { NotFoundError } from "@/lib/errors";
import {
  SESSION_MAX_AGE_SECONDS,
  decodeSessionToken,
  encodeSessionToken,
  sessionCookieName,
  sessionCookieOptions,
  type SessionSubject,
} from "./session";

/** This request's User-Agent, kept on a new session row. */
export async function requestUserAgent(): Promise<string | null> {
  return (await headers()).get("user-agent");
}

/** Sets this browser's cookie for an open session (after a password change). */
export async function setSessionCookie(user: SessionSubject): Promise<void> {
  const token = await encodeSessionToken(user);
  (await cookies()).set(sessionCookieName(), token, { ...sessionCookieOptions(), maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Opens a session for `user` and signs this browser in with it (after sign-up). */
export async function startSession(user: Omit<SessionSubject, "sessionId">): Promise<void> {
  const sessionId = await createSession(user.id, await requestUserAgent());
  await setSessionCookie({ ...user, sessionId });
}

/** Removes the cookie from this browser (its session is revoked by the caller, or gone). */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(sessionCookieName(), "", { ...sessionCookieOptions(), maxAge: 0 });
}

/** Signs this browser out: revokes its session on the server, then removes the cookie. */
export async function endThisSession(): Promise<void> {
  const token = await decodeSessionToken((await cookies()).get(sessionCookieName())?.value);
  if (token && typeof token.sub === "string" && typeof token.sid === "string") await revokeSessionIfLive(token.sub, token.sid);
  await clearSessionCookie();
}

/** Sign-out of a session that already ended (another tab signed out first) is no error. */
export async function revokeSessionIfLive(userId: string, sessionId: string): Promise<void> {
  try {
    await revokeSession(userId, sessionId);
  } catch (e) {
    if (!(e instanceof NotFoundError)) throw e;
  }
}
