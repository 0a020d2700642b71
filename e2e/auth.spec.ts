import { E2E_PASSWORD, expect, seedForCreator, signIn, signOut, signUp, test, testAddress, uniqueEmail } from "./fixtures";

test.describe("sign up, sign in, sign out", () => {
  test("sign up lands on the app, signed in", async ({ page }) => {
    const { displayName } = await signUp(page, { displayName: "Nova Creates" });
    await expect(page.getByRole("heading", { name: "Dashboard", exact: true, level: 1 })).toBeVisible();
    await expect(page.getByText("Welcome, Nova Creates.")).toBeVisible();
    await expect(page.getByRole("banner")).toContainText(displayName);
    await expect(page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  });

  test("sign out ends the session", async ({ page, creator }) => {
    void creator;
    await signOut(page);
    await expect(page.getByText("You're signed out.")).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
  });

  test("a wrong password and an unknown email get the same message", async ({ page, creator }) => {
    await signOut(page);
    await page.getByLabel("Email").fill(creator.email);
    await page.getByLabel("Password").fill("not my password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "don't match" });
    await expect(alert).toHaveText("That email and password don't match an account. Check them and try again.");
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/don't match/);

    await page.getByLabel("Email").fill(uniqueEmail("ghost"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toHaveText("That email and password don't match an account. Check them and try again.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("after 5 failed sign-ins the account is paused for 15 minutes, even for the right password", async ({ page, creator }) => {
    await signOut(page);
    // (Next also renders a route announcer with role="alert".)
    const message = page.getByRole("alert").filter({ hasText: /don't match|Too many/ });
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel("Email").fill(creator.email);
      await page.getByLabel("Password").fill(`wrong guess number ${i}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(message).toContainText("don't match");
      // Wait for the form to be ready again before the next attempt.
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    await page.getByLabel("Password").fill(creator.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(message).toContainText("Too many sign-in attempts");
    await expect(message).toContainText("paused for 15 minutes");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a protected page sends you to sign in, then back to that page", async ({ page, creator }) => {
    await signOut(page);
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings$/);
    await expect(page.getByText("Sign in to continue.")).toBeVisible();
    await signIn(page, creator.email.toUpperCase(), creator.password);
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  });

  test("a forged or garbled session cookie is treated as signed out", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "next-auth.session-token", value: "forged.not-a-real.token", url: baseURL! }]);
    for (const path of ["/dashboard", "/settings"]) {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expect(page).toHaveURL(new RegExp(`/login\\?callbackUrl=${encodeURIComponent(path)}$`));
    }
  });
});

test.describe("forged requests", () => {
  test("a sign-in without next-auth's CSRF token and a cross-site server action are refused, never a 500", async ({ request }) => {
    const signIn = await request.post("/api/auth/callback/credentials", {
      form: { email: "someone@example.test", password: "whatever password" },
      maxRedirects: 0,
    });
    expect(signIn.status()).toBe(302);
    expect(signIn.headers()["location"]).toContain("csrf=true");
    expect(signIn.headers()["set-cookie"] ?? "").not.toContain("session-token");

    for (const path of ["/signup", "/settings", "/login"]) {
      const res = await request.post(path, {
        headers: { "Next-Action": "0123456789abcdef", Origin: "https://evil.example" },
        data: "[]",
        maxRedirects: 0,
      });
      expect(res.status(), path).toBe(403);
    }
  });
});

test.describe("sign-up input", () => {
  test("empty, malformed and overlong fields get messages at the field", async ({ page }) => {
    await page.goto("/signup");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter your email address.");
    await expect(page.getByLabel("Display name")).toHaveAccessibleDescription(/Enter a display name/);
    await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(/Choose a password/);

    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Display name").fill("x".repeat(101));
    await page.getByLabel("Password", { exact: true }).fill("password1");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/valid email address/);
    await expect(page.getByLabel("Display name")).toHaveAccessibleDescription(/at most 100 characters/);
    await expect(page.getByLabel("Email")).toHaveValue("not-an-email");

    await page.getByLabel("Email").fill(`${"a".repeat(250)}@example.com`);
    await page.getByLabel("Display name").fill("Long Email");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/at most 254 characters/);
    await expect(page).toHaveURL(/\/signup$/);
  });

  test("a common password is refused, with the meter saying so first", async ({ page }) => {
    await page.goto("/signup");
    await page.getByLabel("Email").fill(uniqueEmail());
    await page.getByLabel("Display name").fill("Common Pass");
    await page.getByLabel("Password", { exact: true }).fill("iloveyou1");
    await expect(page.getByText(/Strength: (Very weak|Weak)This is one of the most common passwords/)).toBeVisible();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(/most common passwords/);
    await page.getByLabel("Password", { exact: true }).fill("correct horse battery staple");
    await expect(page.getByText(/Strength: Very strong/)).toBeVisible();
  });

  test("a duplicate email, in any case, gets a clear message", async ({ page, browser }) => {
    const email = uniqueEmail("dup");
    const other = await browser.newPage();
    await signUp(other, { email });
    await other.close();
    await page.goto("/signup");
    await page.getByLabel("Email").fill(`  ${email.toUpperCase()} `);
    await page.getByLabel("Display name").fill("Second");
    await page.getByLabel("Password", { exact: true }).fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/already exists/);
    await expect(page.getByRole("link", { name: "Go to sign in" })).toBeVisible();
  });

  test("one address creates at most 10 accounts an hour; another address still can", async ({ page, browser }) => {
    const taken = uniqueEmail("limit");
    const first = await browser.newPage();
    await signUp(first, { email: taken });
    await first.close();
    const submit = async (email: string) => {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Display name").fill("Limit Test");
      await page.getByLabel("Password", { exact: true }).fill(E2E_PASSWORD);
      await page.getByRole("button", { name: "Create account" }).click();
    };
    await page.goto("/signup");
    // Attempts 2–10 from this address: each passes validation, so each counts.
    for (let i = 2; i <= 10; i++) {
      await submit(taken);
      await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/already exists/);
      await page.getByLabel("Email").fill("");
    }
    const fresh = uniqueEmail("limit");
    await submit(fresh);
    await expect(page.getByText(/Too many accounts were created from your network in the last hour\. Try again in (60|59) minutes\./)).toBeVisible();
    await expect(page).toHaveURL(/\/signup$/);
    await expect(page.getByLabel("Email")).toHaveValue(fresh);

    const elsewhere = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": testAddress() } });
    await signUp(await elsewhere.newPage(), { email: fresh });
    await elsewhere.close();
  });
});

test.describe("an address past its sign-in limit", () => {
  test("is refused from memory: the form says so, and further attempts write no counter", async ({ browser, creator, baseURL }) => {
    // 30 sign-ins, each an Argon2 check within the servers' per-second budget.
    test.setTimeout(120_000);
    const address = testAddress();
    const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
    const page = await context.newPage();
    // 30 right passwords from one address (next-auth's own client flow: csrf token, then the
    // credentials callback with json=true), as a flood would send them.
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const attempt = async () => {
      const res = await page.request.post("/api/auth/callback/credentials", {
        form: { csrfToken, email: creator.email, password: creator.password, json: "true" },
        headers: { origin: baseURL! },
        maxRedirects: 0,
      });
      return new URL(((await res.json()) as { url: string }).url).searchParams.get("error");
    };
    const answers: (string | null)[] = [];
    // Each server process checks at most a few passwords per second (TIERLINE_SIGN_IN_CHECKS_PER_SECOND).
    while (answers.length < 30) {
      const error = await attempt();
      if (error === "busy") await page.waitForTimeout(250);
      else answers.push(error);
    }
    expect(answers).toEqual(Array(30).fill(null));
    const counter = () =>
      seedForCreator(creator.email, async (client) => {
        const { rows } = await client.query<{ points: number }>("SELECT points FROM rate_limits WHERE key = $1", [`signin-ip:${address}`]);
        return rows[0]?.points ?? 0;
      });
    // Each server process learns the block from the database once, then answers from memory
    // (without the gate, each of the next ten would add one to the counter).
    for (let i = 0; i < 4; i++) expect(await attempt()).toBe("throttled:15");
    const learnt = await counter();
    for (let i = 0; i < 10; i++) expect(await attempt()).toBe("throttled:15");
    expect(await counter()).toBeLessThanOrEqual(learnt + 1);

    // In the browser, the form says what the refusal means (signed out first: the attempts
    // above signed this context in).
    await context.clearCookies();
    await page.goto("/login");
    await page.getByLabel("Email").fill(creator.email);
    await page.getByLabel("Password").fill(creator.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Too many" })).toContainText("Too many sign-in attempts");
    await expect(page).toHaveURL(/\/login/);
    await context.close();
  });
});

test.describe("settings", () => {
  test("changes to name, time zone and currency show up", async ({ page, creator }) => {
    void creator;
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByLabel("Display name").fill("Renamed Creator");
    await page.getByLabel("Time zone").selectOption("Asia/Tokyo");
    await page.getByLabel("Currency").selectOption("EUR");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText("Renamed Creator");
    await page.reload();
    await expect(page.getByLabel("Display name")).toHaveValue("Renamed Creator");
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
    await expect(page.getByLabel("Currency")).toHaveValue("EUR");
    await page.getByRole("link", { name: "Dashboard" }).click();
    await expect(page.getByText("Welcome, Renamed Creator.")).toBeVisible();
  });

  test("bad settings input gets a message at the field and saves nothing", async ({ page, creator }) => {
    await page.goto("/settings");
    await page.getByLabel("Display name").fill("");
    // A time zone and currency that are not in the lists (as a tampered form would send).
    await page.getByLabel("Time zone").evaluate((el: HTMLSelectElement) => el.add(new Option("Mars/Olympus", "Mars/Olympus", true, true)));
    await page.getByLabel("Currency").evaluate((el: HTMLSelectElement) => el.add(new Option("XYZ", "XYZ", true, true)));
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByLabel("Display name")).toHaveAccessibleDescription(/Enter a display name/);
    await expect(page.getByLabel("Time zone")).toHaveAccessibleDescription(/time zone from the list/);
    await expect(page.getByLabel("Currency")).toHaveAccessibleDescription(/currency from the list/);
    await page.reload();
    await expect(page.getByLabel("Display name")).toHaveValue(creator.displayName);
    await expect(page.getByLabel("Time zone")).not.toHaveValue("Mars/Olympus");
  });

  test("changing the password signs out other sessions but not this one", async ({ page, creator, browser }) => {
    const other = await browser.newPage();
    await signIn(other, creator.email, creator.password);
    await expect(other).toHaveURL(/\/dashboard$/);

    await page.goto("/settings");
    await page.getByLabel("Current password").fill("wrong current password");
    await page.getByLabel("New password", { exact: true }).fill("amber kettle drifts north");
    await page.getByLabel("Confirm new password").fill("amber kettle drifts north");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByLabel("Current password")).toHaveAccessibleDescription(/isn't your current password/);

    await page.getByLabel("Current password").fill(creator.password);
    await page.getByLabel("New password", { exact: true }).fill("amber kettle drifts north");
    await page.getByLabel("Confirm new password").fill("amber kettle drifts north");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();

    // This browser stays signed in…
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: "Dashboard", exact: true, level: 1 })).toBeVisible();
    // …the other one is sent to sign in, where only the new password works.
    await other.goto("/settings");
    await expect(other).toHaveURL(/\/login\?callbackUrl=%2Fsettings$/);
    await signIn(other, creator.email, "amber kettle drifts north");
    await expect(other).toHaveURL(/\/settings$/);
    await other.close();
  });

  test("deleting the account needs the password and removes it", async ({ page, creator }) => {
    await page.goto("/settings");
    await page.getByLabel("Your password").fill("wrong password here");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByLabel("Your password")).toHaveAccessibleDescription(/isn't your current password/);
    await page.getByLabel("Your password").fill(creator.password);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page).toHaveURL(/\/login\?deleted=1$/);
    await expect(page.getByText("Your account and all of its data were deleted.")).toBeVisible();
    await page.getByLabel("Email").fill(creator.email);
    await page.getByLabel("Password").fill(creator.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "don't match" })).toBeVisible();
  });
});

test.describe("the app shell on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test("all sections, the name and sign-out fit at 375 px", async ({ page, creator }) => {
    const nav = page.getByRole("navigation", { name: "App" });
    for (const name of ["Dashboard", "Videos", "Followers", "Settings"]) await expect(nav.getByRole("link", { name })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText(creator.displayName);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
