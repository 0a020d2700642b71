import { describe, expect, test } from "vitest";
import { parseDateRangeEnd, parseDateText, resolveYears, yearOnOrBefore } from "./dates";

const d = (year: number | null, month: number, day: number, time: [number, number, number] | null = null, offsetMinutes: number | null = null) => ({
  year,
  month,
  day,
  time: time ? { hour: time[0], minute: time[1], second: time[2] } : null,
  offsetMinutes,
});

describe("parseDateText", () => {
  test.each([
    // ISO and Tierline's own exports
    ["2026-08-31", "dmy", d(2026, 8, 31)],
    ["2026-08-31 14:05", "dmy", d(2026, 8, 31, [14, 5, 0])],
    ["2026-08-31T14:05:09", "dmy", d(2026, 8, 31, [14, 5, 9])],
    ["2026-03-31T23:30:00-07:00", "dmy", d(2026, 3, 31, [23, 30, 0], -420)],
    ["2026-03-31T06:30:00Z", "dmy", d(2026, 3, 31, [6, 30, 0], 0)],
    ["2026/08/31", "dmy", d(2026, 8, 31)],
    // Yearless, as TikTok writes them in five languages
    ["August 31", "mdy", d(null, 8, 31)],
    ["Aug 31", "mdy", d(null, 8, 31)],
    ["Sept. 3", "mdy", d(null, 9, 3)],
    ["31 de agosto", "dmy", d(null, 8, 31)],
    ["1 de março", "dmy", d(null, 3, 1)],
    ["31 août", "dmy", d(null, 8, 31)],
    ["1er janvier", "dmy", d(null, 1, 1)],
    ["31. August", "dmy", d(null, 8, 31)],
    ["3. März", "dmy", d(null, 3, 3)],
    ["31 DE DICIEMBRE", "dmy", d(null, 12, 31)],
    // With years and times
    ["August 31, 2025", "mdy", d(2025, 8, 31)],
    ["31 de agosto de 2025", "dmy", d(2025, 8, 31)],
    ["31. August 2025 14:05", "dmy", d(2025, 8, 31, [14, 5, 0])],
    ["Aug 31, 2:05 PM", "mdy", d(null, 8, 31, [14, 5, 0])],
    ["Aug 31, 12:00 AM", "mdy", d(null, 8, 31, [0, 0, 0])],
    ["Monday, August 31, 2026", "mdy", d(2026, 8, 31)],
    ["31 août 2025 à 14h05", "dmy", d(2025, 8, 31, [14, 5, 0])],
    // All numbers: order by locale unless a number above 12 settles it
    ["03/04/2026", "dmy", d(2026, 4, 3)],
    ["03/04/2026", "mdy", d(2026, 3, 4)],
    ["31/08/2026", "mdy", d(2026, 8, 31)],
    ["08/31/2026", "dmy", d(2026, 8, 31)],
    ["31.08.2026", "dmy", d(2026, 8, 31)],
    ["31.08.", "dmy", d(null, 8, 31)],
    ["31/08/26", "dmy", d(2026, 8, 31)],
  ] as const)("%s (%s)", (text, order, expected) => {
    expect(parseDateText(text, order)).toEqual(expected);
  });

  test.each(["", "undefined", "hello", "February 30", "31 de febrero", "2026-13-01", "2026-02-29", "32/01/2026", "Aug", "25:00 Aug 3", "August 31 September", "1 2 3 4", "x".repeat(200)])(
    "%s is not a date",
    (text) => {
      expect(parseDateText(text)).toBeNull();
    },
  );

  test("February 29 without a year is a date (its year decides later)", () => {
    expect(parseDateText("February 29", "mdy")).toEqual(d(null, 2, 29));
  });
});

describe("parseDateRangeEnd", () => {
  test.each([
    ["2026-08-01 ~ 2026-08-31", d(2026, 8, 31)],
    ["Aug 1 - Aug 31", d(null, 8, 31)],
    ["1 de agosto – 31 de agosto", d(null, 8, 31)],
    ["1 August 2025 - 31 August", d(2025, 8, 31)],
    ["August 31", d(null, 8, 31)],
  ])("%s ends on its last date", (text, expected) => {
    expect(parseDateRangeEnd(text, "mdy")).toEqual(expected);
  });
});

describe("resolveYears: the most recent span ending on or before the reference", () => {
  const md = (s: string) => {
    const [m, dd] = s.split("-").map(Number);
    return { month: m!, day: dd! };
  };
  test.each([
    ["dates before today are this year", ["08-01", "08-31"], "2026-09-01", [2026, 2026]],
    ["today itself is this year", ["09-01"], "2026-09-01", [2026]],
    ["a day after today is last year: never the future", ["09-02"], "2026-09-01", [2025]],
    ["a span over New Year, in file order", ["12-20", "12-31", "01-01", "01-10"], "2026-01-15", [2025, 2025, 2026, 2026]],
    ["a span over New Year, in any order", ["01-10", "12-20", "01-01", "12-31"], "2026-01-15", [2026, 2025, 2026, 2025]],
    ["an old export: the span ends at its last day before the reference", ["11-01", "02-28"], "2027-01-15", [2025, 2026]],
    ["29 February falls in the last leap year", ["02-29"], "2026-09-01", [2024]],
  ])("%s", (_name, dates, ref, years) => {
    const [y, m, dd] = ref.split("-").map(Number);
    expect(resolveYears(dates.map(md), { year: y!, month: m!, day: dd! })).toEqual(years);
  });

  test("29 February in a span whose year is not leap → null", () => {
    expect(resolveYears([md("02-28"), md("02-29"), md("03-01")], { year: 2026, month: 3, day: 5 })).toEqual([2026, null, 2026]);
  });
});

describe("yearOnOrBefore: each yearless date on its own, the most recent year on or before the export's date", () => {
  test.each([
    ["a date before the export is the export's year", "08-31", "2026-11-20", 2026],
    ["the export's own day is its year", "11-20", "2026-11-20", 2026],
    ["the day after the export is last year: never after the export", "11-21", "2026-11-20", 2025],
    ["a late December in a November export is last December", "12-28", "2026-11-20", 2025],
    ["a December in a January export is last year", "12-30", "2027-01-05", 2026],
    ["1 January in a 31 December export is this year", "01-01", "2026-12-31", 2026],
    ["31 December in a 1 January export is last year", "12-31", "2027-01-01", 2026],
    ["29 February falls in the last leap year on or before the export", "02-29", "2026-11-20", 2024],
    ["29 February in a leap year's March export is that year", "02-29", "2028-03-01", 2028],
    ["29 February in a leap year's January export is four years back", "02-29", "2028-01-15", 2024],
  ])("%s", (_name, md, ref, year) => {
    const [m, dd] = md.split("-").map(Number);
    const [y, rm, rd] = ref.split("-").map(Number);
    expect(yearOnOrBefore({ month: m!, day: dd! }, { year: y!, month: rm!, day: rd! })).toBe(year);
  });

  test("the issue's export: dated 20 November, August to November plus one 28 December", () => {
    const ref = { year: 2026, month: 11, day: 20 };
    const dates = [[8, 31], [9, 14], [10, 3], [11, 19], [12, 28]].map(([month, day]) => yearOnOrBefore({ month: month!, day: day! }, ref));
    expect(dates).toEqual([2026, 2026, 2026, 2026, 2025]);
    // The span resolution this replaces put every one of them a year early.
    expect(resolveYears([[8, 31], [9, 14], [10, 3], [11, 19], [12, 28]].map(([month, day]) => ({ month: month!, day: day! })), ref)).toEqual([2025, 2025, 2025, 2025, 2025]);
  });
});
