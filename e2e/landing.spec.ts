import { expect, test } from "@playwright/test";

test("the landing page says what Tierline does and leads to sign-up", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("engaged your audience");
  await expect(page.getByText("Excellent from 10 %")).toBeVisible();
  await page.getByRole("link", { name: "Start tracking for free" }).click();
  await expect(page).toHaveURL(/\/signup/);
});

test("health endpoint reports the database as up", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", database: "up" });
});

test("responses carry the security headers", async ({ request }) => {
  const res = await request.get("/");
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
