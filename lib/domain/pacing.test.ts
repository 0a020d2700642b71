import { describe, expect, test } from "vitest";
import { goalPace, linearFit, type GoalPaceInput, type PacePoint } from "./pacing";

const fmt = (d: string) => d;
const input = (over: Partial<GoalPaceInput>): GoalPaceInput => ({
  kind: "followers",
  target: 10_000,
  targetDate: null,
  points: [],
  today: "2026-03-10",
  locale: "en-US",
  formatDay: fmt,
  ...over,
});

describe("linearFit", () => {
  test.each<{ name: string; points: PacePoint[]; slope: number | null }>([
    { name: "a straight line", points: [{ date: "2026-01-01", value: 100 }, { date: "2026-01-11", value: 200 }], slope: 10 },
    {
      name: "noisy points: least squares",
      points: [
        { date: "2026-01-01", value: 0 },
        { date: "2026-01-02", value: 2 },
        { date: "2026-01-03", value: 2 },
      ],
      slope: 1,
    },
    { name: "one point", points: [{ date: "2026-01-01", value: 1 }], slope: null },
    { name: "all on one day", points: [{ date: "2026-01-01", value: 1 }, { date: "2026-01-01", value: 5 }], slope: null },
    { name: "falling", points: [{ date: "2026-01-01", value: 50 }, { date: "2026-01-06", value: 0 }], slope: -10 },
  ])("$name", ({ points, slope }) => {
    const fit = linearFit(points);
    if (slope === null) expect(fit).toBeNull();
    else expect(fit?.slopePerDay).toBeCloseTo(slope, 10);
  });
});

// +100 followers a day from 9,000 on 2026-03-01 to 9,200 on 2026-03-03.
const rising: PacePoint[] = [
  { date: "2026-03-01", value: 9_000 },
  { date: "2026-03-02", value: 9_100 },
  { date: "2026-03-03", value: 9_200 },
];

describe("goalPace", () => {
  test("reach date at the current pace, without a target date", () => {
    const p = goalPace(input({ points: rising }));
    expect(p.status).toBe("on-track");
    // 800 to go at 100 a day from 2026-03-03 → 2026-03-11.
    if (p.status === "on-track") expect(p.reachDate).toBe("2026-03-11");
    expect(p.text).toBe("Currently 9,200: you reach 10,000 around 2026-03-11 at your current pace (+100 a day over 3 points since 2026-03-01).");
  });

  test("on track for a target date, with the days to spare", () => {
    const p = goalPace(input({ points: rising, targetDate: "2026-03-20" }));
    expect(p.status).toBe("on-track");
    expect(p.text).toMatch(/9 days before your target date \(2026-03-20\)/);
  });

  test("exactly on the target date", () => {
    expect(goalPace(input({ points: rising, targetDate: "2026-03-11" })).text).toMatch(/right on your target date/);
  });

  test("behind: the shortfall by the target date and the pace it needs", () => {
    const p = goalPace(input({ points: rising, targetDate: "2026-03-07", today: "2026-03-03" }));
    expect(p.status).toBe("behind");
    if (p.status !== "behind") return;
    // 4 days from 2026-03-03 at 100 a day → 9,600, 400 short; 800 in 4 days needs 200 a day.
    expect(p.projectedAtTarget).toBe(9_600);
    expect(p.neededPerUnit).toBe(200);
    expect(p.text).toMatch(/about 9,600, 400 short; reaching 10,000 by then takes \+200 a day\./);
  });

  test("behind: falling numbers never reach the goal", () => {
    const falling = rising.map((p, i) => ({ ...p, value: 9_200 - i * 50 }));
    const p = goalPace(input({ points: falling }));
    expect(p.status).toBe("behind");
    expect(p.text).toMatch(/not moving towards 10,000/);
  });

  test("a target date that has passed", () => {
    const p = goalPace(input({ points: rising, targetDate: "2026-03-05", today: "2026-03-10" }));
    expect(p.status).toBe("behind");
    expect(p.text).toMatch(/has passed and you are at 9,200, 800 short/);
  });

  test("already reached", () => {
    expect(goalPace(input({ points: [...rising, { date: "2026-03-04", value: 10_000 }] })).status).toBe("reached");
  });

  test.each<{ name: string; points: PacePoint[] }>([
    { name: "no points", points: [] },
    { name: "two follower counts (three needed)", points: rising.slice(0, 2) },
  ])("not enough data: $name", ({ points }) => {
    const p = goalPace(input({ points }));
    expect(p.status).toBe("not-enough-data");
    expect(p.text).toMatch(/No data yet|Not enough data/);
  });

  test("monthly views: two months are enough, pace per month", () => {
    const p = goalPace(
      input({
        kind: "monthly_views",
        target: 200_000,
        points: [
          { date: "2026-01-01", value: 100_000 },
          { date: "2026-02-01", value: 131_000 },
        ],
      }),
    );
    expect(p.status).toBe("on-track");
    if (p.status === "on-track") expect(Math.round(p.pacePerUnit)).toBe(30_438); // 1,000 a day × 30.4375 days
  });

  test("ER: points per week, in percentage points", () => {
    const p = goalPace(
      input({
        kind: "engagement_rate",
        target: 8,
        points: [
          { date: "2026-02-02", value: 5 },
          { date: "2026-02-09", value: 5.5 },
          { date: "2026-02-16", value: 6 },
        ],
      }),
    );
    expect(p.status).toBe("on-track");
    expect(p.text).toMatch(/\+0\.5 points a week/);
    if (p.status === "on-track") expect(p.reachDate).toBe("2026-03-16");
  });

  test("a pace so slow it takes more than ten years", () => {
    const slow = [
      { date: "2026-01-01", value: 100 },
      { date: "2026-02-01", value: 101 },
      { date: "2026-03-01", value: 102 },
    ];
    const p = goalPace(input({ points: slow, target: 1_000_000 }));
    expect(p.status).toBe("behind");
    expect(p.text).toMatch(/more than ten years/);
  });
});
