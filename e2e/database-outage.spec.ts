// With PostgreSQL away, every kind of route answers 503 with one clear sentence, and no internal
// error text (a host, a port, ECONNREFUSED) reaches the client. A second production server is
// started on the same build, pointed at a port where no PostgreSQL listens; the creator's
// session cookie comes from the normal e2e server: the outage server is handed that
// installation's generated secret, as a server started while the database was up would hold it.
import { spawn, type ChildProcess } from "node:child_process";
import { ensureInstallationSecret } from "../lib/auth/installation-secret";
import net from "node:net";
import path from "node:path";
import { expect, test, withDatabase } from "./fixtures";

const SENTENCE = "Tierline can't reach its database right now; try again in a minute.";
const INTERNAL = /ECONNREFUSED|127\.0\.0\.1|Can't reach database server|prisma|P1001/i;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

// Signing up, then a cold second server: slow on a machine shared with other builds.
test.describe.configure({ timeout: 150_000 });

let server: ChildProcess | undefined;
let outageURL = "";

test.beforeAll(async () => {
  test.setTimeout(120_000); // A cold production server, on a machine shared with other builds.
  const port = Number(process.env.E2E_PORT ?? 3100) + 57;
  const closedPort = await freePort();
  outageURL = `http://localhost:${port}`;
  const secret = await withDatabase((client) => ensureInstallationSecret(client));
  server = spawn(process.execPath, [path.join(process.cwd(), "scripts", "server.mjs"), "--port", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: `postgresql://tierline:tierline@127.0.0.1:${closedPort}/tierline`,
      NEXTAUTH_URL: outageURL,
      NEXTAUTH_SECRET: secret,
      TIERLINE_TRUSTED_PROXY_HOPS: "1",
      TIERLINE_WEB_WORKERS: "1",
    },
    stdio: "ignore",
  });
  await expect
    .poll(async () => fetch(`${outageURL}/api/health`).then((r) => r.status, () => 0), { timeout: 100_000 })
    .toBe(503);
});

test.afterAll(async () => {
  if (server?.pid) server.kill("SIGTERM");
});

test("pages, a report download, a server action, health and sign-in answer 503 with the sentence", async ({ page, creator, browser }) => {
  // The session cookie from the signed-up creator is valid on the outage server too (same host, same secret).
  const health = await page.request.get(`${outageURL}/api/health`);
  expect(health.status()).toBe(503);
  expect((await health.json()).error).toBe(SENTENCE);

  for (const p of ["/dashboard", "/videos", "/earnings", "/settings"]) {
    const res = await page.request.get(`${outageURL}${p}`);
    expect(res.status(), p).toBe(503);
    const body = await res.text();
    expect(body, p).toContain(SENTENCE);
    expect(body, p).not.toMatch(INTERNAL);
  }
  const shown = await page.goto(`${outageURL}/dashboard`);
  expect(shown?.status()).toBe(503);
  await expect(page.getByText(SENTENCE)).toBeVisible();

  const report = await page.request.get(`${outageURL}/api/reports/videos`);
  expect(report.status()).toBe(503);
  expect((await report.json()).error).toBe(SENTENCE);

  // A server action (sign-up, signed out, through the real form).
  const visitor = await browser.newContext({ baseURL: outageURL });
  const form = await visitor.newPage();
  // This server is cold: its first page hydrates late and may drop what was typed before.
  await form.goto("/signup", { waitUntil: "networkidle" });
  await expect(async () => {
    await form.getByLabel("Email").fill(`outage-${Date.now()}@example.test`);
    await form.getByLabel("Display name").fill("Outage");
    await form.getByLabel("Password", { exact: true }).fill(creator.password);
    await expect(form.getByLabel("Password", { exact: true })).toHaveValue(creator.password, { timeout: 1_000 });
  }).toPass();
  const posted = form.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/signup");
  await form.getByRole("button", { name: "Create account" }).click();
  const answer = await posted;
  expect(answer.status()).toBe(503);
  // (Its body is the sentence as text/plain; the page has moved on by the time it could be read.)
  expect(answer.headers()["content-type"]).toContain("text/plain");
  await visitor.close();

  // Sign-in, as next-auth's signIn() posts it (CSRF token first), and as a plain form post.
  const csrf = await page.request.get(`${outageURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  for (const json of ["true", ""]) {
    const res = await page.request.post(`${outageURL}/api/auth/callback/credentials`, {
      form: { email: creator.email, password: creator.password, csrfToken, callbackUrl: "/dashboard", ...(json ? { json } : {}) },
      maxRedirects: 0,
    });
    expect(res.status(), `sign-in json=${json}`).toBe(503);
    const text = `${res.headers()["location"] ?? ""} ${await res.text()}`;
    expect(text).not.toMatch(INTERNAL);
    expect(text).toContain("error=DatabaseUnavailable");
    expect((JSON.parse(await res.text()) as { error: string }).error).toBe(SENTENCE);
  }
});
