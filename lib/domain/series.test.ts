import { describe, expect, test } from "vitest";
import {
  bucketKey,
  bucketKeyForDate,
  enumerateBuckets,
  isRangePreset,
  percentChange,
  previousPeriod,
  RANGE_PRESETS,
  resolveRange,
  rollingAverage,
  type Bucket,
  type CustomRange,
  type RangePreset,
} from "./series";
import { zonedLocalToUtc } from "./time";

const LA = "America/Los_Angeles";
const BERLIN = "Europe/Berlin";
const at = (iso: string) => new Date(iso);

describe("bucketKey in the creator's time zone", () => {
  // Posted 23:30 on 31 March in Los Angeles = 06:30 on 1 April UTC.
  const lateMarchLA = zonedLocalToUtc("2026-03-31T23:30", LA);

  test.each<{ name: string; d: Date; bucket: Bucket; tz: string; expected: string }>([
    { name: "LA 23:30 on 31 March is a March video in LA", d: lateMarchLA, bucket: "month", tz: LA, expected: "2026-03-01" },
    { name: "… and an April video in UTC", d: lateMarchLA, bucket: "month", tz: "UTC", expected: "2026-04-01" },
    { name: "its day in LA", d: lateMarchLA, bucket: "day", tz: LA, expected: "2026-03-31" },
    { name: "its day in UTC", d: lateMarchLA, bucket: "day", tz: "UTC", expected: "2026-04-01" },
    { name: "week starts Monday (Tue 31 March → Mon 30 March)", d: lateMarchLA, bucket: "week", tz: LA, expected: "2026-03-30" },
    { name: "Sunday belongs to the week that began the Monday before", d: at("2026-03-29T12:00:00Z"), bucket: "week", tz: "UTC", expected: "2026-03-23" },
    { name: "Monday 00:00 starts a new week", d: at("2026-03-30T00:00:00Z"), bucket: "week", tz: "UTC", expected: "2026-03-30" },
    { name: "Sunday 23:59 LA is still the old week although Monday in UTC", d: zonedLocalToUtc("2026-03-29T23:59", LA), bucket: "week", tz: LA, expected: "2026-03-23" },
    { name: "a week across New Year keys on its Monday in December", d: at("2027-01-01T12:00:00Z"), bucket: "week", tz: "UTC", expected: "2026-12-28" },
    { name: "Berlin: 00:30 on DST-change day (still CET)", d: at("2026-03-28T23:30:00Z"), bucket: "day", tz: BERLIN, expected: "2026-03-29" },
    { name: "Berlin: 23:30 on DST-change day (now CEST)", d: at("2026-03-29T21:30:00Z"), bucket: "day", tz: BERLIN, expected: "2026-03-29" },
    { name: "Berlin: 00:30 after DST change is the next day", d: at("2026-03-29T22:30:00Z"), bucket: "day", tz: BERLIN, expected: "2026-03-30" },
    { name: "LA fall-back night, second 01:30 is still 1 Nov", d: at("2026-11-01T09:30:00Z"), bucket: "day", tz: LA, expected: "2026-11-01" },
    { name: "New Year's Eve LA is December, January in UTC", d: at("2027-01-01T05:00:00Z"), bucket: "month", tz: LA, expected: "2026-12-01" },
  ])("$name → $expected", ({ d, bucket, tz, expected }) => {
    expect(bucketKey(d, bucket, tz)).toBe(expected);
  });

  test.each<[string, Bucket, string]>([
    ["2026-02-28", "month", "2026-02-01"],
    ["2026-03-01", "week", "2026-02-23"],
    ["2026-03-01", "day", "2026-03-01"],
  ])("bucketKeyForDate(%s, %s) → %s", (date, bucket, expected) => {
    expect(bucketKeyForDate(date, bucket)).toBe(expected);
  });
});

describe("enumerateBuckets", () => {
  const marchLA = { from: zonedLocalToUtc("2026-03-01T00:00", LA), to: zonedLocalToUtc("2026-04-01T00:00", LA) };

  test("every day of March in LA, including the 23-hour DST day, and nothing of April", () => {
    const keys = enumerateBuckets(marchLA.from, marchLA.to, "day", LA);
    expect(keys).toHaveLength(31);
    expect(keys[0]).toBe("2026-03-01");
    expect(keys).toContain("2026-03-08");
    expect(keys.at(-1)).toBe("2026-03-31");
  });

  test.each<{ name: string; from: Date; to: Date; bucket: Bucket; tz: string; expected: string[] }>([
    { name: "weeks of March LA (Mondays)", ...marchLA, bucket: "week", tz: LA, expected: ["2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30"] },
    { name: "March LA read in UTC spills into April", ...marchLA, bucket: "month", tz: "UTC", expected: ["2026-03-01", "2026-04-01"] },
    { name: "months across New Year keep the empty ones", from: at("2026-11-15T00:00:00Z"), to: at("2027-02-10T00:00:00Z"), bucket: "month", tz: "UTC", expected: ["2026-11-01", "2026-12-01", "2027-01-01", "2027-02-01"] },
    { name: "Berlin DST weekend, days", from: zonedLocalToUtc("2026-03-28", BERLIN), to: zonedLocalToUtc("2026-03-31", BERLIN), bucket: "day", tz: BERLIN, expected: ["2026-03-28", "2026-03-29", "2026-03-30"] },
    { name: "LA fall-back weekend, days (25-hour day counted once)", from: zonedLocalToUtc("2026-10-31", LA), to: zonedLocalToUtc("2026-11-03", LA), bucket: "day", tz: LA, expected: ["2026-10-31", "2026-11-01", "2026-11-02"] },
    { name: "a single instant's range is one bucket", from: at("2026-03-31T12:00:00Z"), to: at("2026-03-31T12:00:00.001Z"), bucket: "day", tz: "UTC", expected: ["2026-03-31"] },
    { name: "empty range", from: at("2026-03-31T12:00:00Z"), to: at("2026-03-31T12:00:00Z"), bucket: "day", tz: "UTC", expected: [] },
    { name: "reversed range", from: at("2026-04-01T00:00:00Z"), to: at("2026-03-01T00:00:00Z"), bucket: "month", tz: "UTC", expected: [] },
  ])("$name", ({ from, to, bucket, tz, expected }) => {
    expect(enumerateBuckets(from, to, bucket, tz)).toEqual(expected);
  });
});

describe("rollingAverage", () => {
  test.each<{ name: string; values: (number | null)[]; window: number; expected: (number | null)[] }>([
    { name: "3-point trailing mean, partial at the start", values: [3, 6, 9, 12], window: 3, expected: [3, 4.5, 6, 9] },
    { name: "gaps (no posts) are skipped, not counted as 0", values: [10, null, 20, null], window: 2, expected: [10, 10, 20, 20] },
    { name: "a window with no values stays empty", values: [null, null, 4], window: 2, expected: [null, null, 4] },
    { name: "window 1 is the series itself", values: [1, null, 2], window: 1, expected: [1, null, 2] },
    { name: "empty series", values: [], window: 7, expected: [] },
  ])("$name", ({ values, window, expected }) => {
    expect(rollingAverage(values, window)).toEqual(expected);
  });

  test.each([0, -1, 1.5])("window %s is refused", (w) => {
    expect(() => rollingAverage([1], w)).toThrow(RangeError);
  });
});

describe("percentChange", () => {
  test.each<{ current: bigint | number; previous: bigint | number; expected: number | null }>([
    { current: 150, previous: 100, expected: 50 },
    { current: 50, previous: 100, expected: -50 },
    { current: 100, previous: 100, expected: 0 },
    { current: 5, previous: 0, expected: null },
    { current: 0n, previous: 0n, expected: null },
    { current: 0n, previous: 40n, expected: -100 },
    { current: 1n, previous: 3n, expected: -66.666667 },
    { current: -50, previous: -100, expected: 50 },
    { current: 18_014_398_509_481_986n, previous: 9_007_199_254_740_993n, expected: 100 },
    { current: 9_007_199_254_740_994n, previous: 9_007_199_254_740_993n, expected: 0 },
    { current: 3_000_000_000n, previous: 2_000_000_000n, expected: 50 },
  ])("$previous → $current is $expected %", ({ current, previous, expected }) => {
    expect(percentChange(current, previous)).toBe(expected);
  });
});

describe("previousPeriod", () => {
  test.each([
    {
      name: "same length, immediately before",
      from: at("2026-03-24T00:00:00Z"), to: at("2026-03-31T00:00:00Z"), tz: undefined,
      expected: { from: "2026-03-17T00:00:00.000Z", to: "2026-03-24T00:00:00.000Z" },
    },
    {
      name: "whole local days across DST move by calendar days with tz",
      from: zonedLocalToUtc("2026-03-08", LA), to: zonedLocalToUtc("2026-03-15", LA), tz: LA,
      expected: { from: "2026-03-01T08:00:00.000Z", to: "2026-03-08T08:00:00.000Z" },
    },
    {
      name: "without tz the same range moves by exact milliseconds",
      from: zonedLocalToUtc("2026-03-08", LA), to: zonedLocalToUtc("2026-03-15", LA), tz: undefined,
      expected: { from: "2026-03-01T09:00:00.000Z", to: "2026-03-08T08:00:00.000Z" },
    },
    {
      name: "not whole days: exact milliseconds even with tz",
      from: at("2026-03-31T12:00:00Z"), to: at("2026-03-31T18:00:00Z"), tz: LA,
      expected: { from: "2026-03-31T06:00:00.000Z", to: "2026-03-31T12:00:00.000Z" },
    },
  ])("$name", ({ from, to, tz, expected }) => {
    const p = previousPeriod(from, to, tz);
    expect({ from: p.from.toISOString(), to: p.to.toISOString() }).toEqual(expected);
    expect(p.to.getTime()).toBe(from.getTime());
  });
});

describe("RANGE_PRESETS / resolveRange", () => {
  const now = at("2026-04-01T06:30:00Z"); // 23:30 on 31 March in LA

  test("presets are 7, 28, 90, 365 days and all time", () => {
    expect(RANGE_PRESETS.map((p) => p.days)).toEqual([7, 28, 90, 365, null]);
    expect(isRangePreset("28d")).toBe(true);
    expect(isRangePreset("30d")).toBe(false);
  });

  test.each<{ name: string; range: RangePreset | CustomRange; tz: string; earliest?: Date; expected: { from: string; to: string } }>([
    { name: "last 7 days in LA ends with the creator's today (31 March)", range: "7d", tz: LA, expected: { from: "2026-03-25T07:00:00.000Z", to: "2026-04-01T07:00:00.000Z" } },
    { name: "last 7 days in UTC ends with 1 April", range: "7d", tz: "UTC", expected: { from: "2026-03-26T00:00:00.000Z", to: "2026-04-02T00:00:00.000Z" } },
    { name: "last 28 days across the DST change starts at PST midnight", range: "28d", tz: LA, expected: { from: "2026-03-04T08:00:00.000Z", to: "2026-04-01T07:00:00.000Z" } },
    { name: "all time starts on the first post's day", range: "all", tz: LA, earliest: at("2025-06-10T03:00:00Z"), expected: { from: "2025-06-09T07:00:00.000Z", to: "2026-04-01T07:00:00.000Z" } },
    { name: "all time without a first post is everything", range: "all", tz: LA, expected: { from: "1970-01-01T00:00:00.000Z", to: "2026-04-01T07:00:00.000Z" } },
    { name: "custom calendar dates include the end date", range: { from: "2026-03-01", to: "2026-03-31" }, tz: LA, expected: { from: "2026-03-01T08:00:00.000Z", to: "2026-04-01T07:00:00.000Z" } },
    { name: "custom instants are kept", range: { from: at("2026-03-01T00:00:00Z"), to: at("2026-03-02T00:00:00Z") }, tz: LA, expected: { from: "2026-03-01T00:00:00.000Z", to: "2026-03-02T00:00:00.000Z" } },
  ])("$name", ({ range, tz, earliest, expected }) => {
    const r = resolveRange(range, now, tz, { earliest });
    expect({ from: r.from.toISOString(), to: r.to.toISOString() }).toEqual(expected);
  });

  test("7 days resolve to exactly 7 day buckets", () => {
    const r = resolveRange("7d", now, LA);
    expect(enumerateBuckets(r.from, r.to, "day", LA)).toEqual([
      "2026-03-25", "2026-03-26", "2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30", "2026-03-31",
    ]);
  });

  test.each<[string, RangePreset | CustomRange]>([
    ["a range that ends before it starts", { from: "2026-03-31", to: "2026-03-01" }],
    ["an unknown preset", "30d" as RangePreset],
    ["an impossible date", { from: "2026-02-30", to: "2026-03-01" }],
  ])("refuses %s", (_, range) => {
    expect(() => resolveRange(range, now, LA)).toThrow(RangeError);
  });
});
