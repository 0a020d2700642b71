// The trend dashboard, end to end: a creator signed up through the real form, seeded with the
// DOMAIN.md §4 videos (inserted straight into the e2e database to keep the test fast; the
// sign-in and every read are real), sees their ER and tiers; the range changes the figures;
// the table toggle shows the numbers.
import { expect, seedForCreator, test } from "./fixtures";
import type { Page } from "@playwright/test";

const DAY = 86_400_000;

type Seed = { title: string; daysAgo: number; duration: number; views: number; likes: number; comments: number; shares: number };

// Three in the last week (DOMAIN.md §4), one two months ago that drags the ER down to Average.
const VIDEOS: Seed[] = [
  { title: "High engagement, few views", daysAgo: 2, duration: 20, views: 5_000, likes: 600, comments: 100, shares: 50 },
  { title: "Low engagement, many views", daysAgo: 3, duration: 30, views: 50_000, likes: 400, comments: 60, shares: 40 },
  { title: "Viral under a minute", daysAgo: 4, duration: 45, views: 1_000_000, likes: 80_000, comments: 12_000, shares: 8_000 },
  { title: "Older long video", daysAgo: 60, duration: 90, views: 2_000_000, likes: 15_000, comments: 3_000, shares: 2_000 },
];

async function seedCreator(email: string): Promise<void> {
  await seedForCreator(email, async (client, userId) => {
    // Noon UTC: the same calendar day in any zone a browser is likely to report.
    const todayNoon = new Date(`${new Date().toISOString().slice(0, 10)}T12:00:00Z`).getTime();
    for (const v of VIDEOS) {
      const posted = new Date(todayNoon - v.daysAgo * DAY);
      const video = await client.query<{ id: string }>(
        `INSERT INTO videos (id, user_id, title, posted_at, duration_seconds, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, now()) RETURNING id`,
        [userId, v.title, posted, v.duration],
      );
      await client.query(
        `INSERT INTO stat_snapshots (video_id, user_id, captured_at, views, likes, comments, shares)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [video.rows[0]!.id, userId, new Date(posted.getTime() + DAY), v.views, v.likes, v.comments, v.shares],
      );
    }
    await client.query(`INSERT INTO follower_snapshots (user_id, date, followers) VALUES ($1, current_date - 1, 250000)`, [userId]);
  });
}

const value = (page: Page, id: string) => page.getByTestId(`card-${id}-value`);
const card = (page: Page, title: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title, exact: true }) });

test.describe("trend dashboard", () => {
  test("a new creator sees how to start, not empty charts", async ({ page, creator }) => {
    void creator;
    await expect(page.getByRole("heading", { name: "Your dashboard starts with your first video" })).toBeVisible();
    await expect(page.getByRole("figure")).toHaveCount(0);
    await page.getByRole("link", { name: "Add your first video" }).click();
    await expect(page).toHaveURL(/\/videos\/new$/);
  });

  test("the DOMAIN.md cases: ER, tiers, money; the range changes cards and charts; tables show the numbers", async ({ page, creator }) => {
    await seedCreator(creator.email);

    // Last 7 days: the three worked cases only.
    await page.goto("/dashboard?range=7");
    await expect(page.getByRole("heading", { name: "Last 7 days" })).toBeVisible();
    await expect(card(page, "Views gained")).toContainText("1,055,000");
    const er = card(page, "ER on views gained");
    await expect(er).toContainText("9.5\u202F%"); // 101,250 / 1,055,000 = 9.597 %, rounded down
    await expect(er).toContainText("Good");
    await expect(value(page, "videos")).toHaveText("3");
    // 5,000 × $0.04 + 50,000 × $0.04 + 1,000,000 × $0.04 per 1,000 views (all under 60 s).
    await expect(card(page, "Estimated earnings")).toContainText("$42.20");

    // Top videos by ER: 15 % Excellent ahead of 1 % Below average; the viral one earns $40.00.
    const topEr = page.getByRole("region", { name: "Highest ER" });
    await expect(topEr.getByRole("listitem").first()).toContainText("High engagement, few views");
    await expect(topEr.getByRole("listitem").first()).toContainText("ER 15.0\u202F%");
    await expect(topEr.getByRole("listitem").first()).toContainText("Excellent");
    await expect(topEr.getByRole("listitem").last()).toContainText("Low engagement, many views");
    await expect(topEr.getByRole("listitem").last()).toContainText("Below average");
    const topMoney = page.getByRole("region", { name: "Highest estimated earnings" });
    await expect(topMoney.getByRole("listitem").first()).toContainText("Viral under a minute");
    await expect(topMoney.getByRole("listitem").first()).toContainText("$40.00");
    await expect(topMoney.getByRole("link", { name: "Viral under a minute" })).toHaveAttribute("href", /^\/videos\/[0-9a-f-]{36}$/);

    // Brand deal at 250,000 followers and ER ≥ 5 %: $3,750 + 35 % (DOMAIN.md's "$5,000+").
    await expect(page.getByRole("region", { name: "Brand deal estimate" })).toContainText("$5,062.50");

    // Videos as points: the 5,000-view video at 15 % beats the 50,000-view one at 1 %; its table says so.
    const scatter = page.getByRole("figure", { name: "Videos posted in range: views against ER" });
    await expect(scatter).toContainText("2 of 3 videos reached 5 % ER or more.");
    await expect(scatter).toContainText(
      "“High engagement, few views” drew more interactions (750) than “Low engagement, many views” (500) with fewer views (5,000 against 50,000).",
    );
    await expect(scatter.getByRole("table")).toBeHidden();
    await scatter.getByRole("button", { name: /Show as table/ }).click();
    const rows = scatter.getByRole("table").getByRole("row");
    await expect(rows.filter({ hasText: "High engagement, few views" })).toContainText(/5,000.*750.*15\.0\u202F%.*Excellent/);
    await expect(rows.filter({ hasText: "Low engagement, many views" })).toContainText(/50,000.*500.*1\.0\u202F%.*Below average/);
    await expect(scatter.getByRole("button", { name: /Hide table/ })).toHaveAttribute("aria-expanded", "true");

    // Tier history table: the day of the 15 % video alone is Excellent.
    const tiers = page.getByRole("figure", { name: "Tier history" });
    await tiers.getByRole("button", { name: /Show as table/ }).click();
    await expect(tiers.getByRole("table").getByRole("row").filter({ hasText: "Excellent" })).toHaveCount(2); // 15 % and 10 % days
    await expect(tiers.getByRole("table").getByRole("row").filter({ hasText: "Below average" })).toHaveCount(1);
    const erSummary = page.getByRole("figure", { name: "ER of videos posted, over time" });
    await expect(erSummary).toContainText("view-weighted over 3 videos");

    // Last 90 days: the older 1 % video joins, the ER falls to Average, the charts follow.
    await page.getByRole("navigation", { name: "Date range" }).getByRole("link", { name: "Last 90 days" }).click();
    await expect(page).toHaveURL(/[?&]range=90/);
    await expect(page.getByRole("heading", { name: "Last 90 days" })).toBeVisible();
    await expect(card(page, "Views gained")).toContainText("3,055,000");
    await expect(er).toContainText("3.9\u202F%"); // 121,250 / 3,055,000 = 3.97 %, rounded down
    await expect(er).toContainText("Average");
    await expect(value(page, "videos")).toHaveText("4");
    // + 2,000,000 views of a 90 s video at $0.70 per 1,000 = $1,400.00.
    await expect(card(page, "Estimated earnings")).toContainText("$1,442.20");
    await expect(erSummary).toContainText("view-weighted over 4 videos");
    await expect(scatter).toContainText("2 of 4 videos reached 5 % ER or more.");

    // Grouping is in the URL too.
    await page.getByRole("navigation", { name: "Group by" }).getByRole("link", { name: "Month" }).click();
    await expect(page).toHaveURL(/range=90&bucket=month/);
    await expect(page.getByText("Monthly figures.")).toBeVisible();
  });

  test("the figures and tables work before the chart code arrives; each chart then draws in the box kept for it", async ({ page, creator }) => {
    await seedCreator(creator.email);

    // Hold back every script that carries Chart.js (recognised by one of its own error
    // messages) until the page has been used without it.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const held: string[] = [];
    await page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes("Canvas is already in use")) {
        held.push(route.request().url());
        await released;
      }
      await route.fulfill({ response, body });
    });

    await page.goto("/dashboard?range=7");
    const figures = page.getByRole("figure");
    await expect(figures).toHaveCount(6); // ER, tiers, scatter, earnings, followers, the account day by day
    const scatter = page.getByRole("figure", { name: "Videos posted in range: views against ER" });
    await expect(scatter).toContainText("2 of 3 videos reached 5 % ER or more.");
    const chartBox = scatter.getByRole("img", { name: /^Videos posted in range: views against ER\./ });
    // The page asked for the chart code after it started (not in its initial scripts), and has none of it yet.
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await expect(page.locator("figure canvas")).toHaveCount(0);
    const placeholderHeight = (await chartBox.boundingBox())?.height ?? 0;
    expect(placeholderHeight).toBeGreaterThan(200);

    // The table toggle works without the chart code (retried until the page has hydrated).
    const toggle = scatter.getByRole("button", { name: /Show as table/ });
    const table = scatter.getByRole("table");
    await expect(async () => {
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
      await expect(table).toBeVisible({ timeout: 1_000 });
    }).toPass();
    await expect(table.getByRole("row").filter({ hasText: "High engagement, few views" })).toContainText(/5,000.*750.*15\.0\u202F%.*Excellent/);
    await expect(page.locator("figure canvas")).toHaveCount(0);

    // The chart code arrives: every figure draws its chart, in a box of the height kept for it.
    release();
    for (const figure of await figures.all()) await expect(figure.locator("canvas")).toBeVisible();
    expect((await chartBox.boundingBox())?.height).toBe(placeholderHeight);
    await expect(table).toBeVisible();
  });

  test("the page runs under a per-request script nonce: charts load, an injected script does not run", async ({ page, creator }) => {
    await seedCreator(creator.email);
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const scriptSrc = (policy: string | undefined) => policy?.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
    const first = await page.goto("/dashboard?range=7");
    const directive = scriptSrc(first?.headers()["content-security-policy"]);
    expect(directive).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}'$/);
    const second = await page.request.get("/dashboard?range=7");
    expect(scriptSrc(second.headers()["content-security-policy"])).not.toBe(directive);

    // Next's scripts and the chart code loaded after first paint all ran.
    const figures = page.getByRole("figure");
    await expect(figures).toHaveCount(6);
    for (const figure of await figures.all()) await expect(figure.locator("canvas")).toBeVisible();
    expect(violations).toEqual([]);

    // A script someone manages to inject has no nonce and is refused.
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "document.body.dataset.injected = 'yes'";
      document.body.append(s);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
  });

  test("the cards say which views they count, the creator picks which lead, and all time compares with nothing", async ({ page, creator }) => {
    // Three pages, a save and a reload: room on a loaded machine.
    test.setTimeout(120_000);
    await seedCreator(creator.email);
    // The older video gains 500,000 views yesterday: gained in the last 7 days, though posted long before.
    await seedForCreator(creator.email, (client, userId) =>
      client.query(
        `INSERT INTO stat_snapshots (video_id, user_id, captured_at, views, likes, comments, shares)
         SELECT v.id, v.user_id, now() - interval '1 day', 2500000, 15000, 3000, 2000
         FROM videos v WHERE v.user_id = $1 AND v.title = 'Older long video'`,
        [userId],
      ),
    );

    await page.goto("/dashboard?range=7");
    const gained = card(page, "Views gained");
    await expect(gained).toContainText("1,555,000");
    await expect(gained).toContainText("Views of videos posted in range: 1,055,000");
    // ER on the same views: 101,250 interactions gained ÷ 1,555,000 views gained = 6.51 %.
    await expect(card(page, "ER on views gained")).toContainText("6.5\u202F%");
    await expect(card(page, "ER on views gained")).toContainText("Good");

    await page.getByRole("group", { name: "Cards lead with" }).getByLabel("Views of videos posted in range").check();
    await page.getByRole("button", { name: "Save choice" }).click();
    const posted = card(page, "Views of videos posted in range");
    await expect(posted).toContainText("1,055,000");
    await expect(posted).toContainText("Views gained: 1,555,000");
    await expect(card(page, "ER of videos posted in range")).toContainText("9.5\u202F%");
    await page.reload();
    await expect(card(page, "Views of videos posted in range")).toContainText("1,055,000");

    // All time: nothing before the first post to compare with, and no "New: none …" on any card.
    await page.goto("/dashboard?range=all");
    const summary = page.getByRole("list", { name: "Summary" });
    await expect(summary.getByText("All time: no earlier period to compare with")).toHaveCount(6);
    await expect(summary).not.toContainText("New:");
  });

  test("a custom range from the form, and parameters that make no sense fall back to the defaults", async ({ page, creator }) => {
    await seedCreator(creator.email);
    await page.goto("/dashboard?range=banana&bucket=hour");
    await expect(page.getByRole("status").filter({ hasText: "not a range we know" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Last 90 days" })).toBeVisible();
    await expect(value(page, "videos")).toHaveText("4");

    await page.goto("/dashboard?from=2026-13-01&to=nope");
    await expect(page.getByRole("status").filter({ hasText: "custom dates were not a valid range" })).toBeVisible();

    // Only the day the older video was posted: its one reading was taken the day after, so
    // within this range it has no views yet.
    const noon = new Date(`${new Date().toISOString().slice(0, 10)}T12:00:00Z`).getTime();
    const posted = new Date(noon - 60 * DAY).toISOString().slice(0, 10);
    const dayAfter = new Date(noon - 59 * DAY).toISOString().slice(0, 10);
    const form = page.getByRole("form", { name: "Custom range" });
    await form.getByLabel("From").fill(posted);
    await form.getByLabel("To").fill(posted);
    await form.getByLabel("Group by").selectOption("day");
    await form.getByRole("button", { name: "Show range" }).click();
    await expect(page).toHaveURL(new RegExp(`from=${posted}&to=${posted}&bucket=day`));
    await expect(value(page, "videos")).toHaveText("1");
    await expect(value(page, "views")).toHaveText("0");
    await expect(value(page, "engagement")).toHaveText("—");

    // Up to the day after: the reading counts.
    await form.getByLabel("To").fill(dayAfter);
    await form.getByRole("button", { name: "Show range" }).click();
    await expect(page).toHaveURL(new RegExp(`from=${posted}&to=${dayAfter}&bucket=day`));
    await expect(value(page, "views")).toHaveText("2,000,000");
    await expect(value(page, "engagement")).toHaveText("1.0\u202F%");
    await expect(card(page, "ER on views gained")).toContainText("Below average");
  });
});
