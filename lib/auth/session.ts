import "server-only";
import { decode, encode, type JWT } from "next-auth/jwt";
import { getSessionUser, type CurrentUser } from "@/lib/data/users";

// Sessions are next-auth JWTs (encrypted, in an httpOnly cookie). Each carries the account's
// token version (`tv`); changing the password bumps the version in the database, so every
// token issued before stops working while the one re-issued to the current browser goes on.

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/** Secure cookies whenever the app is served over https (NEXTAUTH_URL says which). */
export function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

export function sessionCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies() };
}

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set.");
  return secret;
}

/** The claims an account's session token carries. */
export type SessionSubject = { id: string; email: string; displayName: string; tokenVersion: number };

export function tokenClaims(user: SessionSubject): JWT {
  return { sub: user.id, email: user.email, name: user.displayName, tv: user.tokenVersion };
}

/**
 * The creator a decoded token stands for, read fresh from the database, or null when the
 * token is missing, malformed, of a deleted account or older than the last password change.
 */
export async function resolveSessionUser(token: JWT | null | undefined): Promise<CurrentUser | null> {
  if (!token || typeof token.sub !== "string" || typeof token.tv !== "number") return null;
  return getSessionUser(token.sub, token.tv);
}

/**
 * next-auth's `jwt` callback as a plain function: on sign-in it stamps the account's token
 * version into the token; on every later use it returns null when the token was revoked.
 */
export async function refreshSessionToken({ token, user }: { token: JWT; user?: SessionSubject | null }): Promise<JWT | null> {
  if (user) return { ...token, ...tokenClaims(user) };
  return (await resolveSessionUser(token)) ? token : null;
}

/** A new session token, exactly as next-auth would issue it. */
export function encodeSessionToken(user: SessionSubject): Promise<string> {
  return encode({ token: tokenClaims(user), secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Decodes a cookie value; null for anything forged, expired or garbled. */
export async function decodeSessionToken(raw: string | undefined): Promise<JWT | null> {
  if (!raw) return null;
  try {
    return await decode({ token: raw, secret: authSecret() });
  } catch {
    return null;
  }
}
