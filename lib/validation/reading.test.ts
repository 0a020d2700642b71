import { describe, expect, test } from "vitest";
import { readingSchema } from "./reading";
import { fieldErrorsFrom } from "./form-state";
import { toLocalInputValue } from "./datetime";

const NOW = new Date("2026-04-01T12:00:00Z");
const ctx = { timeZone: "Europe/Berlin", now: NOW };

const reading = (o: Record<string, string> = {}) => ({
  capturedAt: "2026-04-01T09:15",
  views: "12 345",
  likes: "1,234",
  comments: "56",
  shares: "7",
  saves: "89",
  avgWatchTimeSeconds: "8,5",
  completionRate: "42.75 %",
  ...o,
});

describe("readingSchema", () => {
  test("a full reading", () => {
    expect(readingSchema(ctx).parse(reading())).toEqual({
      capturedAt: new Date("2026-04-01T07:15:00Z"), // 09:15 in Berlin (CEST, UTC+2)
      views: 12345n,
      likes: 1234n,
      comments: 56n,
      shares: 7n,
      saves: 89n,
      avgWatchTimeSeconds: "8.5",
      completionRate: "42.75",
    });
  });

  test("counts up to 10^12 survive exactly", () => {
    const r = readingSchema(ctx).parse(reading({ views: "1 000 000 000 000", likes: "4294967297" }));
    expect(r.views).toBe(1_000_000_000_000n);
    expect(r.likes).toBe(4_294_967_297n);
  });

  test("seconds in captured at are kept (a reading edited in place keeps its time)", () => {
    expect(readingSchema(ctx).parse(reading({ capturedAt: "2026-04-01T09:15:42" })).capturedAt.toISOString()).toBe(
      "2026-04-01T07:15:42.000Z",
    );
  });

  test.each([
    ["capturedAt", "2026-04-01T14:02", "Captured at can't be in the future."], // 12:02 UTC
    ["capturedAt", "01/04/2026", "Captured at must be a date and time like 2026-03-31 23:30."],
    ["views", "", "Enter the number of views."],
    ["likes", "abc", "Likes must be a whole number like 12,345."],
    ["comments", "3.0", "Comments must be a whole number, without decimals."],
    ["shares", "-0", "Shares can't be negative."],
    ["saves", "1e3", "Saves must be a whole number like 12,345."],
    ["avgWatchTimeSeconds", "ten", "Average watch time must be a number like 12.5 s."],
    ["avgWatchTimeSeconds", "1.234", "Average watch time can have at most 2 decimal places."],
    ["completionRate", "101", "Completion rate must be between 0 and 100 %."],
    ["completionRate", "-5", "Completion rate can't be negative."],
  ])("%s = %j → %s", (field, value, message) => {
    const r = readingSchema(ctx).safeParse(reading({ [field]: value }));
    expect(fieldErrorsFrom(r.error!)).toEqual({ [field]: [message] });
  });
});

describe("toLocalInputValue", () => {
  test.each([
    [new Date("2026-04-01T07:15:00Z"), "Europe/Berlin", false, "2026-04-01T09:15"],
    [new Date("2026-04-01T06:30:00Z"), "America/Los_Angeles", false, "2026-03-31T23:30"],
    [new Date("2026-04-01T07:15:42Z"), "Europe/Berlin", true, "2026-04-01T09:15:42"],
    [new Date("2026-04-01T07:15:00Z"), "Europe/Berlin", true, "2026-04-01T09:15"],
  ])("%s in %s", (d, tz, seconds, expected) => {
    expect(toLocalInputValue(d, tz, { seconds })).toBe(expected);
  });
});
