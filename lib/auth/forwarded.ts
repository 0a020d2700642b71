// How far the X-Forwarded-* headers are believed. TIERLINE_TRUSTED_PROXY_HOPS (default 0) is
// the number of reverse proxies in front of the app, each appending what it saw. Entries left
// of theirs were written by the client and are never read; with no proxy, none are.
// scripts/server.mjs applies the same rule to the headers before Next sees them (its twin,
// in plain JavaScript: keep the two alike). The setting is parsed in lib/env.ts.
import { env, readSetting } from "@/lib/env";

export function trustedProxyHops(raw?: Record<string, string | undefined>): number {
  return raw ? readSetting("TIERLINE_TRUSTED_PROXY_HOPS", raw) : env().TIERLINE_TRUSTED_PROXY_HOPS;
}

/** A comma-separated forwarded header as its entries, trimmed, empty ones dropped. */
export function forwardedChain(raw: string | string[] | null | undefined): string[] {
  return (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The entry the trusted proxy nearest the client wrote: `hops` places from the end (the leftmost
 * when there are fewer). Null when no proxy is trusted or the header is absent.
 */
export function trustedForwardedEntry(raw: string | string[] | null | undefined, hops: number): string | null {
  if (hops < 1) return null;
  const chain = forwardedChain(raw);
  return chain[Math.max(0, chain.length - hops)] ?? null;
}
