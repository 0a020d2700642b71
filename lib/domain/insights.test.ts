import { describe, expect, test } from "vitest";
import {
  buildInsights,
  cadenceInsight,
  hashtagsAndSoundsInsight,
  timingInsight,
  watchAndCompletionInsight,
  type GroupSums,
  type InsightsInput,
} from "./insights";

/** n videos with `views` views in all at `rate` % ER. */
const g = (videos: number, views: number, rate: number): GroupSums => ({
  videos,
  views: BigInt(views),
  interactions: BigInt(Math.round((views * rate) / 100)),
});

const week = (key: string, videos: number, views: number, rate: number) => ({ key, ...g(videos, views, rate) });

describe("cadenceInsight", () => {
  test("busier weeks against quieter weeks, with the numbers and the weeks counted", () => {
    const i = cadenceInsight(
      {
        weeks: [
          week("2026-01-05", 1, 10_000, 4),
          week("2026-01-12", 1, 10_000, 4),
          week("2026-01-19", 3, 30_000, 8),
          week("2026-01-26", 4, 40_000, 8),
          week("2026-02-02", 1, 10_000, 4),
        ],
      },
      "en-US",
    );
    expect(i.status).toBe("finding");
    expect(i.findings[0]).toBe("Over the last 26 weeks you posted 10 videos (0.4 a week); 21 weeks had no post.");
    expect(i.findings[1]).toBe(
      "Weeks with more than 1 post had 4 points higher ER than quieter weeks: 8.0\u202F% on 7 videos in 2 weeks, against 4.0\u202F% on 3 videos in 3 weeks.",
    );
    expect(i.basis).toBe("Based on 10 videos in 5 weeks.");
    expect(i.table?.rows).toHaveLength(2);
  });

  test("about the same ER within half a point", () => {
    const i = cadenceInsight(
      { weeks: [week("a", 1, 1000, 5), week("b", 1, 1000, 5), week("c", 1, 1000, 5), week("d", 3, 3000, 5.3), week("e", 4, 4000, 5.3)] },
      "en-US",
    );
    expect(i.findings[1]).toMatch(/about the same ER as quieter weeks \(5\.3\u202F% against 5\.0\u202F%\)/);
  });

  test("not enough data: fewer than 4 weeks with posts", () => {
    const i = cadenceInsight({ weeks: [week("a", 2, 1000, 5), week("b", 1, 1000, 5), week("c", 1, 1000, 5)] }, "en-US");
    expect(i.status).toBe("not-enough-data");
    expect(i.missing[0]).toBe("You posted in 3 of the last 26 weeks; comparing busier and quieter weeks needs posts in at least 4 weeks.");
    expect(i.findings).toEqual([]);
  });

  test("the same number of posts every week: nothing to contrast, says so", () => {
    const i = cadenceInsight({ weeks: ["a", "b", "c", "d"].map((k) => week(k, 2, 1000, 5)) }, "en-US");
    expect(i.missing[0]).toMatch(/You posted 2 times in every week you posted/);
  });
});

describe("hashtagsAndSoundsInsight", () => {
  test("compares both, with counts and ERs", () => {
    const i = hashtagsAndSoundsInsight(
      { hashtags: { with: g(6, 60_000, 9), without: g(4, 40_000, 5) }, sounds: { with: g(3, 30_000, 6), without: g(7, 70_000, 6.2) } },
      "en-US",
    );
    expect(i.status).toBe("finding");
    expect(i.findings).toEqual([
      "Videos with hashtags had 4 points higher ER than those without: 9.0\u202F% on 6 videos against 5.0\u202F% on 4 videos.",
      "Videos with a named sound had about the same ER as those without (6.0\u202F% on 3 videos against 6.2\u202F% on 7 videos).",
    ]);
    expect(i.basis).toMatch(/^Based on 10 videos with views/);
  });

  test("lower ER is said as lower", () => {
    const i = hashtagsAndSoundsInsight(
      { hashtags: { with: g(3, 10_000, 2), without: g(3, 10_000, 7.5) }, sounds: { with: g(0, 0, 0), without: g(6, 20_000, 4.75) } },
      "en-US",
    );
    expect(i.findings[0]).toMatch(/5\.5 points lower ER/);
    expect(i.missing[0]).toBe(
      "Comparing videos with and without a named sound needs at least 3 videos with views on each side; you have 0 with and 6 without.",
    );
  });

  test("not enough data on either side", () => {
    const i = hashtagsAndSoundsInsight(
      { hashtags: { with: g(2, 100, 5), without: g(5, 100, 5) }, sounds: { with: g(2, 100, 5), without: g(5, 100, 5) } },
      "en-US",
    );
    expect(i.status).toBe("not-enough-data");
    expect(i.missing).toHaveLength(2);
  });
});

describe("watchAndCompletionInsight", () => {
  test("higher completion goes with higher ER", () => {
    const i = watchAndCompletionInsight(
      {
        completion: { lower: { ...g(4, 40_000, 3), max: 35.5 }, upper: { ...g(4, 40_000, 9), min: 41 } },
        watchTime: null,
      },
      "en-US",
    );
    expect(i.status).toBe("finding");
    expect(i.findings[0]).toMatch(
      /^Your videos with the higher completion rate \(41 % or more, 4 videos\) had 6 points higher ER: 9\.0\u202F% against 3\.0\u202F% for those up to 35\.5 % \(4 videos\)\./,
    );
    expect(i.missing[0]).toMatch(/Relating average watch time to ER needs it recorded on at least 6 videos with views .*you have 0/);
  });

  test("not enough data: watch data on too few videos", () => {
    const i = watchAndCompletionInsight(
      { completion: { lower: { ...g(2, 100, 3), max: 10 }, upper: { ...g(2, 100, 9), min: 20 } }, watchTime: null },
      "en-US",
    );
    expect(i.status).toBe("not-enough-data");
    expect(i.missing[0]).toMatch(/you have 4\./);
    expect(i.table).toBeNull();
  });
});

describe("timingInsight", () => {
  const weekdays = [
    { weekday: 1, ...g(4, 40_000, 4) },
    { weekday: 3, ...g(4, 40_000, 6) },
    { weekday: 6, ...g(3, 30_000, 10) },
    { weekday: 7, ...g(1, 100_000, 1) },
  ];
  const hours = [
    { hour: 7, ...g(3, 30_000, 4) },
    { hour: 8, ...g(1, 10_000, 4) },
    { hour: 18, ...g(5, 50_000, 8) },
    { hour: 23, ...g(3, 130_000, 2) },
  ];
  test("best weekday and time slot against the overall ER", () => {
    const i = timingInsight({ weekdays, hours }, "en-US", "Europe/Berlin");
    expect(i.status).toBe("finding");
    // Sunday (1 video) is not compared: too few videos.
    expect(i.findings[0]).toBe(
      "Saturday is your best day: 10.0\u202F% ER on 3 videos posted that day, against 3.8\u202F% overall. Compared over the 3 days with at least 3 videos.",
    );
    expect(i.findings[1]).toBe("Videos posted between 18:00–21:00 (Europe/Berlin) do best: 8.0\u202F% ER on 5 videos, against 3.8\u202F% overall.");
    expect(i.basis).toBe("Based on 12 videos with views, by posting time in your zone.");
  });

  test("not enough data: fewer than 10 videos", () => {
    const i = timingInsight({ weekdays: [{ weekday: 1, ...g(9, 1000, 5) }], hours: [{ hour: 1, ...g(9, 1000, 5) }] }, "en-US", "UTC");
    expect(i.status).toBe("not-enough-data");
    expect(i.missing[0]).toBe("Finding your best day and time needs at least 10 videos with views; you have 9.");
  });

  test("enough videos but all on one day: says what is missing", () => {
    const i = timingInsight({ weekdays: [{ weekday: 2, ...g(12, 1000, 5) }], hours: [{ hour: 1, ...g(6, 500, 5) }, { hour: 13, ...g(6, 500, 7) }] }, "en-US", "UTC");
    expect(i.status).toBe("finding");
    expect(i.missing[0]).toMatch(/Comparing weekdays needs at least two days/);
    expect(i.findings[0]).toMatch(/^Videos posted between 12:00–15:00/);
  });
});

describe("buildInsights", () => {
  test("a new creator gets four observations, each saying what is missing", () => {
    const empty: InsightsInput = {
      weeks: [],
      hashtags: { with: g(0, 0, 0), without: g(0, 0, 0) },
      sounds: { with: g(0, 0, 0), without: g(0, 0, 0) },
      completion: null,
      watchTime: null,
      weekdays: [],
      hours: [],
    };
    const list = buildInsights(empty, { locale: "en-US", timeZone: "UTC" });
    expect(list.map((i) => i.id)).toEqual(["cadence", "hashtags-sounds", "watch-completion", "timing"]);
    for (const i of list) {
      expect(i.status).toBe("not-enough-data");
      expect(i.missing.length).toBeGreaterThan(0);
      expect(JSON.stringify(i)).not.toMatch(/NaN|Infinity/);
    }
  });
});
