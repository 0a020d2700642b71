// The ER variants, end to end (issue 16, items 11 and 12): a video's page shows its
// interactions, its estimated earnings and its ER per follower at the follower count in force;
// the Settings toggle "Count saves as interactions" changes the dashboard's ER label and figure.
// The creator signs up through the real form; the video, its reading and a follower count are
// inserted straight into the e2e database.
import { expect, seedForCreator, test } from "./fixtures";

const DAY = 86_400_000;

/** One 75 s video posted two days ago: 5,000 views, 600 likes, 100 comments, 50 shares, 250 saves; 2,500 followers. */
async function seed(email: string): Promise<string> {
  return seedForCreator(email, async (client, userId) => {
    const posted = new Date(new Date(`${new Date().toISOString().slice(0, 10)}T12:00:00Z`).getTime() - 2 * DAY);
    const video = await client.query<{ id: string }>(
      `INSERT INTO videos (id, user_id, title, posted_at, duration_seconds, hashtags, updated_at)
       VALUES (gen_random_uuid(), $1, 'Saves and followers', $2, 75, '{}', now()) RETURNING id`,
      [userId, posted],
    );
    const videoId = video.rows[0]!.id;
    await client.query(
      `INSERT INTO stat_snapshots (video_id, user_id, captured_at, views, likes, comments, shares, saves)
       VALUES ($1, $2, $3, 5000, 600, 100, 50, 250)`,
      [videoId, userId, new Date(posted.getTime() + DAY)],
    );
    // A week before the reading, in any zone: the count in force at it.
    await client.query(`INSERT INTO follower_snapshots (user_id, date, followers) VALUES ($1, $2::date, 2500)`, [
      userId,
      new Date(posted.getTime() - 7 * DAY).toISOString().slice(0, 10),
    ]);
    return videoId;
  });
}

/** The figure in a labelled card of a description list (`<dt>` then `<dd>`). */
function figure(page: import("@playwright/test").Page, label: string) {
  return page.locator("dl > div").filter({ has: page.getByText(label, { exact: true }) }).locator("dd").first();
}

test.describe("ER variants", () => {
  test("a video's page shows its interactions, estimated earnings and ER per follower", async ({ page, creator }) => {
    const videoId = await seed(creator.email);
    await page.goto(`/videos/${videoId}`);
    await expect(page.getByRole("heading", { name: "Saves and followers", level: 1 })).toBeVisible();
    // 600 + 100 + 50 (saves are not counted by default).
    await expect(figure(page, "Interactions")).toHaveText("750");
    // A 75 s video with 5,000 views: Creator Rewards at $0.70 per 1,000 views.
    await expect(figure(page, "Estimated earnings")).toHaveText("$3.50");
    await expect(figure(page, "ER")).toHaveText(/^15(\.0+)?\s?%$/);
    // 750 ÷ 2,500 followers.
    await expect(figure(page, "ER per follower")).toHaveText(/^30(\.0+)?\s?%$/);
    await expect(page.getByText(/At 2,500 followers/)).toBeVisible();
    // Per reading, too.
    const readings = page.getByRole("table", { name: /Stats readings/ });
    await expect(readings.getByRole("columnheader", { name: "ER per follower" })).toBeVisible();
    await expect(readings.getByRole("row").nth(1)).toContainText(/30(\.0+)?\s?%/);
  });

  test("the Settings toggle counts saves in the dashboard's ER and says so", async ({ page, creator }) => {
    await seed(creator.email);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: "ER on views gained", level: 3 })).toBeVisible();
    await expect(page.getByTestId("card-engagement-value")).toHaveText(/^15(\.0+)?\s?%$/);
    await expect(page.getByTestId("card-perFollower-value")).toHaveText(/^30(\.0+)?\s?%$/);

    await page.goto("/settings");
    const toggle = page.getByRole("checkbox", { name: "Count saves as interactions" });
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await page.getByRole("button", { name: "Save ER option" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saves now count as interactions" })).toBeVisible();

    await page.goto("/dashboard");
    // (600 + 100 + 50 + 250) ÷ 5,000 views, and ÷ 2,500 followers.
    await expect(page.getByRole("heading", { name: "ER on views gained (incl. saves)", level: 3 })).toBeVisible();
    await expect(page.getByTestId("card-engagement-value")).toHaveText(/^20(\.0+)?\s?%$/);
    await expect(page.getByRole("heading", { name: "ER per follower incl. saves", level: 3 })).toBeVisible();
    await expect(page.getByTestId("card-perFollower-value")).toHaveText(/^40(\.0+)?\s?%$/);
    await expect(page.getByTestId("card-interactions-value")).toHaveText("1,000");

    // Back off: the settings page remembers, and the dashboard returns to the plain ER.
    await page.goto("/settings");
    await expect(page.getByRole("checkbox", { name: "Count saves as interactions" })).toBeChecked();
  });
});
