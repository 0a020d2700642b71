// Sessions end on the server: a cookie copied before sign-out is worthless afterwards, "Sign out
// everywhere" ends other browsers' sessions too, and a cookie minted with any key but this
// installation's own (the fixed string older versions fell back to, or a random one) is refused.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import type { Browser, BrowserContext, TestInfo } from "@playwright/test";
import { E2E_PASSWORD, expect, seedForCreator, signIn, signOut, test, testAddress } from "./fixtures";

const COOKIE = "next-auth.session-token";
const OLD_FIXED_SECRET = "tierline-local-development-secret-not-for-production";

/** A browser with nothing of the test's own page: no cookies, an address of its own. */
async function freshContext(browser: Browser, info: TestInfo): Promise<BrowserContext> {
  return browser.newContext({ baseURL: info.project.use.baseURL, extraHTTPHeaders: { "x-forwarded-for": testAddress() } });
}

async function withCookie(browser: Browser, info: TestInfo, value: string): Promise<BrowserContext> {
  const context = await freshContext(browser, info);
  await context.addCookies([{ name: COOKIE, value, url: info.project.use.baseURL! }]);
  return context;
}

/** Visits a page and a report download as that cookie's holder: both must say "sign in". */
async function expectSignedOut(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  expect((await context.request.get("/api/reports/videos")).status()).toBe(401);
}

test.describe("server-side sessions", () => {
  test("a cookie copied before sign-out gets the sign-in page afterwards", async ({ page, creator, browser }, info) => {
    void creator;
    const copied = (await page.context().cookies()).find((c) => c.name === COOKIE)!.value;
    // Before sign-out the copy works in another browser…
    const thief = await withCookie(browser, info, copied);
    const thiefPage = await thief.newPage();
    await thiefPage.goto("/dashboard");
    await expect(thiefPage.getByRole("heading", { name: "Dashboard", exact: true, level: 1 })).toBeVisible();
    // …and after it, it does not.
    await signOut(page);
    await expectSignedOut(await withCookie(browser, info, copied));
    await thiefPage.goto("/dashboard");
    await expect(thiefPage).toHaveURL(/\/login/);
  });

  test("Sign out everywhere in Settings ends every browser's session, this one's included", async ({ page, creator, browser }, info) => {
    const other = await freshContext(browser, info);
    const otherPage = await other.newPage();
    await otherPage.goto("/login");
    await signIn(otherPage, creator.email, creator.password);
    await expect(otherPage.getByRole("heading", { name: "Dashboard", exact: true, level: 1 })).toBeVisible();

    await page.goto("/settings");
    const section = page.getByRole("region", { name: "Signed-in devices" });
    await expect(section).toContainText("You're signed in on 2 devices or browsers.");
    await section.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/login\?signedOutEverywhere=1$/);
    await expect(page.getByText("You're signed out on every device.")).toBeVisible();

    await otherPage.goto("/videos");
    await expect(otherPage).toHaveURL(/\/login\?callbackUrl=%2Fvideos$/);
    // Signing in again works as ever.
    await signIn(page, creator.email, E2E_PASSWORD);
    await expect(page.getByRole("heading", { name: "Dashboard", exact: true, level: 1 })).toBeVisible();
  });

  test("a cookie minted with the old fixed secret or a random one is refused; a real sign-in works", async ({ page, creator, browser }, info) => {
    // The forger knows everything but the secret: the creator's id and even a live session id.
    const { rows } = await seedForCreator(creator.email, (db, userId) =>
      db.query<{ user_id: string; id: string }>(
        `SELECT s.user_id, s.id FROM sessions s WHERE s.user_id = $1 AND s.revoked_at IS NULL ORDER BY s.created_at DESC LIMIT 1`,
        [userId],
      ),
    );
    const live = rows[0]!;
    for (const secret of [OLD_FIXED_SECRET, randomBytes(32).toString("base64url")]) {
      const forged = await encode({ token: { sub: live.user_id, sid: live.id, email: creator.email, name: creator.displayName }, secret });
      await expectSignedOut(await withCookie(browser, info, forged));
    }
    // The genuine session of the same creator goes on working.
    await page.goto("/videos");
    await expect(page.getByRole("heading", { name: "Videos", exact: true, level: 1 })).toBeVisible();
    expect((await page.request.get("/api/reports/videos")).status()).toBe(200);
  });
});
