// Money and advice, end to end: a creator signed up through the real form, with a video and
// its readings inserted straight into the e2e database (fast; every write the test is about
// goes through the real forms), records two payouts and sees them beside the estimate, uses
// their effective rate, and sets a goal whose pace appears.
import type pg from "pg";
import { expect, seedForCreator, test } from "./fixtures";

const DAY = 86_400_000;

/** "2026-03-15" of the month `back` months before this one (UTC). */
function dayOfMonthBack(back: number, day: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, day));
  return d.toISOString().slice(0, 10);
}

function monthLabel(date: string): string {
  return new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
}

/** A 30-second video posted five days before `readOn`, read at noon that day with `views`. */
async function insertReadVideo(c: pg.Client, userId: string, title: string, readOn: string, views: number): Promise<void> {
  const v = await c.query<{ id: string }>(
    `INSERT INTO videos (id, user_id, title, posted_at, duration_seconds, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, 30, now()) RETURNING id`,
    [userId, title, new Date(new Date(`${readOn}T12:00:00Z`).getTime() - 5 * DAY)],
  );
  await c.query(
    `INSERT INTO stat_snapshots (video_id, user_id, captured_at, views, likes, comments, shares) VALUES ($1, $2, $3, $4, 100, 10, 1)`,
    [v.rows[0]!.id, userId, new Date(`${readOn}T12:00:00Z`), views],
  );
}

test.describe("money and advice", () => {
  test("two payouts stand beside the estimate; the effective rate can become the model's rate", async ({ page, creator }) => {
    test.setTimeout(120_000);
    // A 30-second video: 1,000,000 views by the 15th two months ago, 1,500,000 by the 15th of
    // last month → 1,000,000 and 500,000 views gained: $40.00 and $20.00 at $0.04 per 1,000.
    const twoBack = dayOfMonthBack(2, 15);
    const oneBack = dayOfMonthBack(1, 15);
    await seedForCreator(creator.email, async (c, userId) => {
      const v = await c.query<{ id: string }>(
        `INSERT INTO videos (id, user_id, title, posted_at, duration_seconds, updated_at)
         VALUES (gen_random_uuid(), $1, 'Payout video', $2, 30, now()) RETURNING id`,
        [userId, new Date(new Date(`${twoBack}T12:00:00Z`).getTime() - 5 * DAY)],
      );
      for (const [at, views] of [[twoBack, 1_000_000], [oneBack, 1_500_000]] as const) {
        await c.query(
          `INSERT INTO stat_snapshots (video_id, user_id, captured_at, views, likes, comments, shares) VALUES ($1, $2, $3, $4, 1000, 100, 10)`,
          [v.rows[0]!.id, userId, new Date(`${at}T12:00:00Z`), views],
        );
      }
    });

    await page.getByRole("navigation", { name: "App" }).getByRole("link", { name: "Earnings" }).click();
    await expect(page.getByRole("heading", { name: "Earnings", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No income recorded yet" })).toBeVisible();

    const record = async (date: string, amount: string) => {
      await page.getByLabel("Date received", { exact: true }).fill(date);
      await page.getByLabel("Stream", { exact: true }).selectOption("views_payout");
      await page.getByLabel("Amount", { exact: true }).fill(amount);
      await page.getByRole("button", { name: "Add entry" }).click();
      await expect(page.getByText("Entry added to your ledger.")).toBeVisible();
    };
    // A negative amount without the refund box is refused at the field.
    await page.getByLabel("Date received", { exact: true }).fill(dayOfMonthBack(2, 20));
    await page.getByLabel("Amount", { exact: true }).fill("-5");
    await page.getByRole("button", { name: "Add entry" }).click();
    await expect(page.getByLabel("Amount", { exact: true })).toHaveAccessibleDescription(/only for refunds/);

    await record(dayOfMonthBack(2, 20), "30.00");
    await record(dayOfMonthBack(1, 20), "25");

    const ledger = page.getByRole("table", { name: "Income received, newest first" });
    await expect(ledger.getByRole("row")).toHaveCount(3);

    const rowOf = (date: string) => page.getByRole("row", { name: new RegExp(`^${monthLabel(date)}`) }).first();
    // Month | views gained | estimate | paid views payouts | …
    await expect(rowOf(twoBack)).toContainText("1,000,000");
    await expect(rowOf(twoBack)).toContainText("$40.00");
    await expect(rowOf(twoBack)).toContainText("$30.00");
    await expect(rowOf(twoBack)).toContainText("−$10.00");
    await expect(rowOf(oneBack)).toContainText("$20.00");
    await expect(rowOf(oneBack)).toContainText("$25.00");
    await expect(page.getByText(/you were paid \$55\.00 against an estimate of \$60\.00/).first()).toBeVisible();

    // $55.00 over 1,500,000 views = $0.036667 per 1,000 → $0.03667.
    await expect(page.getByTestId("effective-rate")).toHaveText("$0.03667 per 1,000 views");
    await page.getByRole("button", { name: "Use this as my rate" }).click();
    await expect(page.getByText("Saved $0.03667 per 1,000 views as your Creator Fund and Creator Rewards rate.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Creator Fund rate (USD per 1,000 views)")).toHaveValue("0.03667");
    await expect(page.getByText("Your model already uses this rate.")).toBeVisible();

    // The dashboard draws what was paid beside the estimate.
    await page.goto("/dashboard?range=all&bucket=month");
    await expect(page.getByRole("heading", { name: "Estimated and paid earnings" })).toBeVisible();
    await expect(page.getByText(/Recorded as paid in this range: \$55\.00 in views payouts/)).toBeVisible();
  });

  test("an empty ledger says “not recorded”, not a loss; months before the first video are not listed", async ({ page, creator }) => {
    // One video posted on the 10th of last month, read on the 15th: 100,000 views, no payout recorded.
    const oneBack = dayOfMonthBack(1, 15);
    const threeBack = dayOfMonthBack(3, 15);
    await seedForCreator(creator.email, (c, userId) => insertReadVideo(c, userId, "First video", oneBack, 100_000));
    await page.goto("/earnings");
    const table = page.getByRole("table", { name: /Per month/ });
    const rowOf = (date: string) => table.getByRole("row", { name: new RegExp(`^${monthLabel(date)}`) });
    await expect(rowOf(oneBack)).toContainText("$4.00");
    await expect(rowOf(oneBack)).toContainText("not recorded");
    await expect(rowOf(oneBack)).not.toContainText("−");
    // No month before the first video, and no red negatives anywhere in the comparison.
    await expect(rowOf(threeBack)).toHaveCount(0);
    await expect(table).not.toContainText("−$");
    await expect(page.getByText(/No payouts recorded yet: record what you were paid to compare/).first()).toBeVisible();
  });

  test("a NOK creator sees kr/NOK everywhere, and a payout in USD credited as NOK counts", async ({ page, creator }) => {
    // Four pages and a download on a shared 2-core machine.
    test.setTimeout(120_000);
    // A 30-second video: 1,000,000 views by the 15th of last month → 406.00 kr at 0.406 kr per 1,000.
    const oneBack = dayOfMonthBack(1, 15);
    await seedForCreator(creator.email, async (c, userId) => {
      await insertReadVideo(c, userId, "Krone video", oneBack, 1_000_000);
      await c.query(`INSERT INTO follower_snapshots (user_id, date, followers) VALUES ($1, current_date - 1, 20000)`, [userId]);
    });

    // Settings: switching to NOK asks for the rate, prefilled from the shipped defaults.
    await page.goto("/settings");
    await page.getByLabel("Currency", { exact: true }).selectOption("NOK");
    const rate = page.getByLabel("1 USD = how many NOK");
    await expect(rate).toHaveValue("10.15");
    await rate.fill("10.15");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    await expect(page.getByText(/1 USD = 10\.15 NOK/)).toBeVisible();

    // Dashboard: every money figure in NOK, no dollar sign.
    await page.goto("/dashboard?range=all&bucket=month");
    const main = page.getByRole("main");
    await expect(main.getByText(/NOK\s406\.00/).first()).toBeVisible();
    await expect(main).not.toContainText("$");

    // Earnings: the model in NOK, the estimate in NOK; record $40.00 credited as 410.00 kr.
    await page.goto("/earnings");
    await expect(page.getByLabel("Creator Fund rate (NOK per 1,000 views)")).toHaveValue("0.406");
    await page.getByLabel("Date received", { exact: true }).fill(dayOfMonthBack(1, 20));
    await page.getByLabel("Stream", { exact: true }).selectOption("views_payout");
    await page.getByLabel("Amount", { exact: true }).fill("40.00");
    await page.getByLabel("Currency", { exact: true }).selectOption("USD");
    await page.getByRole("button", { name: "Add entry" }).click();
    // Without the credited amount it is refused at the field.
    await expect(page.getByLabel("Amount credited in NOK")).toHaveAccessibleDescription(/Enter the amount credited in NOK/);
    await page.getByLabel("Amount credited in NOK").fill("410.00");
    await page.getByRole("button", { name: "Add entry" }).click();
    await expect(page.getByText("Entry added to your ledger.")).toBeVisible();
    const row = page.getByRole("table", { name: /Per month/ }).getByRole("row", { name: new RegExp(`^${monthLabel(oneBack)}`) });
    await expect(row).toContainText(/NOK\s406\.00/);
    await expect(row).toContainText(/NOK\s410\.00/);
    await expect(row).toContainText(/\+NOK\s4\.00/);
    await expect(page.getByTestId("effective-rate")).toHaveText(/NOK\s0\.41 per 1,000 views/);
    // Figures are in NOK; a dollar sign is left only where dollars are the fact (the $40.00 paid,
    // the published USD sources of the defaults).
    await expect(page.getByRole("table", { name: /Per month/ })).not.toContainText("$");
    await expect(page.getByTestId("effective-rate")).not.toContainText("$");
    await expect(page.getByRole("table", { name: "Income received, newest first" })).toContainText(/\$40\.00.*NOK\s410\.00/);

    // Insights: no dollar amounts.
    await page.goto("/insights");
    await expect(page.getByRole("heading", { name: "Insights", level: 1 })).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("$");

    // The Earnings CSV: the currency in every money header and row.
    const csv = await (await page.request.get(`/api/reports/earnings?from=${dayOfMonthBack(1, 1)}&to=${dayOfMonthBack(1, 28)}`)).text();
    const [header, first] = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toContain("estimated_views_payout_nok");
    expect(header).not.toContain("usd");
    expect(first).toContain(",NOK,1000000,406.00,0.00,406.00,410.00,");
  });

  test("a goal shows the date it is reached at the current pace", async ({ page, creator }) => {
    // +50 followers a day over the last 20 days.
    await seedForCreator(creator.email, async (c, userId) => {
      for (const [back, followers] of [[21, 9_000], [11, 9_500], [1, 10_000]] as const) {
        await c.query(`INSERT INTO follower_snapshots (user_id, date, followers) VALUES ($1, current_date - $2::int, $3)`, [userId, back, followers]);
      }
    });

    await page.goto("/insights");
    await expect(page.getByRole("heading", { name: "Insights", level: 1 })).toBeVisible();
    await expect(page.getByText(/10,000 followers on .*\./).first()).toBeVisible();
    await page.getByLabel("Goal", { exact: true }).selectOption("followers");
    await page.getByLabel("Target", { exact: true }).fill("20,000");
    await page.getByRole("button", { name: "Set goal" }).click();
    await expect(page.getByText("Goal set.")).toBeVisible();
    const goal = page.getByRole("listitem", { name: "Followers goal" });
    await expect(goal).toContainText("Followers: 20,000");
    await expect(goal).toContainText("On track");
    await expect(goal).toContainText(/Currently 10,000: you reach 20,000 around .+ at your current pace \(\+50 a day over 3 points since/);
  });
});
