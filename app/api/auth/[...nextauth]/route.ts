// Serves next-auth's endpoints: CSRF token, credentials sign-in, session, sign-out.
import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth";
import { refusedSignIn } from "@/lib/auth/sign-in-gate";
import { clientIp } from "@/lib/auth/throttle";
import { env } from "@/lib/env";
import { DATABASE_UNAVAILABLE_CODE, SIGN_IN_FAILED_CODE } from "@/lib/errors";
import { databaseUnavailableResponse, withRouteErrors } from "@/lib/route-handler";

type Context = { params: Promise<{ nextauth: string[] }> };

// Built per request: the options carry the installation's session secret (lib/auth/secret.ts),
// which may first have to be read from the database.
async function nextAuth(req: Request, context: Context): Promise<Response> {
  return NextAuth(req as NextRequest, context, await getAuthOptions()) as Promise<Response>;
}

// next-auth's own codes and the ones lib/auth.ts throws; any other `error=` would be an error's
// text (next-auth passes a thrown message through), so it becomes the generic code.
const KNOWN_ERROR_CODE = /^(CredentialsSignin|Callback|Configuration|AccessDenied|SessionRequired|Verification|Default|Signin|csrf|throttled:\d+|DatabaseUnavailable|SignInFailed)$/;

/** The `error` code of a sign-in answer (a redirect, or the JSON `{ url }` signIn() asks for). */
async function errorTarget(res: Response): Promise<{ url: URL; json: boolean } | null> {
  const location = res.headers.get("location");
  let raw = location;
  if (!raw && res.headers.get("content-type")?.includes("application/json")) {
    const body = (await res.clone().json().catch(() => null)) as { url?: unknown } | null;
    raw = typeof body?.url === "string" ? body.url : null;
  }
  if (!raw) return null;
  try {
    const url = new URL(raw, "http://localhost");
    return url.searchParams.has("error") ? { url, json: !location } : null;
  } catch {
    return null;
  }
}

/**
 * A credentials sign-in this process can already refuse (lib/auth/sign-in-gate.ts), answered as
 * next-auth answers: JSON `{ url }` when the form asked for it, else a redirect. The production
 * server answers these before Next (scripts/server.mjs); this covers `next dev`.
 */
async function refusedBeforeNextAuth(req: Request): Promise<Response | null> {
  if (req.method !== "POST" || !new URL(req.url).pathname.endsWith("/callback/credentials")) return null;
  const configured = env().NEXTAUTH_URL;
  const origin = configured ? new URL(configured).origin : new URL(req.url).origin;
  const refused = refusedSignIn(clientIp(req.headers), origin);
  if (!refused) return null;
  const form = await req.formData().catch(() => null);
  const headers = { "cache-control": "no-store" };
  if (form?.get("json") === "true") return Response.json(refused, { headers });
  return new Response(null, { status: 302, headers: { ...headers, location: refused.url } });
}

async function handler(req: Request, ctx: Context): Promise<Response> {
  const refused = await refusedBeforeNextAuth(req);
  if (refused) return refused;
  const res = await nextAuth(req, ctx);
  if (req.method !== "POST") return res;
  const target = await errorTarget(res);
  if (!target) return res;
  const code = target.url.searchParams.get("error") ?? "";
  if (code === DATABASE_UNAVAILABLE_CODE) {
    return databaseUnavailableResponse({ url: new URL(`/login?error=${DATABASE_UNAVAILABLE_CODE}`, target.url).toString() });
  }
  if (KNOWN_ERROR_CODE.test(code)) return res;
  target.url.searchParams.set("error", SIGN_IN_FAILED_CODE);
  const safe = target.url.toString();
  const headers = new Headers(res.headers);
  headers.delete("content-length");
  if (target.json) return Response.json({ url: safe }, { status: res.status, headers });
  headers.set("location", safe);
  return new Response(null, { status: res.status, headers });
}

const route = withRouteErrors("auth", handler);
export { route as GET, route as POST };
