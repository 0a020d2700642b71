import "server-only";
import { cookies } from "next/headers";
import { SESSION_MAX_AGE_SECONDS, encodeSessionToken, sessionCookieName, sessionCookieOptions, type SessionSubject } from "./session";

/** Signs this browser in as `user` (after sign-up, or re-issued after a password change). */
export async function setSessionCookie(user: SessionSubject): Promise<void> {
  const token = await encodeSessionToken(user);
  (await cookies()).set(sessionCookieName(), token, { ...sessionCookieOptions(), maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Signs this browser out. The token is stateless, so removing it is the whole sign-out. */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(sessionCookieName(), "", { ...sessionCookieOptions(), maxAge: 0 });
}
