// Same-origin check for state-changing route handlers (server actions get Next's own check).
// A cross-site form or fetch carries its own Origin; browsers send Origin on every POST, PUT,
// PATCH and DELETE, so a missing one is refused unless Sec-Fetch-Site vouches for it.
import { env } from "@/lib/env";
import { trustedForwardedEntry, trustedProxyHops } from "./forwarded";
import { CrossOriginError } from "@/lib/errors";

function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * The origins this app is served from: NEXTAUTH_URL's, and the one the request was sent to.
 * X-Forwarded-Host and -Proto name that one only when a trusted proxy wrote them
 * (TIERLINE_TRUSTED_PROXY_HOPS ≥ 1, the entry that proxy appended); with no proxy they are the
 * client's own words, and a forged `X-Forwarded-Host: evil.example` would otherwise make
 * evil.example's Origin look like our own.
 */
export function allowedOrigins(request: Request, hops = trustedProxyHops()): Set<string> {
  const allowed = new Set<string>();
  const configured = originOf(env().NEXTAUTH_URL);
  if (configured) allowed.add(configured);
  const host = trustedForwardedEntry(request.headers.get("x-forwarded-host"), hops) ?? request.headers.get("host");
  if (host) {
    const proto = trustedForwardedEntry(request.headers.get("x-forwarded-proto"), hops) ?? new URL(request.url).protocol.replace(":", "");
    const fromHost = originOf(`${proto}://${host}`);
    if (fromHost) allowed.add(fromHost);
  } else {
    const fromUrl = originOf(request.url);
    if (fromUrl) allowed.add(fromUrl);
  }
  return allowed;
}

export function isSameOrigin(request: Request, hops = trustedProxyHops()): boolean {
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") return allowedOrigins(request, hops).has(origin);
  if (origin === "null") return false;
  // No Origin at all (old browsers, some same-origin navigations): trust only the browser's
  // own statement that the request is same-origin.
  return request.headers.get("sec-fetch-site") === "same-origin";
}

/** Throws CrossOriginError (status 403) unless the request comes from this app's own pages. */
export function assertSameOrigin(request: Request): void {
  if (!isSameOrigin(request)) throw new CrossOriginError();
}

/** The 403 a handler returns for a cross-origin write: `if (!isSameOrigin(req)) return crossOriginResponse();` */
export function crossOriginResponse(): Response {
  return Response.json({ error: new CrossOriginError().message }, { status: 403 });
}
