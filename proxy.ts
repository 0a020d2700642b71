// Convenience only: sends signed-out visitors of app pages to /login (and back afterwards),
// and tells server components which path was asked for. Also gives every page its
// Content-Security-Policy with a fresh script nonce (lib/security/csp.ts). Authorization itself happens in
// every page, action and route handler via requireUser(); this file only spares a round trip.
import { NextResponse, type NextFetchEvent } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { crossOriginResponse, isSameOrigin } from "@/lib/auth/origin";
import { PATH_HEADER } from "@/lib/auth/path-header";
import { getSessionSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce } from "@/lib/security/csp";

const PUBLIC_PATHS = new Set(["/", "/login", "/signup"]);

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.has(pathname) || pathname.startsWith("/api/");
}

function sessionCookieName(): string {
  return `${env().NEXTAUTH_URL?.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;
}

// Decides only whether to send the visitor to sign in: a redirect, or nothing (carry on).
// next-auth skips the sign-in page itself, so the headers below are set by `proxy` for all.
// Built once the session secret is known (the same one every encode/decode uses,
// lib/auth/secret.ts): an explicit NEXTAUTH_SECRET, or the installation's from the database.
function createAuthProxy(secret: string) {
  return withAuth(() => undefined, {
    secret,
    pages: { signIn: "/login" },
    cookies: { sessionToken: { name: sessionCookieName() } },
    callbacks: {
      // A token that decodes is enough here; whether its session is live is checked by requireUser().
      authorized: ({ req, token }) => isPublic(req.nextUrl.pathname) || token !== null,
    },
  });
}

let authProxy: { secret: string; run: ReturnType<typeof createAuthProxy> } | undefined;

async function getAuthProxy() {
  const secret = await getSessionSecret();
  if (authProxy?.secret !== secret) authProxy = { secret, run: createAuthProxy(secret) };
  return authProxy.run;
}

export default async function proxy(req: NextRequestWithAuth, event: NextFetchEvent) {
  // Next refuses a cross-site server action too, but with a 500; answer it as what it is. A page
  // takes a POST only as a server action, with Next-Action (JavaScript) or as a plain form
  // carrying $ACTION_ID_ fields (no JavaScript): refuse any cross-site POST to a page.
  if (req.method === "POST" && (req.headers.has("next-action") || !req.nextUrl.pathname.startsWith("/api/")) && !isSameOrigin(req)) {
    return crossOriginResponse();
  }
  if (!isPublic(req.nextUrl.pathname)) {
    // Without the secret (the database is away and NEXTAUTH_SECRET unset) carry on: the page's
    // requireUser() is the real check and answers for an unavailable database itself.
    const run = await getAuthProxy().catch(() => null);
    const redirect = run ? await run(req, event) : undefined;
    if (redirect) return redirect;
  }
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set(PATH_HEADER, `${req.nextUrl.pathname}${req.nextUrl.search}`);
  // Next reads the nonce for its own scripts from the request's policy header.
  const policy = contentSecurityPolicy(createNonce());
  requestHeaders.set("content-security-policy", policy);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("content-security-policy", policy);
  return res;
}

export const config = {
  // Pages only: not Next's assets, not files with an extension.
  // api/import/ is left out: the proxy would cut upload bodies off at 10 MB, and those route
  // handlers check the session and Origin themselves.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/import/|.*\\.[a-zA-Z0-9]+$).*)"],
};
