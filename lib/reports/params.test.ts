import { describe, expect, test } from "vitest";
import { reportHref } from "./catalog";
import { parseReportRequest, rangeLimitDate, rangeProblem } from "./params";
import { compareDates } from "./range-rules";

const parse = (report: string, query: string) => parseReportRequest(report, new URLSearchParams(query));

describe("parseReportRequest: accepted", () => {
  test.each([
    { report: "videos", query: "", range: null },
    { report: "trend", query: "range=90&bucket=week", range: { kind: "preset", preset: "90d" } },
    { report: "trend", query: "range=all", range: { kind: "preset", preset: "all" } },
    { report: "trend", query: "range=28d", range: { kind: "preset", preset: "28d" } },
    { report: "readings", query: "from=2026-06-01&to=2026-08-31", range: { kind: "custom", from: "2026-06-01", to: "2026-08-31" } },
    { report: "readings", query: "from=2026-06-01&to=2026-06-01", range: { kind: "custom", from: "2026-06-01", to: "2026-06-01" } },
    // Exactly ten years, both days included.
    { report: "followers", query: "from=2016-01-01&to=2025-12-31", range: { kind: "custom", from: "2016-01-01", to: "2025-12-31" } },
    // Dates win over a preset, as on the dashboard.
    { report: "earnings", query: "range=7&from=2026-01-01&to=2026-01-31", range: { kind: "custom", from: "2026-01-01", to: "2026-01-31" } },
    // The video list's open-ended "posted from" filter.
    { report: "videos", query: "from=2026-01-01", range: { kind: "open", from: "2026-01-01", to: null } },
    { report: "videos", query: "to=2026-01-31&q=&tier=", range: { kind: "open", from: null, to: "2026-01-31" } },
  ])("$report ?$query", ({ report, query, range }) => {
    const r = parse(report, query);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.request.range).toEqual(range);
  });

  test("bucket, BOM and the video filters", () => {
    const r = parse("videos", "bucket=month&bom=0&q=%23dance&tier=excellent");
    expect(r).toEqual({
      ok: true,
      request: { report: "videos", range: null, bucket: "month", bom: false, q: "#dance", tier: "excellent" },
    });
  });

  test.each([
    ["", true],
    ["bom=1", true],
    ["bom=true", true],
    ["bom=0", false],
    ["bom=false", false],
    ["bom=OFF", false],
  ])("?%s → BOM %s", (query, bom) => {
    const r = parse("trend", query);
    expect(r.ok && r.request.bom).toBe(bom);
  });
});

describe("parseReportRequest: refused with a message", () => {
  test.each([
    { report: "payouts", query: "", message: /no “payouts” report/ },
    { report: "Videos", query: "", message: /no “Videos” report/ },
    { report: "trend", query: "from=2026-13-01&to=2026-12-31", message: /not a date/ },
    { report: "trend", query: "from=2026-02-30&to=2026-03-31", message: /not a date/ },
    { report: "trend", query: "from=01/06/2026&to=2026-08-31", message: /not a date/ },
    { report: "trend", query: "from=2026-06-01&to=tomorrow", message: /not a date/ },
    // A real date outside the days reports cover: the rule, not "not a date".
    { report: "readings", query: "from=1900-01-01&to=1900-12-31", message: /^1900-01-01 is outside the dates reports cover: use dates from 1970-01-01 to 2099-12-31\.$/ },
    { report: "readings", query: "from=2026-01-01&to=2100-01-01", message: /^2100-01-01 is outside the dates reports cover: use dates from 1970-01-01 to 2099-12-31\.$/ },
    // A one-year range in 9999 is refused for its dates, not as "longer than 10 years".
    { report: "readings", query: "from=9999-01-01&to=9999-12-31", message: /^9999-01-01 is outside the dates reports cover/ },
    { report: "videos", query: "from=0001-01-01", message: /^0001-01-01 is outside the dates reports cover/ },
    { report: "trend", query: "from=2026-08-31&to=2026-06-01", message: /starts \(2026-08-31\) after it ends \(2026-06-01\)/ },
    { report: "readings", query: "from=2016-01-01&to=2026-01-01", message: /longer than 10 years/ },
    { report: "readings", query: "from=2000-01-01&to=2026-01-01", message: /longer than 10 years/ },
    { report: "trend", query: "range=45", message: /not a range we know/ },
    { report: "trend", query: "bucket=year", message: /not a grouping/ },
    { report: "trend", query: "bom=maybe", message: /bom must be/ },
    { report: "videos", query: "tier=great", message: /not a tier/ },
    { report: "videos", query: `q=${"x".repeat(201)}`, message: /too long/ },
  ])("$report ?$query", ({ report, query, message }) => {
    const r = parse(report, query);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe("rangeProblem compares dates as dates", () => {
  test.each([
    ["2099-01-01", "2099-12-31", null],
    ["2090-01-01", "2099-12-31", null],
    ["2089-12-31", "2099-12-31", /longer than 10 years/],
    ["1970-01-01", "1979-12-31", null],
    ["1970-01-01", "1980-01-01", /longer than 10 years/],
  ])("%s … %s", (from, to, problem) => {
    const r = rangeProblem(from, to);
    if (problem === null) expect(r).toBeNull();
    else expect(r).toMatch(problem);
  });

  test.each([
    ["9999-01-01", "9999-12-31", -1],
    ["10000-01-01", "9999-12-31", 1],
    ["2026-02-01", "2026-10-01", -1],
    ["2026-10-01", "2026-10-01", 0],
  ])("compareDates(%s, %s) has the sign %i", (a, b, sign) => {
    expect(Math.sign(compareDates(a, b))).toBe(sign);
  });
});

describe("rangeLimitDate", () => {
  test.each([
    ["2016-01-01", "2026-01-01"],
    ["2016-02-29", "2026-03-01"],
    ["2020-12-31", "2030-12-31"],
  ])("%s + 10 years → %s", (from, limit) => {
    expect(rangeLimitDate(from)).toBe(limit);
  });
});

describe("reportHref", () => {
  test.each([
    { report: "trend" as const, params: {}, href: "/api/reports/trend" },
    { report: "trend" as const, params: { range: "90", bucket: "week" }, href: "/api/reports/trend?range=90&bucket=week" },
    {
      report: "videos" as const,
      params: { q: "#dance fyp", tier: "good", from: "2026-01-01", sort: "views", page: "3", dir: "asc" },
      href: "/api/reports/videos?from=2026-01-01&q=%23dance+fyp&tier=good",
    },
    { report: "readings" as const, params: { from: ["2026-01-01", "x"], to: " 2026-01-31 ", tier: "" }, href: "/api/reports/readings?from=2026-01-01&to=2026-01-31" },
  ])("$href", ({ report, params, href }) => {
    expect(reportHref(report, params)).toBe(href);
  });
});
