import "server-only";
import { decode, encode, type JWT } from "next-auth/jwt";
import { SESSION_MAX_AGE_SECONDS, createSession } from "@/lib/data/sessions";
import { getSessionUser, type CurrentUser } from "@/lib/data/users";
import { env } from "@/lib/env";
import { getSessionSecret } from "./secret";

// Sessions are next-auth JWTs (encrypted, in an httpOnly cookie) that name a row of the
// `sessions` table (`sid`). The row is what makes a cookie good: signing out revokes it, so a
// copied cookie stops working at once; a password change revokes all of the account's rows and
// opens a new one for the browser that made the change.

export { SESSION_MAX_AGE_SECONDS };

/** Secure cookies whenever the app is served over https (NEXTAUTH_URL says which). */
export function secureCookies(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

export function sessionCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies() };
}

/** The claims an account's session token carries. */
export type SessionSubject = { id: string; email: string; displayName: string; sessionId: string };

export function tokenClaims(user: SessionSubject): JWT {
  return { sub: user.id, email: user.email, name: user.displayName, sid: user.sessionId };
}

/**
 * The creator a decoded token stands for, read fresh from the database, or null when the
 * token is missing or malformed, its session was revoked or has expired, or the account is gone.
 */
export async function resolveSessionUser(token: JWT | null | undefined): Promise<CurrentUser | null> {
  if (!token || typeof token.sub !== "string" || typeof token.sid !== "string") return null;
  return getSessionUser(token.sub, token.sid);
}

/** The account a sign-in is for (next-auth's `user` in the jwt callback). */
export type SignInSubject = { id: string; email: string; displayName: string; userAgent?: string | null };

/**
 * next-auth's `jwt` callback as a plain function: on sign-in it opens a session and stamps its
 * id into the token; on every later use it returns null when the session is no longer live.
 */
export async function refreshSessionToken({ token, user }: { token: JWT; user?: SignInSubject | null }): Promise<JWT | null> {
  if (user) {
    const sessionId = await createSession(user.id, user.userAgent);
    return { ...token, ...tokenClaims({ ...user, sessionId }) };
  }
  return (await resolveSessionUser(token)) ? token : null;
}

/** A new session token, exactly as next-auth would issue it. */
export async function encodeSessionToken(user: SessionSubject): Promise<string> {
  return encode({ token: tokenClaims(user), secret: await getSessionSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Decodes a cookie value; null for anything forged, expired or garbled. */
export async function decodeSessionToken(raw: string | undefined): Promise<JWT | null> {
  if (!raw) return null;
  const secret = await getSessionSecret();
  try {
    return await decode({ token: raw, secret });
  } catch {
    return null;
  }
}
