import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import {
  BOM,
  csvColumns,
  encodeCell,
  encodeCsv,
  encodeHeader,
  encodeRow,
  formatCsvNumber,
  neutralizeFormula,
  quoteField,
} from "./encode";

const columns = csvColumns([
  { name: "title", kind: "user-text" },
  { name: "tier", kind: "text" },
  { name: "views", kind: "number" },
  { name: "engagement_rate_pct", kind: "number" },
]);

describe("quoteField", () => {
  test.each([
    { input: "plain", expected: "plain" },
    { input: "a,b", expected: '"a,b"' },
    { input: 'say "hi"', expected: '"say ""hi"""' },
    { input: '"', expected: '""""' },
    { input: "line\nbreak", expected: '"line\nbreak"' },
    { input: "crlf\r\nbreak", expected: '"crlf\r\nbreak"' },
    { input: "cr\ronly", expected: '"cr\ronly"' },
    { input: "", expected: "" },
    { input: " spaced ", expected: " spaced " },
    { input: "💃 dance, 🔥", expected: '"💃 dance, 🔥"' },
    { input: "Crème brûlée", expected: "Crème brûlée" },
  ])("$input → $expected", ({ input, expected }) => {
    expect(quoteField(input)).toBe(expected);
  });
});

describe("neutralizeFormula", () => {
  test.each([
    { input: "=1+1", expected: "'=1+1" },
    { input: '=HYPERLINK("http://x","click")', expected: `'=HYPERLINK("http://x","click")` },
    { input: "+33 6 12", expected: "'+33 6 12" },
    { input: "-5", expected: "'-5" },
    { input: "@SUM(A1)", expected: "'@SUM(A1)" },
    { input: "\tindented", expected: "'\tindented" },
    { input: "\rcarriage", expected: "'\rcarriage" },
    { input: "a=1", expected: "a=1" },
    { input: " =1", expected: " =1" },
    { input: "#fyp", expected: "#fyp" },
    { input: "'already", expected: "'already" },
    { input: "", expected: "" },
    { input: "💃=", expected: "💃=" },
  ])("$input → $expected", ({ input, expected }) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });
});

describe("formatCsvNumber", () => {
  test.each([
    { value: -5, expected: "-5" },
    { value: -5n, expected: "-5" },
    { value: 0, expected: "0" },
    { value: -0, expected: "0" },
    { value: 15, expected: "15" },
    { value: 33.333333, expected: "33.333333" },
    { value: 0.000001, expected: "0.000001" },
    { value: 1e-7, expected: "0.0000001" },
    { value: 1e21, expected: "1000000000000000000000" },
    { value: 25_000_000_001n, expected: "25000000001" },
    { value: 9_223_372_036_854_775_807n, expected: "9223372036854775807" },
    { value: "1234.50", expected: "1234.50" },
    { value: "-0.05", expected: "-0.05" },
  ])("$value → $expected", ({ value, expected }) => {
    expect(formatCsvNumber(value)).toBe(expected);
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY, "1,234", "1e5", "=1", "", " 1"])("refuses %s", (value) => {
    expect(() => formatCsvNumber(value)).toThrow(RangeError);
  });
});

describe("encodeCell", () => {
  test("numbers are never altered by the formula rule", () => {
    expect(encodeCell("number", -5)).toBe("-5");
    expect(encodeCell("number", "-12.5")).toBe("-12.5");
  });
  test("user text is neutralised, then quoted", () => {
    expect(encodeCell("user-text", "-5")).toBe("'-5");
    expect(encodeCell("user-text", "=A1,B1")).toBe(`"'=A1,B1"`);
    expect(encodeCell("user-text", "\rtrick")).toBe(`"'\rtrick"`);
  });
  test("machine text is quoted but not neutralised", () => {
    expect(encodeCell("text", "-07:00")).toBe("-07:00");
  });
  test("null and undefined are empty cells", () => {
    expect(encodeCell("number", null)).toBe("");
    expect(encodeCell("user-text", undefined)).toBe("");
  });
});

describe("encodeCsv", () => {
  const rows = [
    { title: "Hello, world", tier: "Excellent", views: 5000n, engagement_rate_pct: 15 },
    { title: 'She said "wow"\nthen left', tier: "Below average", views: 50_000n, engagement_rate_pct: 1 },
    { title: "=cmd|' /C calc'!A0", tier: "Good", views: 0n, engagement_rate_pct: null },
    { title: "💃🏽 Tänze & café", tier: "Average", views: -5, engagement_rate_pct: 3 },
  ];

  test("header row, CRLF after every record, BOM first by default", () => {
    const csv = encodeCsv(columns, rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).startsWith("title,tier,views,engagement_rate_pct\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    // Every line break outside a quoted field is CRLF: the only bare LF is inside row 2's title.
    expect(csv.match(/\r\n/g)?.length).toBe(5);
    expect(csv.replace(/\r\n/g, "").match(/\n/g)?.length).toBe(1);
  });

  test("BOM off", () => {
    const csv = encodeCsv(columns, rows, { bom: false });
    expect(csv.charCodeAt(0)).toBe("t".charCodeAt(0));
    expect(Buffer.from(csv, "utf8").subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
  });

  test("BOM on is the three UTF-8 bytes EF BB BF", () => {
    const bytes = Buffer.from(encodeCsv(columns, [], { bom: true }), "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test("parses back to the same cells (quotes, commas, newlines, emoji), neutralised text marked", () => {
    const parsed = parse(encodeCsv(columns, rows), { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed).toEqual([
      { title: "Hello, world", tier: "Excellent", views: "5000", engagement_rate_pct: "15" },
      { title: 'She said "wow"\nthen left', tier: "Below average", views: "50000", engagement_rate_pct: "1" },
      { title: "'=cmd|' /C calc'!A0", tier: "Good", views: "0", engagement_rate_pct: "" },
      { title: "💃🏽 Tänze & café", tier: "Average", views: "-5", engagement_rate_pct: "3" },
    ]);
  });

  test("encodeHeader and encodeRow build the same file", () => {
    const first = rows[0];
    if (!first) throw new Error("no row");
    expect(encodeHeader(columns) + encodeRow(columns, first)).toBe(
      "title,tier,views,engagement_rate_pct\r\n" + '"Hello, world",Excellent,5000,15\r\n',
    );
  });

  test("duplicate column names are a programming error", () => {
    expect(() =>
      csvColumns([
        { name: "a", kind: "text" },
        { name: "a", kind: "number" },
      ]),
    ).toThrow(/Duplicate/);
  });
});
