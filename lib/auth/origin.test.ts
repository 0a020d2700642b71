import { afterEach, describe, expect, test, vi } from "vitest";
import { CrossOriginError } from "@/lib/errors";
import { assertSameOrigin, isSameOrigin } from "./origin";

const post = (headers: Record<string, string>, url = "http://localhost:3000/api/import") =>
  new Request(url, { method: "POST", headers });

describe("isSameOrigin", () => {
  const saved = process.env.NEXTAUTH_URL;
  afterEach(() => {
    process.env.NEXTAUTH_URL = saved;
  });

  test.each<[string, Record<string, string>, boolean]>([
    ["same origin", { host: "localhost:3000", origin: "http://localhost:3000" }, true],
    ["another site", { host: "localhost:3000", origin: "https://evil.example" }, false],
    ["same host, other port", { host: "localhost:3000", origin: "http://localhost:3001" }, false],
    ["same host, other scheme", { host: "localhost:3000", origin: "https://localhost:3000" }, false],
    ["opaque origin", { host: "localhost:3000", origin: "null" }, false],
    ["no origin, browser says same-origin", { host: "localhost:3000", "sec-fetch-site": "same-origin" }, true],
    ["no origin, cross-site", { host: "localhost:3000", "sec-fetch-site": "cross-site" }, false],
    ["no origin, no hint", { host: "localhost:3000" }, false],
  ])("%s → %s", (_n, headers, ok) => {
    delete process.env.NEXTAUTH_URL;
    expect(isSameOrigin(post(headers))).toBe(ok);
  });

  // X-Forwarded-Host / -Proto count only as far as TIERLINE_TRUSTED_PROXY_HOPS says.
  const proxied = { host: "10.0.0.5:3000", "x-forwarded-proto": "https" };
  test.each<[string, Record<string, string>, number, boolean]>([
    ["behind a proxy", { ...proxied, "x-forwarded-host": "app.tierline.test", origin: "https://app.tierline.test" }, 1, true],
    ["no proxy: a forged X-Forwarded-Host naming the attacker", { host: "localhost:3000", "x-forwarded-host": "evil.example", origin: "http://evil.example" }, 0, false],
    ["no proxy: a forged X-Forwarded-Proto changes nothing", { host: "localhost:3000", "x-forwarded-proto": "https", origin: "https://localhost:3000" }, 0, false],
    ["no proxy: the Host is still ours", { host: "localhost:3000", "x-forwarded-host": "evil.example", origin: "http://localhost:3000" }, 0, true],
    ["one proxy: the client's entry left of the proxy's is ignored", { ...proxied, "x-forwarded-host": "evil.example, app.tierline.test", origin: "https://evil.example" }, 1, false],
    ["one proxy: the proxy's entry is the one believed", { ...proxied, "x-forwarded-host": "evil.example, app.tierline.test", origin: "https://app.tierline.test" }, 1, true],
    ["two proxies: the entry the outer one wrote", { ...proxied, "x-forwarded-host": "evil.example, app.tierline.test, inner.internal", "x-forwarded-proto": "http, https, http", origin: "https://app.tierline.test" }, 2, true],
    ["one proxy, no X-Forwarded-Host: the Host", { host: "localhost:3000", origin: "http://localhost:3000" }, 1, true],
  ])("%s (%#)", (_n, headers, hops, ok) => {
    delete process.env.NEXTAUTH_URL;
    expect(isSameOrigin(post(headers), hops)).toBe(ok);
  });

  test("TIERLINE_TRUSTED_PROXY_HOPS is the default", () => {
    delete process.env.NEXTAUTH_URL;
    const forged = post({ host: "localhost:3000", "x-forwarded-host": "evil.example", origin: "http://evil.example" });
    vi.stubEnv("TIERLINE_TRUSTED_PROXY_HOPS", "0");
    expect(isSameOrigin(forged)).toBe(false);
    vi.stubEnv("TIERLINE_TRUSTED_PROXY_HOPS", "1");
    expect(isSameOrigin(forged)).toBe(true);
    vi.unstubAllEnvs();
  });

  test("NEXTAUTH_URL's origin is always allowed", () => {
    process.env.NEXTAUTH_URL = "https://tierline.example";
    expect(isSameOrigin(post({ host: "internal:3000", origin: "https://tierline.example" }))).toBe(true);
  });

  test("assertSameOrigin throws a 403-shaped error", () => {
    expect(() => assertSameOrigin(post({ host: "localhost:3000", origin: "https://evil.example" }))).toThrow(CrossOriginError);
    expect(() => assertSameOrigin(post({ host: "localhost:3000", origin: "http://localhost:3000" }))).not.toThrow();
  });
});
