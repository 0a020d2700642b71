import { describe, expect, test } from "vitest";
import {
  dashboardSearch,
  defaultBucket,
  isCalendarDate,
  MAX_BUCKETS,
  parseDashboardParams,
  resolveDashboardPeriod,
  type DashboardRange,
} from "./dashboard-range";
import type { Bucket } from "./series";
import { zonedLocalToUtc } from "./time";

const LA = "America/Los_Angeles";
const NOW = new Date("2026-11-26T20:00:00Z"); // 12:00 on 26 Nov in LA

describe("parseDashboardParams", () => {
  test.each<{ name: string; input: Record<string, string | string[] | undefined>; range: DashboardRange; bucket: Bucket | null; notices: number }>([
    { name: "nothing: last 90 days, default bucket", input: {}, range: { kind: "preset", preset: "90d" }, bucket: null, notices: 0 },
    { name: "range=7", input: { range: "7" }, range: { kind: "preset", preset: "7d" }, bucket: null, notices: 0 },
    { name: "range=28&bucket=day", input: { range: "28", bucket: "day" }, range: { kind: "preset", preset: "28d" }, bucket: "day", notices: 0 },
    { name: "range=365", input: { range: "365" }, range: { kind: "preset", preset: "365d" }, bucket: null, notices: 0 },
    { name: "range=all&bucket=month", input: { range: "all", bucket: "month" }, range: { kind: "preset", preset: "all" }, bucket: "month", notices: 0 },
    { name: "preset ids are accepted too", input: { range: "90d" }, range: { kind: "preset", preset: "90d" }, bucket: null, notices: 0 },
    { name: "custom range", input: { from: "2026-06-01", to: "2026-08-31", bucket: "month" }, range: { kind: "custom", from: "2026-06-01", to: "2026-08-31" }, bucket: "month", notices: 0 },
    { name: "custom single day", input: { from: "2026-06-01", to: "2026-06-01" }, range: { kind: "custom", from: "2026-06-01", to: "2026-06-01" }, bucket: null, notices: 0 },
    { name: "custom wins over a preset", input: { range: "7", from: "2026-06-01", to: "2026-06-30" }, range: { kind: "custom", from: "2026-06-01", to: "2026-06-30" }, bucket: null, notices: 0 },
    { name: "repeated params: the first counts", input: { range: ["28", "7"] }, range: { kind: "preset", preset: "28d" }, bucket: null, notices: 0 },
    { name: "unknown range", input: { range: "1000" }, range: { kind: "preset", preset: "90d" }, bucket: null, notices: 1 },
    { name: "unknown bucket", input: { range: "7", bucket: "hour" }, range: { kind: "preset", preset: "7d" }, bucket: null, notices: 1 },
    { name: "from after to", input: { from: "2026-08-31", to: "2026-06-01" }, range: { kind: "preset", preset: "90d" }, bucket: null, notices: 1 },
    { name: "only from", input: { from: "2026-06-01" }, range: { kind: "preset", preset: "90d" }, bucket: null, notices: 1 },
    { name: "not a date", input: { from: "yesterday", to: "2026-06-01" }, range: { kind: "preset", preset: "90d" }, bucket: null, notices: 1 },
    { name: "31 February", input: { from: "2026-02-31", to: "2026-03-10" }, range: { kind: "preset", preset: "90d" }, bucket: null, notices: 1 },
    { name: "script in a param is only quoted back, trimmed", input: { range: "<script>alert(1)</script>" }, range: { kind: "preset", preset: "90d" }, bucket: null, notices: 1 },
    { name: "empty values are absent values", input: { range: "", bucket: "" }, range: { kind: "preset", preset: "90d" }, bucket: null, notices: 0 },
  ])("$name", ({ input, range, bucket, notices }) => {
    const p = parseDashboardParams(input);
    expect(p.range).toEqual(range);
    expect(p.bucket).toBe(bucket);
    expect(p.notices).toHaveLength(notices);
    for (const n of p.notices) expect(n.length).toBeLessThan(200);
  });
});

describe("isCalendarDate", () => {
  test.each([
    ["2026-02-28", true],
    ["2026-02-29", false],
    ["2028-02-29", true],
    ["2026-04-31", false],
    ["2026-12-31", true],
    ["1969-12-31", false],
    ["2026-1-01", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
  ])("%s → %s", (s, ok) => {
    expect(isCalendarDate(s)).toBe(ok);
  });
});

describe("defaultBucket", () => {
  test.each<[DashboardRange, Bucket]>([
    [{ kind: "preset", preset: "7d" }, "day"],
    [{ kind: "preset", preset: "28d" }, "day"],
    [{ kind: "preset", preset: "90d" }, "week"],
    [{ kind: "preset", preset: "365d" }, "week"],
    [{ kind: "preset", preset: "all" }, "month"],
    [{ kind: "custom", from: "2026-03-01", to: "2026-03-31" }, "day"],
    [{ kind: "custom", from: "2026-03-01", to: "2026-04-01" }, "week"],
    [{ kind: "custom", from: "2025-01-01", to: "2025-12-31" }, "week"],
    [{ kind: "custom", from: "2024-01-01", to: "2025-12-31" }, "month"],
  ])("%j → %s", (range, bucket) => {
    expect(defaultBucket(range)).toBe(bucket);
  });
});

describe("resolveDashboardPeriod", () => {
  test("last 7 days in LA: today and the 6 days before, the 7 before that to compare", () => {
    const p = resolveDashboardPeriod({ range: { kind: "preset", preset: "7d" }, bucket: null }, NOW, LA, "en-US", null);
    expect(p.from).toEqual(zonedLocalToUtc("2026-11-20T00:00", LA));
    expect(p.to).toEqual(zonedLocalToUtc("2026-11-27T00:00", LA));
    expect([p.firstDate, p.lastDate, p.previousFirstDate, p.previousLastDate]).toEqual(["2026-11-20", "2026-11-26", "2026-11-13", "2026-11-19"]);
    expect(p.bucket).toBe("day");
    expect(p.bucketKeys).toHaveLength(7);
    expect(p.label).toBe("Last 7 days");
    expect(p.datesLabel).toBe("Nov 20, 2026 – Nov 26, 2026");
  });

  test("custom March in LA includes 31 March and compares with the 31 days before", () => {
    const p = resolveDashboardPeriod({ range: { kind: "custom", from: "2026-03-01", to: "2026-03-31" }, bucket: "month" }, NOW, LA, "en-US", null);
    expect(p.from).toEqual(zonedLocalToUtc("2026-03-01T00:00", LA));
    expect(p.to).toEqual(zonedLocalToUtc("2026-04-01T00:00", LA));
    expect(p.bucketKeys).toEqual(["2026-03-01"]);
    expect(p.previousFirstDate).toBe("2026-01-29");
    expect(p.previousLastDate).toBe("2026-02-28");
    expect(p.label).toBe("Mar 1, 2026 – Mar 31, 2026");
  });

  test("all time starts on the day of the first post", () => {
    const first = new Date("2026-05-29T21:33:10Z"); // 14:33 on 29 May in LA
    const p = resolveDashboardPeriod({ range: { kind: "preset", preset: "all" }, bucket: null }, NOW, LA, "en-US", first);
    expect(p.firstDate).toBe("2026-05-29");
    expect(p.bucket).toBe("month");
    expect(p.bucketKeys).toEqual(["2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01"]);
    expect(p.label).toBe("All time");
  });

  test("all time with every post in the future still shows a day", () => {
    const p = resolveDashboardPeriod({ range: { kind: "preset", preset: "all" }, bucket: "day" }, NOW, LA, "en-US", new Date("2027-01-01T00:00:00Z"));
    expect(p.from.getTime()).toBeLessThan(p.to.getTime());
    expect(p.bucketKeys.length).toBeGreaterThan(0);
  });

  test(`more than ${MAX_BUCKETS} buckets are made coarser, and it says so`, () => {
    const p = resolveDashboardPeriod({ range: { kind: "custom", from: "2020-01-01", to: "2026-11-26" }, bucket: "day" }, NOW, LA, "en-US", null);
    expect(p.bucket).toBe("week");
    expect(p.coarsenedFrom).toBe("day");
    expect(p.bucketKeys.length).toBeLessThanOrEqual(MAX_BUCKETS);
    const q = resolveDashboardPeriod({ range: { kind: "custom", from: "1990-01-01", to: "2026-11-26" }, bucket: "day" }, NOW, LA, "en-US", null);
    expect(q.bucket).toBe("month");
    expect(q.coarsenedFrom).toBe("day");
  });
});

describe("dashboardSearch", () => {
  test.each<[DashboardRange, Bucket | null, string]>([
    [{ kind: "preset", preset: "90d" }, "week", "?range=90&bucket=week"],
    [{ kind: "preset", preset: "all" }, null, "?range=all"],
    [{ kind: "custom", from: "2026-06-01", to: "2026-08-31" }, "month", "?from=2026-06-01&to=2026-08-31&bucket=month"],
  ])("%j %s → %s", (range, bucket, expected) => {
    expect(dashboardSearch(range, bucket)).toBe(expected);
    const back = parseDashboardParams(Object.fromEntries(new URLSearchParams(expected)));
    expect(back.range).toEqual(range);
    expect(back.bucket).toBe(bucket);
  });
});
