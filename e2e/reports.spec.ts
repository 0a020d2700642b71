// CSV reports, end to end: a creator signed up through the real form, with one video inserted
// straight into the e2e database (the sign-in, the page and the download are real), downloads
// reports from the Reports page; the files parse back to the video's figures. The route
// answers 401 to a signed-out request and 400 to a bad range.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { expect, seedForCreator, test } from "./fixtures";

const DAY = 86_400_000;
const TITLE = '=SUM(1,2) "quoted", 💃 café';

async function seedVideo(email: string): Promise<void> {
  await seedForCreator(email, async (client, userId) => {
    // Noon UTC two days ago: inside "Last 7 days" in any zone a browser is likely to report.
    const posted = new Date(new Date(`${new Date().toISOString().slice(0, 10)}T12:00:00Z`).getTime() - 2 * DAY);
    const video = await client.query<{ id: string }>(
      `INSERT INTO videos (id, user_id, title, posted_at, duration_seconds, hashtags, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $3, 75, '{dance}', now()) RETURNING id`,
      [userId, TITLE, posted],
    );
    await client.query(
      `INSERT INTO stat_snapshots (video_id, user_id, captured_at, views, likes, comments, shares)
       VALUES ($1, $2, $3, 5000, 600, 100, 50)`,
      [video.rows[0]!.id, userId, new Date(posted.getTime() + DAY)],
    );
  });
}

type Row = Record<string, string>;

test.describe("CSV reports", () => {
  test("download reports from the Reports page and read them back", async ({ page, creator }) => {
    await seedVideo(creator.email);
    await page.goto("/reports");
    await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();

    // Videos, last 7 days, with the byte-order mark (the default).
    await page.getByRole("radio", { name: "Videos" }).check();
    await expect(page.getByRole("radio", { name: "Videos" })).toHaveAccessibleDescription(/One row per video/);
    await page.getByLabel("Date range").selectOption({ label: "Last 7 days" });
    const [videos] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download Videos CSV" }).click(),
    ]);
    expect(videos.suggestedFilename()).toMatch(/^tierline-videos-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const videosBytes = fs.readFileSync(await videos.path());
    expect([...videosBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const videoRows = parse(videosBytes.toString("utf8"), { bom: true, columns: true }) as Row[];
    expect(videoRows).toHaveLength(1);
    expect(videoRows[0]).toMatchObject({
      title: `'${TITLE}`,
      hashtags: "#dance",
      duration_seconds: "75",
      views: "5000",
      interactions: "750",
      engagement_rate_pct: "15",
      tier: "Excellent",
      payout_program: "rewards",
      estimated_views_payout: "3.50",
      currency: "USD",
    });
    expect(videoRows[0]!.posted_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);

    // Trend by week, without the byte-order mark.
    await page.getByRole("radio", { name: "Trend" }).check();
    await page.getByLabel("Group by").selectOption("week");
    await page.getByLabel("Add a byte-order mark").uncheck();
    const [trend] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download Trend CSV" }).click(),
    ]);
    const trendText = fs.readFileSync(await trend.path(), "utf8");
    expect(trendText.startsWith("row_type,period_start,")).toBe(true);
    expect(trendText).toContain("\r\n");
    const trendRows = parse(trendText, { columns: true }) as Row[];
    expect(trendRows.filter((r) => r.row_type === "week").length).toBeGreaterThanOrEqual(1);
    expect(trendRows.find((r) => r.row_type === "total")).toMatchObject({
      videos_posted: "1",
      views_of_videos_posted: "5000",
      engagement_rate_pct: "15",
      tier: "Excellent",
      estimated_rewards: "3.50",
    });

    // A reversed custom range is caught before the download starts.
    await page.getByLabel("Date range").selectOption({ label: "Custom dates" });
    await page.getByLabel("From", { exact: true }).fill("2026-08-31");
    await page.getByLabel("To", { exact: true }).fill("2026-06-01");
    await expect(page.getByRole("alert").filter({ hasText: "after it ends" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Download Trend CSV" })).toHaveCount(0);
  });

  test("signed out: 401; bad input: 400 with a message", async ({ page, creator, playwright, baseURL }) => {
    void creator;
    const anonymous = await playwright.request.newContext({ baseURL });
    const signedOut = await anonymous.get("/api/reports/videos");
    expect(signedOut.status()).toBe(401);
    expect(await signedOut.json()).toEqual({ error: "Sign in to download reports." });
    await anonymous.dispose();

    const reversed = await page.request.get("/api/reports/trend?from=2026-08-31&to=2026-06-01");
    expect(reversed.status()).toBe(400);
    expect((await reversed.json()).error).toMatch(/after it ends/);
    const tooLong = await page.request.get("/api/reports/readings?from=2010-01-01&to=2026-01-01");
    expect(tooLong.status()).toBe(400);
    expect((await tooLong.json()).error).toMatch(/longer than 10 years/);
    const unknown = await page.request.get("/api/reports/payouts");
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).error).toMatch(/no “payouts” report/);

    const ok = await page.request.get("/api/reports/followers?range=all");
    expect(ok.status()).toBe(200);
    expect(ok.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(ok.headers()["content-disposition"]).toMatch(/^attachment; filename="tierline-followers-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv"$/);
  });
});
