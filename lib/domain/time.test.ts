import { describe, expect, test } from "vitest";
import {
  addDaysToDateString,
  addMonthsToDateString,
  daysBetweenDateStrings,
  formatDate,
  formatDateTime,
  isoWeekday,
  isValidTimeZone,
  localDateString,
  startOfLocalDay,
  toIsoWithOffset,
  utcToZonedParts,
  zonedLocalToUtc,
} from "./time";

const LA = "America/Los_Angeles";
const BERLIN = "Europe/Berlin";

describe("isValidTimeZone", () => {
  test.each([
    ["America/Los_Angeles", true],
    ["Europe/Berlin", true],
    ["UTC", true],
    ["Asia/Kathmandu", true],
    ["", false],
    ["Mars/Olympus_Mons", false],
    ["Los Angeles", false],
  ])("%s → %s", (tz, expected) => {
    expect(isValidTimeZone(tz)).toBe(expected);
  });
});

describe("zonedLocalToUtc", () => {
  test.each([
    { name: "late evening in LA is already the next day in UTC", local: "2026-03-31T23:30", tz: LA, utc: "2026-04-01T06:30:00.000Z" },
    { name: "winter (PST, −8)", local: "2026-01-15T12:00", tz: LA, utc: "2026-01-15T20:00:00.000Z" },
    { name: "seconds accepted", local: "2026-01-15T12:00:45", tz: LA, utc: "2026-01-15T20:00:45.000Z" },
    { name: "date alone means midnight", local: "2026-01-15", tz: LA, utc: "2026-01-15T08:00:00.000Z" },
    { name: "DST gap: 02:30 does not exist, moves forward to 03:30 PDT", local: "2026-03-08T02:30", tz: LA, utc: "2026-03-08T10:30:00.000Z" },
    { name: "DST overlap: 01:30 happens twice, the first (PDT) is used", local: "2026-11-01T01:30", tz: LA, utc: "2026-11-01T08:30:00.000Z" },
    { name: "after the overlap: 02:00 is PST", local: "2026-11-01T02:00", tz: LA, utc: "2026-11-01T10:00:00.000Z" },
    { name: "Berlin gap", local: "2026-03-29T02:30", tz: BERLIN, utc: "2026-03-29T01:30:00.000Z" },
    { name: "Berlin overlap, first occurrence (CEST)", local: "2026-10-25T02:30", tz: BERLIN, utc: "2026-10-25T00:30:00.000Z" },
    { name: "half-hour zone", local: "2026-03-31T23:30", tz: "Asia/Kolkata", utc: "2026-03-31T18:00:00.000Z" },
    { name: "UTC is identity", local: "2026-03-31T23:30", tz: "UTC", utc: "2026-03-31T23:30:00.000Z" },
    { name: "years before 100 are not read as 19xx", local: "0050-06-01T12:00", tz: "UTC", utc: "0050-06-01T12:00:00.000Z" },
    { name: "midnight that never happens (Santiago) → 01:00", local: "2026-09-06T00:00", tz: "America/Santiago", utc: "2026-09-06T04:00:00.000Z" },
  ])("$name", ({ local, tz, utc }) => {
    expect(zonedLocalToUtc(local, tz).toISOString()).toBe(utc);
  });

  test.each([["2026-02-30T10:00"], ["2026-03-31T24:00"], ["2026-13-01T00:00"], ["yesterday"], ["2026-3-1T10:00"], [""]])(
    "refuses “%s”",
    (local) => {
      expect(() => zonedLocalToUtc(local, LA)).toThrow(RangeError);
    },
  );

  test("refuses an unknown time zone", () => {
    expect(() => zonedLocalToUtc("2026-03-31T23:30", "Mars/Olympus_Mons")).toThrow(RangeError);
  });

  // Conversions are remembered between calls: a remembered answer must be the same answer,
  // in a Date of the caller's own, and a refusal is never remembered as an answer.
  test("asked again, gives the same instant in a new Date that the caller may change", () => {
    const first = zonedLocalToUtc("2026-11-01T01:30", LA);
    first.setTime(0);
    const again = zonedLocalToUtc("2026-11-01T01:30", LA);
    expect(again).not.toBe(first);
    expect(again.toISOString()).toBe("2026-11-01T08:30:00.000Z");
    expect(zonedLocalToUtc("2026-11-01T01:30", BERLIN).toISOString()).toBe("2026-11-01T00:30:00.000Z");
  });

  test("keeps refusing what it refused, after remembering good answers", () => {
    zonedLocalToUtc("2026-03-31T23:30", LA);
    expect(() => zonedLocalToUtc("2026-02-30T10:00", LA)).toThrow(RangeError);
    expect(() => zonedLocalToUtc("2026-02-30T10:00", LA)).toThrow(RangeError);
    expect(isValidTimeZone(LA)).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});

describe("utcToZonedParts / localDateString / toIsoWithOffset", () => {
  const lateMarch = new Date("2026-04-01T06:30:00Z");

  test.each([
    { tz: LA, date: "2026-03-31", iso: "2026-03-31T23:30:00-07:00", weekday: 2, offset: -420 },
    { tz: "UTC", date: "2026-04-01", iso: "2026-04-01T06:30:00+00:00", weekday: 3, offset: 0 },
    { tz: BERLIN, date: "2026-04-01", iso: "2026-04-01T08:30:00+02:00", weekday: 3, offset: 120 },
    { tz: "Asia/Kathmandu", date: "2026-04-01", iso: "2026-04-01T12:15:00+05:45", weekday: 3, offset: 345 },
    { tz: "Pacific/Honolulu", date: "2026-03-31", iso: "2026-03-31T20:30:00-10:00", weekday: 2, offset: -600 },
  ])("2026-04-01T06:30Z in $tz is $iso", ({ tz, date, iso, weekday, offset }) => {
    expect(localDateString(lateMarch, tz)).toBe(date);
    expect(toIsoWithOffset(lateMarch, tz)).toBe(iso);
    const p = utcToZonedParts(lateMarch, tz);
    expect(p.weekday).toBe(weekday);
    expect(p.offsetMinutes).toBe(offset);
  });

  test.each([
    { utc: "2026-01-15T20:00:00Z", tz: LA, iso: "2026-01-15T12:00:00-08:00" },
    { utc: "2026-11-01T08:30:00Z", tz: LA, iso: "2026-11-01T01:30:00-07:00" },
    { utc: "2026-11-01T09:30:00Z", tz: LA, iso: "2026-11-01T01:30:00-08:00" },
    { utc: "2026-01-01T00:00:00Z", tz: LA, iso: "2025-12-31T16:00:00-08:00" },
  ])("$utc in $tz → $iso (both 01:30s of the fall-back night stay distinct)", ({ utc, tz, iso }) => {
    expect(toIsoWithOffset(new Date(utc), tz)).toBe(iso);
  });

  test("midnight is hour 0, never 24", () => {
    const p = utcToZonedParts(new Date("2026-04-01T07:00:00Z"), LA);
    expect([p.year, p.month, p.day, p.hour, p.minute, p.second]).toEqual([2026, 4, 1, 0, 0, 0]);
  });

  test.each(["2026-03-08T02:30", "2026-11-01T01:30", "2026-06-15T09:05"])(
    "%s round-trips through UTC and back to the same wall clock",
    (local) => {
      expect(toIsoWithOffset(zonedLocalToUtc(local, LA), LA).slice(0, 16)).toBe(
        local === "2026-03-08T02:30" ? "2026-03-08T03:30" : local,
      );
    },
  );

  test("an invalid Date is refused instead of printing NaN", () => {
    expect(() => localDateString(new Date(Number.NaN), LA)).toThrow(RangeError);
  });
});

describe("formatDateTime / formatDate", () => {
  const d = new Date("2026-04-01T06:30:00Z");
  test.each([
    { locale: "en-US", tz: LA, dateTime: "Mar 31, 2026, 11:30 PM", date: "Mar 31, 2026" },
    { locale: "de-DE", tz: LA, dateTime: "31.03.2026, 23:30", date: "31.03.2026" },
    { locale: "ja-JP", tz: LA, dateTime: "2026/03/31 23:30", date: "2026/03/31" },
    { locale: "en-US", tz: "UTC", dateTime: "Apr 1, 2026, 6:30 AM", date: "Apr 1, 2026" },
  ])("$locale in $tz", ({ locale, tz, dateTime, date }) => {
    expect(formatDateTime(d, tz, locale).replace(/[\u00a0\u202f]/g, " ")).toBe(dateTime);
    expect(formatDate(d, tz, locale)).toBe(date);
  });
});

describe("calendar-date helpers", () => {
  test.each([
    { date: "2026-03-31", days: 1, expected: "2026-04-01" },
    { date: "2026-03-01", days: -1, expected: "2026-02-28" },
    { date: "2028-02-28", days: 1, expected: "2028-02-29" },
    { date: "2026-12-31", days: 1, expected: "2027-01-01" },
    { date: "2026-03-08", days: 7, expected: "2026-03-15" },
  ])("$date + $days days = $expected", ({ date, days, expected }) => {
    expect(addDaysToDateString(date, days)).toBe(expected);
  });

  test.each([
    { date: "2026-03-31", months: 1, expected: "2026-04-01" },
    { date: "2026-12-15", months: 1, expected: "2027-01-01" },
    { date: "2026-01-31", months: -1, expected: "2025-12-01" },
  ])("$date + $months month → $expected", ({ date, months, expected }) => {
    expect(addMonthsToDateString(date, months)).toBe(expected);
  });

  test.each([
    ["2026-03-30", 1],
    ["2026-03-31", 2],
    ["2026-03-29", 7],
  ])("%s is ISO weekday %i", (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  test.each([
    ["2026-03-01", "2026-03-31", 30],
    ["2026-03-08", "2026-03-15", 7],
    ["2026-03-15", "2026-03-08", -7],
  ])("%s → %s is %i days", (a, b, n) => {
    expect(daysBetweenDateStrings(a, b)).toBe(n);
  });

  test.each([
    { at: "2026-04-01T06:30:00Z", tz: LA, start: "2026-03-31T07:00:00.000Z" },
    { at: "2026-03-08T20:00:00Z", tz: LA, start: "2026-03-08T08:00:00.000Z" },
    { at: "2026-09-06T12:00:00Z", tz: "America/Santiago", start: "2026-09-06T04:00:00.000Z" },
  ])("the day containing $at in $tz starts at $start", ({ at, tz, start }) => {
    expect(startOfLocalDay(new Date(at), tz).toISOString()).toBe(start);
  });
});
