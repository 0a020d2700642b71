// X-Forwarded-Host is believed only when a trusted proxy wrote it. The suite's own server trusts
// one hop (as behind a proxy), so this spec starts a second production server as `npm start`
// runs it with no proxy in front (TIERLINE_TRUSTED_PROXY_HOPS=0), on the same database.
import { randomBytes } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";

let server: ChildProcess | undefined;
let direct = "";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const port = await freePort();
  direct = `http://localhost:${port}`;
  server = spawn(process.execPath, [path.resolve("scripts/server.mjs"), "--port", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NEXTAUTH_URL: direct,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"), // its own, per run: no session is used here
      TIERLINE_TRUSTED_PROXY_HOPS: "0",
      TIERLINE_WEB_WORKERS: "1",
    },
  });
  for (let i = 0; i < 160; i++) {
    try {
      if ((await fetch(`${direct}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the second server did not start");
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

// No browser needed: a forged header is something a script sends, not a page.
test("with no proxy in front, a cross-site server action that forges X-Forwarded-Host is refused with 403", async ({ request }) => {
  const action = (origin: string, forwardedHost?: string) =>
    request.post(`${direct}/settings`, {
      maxRedirects: 0,
      headers: {
        "next-action": "7f0000000000000000000000000000000000000000",
        "content-type": "text/plain;charset=UTF-8",
        origin,
        ...(forwardedHost ? { "x-forwarded-host": forwardedHost } : {}),
      },
      data: "[]",
    });
  const forged = await action("http://evil.example", "evil.example");
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error).toBe("This request came from another site and was refused.");
  // The same call from the app's own origin gets past the origin check (to Next, which does not
  // know this action id): the 403 above is the forged host's doing.
  expect((await action(direct)).status()).not.toBe(403);
});
