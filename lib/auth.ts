import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/credentials";
import { SIGN_IN_BUSY_CODE, throttledErrorCode } from "@/lib/validation/sign-in-messages";
import { PATH_HEADER } from "@/lib/auth/path-header";
import {
  SESSION_MAX_AGE_SECONDS,
  decodeSessionToken,
  refreshSessionToken,
  resolveSessionUser,
  sessionCookieName,
  sessionCookieOptions,
} from "@/lib/auth/session";
import { clientIp } from "@/lib/auth/throttle";
import { getSignInThrottle } from "@/lib/auth/throttle-store";
import { getSessionSecret } from "@/lib/auth/secret";
import { revokeSessionIfLive } from "@/lib/auth/session-cookie";
import type { CurrentUser } from "@/lib/data/users";
import { DATABASE_UNAVAILABLE_CODE, SIGN_IN_FAILED_CODE, isDatabaseUnavailable } from "@/lib/errors";
import { safeCallbackPath } from "@/lib/validation/auth";

export type { CurrentUser };

// next-auth v4 with email + password (Credentials) and JWT sessions in an httpOnly,
// SameSite=Lax cookie (Secure on https) that lasts 7 days, each naming a server-side session
// row. Sign-in goes through next-auth's own endpoint (with its CSRF check); sign-up and a
// password change issue the same token themselves (lib/auth/session.ts). The secret is
// resolved per installation (lib/auth/secret.ts), so the options are built with it.
export async function getAuthOptions(): Promise<NextAuthOptions> {
  return { ...authOptions, secret: await getSessionSecret() };
}

const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  cookies: {
    sessionToken: { name: sessionCookieName(), options: sessionCookieOptions() },
  },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        // next-auth puts a thrown message into the redirect's URL: only codes, never an error's text.
        const result = await authenticate(credentials ?? {}, clientIp(req.headers ?? {}), getSignInThrottle()).catch((e: unknown) => {
          console.error("[auth] sign-in failed:", e);
          throw new Error(isDatabaseUnavailable(e) ? DATABASE_UNAVAILABLE_CODE : SIGN_IN_FAILED_CODE);
        });
        if (result.ok) {
          const { id, email, displayName } = result.user;
          const userAgent = req.headers?.["user-agent"];
          return { id, email, name: displayName, displayName, userAgent: typeof userAgent === "string" ? userAgent : null };
        }
        // next-auth hands a thrown message to the form as its error code.
        if (result.reason === "throttled") throw new Error(throttledErrorCode(result.retryAfterMinutes));
        if (result.reason === "busy") throw new Error(SIGN_IN_BUSY_CODE);
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const subject = user
        ? { id: user.id, email: user.email ?? "", displayName: user.displayName, userAgent: user.userAgent }
        : null;
      const next = await refreshSessionToken({ token, user: subject });
      // Throwing makes next-auth clear the cookie of a revoked session.
      if (!next) throw new Error("Session revoked");
      return next;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub ?? "" };
    },
    // Only ever back into this app.
    async redirect({ url, baseUrl }) {
      if (url.startsWith("/")) return `${baseUrl}${safeCallbackPath(url)}`;
      try {
        if (new URL(url).origin === baseUrl) return `${baseUrl}${safeCallbackPath(url)}`;
      } catch {
        // fall through
      }
      return `${baseUrl}/dashboard`;
    },
  },
  events: {
    // next-auth's own sign-out endpoint: end the session on the server, not only the cookie.
    async signOut({ token }) {
      if (token && typeof token.sub === "string" && typeof token.sid === "string") await revokeSessionIfLive(token.sub, token.sid);
    },
  },
};

/**
 * The signed-in creator, read fresh from the database, or null. Once per request (cached);
 * a forged, expired or revoked cookie (or one of a signed-out session) counts as signed out.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  return resolveSessionUser(await decodeSessionToken(raw));
});

/**
 * The signed-in creator for a page, layout or server action; signed-out visitors are sent to
 * sign in and brought back to the page they asked for.
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = safeCallbackPath((await headers()).get(PATH_HEADER));
  redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
}
