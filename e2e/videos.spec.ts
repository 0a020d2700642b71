// Recording videos and their stats, as a creator does it: add a video with its first reading,
// find it in the list with its ER and tier, record more stats, edit, delete; bad input is
// explained at the field and nothing is saved; two tabs never overwrite each other silently.
import type { Page } from "@playwright/test";
import { expect, test as withCreator } from "./fixtures";

// Every test here writes data, so each signs up a creator of its own before it starts.
const test = withCreator.extend<{ signedIn: void }>({
  signedIn: [
    async ({ creator }, provide) => {
      expect(creator.email).toContain("@");
      await provide();
    },
    { auto: true },
  ],
});

// Each test signs up, then makes a dozen round trips: give a loaded CI machine room.
test.describe.configure({ timeout: 120_000 });

// Times typed into the forms are read in the creator's zone, which sign-up takes from the browser.
test.use({ timezoneId: "UTC", locale: "en-US" });

const DAY = 86_400_000;
/** A datetime-local value `daysAgo` days before now, on the hour (UTC). */
function localInput(daysAgo: number, hour = 18): string {
  const d = new Date(Date.now() - daysAgo * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString().slice(0, 16);
}

type NewVideo = {
  title: string;
  postedAt: string;
  hashtags?: string;
  capturedAt: string;
  views: string;
  likes: string;
  comments: string;
  shares: string;
};

async function fillNewVideo(page: Page, v: NewVideo) {
  await page.getByLabel("Title").fill(v.title);
  await page.getByLabel("Posted at").fill(v.postedAt);
  if (v.hashtags) await page.getByLabel("Hashtags (optional)").fill(v.hashtags);
  await page.getByLabel("Captured at").fill(v.capturedAt);
  await page.getByLabel("Views", { exact: true }).fill(v.views);
  await page.getByLabel("Likes", { exact: true }).fill(v.likes);
  await page.getByLabel("Comments", { exact: true }).fill(v.comments);
  await page.getByLabel("Shares", { exact: true }).fill(v.shares);
}

async function addVideo(page: Page, v: NewVideo): Promise<string> {
  await page.goto("/videos/new");
  await fillNewVideo(page, v);
  await page.getByRole("button", { name: "Add video" }).click();
  await expect(page).toHaveURL(/\/videos\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(v.title);
  return new URL(page.url()).pathname;
}

test("add a video with a reading, find it with its ER and tier, record more stats, edit, delete", async ({ page }) => {
  await page.goto("/videos");
  await expect(page.getByRole("heading", { name: "No videos yet" })).toBeVisible();
  await page.getByRole("link", { name: "Add your first video" }).click();
  await expect(page).toHaveURL(/\/videos\/new$/);

  const title = "Dance challenge 💃 日本語";
  await fillNewVideo(page, {
    title,
    postedAt: localInput(10),
    hashtags: "#Dance fyp, #dance",
    capturedAt: localInput(9),
    views: "5,000",
    likes: "600",
    comments: "100",
    shares: "50",
  });
  await page.getByRole("button", { name: "Add video" }).click();
  await expect(page).toHaveURL(/\/videos\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("link", { name: "#dance" })).toBeVisible();
  await expect(page.getByRole("link", { name: "#fyp" })).toBeVisible();

  // The list: 750 interactions on 5,000 views is 15 %, Excellent.
  await page.getByRole("link", { name: "← Videos" }).click();
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("5,000");
  await expect(row).toContainText("15.0\u202F%");
  await expect(row).toContainText("Excellent");

  // Record a second reading from the list; the form starts from the last one.
  await row.getByRole("link", { name: /Record stats/ }).click();
  await expect(page.getByLabel("Views", { exact: true })).toHaveValue("5000");
  await page.getByLabel("Captured at").fill(localInput(5, 12));
  await page.getByLabel("Views", { exact: true }).fill("20 000");
  await page.getByLabel("Likes", { exact: true }).fill("900");
  await page.getByRole("button", { name: "Save reading" }).click();
  await expect(page.getByText("Reading saved.")).toBeVisible();

  // Both readings, newest first: (900 + 100 + 50) / 20,000 = 5.25 %, Good.
  const readings = page.getByRole("table", { name: /readings/i }).getByRole("row");
  await expect(readings).toHaveCount(3); // header + 2
  await expect(readings.nth(1)).toContainText("20,000");
  await expect(readings.nth(1)).toContainText("5.2\u202F%");
  await expect(readings.nth(1)).toContainText("Good");
  await expect(readings.nth(2)).toContainText("5,000");
  await expect(readings.nth(2)).toContainText("15.0\u202F%");
  await expect(page.getByRole("heading", { name: /Readings/ })).toContainText("2");
  await expect(page.getByText(/after posting: 20,000 views, ER 5\.2\u202F% \(Good\)/)).toBeVisible();

  // Edit.
  await page.getByRole("link", { name: "Edit video" }).click();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await page.getByLabel("Title").fill(`${title} (edited)`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/videos\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (edited)`);

  // Delete asks first, then removes the video with its readings.
  await page.getByRole("button", { name: "Delete video" }).click();
  await expect(page.getByText("Delete this video and its 2 readings? This can't be undone.")).toBeVisible();
  await page.getByRole("button", { name: "Yes, delete video" }).click();
  await expect(page).toHaveURL(/\/videos\?deleted=1$/);
  await expect(page.getByText("Video deleted, with its readings.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "No videos yet" })).toBeVisible();
});

test("a bad value is explained at its field, what was typed stays, and nothing is saved", async ({ page }) => {
  await page.goto("/videos/new");
  await fillNewVideo(page, {
    title: "Should not be saved",
    postedAt: localInput(3),
    capturedAt: localInput(2),
    views: "12.5",
    likes: "lots",
    comments: "-3",
    shares: "7",
  });
  await page.getByRole("button", { name: "Add video" }).click();

  await expect(page.getByText("Some fields need attention. Nothing was saved.")).toBeVisible();
  const views = page.getByLabel("Views", { exact: true });
  await expect(views).toHaveAttribute("aria-invalid", "true");
  await expect(views).toHaveAccessibleDescription("Views must be a whole number, without decimals.");
  await expect(page.getByLabel("Likes", { exact: true })).toHaveAccessibleDescription("Likes must be a whole number like 12,345.");
  await expect(page.getByLabel("Comments", { exact: true })).toHaveAccessibleDescription("Comments can't be negative.");
  await expect(page.getByLabel("Title")).toHaveValue("Should not be saved");
  await expect(views).toHaveValue("12.5");
  await expect(page).toHaveURL(/\/videos\/new$/);

  // A reading from before the video was posted is refused too.
  await page.getByLabel("Views", { exact: true }).fill("100");
  await page.getByLabel("Likes", { exact: true }).fill("10");
  await page.getByLabel("Comments", { exact: true }).fill("1");
  await page.getByLabel("Captured at").fill(localInput(4));
  await page.getByRole("button", { name: "Add video" }).click();
  await expect(page.getByLabel("Captured at")).toHaveAccessibleDescription(/Captured at can't be before the video was posted\./);

  await page.goto("/videos");
  await expect(page.getByRole("heading", { name: "No videos yet" })).toBeVisible();
});

test("more interactions than views: asked once before saving, then saved and flagged", async ({ page }) => {
  await page.goto("/videos/new");
  await fillNewVideo(page, {
    title: "Replayed likes",
    postedAt: localInput(3),
    capturedAt: localInput(2),
    views: "10",
    likes: "50",
    comments: "0",
    shares: "0",
  });
  await page.getByRole("button", { name: "Add video" }).click();
  // The server asks; nothing is saved yet and everything typed stays.
  await expect(page.locator("#video-form-message")).toContainText("Interactions exceed views — save anyway?");
  await expect(page).toHaveURL(/\/videos\/new$/);
  await expect(page.getByLabel("Likes", { exact: true })).toHaveValue("50");
  await page.getByRole("button", { name: "Save anyway" }).click();
  await expect(page).toHaveURL(/\/videos\/[0-9a-f-]{36}$/);
  await expect(page.getByText(/Interactions exceed views: excluded from rankings/).first()).toBeVisible();
  await page.goto("/videos");
  const row = page.getByRole("row").filter({ hasText: "Replayed likes" });
  await expect(row).toContainText("Interactions exceed views: excluded from rankings");
  await expect(row).toContainText("500.0\u202F%");
  // Not the dashboard's highest ER: the list has no video with views that may be ranked.
  await page.goto("/dashboard?range=7");
  await expect(page.getByRole("region", { name: "Highest ER" })).not.toContainText("Replayed likes");
});

test("an ER just under a tier boundary never reads as the boundary beside its tier", async ({ page }) => {
  const path = await addVideo(page, {
    title: "Just under three percent",
    postedAt: localInput(3),
    capturedAt: localInput(2),
    views: "100000",
    likes: "2999",
    comments: "0",
    shares: "0",
  });
  await expect(page.getByText(/ER 2\.9\u202F% \(Below average\)/).first()).toBeVisible();
  await page.goto("/videos");
  const row = page.getByRole("row").filter({ hasText: "Just under three percent" });
  await expect(row).toContainText("2.9\u202F%");
  await expect(row).toContainText("Below average");
  await expect(row).not.toContainText("3.0");
  await page.goto("/dashboard?range=7");
  const top = page.getByRole("region", { name: "Highest ER" }).getByRole("listitem").first();
  await expect(top).toContainText("ER 2.9\u202F%");
  await expect(top).toContainText("Below average");
  void path;
});

test("two tabs editing the same video: the second save is refused and keeps what was typed", async ({ page }) => {
  const path = await addVideo(page, {
    title: "Original title",
    postedAt: localInput(3),
    capturedAt: localInput(2),
    views: "1000",
    likes: "10",
    comments: "1",
    shares: "1",
  });
  const second = await page.context().newPage();
  await page.goto(`${path}/edit`);
  await second.goto(`${path}/edit`);

  await page.getByLabel("Title").fill("Saved from tab one");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saved from tab one");

  await second.getByLabel("Title").fill("Typed in tab two");
  await second.getByLabel("Notes (optional)").fill("A long note I don't want to lose");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByText(/changed since you opened it/)).toBeVisible();
  await expect(second.getByLabel("Title")).toHaveValue("Typed in tab two");
  await expect(second.getByLabel("Notes (optional)")).toHaveValue("A long note I don't want to lose");
  await expect(second).toHaveURL(new RegExp(`${path}/edit$`));

  // Nothing was overwritten; loading the latest version offers tab one's title.
  await second.getByRole("link", { name: "Load the latest version" }).click();
  await expect(second.getByLabel("Title")).toHaveValue("Saved from tab one");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saved from tab one");
});

test("follower counts: record, replace the same day, list with the change", async ({ page }) => {
  await page.goto("/followers");
  await expect(page.getByRole("heading", { name: "No follower counts yet" })).toBeVisible();
  const yesterday = new Date(Date.now() - DAY).toISOString().slice(0, 10);
  await page.getByLabel("Date").fill(yesterday);
  await page.getByLabel("Followers", { exact: true }).fill("1,000");
  await page.getByRole("button", { name: "Save follower count" }).click();
  await expect(page.getByText(`Saved the follower count for ${yesterday}.`)).toBeVisible();

  // The form is back at today: a second day, 250 more.
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.getByLabel("Date")).toHaveValue(today);
  await page.getByLabel("Followers", { exact: true }).fill("1 250");
  await page.getByRole("button", { name: "Save follower count" }).click();
  await expect(page.getByText(`Saved the follower count for ${today}.`)).toBeVisible();
  const rows = page.getByRole("table", { name: /Follower counts/ }).getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText("1,250");
  await expect(rows.nth(1)).toContainText("+250");

  await page.getByLabel("Date").fill(yesterday);
  await page.getByLabel("Followers", { exact: true }).fill("1,300");
  await page.getByRole("button", { name: "Save follower count" }).click();
  await expect(page.getByText(`Replaced the follower count for ${yesterday}.`)).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "1,300" })).toHaveCount(1);
  await expect(page.getByRole("table", { name: /Follower counts/ })).not.toContainText("1,000");
});
