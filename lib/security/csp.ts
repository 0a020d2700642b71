// The Content-Security-Policy of every page. Inline scripts run only with this request's nonce:
// Next puts it on its own bootstrap and flight-data scripts when it finds it in the request's
// policy header (proxy.ts sets both), so an injected <script> cannot run. Script files must
// be same-origin. Styles may be inline (React style attributes, Chart.js sizing).
import { env } from "@/lib/env";

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, dev = env().NODE_ENV !== "production"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}
