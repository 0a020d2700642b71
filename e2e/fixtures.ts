// Shared helpers for the end-to-end specs: create creators through the real sign-up form and
// sign in through the real sign-in form. Every test that writes data uses its own creator.
import { randomUUID } from "node:crypto";
import { expect, test as base, type Page } from "@playwright/test";

/** Passes the password rules (long, not common) and is easy to read in a trace. */
export const E2E_PASSWORD = "quiet violet lantern 42";

export type Credentials = { email: string; password: string; displayName: string };

/** An email no other test (or earlier run) uses. */
export function uniqueEmail(tag = "creator"): string {
  return `${tag}-${Date.now().toString(36)}-${randomUUID().slice(0, 8)}@example.test`;
}

/** A client address no other test uses (IPv6 documentation range). */
export function testAddress(): string {
  const hex = randomUUID().replaceAll("-", "");
  return `2001:db8:${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 12)}:${hex.slice(12, 16)}::1`;
}

/** Signs a new creator up through /signup; resolves on the dashboard with their credentials. */
export async function signUp(page: Page, options: Partial<Credentials> = {}): Promise<Credentials> {
  const credentials: Credentials = {
    email: options.email ?? uniqueEmail(),
    password: options.password ?? E2E_PASSWORD,
    displayName: options.displayName ?? `Creator ${randomUUID().slice(0, 6)}`,
  };
  await page.goto("/signup");
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Display name").fill(credentials.displayName);
  await page.getByLabel("Password", { exact: true }).fill(credentials.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 20_000 });
  return credentials;
}

/** Signs in through /login (or the sign-in form already shown); resolves once it has left /login. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/login")) await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
}

/** Signs out with the header's button; resolves on the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
}

/**
 * `test` with a `creator`: a fresh account, signed up in this test's page, which starts on the
 * dashboard. `import { test, expect } from "./fixtures"`.
 */
export const test = base.extend<{ creator: Credentials }>({
  // Each test comes from an address of its own, as the proxy in front reports it (the e2e
  // server trusts one hop): the per-address sign-up limit counts every test apart.
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide) => {
    await provide({ ...extraHTTPHeaders, "x-forwarded-for": testAddress() });
  },
  creator: async ({ page }, provide) => {
    await provide(await signUp(page));
  },
});

export { expect };

/**
 * Runs `seed` on a connection to the e2e database with the id of the creator signed up as
 * `email`, for specs that insert data straight into it (the sign-in and pages stay real).
 */
export async function seedForCreator<T>(email: string, seed: (client: import("pg").Client, userId: string) => Promise<T>): Promise<T> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>("SELECT id FROM users WHERE email = $1", [email.toLowerCase()]);
    const userId = rows[0]?.id;
    if (!userId) throw new Error(`no user ${email}`);
    return seed(client, userId);
  });
}

/** Runs `fn` on a connection to the e2e database (closed afterwards). */
export async function withDatabase<T>(fn: (client: import("pg").Client) => Promise<T>): Promise<T> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
