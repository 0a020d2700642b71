// Follower counts: one per day, recorded again to correct, listed with the change per day.
import { describe, expect, test } from "vitest";
import { deleteFollowerCount, listFollowerCounts, recordFollowers } from "@/lib/data/followers";
import { NotFoundError } from "@/lib/errors";
import { createCreator } from "./helpers/creators";

describe("follower counts", () => {
  test("record, correct the same day, list newest first with changes, delete", async () => {
    const u = await createCreator();
    expect((await recordFollowers(u.id, { date: "2026-03-01", followers: 1000n })).created).toBe(true);
    await recordFollowers(u.id, { date: "2026-03-05", followers: 1200n });
    const again = await recordFollowers(u.id, { date: "2026-03-05", followers: 1250n });
    expect(again.created).toBe(false);
    await recordFollowers(u.id, { date: "2026-03-06", followers: 5_000_000_000n });
    const list = await listFollowerCounts(u.id);
    expect(list.map(({ date, followers, change, previousDate }) => ({ date, followers, change, previousDate }))).toEqual([
      { date: "2026-03-06", followers: 5_000_000_000n, change: 5_000_000_000n - 1250n, previousDate: "2026-03-05" },
      { date: "2026-03-05", followers: 1250n, change: 250n, previousDate: "2026-03-01" },
      { date: "2026-03-01", followers: 1000n, change: null, previousDate: null },
    ]);
    expect(list[1]!.id).toBe(again.id);
    await deleteFollowerCount(u.id, again.id);
    expect((await listFollowerCounts(u.id)).map((r) => r.date)).toEqual(["2026-03-06", "2026-03-01"]);
    await expect(deleteFollowerCount(u.id, again.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteFollowerCount(u.id, "nope")).rejects.toBeInstanceOf(NotFoundError);
  });

  test("the limit keeps the change computed against days beyond it", async () => {
    const u = await createCreator();
    await recordFollowers(u.id, { date: "2026-01-01", followers: 10n });
    await recordFollowers(u.id, { date: "2026-01-02", followers: 15n });
    expect(await listFollowerCounts(u.id, { limit: 1 })).toMatchObject([{ date: "2026-01-02", change: 5n }]);
  });
});
