import { afterEach, describe, expect, test } from "vitest";
import { CrossOriginError, assertSameOrigin, isSameOrigin } from "./origin";

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
    ["behind a proxy", { host: "10.0.0.5:3000", "x-forwarded-host": "app.tierline.test", "x-forwarded-proto": "https", origin: "https://app.tierline.test" }, true],
  ])("%s → %s", (_n, headers, ok) => {
    delete process.env.NEXTAUTH_URL;
    expect(isSameOrigin(post(headers))).toBe(ok);
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
