// The whole parse on generated TikTok Studio exports: every trait of real files, five
// languages, ZIP and XLSX, Tierline's own exports, and each limit with its message.
import { describe, expect, test } from "vitest";
import { MAX_FILE_BYTES, MAX_ROWS_PER_FILE } from "./limits";
import { parseImportFiles } from "./parse";
import * as F from "./testing/fixtures";
import type { ImportSource, ParsedFile } from "./types";

const NOW = new Date("2026-09-01T10:00:00Z"); // 12:00 in Berlin: 1 September is today
const TZ = "Europe/Berlin";

async function parse(files: Record<string, Uint8Array | string>, now = NOW, tz = TZ): Promise<ParsedFile[]> {
  const sources: ImportSource[] = Object.entries(files).map(([name, data]) => ({ name, bytes: typeof data === "string" ? F.encode(data) : data }));
  return (await parseImportFiles(sources, { timeZone: tz, now })).files;
}

async function one(name: string, data: Uint8Array | string, now = NOW, tz = TZ): Promise<ParsedFile> {
  const files = await parse({ [name]: data }, now, tz);
  expect(files).toHaveLength(1);
  return files[0]!;
}

const VIDEOS: F.ContentVideo[] = [
  { id: "7234567890123456789", title: "Hook in 3 seconds, then the reveal", postTime: "2026-08-30 14:05", likes: "1,234", comments: 56, shares: 7, views: 100_000 },
  { id: "7234567890123456790", title: "Recipe #food", postTime: "2026-08-12 09:00", likes: 10, comments: 2, shares: 1, views: 900 },
];

describe("Content.csv", () => {
  test.each(F.LANGS)("in %s: videos with TikTok ids, totals, post times, and a reading dated the export's day", async (lang) => {
    const csv = F.toCsv(F.contentRows(lang, F.yearlessDate("2026-08-31", lang), [{ ...VIDEOS[0]!, postTime: `${F.yearlessDate("2026-08-30", lang)} 14:05` }, VIDEOS[1]!]));
    const file = await one("Content.csv", F.encode(csv, "utf8-bom"));
    expect(file).toMatchObject({ status: "ok", kind: "content", rowCount: 2, problemCount: 0, coversUntil: "2026-08-31" });
    expect(file.videos.map((v) => [v.platformVideoId, v.title, v.postedAt.toISOString(), v.postedDateOnly])).toEqual([
      ["7234567890123456789", "Hook in 3 seconds, then the reveal", "2026-08-30T12:05:00.000Z", false],
      ["7234567890123456790", "Recipe #food", "2026-08-12T07:00:00.000Z", false],
    ]);
    // Totals as of 31 August, 00:00 in Berlin.
    expect(file.readings.map((r) => [r.capturedAt.toISOString(), r.views, r.likes, r.comments, r.shares])).toEqual([
      ["2026-08-30T22:00:00.000Z", 100_000n, 1234n, 56n, 7n],
      ["2026-08-30T22:00:00.000Z", 900n, 10n, 2n, 1n],
    ]);
    expect(file.notes.join(" ")).toMatch(/Readings are dated 31 Aug 2026, 00:00 your time/);
  });

  test("a video posted on the export's day has its reading from its posting time, never before", async () => {
    const file = await one("Content.csv", F.toCsv(F.contentRows("en", "2026-08-31", [{ ...VIDEOS[0]!, postTime: "2026-08-31 18:30" }])));
    expect(file.readings[0]!.capturedAt.toISOString()).toBe(file.videos[0]!.postedAt.toISOString());
  });

  test("yearless post times fall on or before the export's day: December before a January export is last year", async () => {
    const file = await one(
      "Content.csv",
      F.toCsv(F.contentRows("en", "January 5", [{ ...VIDEOS[0]!, postTime: "December 30" }, { ...VIDEOS[1]!, postTime: "January 2" }])),
      new Date("2027-01-10T12:00:00Z"),
    );
    expect(file.videos.map((v) => [v.postedAt.toISOString(), v.postedDateOnly])).toEqual([
      ["2026-12-29T23:00:00.000Z", true],
      ["2027-01-01T23:00:00.000Z", true],
    ]);
    expect(file.readings[0]!.capturedAt.toISOString()).toBe("2027-01-04T23:00:00.000Z");
  });

  test("“undefined” and empty cells: a missing interaction counts as 0 (said once per column), missing views leave no reading", async () => {
    const csv = F.toCsv(
      F.contentRows("en", "2026-08-31", [
        { ...VIDEOS[0]!, shares: "undefined", comments: "" },
        { ...VIDEOS[1]!, title: "undefined", views: "" },
        { ...VIDEOS[0]!, id: "7234567890123456799", comments: "undefined" },
      ]),
    );
    const file = await one("Content.csv", csv);
    expect(file.videos.map((v) => v.title)).toEqual(["Hook in 3 seconds, then the reveal", "TikTok video 7234567890123456790", "Hook in 3 seconds, then the reveal"]);
    expect(file.readings.map((r) => [r.video.value, r.views, r.likes, r.comments, r.shares])).toEqual([
      ["7234567890123456789", 100_000n, 1234n, 0n, 0n],
      ["7234567890123456799", 100_000n, 1234n, 0n, 7n],
    ]);
    expect(file.problems).toEqual([]);
    expect(file.skippedRows).toBe(0);
    expect(file.notes).toEqual(
      expect.arrayContaining([
        "shares missing on 1 row (column “Total shares”): counted as 0.",
        "comments missing on 2 rows (column “Total comments”): counted as 0.",
        "views missing on 1 row (column “Total views”): those videos are imported without a reading.",
      ]),
    );
  });

  test.each([
    ["the export date has its year", "2026-11-20", null],
    ["the export date is yearless too", "November 20", /The export date has no year: it was read as 20 Nov 2026/],
  ])("yearless post dates, %s: each on its own, on or before the export's date; a late December is last year's", async (_name, time, exportNote) => {
    const posts = ["August 31", "September 15", "October 2", "November 19", "December 28"];
    const csv = F.toCsv(F.contentRows("en", time, posts.map((postTime, i) => ({ ...VIDEOS[1]!, id: `72345678901234560${i}`, postTime }))));
    const file = await one("Content.csv", csv, new Date("2026-11-25T10:00:00Z"));
    expect(file.videos.map((v) => v.postedAt.toISOString().slice(0, 10))).toEqual(["2026-08-30", "2026-09-14", "2026-10-01", "2026-11-18", "2025-12-27"]);
    expect(file.notes).toContain(
      "5 post dates have no year: each was given the most recent year that puts it on or before the export's date, 20 Nov 2026, so they run from 28 Dec 2025 to 19 Nov 2026.",
    );
    if (exportNote) expect(file.notes.join(" ")).toMatch(exportNote);
  });

  test("a file without an export date resolves post dates against today and says so", async () => {
    const csv = F.toCsv([
      ["Video title", "Video link", "Post time", "Total likes", "Total comments", "Total shares", "Total views"],
      ["A", F.videoLink("7234567890123456701"), "December 28", "1", "1", "1", "10"],
    ]);
    const file = await one("Content.csv", csv);
    expect(file.videos[0]!.postedAt.toISOString().slice(0, 10)).toBe("2025-12-27");
    expect(file.notes).toContain(
      "1 post date has no year: it was given the most recent year that puts it on or before today (the file has no export date), 1 Sept 2026, so it is 28 Dec 2025.",
    );
  });

  test("a post date before TikTok existed is a row error: the row is skipped", async () => {
    const csv = F.toCsv(F.contentRows("en", "2026-08-31", [{ ...VIDEOS[0]!, postTime: "1900-01-01 10:00" }, { ...VIDEOS[1]!, postTime: "2016-08-31 23:00" }, { ...VIDEOS[1]!, id: "7234567890123456702", postTime: "2016-09-01 00:00" }]));
    const file = await one("Content.csv", csv);
    expect(file.problems.map((p) => [p.line, p.message])).toEqual([
      [2, "The year 1900 can't be right for TikTok data. Skipped."],
      [3, "The post date can't be before 1 September 2016 (2016-09-01), when the first TikTok videos were posted. Skipped."],
    ]);
    expect(file.skippedRows).toBe(2);
    expect(file.videos.map((v) => v.platformVideoId)).toEqual(["7234567890123456702"]);
  });

  test("a row with an error is skipped whole (video and reading), whatever its other cells say", async () => {
    const csv = F.toCsv(
      F.contentRows("en", "2026-08-31", [
        { ...VIDEOS[0]!, views: "lots" },
        { ...VIDEOS[1]!, postTime: "sometime" },
        { ...VIDEOS[1]!, id: "7234567890123456799", likes: -5, comments: "ten" },
        { ...VIDEOS[1]!, id: "7234567890123456798" },
      ]),
    );
    const file = await one("Content.csv", csv);
    expect(file.problems.map((p) => [p.line, p.column, p.severity, p.message])).toEqual([
      [2, "Total views", "error", "“lots” is not a whole number. Row skipped."],
      [3, "Post time", "error", "“sometime” is not a date: skipped."],
      [4, "Total likes", "error", "A total can't be negative (-5). Row skipped."],
      [4, "Total comments", "error", "“ten” is not a whole number. Row skipped."],
    ]);
    expect(file.skippedRows).toBe(3);
    expect(file.videos.map((v) => v.platformVideoId)).toEqual(["7234567890123456798"]);
    expect(file.readings.map((r) => r.video.value)).toEqual(["7234567890123456798"]);
  });

  test("a title over 200 characters is shortened, with a note", async () => {
    const file = await one("Content.csv", F.toCsv(F.contentRows("en", "2026-08-31", [{ ...VIDEOS[0]!, title: "🎵".repeat(250) }])));
    expect([...file.videos[0]!.title]).toHaveLength(200);
    expect(file.notes.join(" ")).toMatch(/1 title was longer than 200 characters/);
  });

  test("a title with line breaks keeps the next rows' line numbers right", async () => {
    const csv = F.toCsv(F.contentRows("en", "2026-08-31", [{ ...VIDEOS[0]!, title: "line one\r\nline two" }, { ...VIDEOS[1]!, views: "x" }]));
    const file = await one("Content.csv", csv);
    expect(file.problems[0]).toMatchObject({ line: 4, column: "Total views" });
  });

  test("without a Time column the readings are dated today, said in a note", async () => {
    const rows = F.contentRows("en", "unused", [VIDEOS[0]!]).map((r) => r.slice(1));
    const file = await one("Content.csv", F.toCsv(rows));
    expect(file.readings[0]!.capturedAt.toISOString()).toBe("2026-08-31T22:00:00.000Z");
    expect(file.notes.join(" ")).toMatch(/no Time column/);
  });
});

describe("Overview.csv and FollowerHistory.csv", () => {
  test.each(F.LANGS)("in %s: yearless days, negative comment deltas kept, the partial last day flagged", async (lang) => {
    const days = F.overviewDays("2026-09-01", 10);
    const file = await one("Overview.csv", F.toCsv(F.overviewRows(lang, days)));
    expect(file).toMatchObject({ status: "ok", kind: "overview", rowCount: 10, coversUntil: "2026-09-01", partialLastDay: "2026-09-01" });
    expect(file.days.map((d) => d.date)).toEqual(days.map((d) => d.date));
    expect(file.days[0]).toEqual({ line: 2, date: days[0]!.date, videoViews: BigInt(days[0]!.videoViews), profileViews: BigInt(days[0]!.profileViews), likes: BigInt(days[0]!.likes), comments: -1n, shares: BigInt(days[0]!.shares) });
    expect(file.problems.filter((p) => p.severity === "warning").map((p) => p.message)).toContain("Negative comments (-1): TikTok counts deleted comments this way. Kept as is.");
    expect(file.notes.join(" ")).toMatch(/is today and still in progress/);

    const followers = await one("FollowerHistory.csv", F.toCsv(F.followerRows(lang, F.followerDays("2026-08-31", 5))));
    expect(followers).toMatchObject({ status: "ok", kind: "followerHistory", partialLastDay: null });
    expect(followers.followers.map((f) => [f.date, f.followers])).toEqual([
      ["2026-08-27", 1000n],
      ["2026-08-28", 1003n],
      ["2026-08-29", 1006n],
      ["2026-08-30", 1009n],
      ["2026-08-31", 1012n],
    ]);
  });

  test("a year's FollowerHistory across New Year gets both years", async () => {
    const file = await one("FollowerHistory.csv", F.toCsv(F.followerRows("de", F.followerDays("2027-01-03", 6))), new Date("2027-01-04T12:00:00Z"));
    expect(file.followers.map((f) => f.date)).toEqual(["2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"]);
  });

  test("days after today are refused; “undefined” figures are left empty; business columns are listed as not imported", async () => {
    const rows = F.overviewRows(
      "en",
      [
        { date: "2026-08-30", videoViews: "undefined", profileViews: 10, likes: "", comments: 1, shares: 1 },
        { date: "2026-09-02", videoViews: 1, profileViews: 1, likes: 1, comments: 1, shares: 1 },
      ],
      { business: true, yearless: false },
    );
    const file = await one("Overview.csv", F.toCsv(rows));
    expect(file.days).toEqual([{ line: 2, date: "2026-08-30", videoViews: null, profileViews: 10n, likes: null, comments: 1n, shares: 1n }]);
    expect(file.problems).toContainEqual({ file: "Overview.csv", line: 3, column: "Date", message: "2 Sept 2026 is in the future: row skipped.", severity: "error" });
    expect(file.notes[0]).toBe("Columns not imported: Reached audience, Website clicks, New followers, Lost followers.");
  });
});

describe("encodings, quoting and line ends", () => {
  const csv = (opts: F.CsvOptions) => F.toCsv(F.overviewRows("pt", F.overviewDays("2026-08-31", 3)), opts);
  test.each([
    ["UTF-8 with BOM, all quoted, CRLF", F.encode(csv({}), "utf8-bom"), null],
    ["UTF-8, unquoted, LF", F.encode(csv({ quoteAll: false, crlf: false }), "utf8"), null],
    ["Windows-1252", F.encode(csv({}), "win1252"), /Windows-1252/],
    ["UTF-16 with BOM", F.encode(csv({}), "utf16le-bom"), /UTF-16LE/],
    ["semicolons (Excel in Europe)", F.encode(csv({ delimiter: ";" }), "win1252"), /Windows-1252/],
  ])("%s", async (_name, bytes, note) => {
    const file = await one("Visão geral.csv", bytes);
    expect(file).toMatchObject({ status: "ok", kind: "overview", rowCount: 3 });
    expect(file.days.map((d) => d.date)).toEqual(["2026-08-29", "2026-08-30", "2026-08-31"]);
    if (note) expect(file.notes.join(" ")).toMatch(note);
  });
});

describe("ZIP archives", () => {
  test("TikTok's ZIP: the three files are read, the rest listed as skipped; kinds come from headers, not names", async () => {
    const zip = F.zip({
      "Export/data-1.csv": F.encode(F.toCsv(F.contentRows("fr", "31 août", VIDEOS))),
      "Export/data-2.csv": F.encode(F.toCsv(F.overviewRows("fr", F.overviewDays("2026-08-31", 7))), "win1252"),
      "Export/data-3.xlsx": await F.xlsx([{ name: "Sheet1", rows: F.followerRows("fr", F.followerDays("2026-08-31", 4)) }]),
      "Export/Viewers.csv": "Date,Viewers\n2026-08-31,5\n",
      "Export/cover.png": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
      "__MACOSX/._data-1.csv": "junk",
    });
    const files = await parse({ "TikTok.zip": zip });
    expect(files.map((f) => [f.name, f.status, f.kind])).toEqual([
      ["TikTok.zip › Export/data-1.csv", "ok", "content"],
      ["TikTok.zip › Export/data-2.csv", "ok", "overview"],
      ["TikTok.zip › Export/data-3.xlsx", "ok", "followerHistory"],
      ["TikTok.zip › Export/Viewers.csv", "skipped", null],
      ["TikTok.zip › Export/cover.png", "skipped", null],
    ]);
    expect(files[2]!.followers.map((f) => f.followers)).toEqual([1000n, 1003n, 1006n, 1009n]);
  });

  test("a ZIP with nothing usable is refused, saying what it contains", async () => {
    const [file] = await parse({ "other.zip": F.zip({ "Viewers.csv": "Date,Viewers\n1,2\n", "notes.txt": "hello" }) });
    expect(file).toMatchObject({ status: "rejected", name: "other.zip" });
    expect(file!.reason).toMatch(/no file Tierline can import\. It contains: Viewers\.csv, notes\.txt/);
  });

  test("an empty ZIP and a damaged ZIP are refused clearly", async () => {
    const empty = await one("empty.zip", F.zip({}));
    expect(empty.reason).toMatch(/no file Tierline can import/);
    const damaged = F.zip({ "Overview.csv": F.toCsv(F.overviewRows("en", F.overviewDays("2026-08-31", 30))) }).slice(0, 60);
    const bad = await one("damaged.zip", damaged);
    expect(bad.status).toBe("rejected");
    expect(bad.reason).toBeTruthy();
  });
});

describe("XLSX", () => {
  test("Content as a workbook: Excel dates and numbers are read like the CSV's text", async () => {
    const rows: (string | number | Date | null)[][] = [
      F.HEADERS.en.content,
      [new Date(Date.UTC(2026, 7, 31)), "From a workbook", F.videoLink("7234567890123456700"), new Date(Date.UTC(2026, 7, 20, 18, 45)), 12, 3, 1, 345],
    ];
    const file = await one("Content.xlsx", await F.xlsx([{ name: "Content", rows }]));
    expect(file).toMatchObject({ status: "ok", kind: "content", problemCount: 0 });
    expect(file.videos[0]).toMatchObject({ platformVideoId: "7234567890123456700", title: "From a workbook", postedDateOnly: false });
    expect(file.videos[0]!.postedAt.toISOString()).toBe("2026-08-20T16:45:00.000Z");
    expect(file.readings[0]).toMatchObject({ views: 345n, likes: 12n });
    expect(file.readings[0]!.capturedAt.toISOString()).toBe("2026-08-30T22:00:00.000Z");
  });

  test("a workbook with no sheet Tierline reads is refused", async () => {
    const file = await one("book.xlsx", await F.xlsx([{ name: "Notes", rows: [["a", "b"], [1, 2]] }]));
    expect(file.status).toBe("rejected");
    expect(file.reason).toMatch(/couldn't tell what this workbook is/);
  });
});

describe("Tierline's own exports", () => {
  test("Videos export: formula-quoted text is restored; hashtags, duration and the latest reading come along", async () => {
    const csv = F.toCsv([
      ["video_id", "platform_video_id", "title", "link", "posted_at", "duration_seconds", "hashtags", "sound", "notes", "reading_captured_at", "views", "likes", "comments", "shares", "saves"],
      ["0b6d2c4e-1f1f-4c1c-9d9d-0b6d2c4e1f1f", "7234567890123456789", "'=not a formula", F.videoLink("7234567890123456789"), "2026-08-01T18:30:00+02:00", "75", "#dance #fyp", "", "'-notes", "2026-08-20T09:00:00+02:00", "5000", "600", "100", "50", "7"],
      ["1b6d2c4e-1f1f-4c1c-9d9d-0b6d2c4e1f1f", "", "No link", "", "2026-08-02T10:00:00+02:00", "", "", "", "", "", "", "", "", "", ""],
    ]);
    const file = await one("tierline-videos-2026-01-01_2026-08-31.csv", F.encode(csv));
    expect(file).toMatchObject({ status: "ok", kind: "tierlineVideos", problemCount: 0 });
    expect(file.videos[0]).toMatchObject({ title: "=not a formula", notes: "-notes", durationSeconds: 75, hashtags: ["dance", "fyp"], sound: null, ref: { kind: "pid" } });
    expect(file.videos[1]).toMatchObject({ title: "No link", ref: { kind: "tp", value: "No link", postedAt: "2026-08-02T08:00:00.000Z" }, durationSeconds: null, hashtags: [] });
    expect(file.readings).toHaveLength(1);
    expect(file.readings[0]).toMatchObject({ views: 5000n, saves: 7n });
  });

  test("Videos export: a row with a bad count, a pre-TikTok post date or an invisible title is skipped whole", async () => {
    const header = ["video_id", "platform_video_id", "title", "link", "posted_at", "duration_seconds", "hashtags", "sound", "notes", "reading_captured_at", "views", "likes", "comments", "shares", "saves"];
    const row = (pid: string, title: string, postedAt: string, likes: string) => ["", pid, title, "", postedAt, "", "", "", "", "2026-08-20T09:00:00+02:00", "5000", likes, "100", "50", ""];
    const csv = F.toCsv([
      header,
      row("7234567890123456781", "Bad likes", "2026-08-01T18:30:00+02:00", "-5"),
      row("7234567890123456782", "Too early", "1900-01-01T10:00:00+02:00", "1"),
      row("7234567890123456783", "\u200B\u2060", "2026-08-01T18:30:00+02:00", "1"),
      row("7234567890123456784", "Good", "2026-08-01T18:30:00+02:00", "1"),
    ]);
    const file = await one("tierline-videos.csv", F.encode(csv));
    expect(file.problems.map((p) => [p.line, p.severity])).toEqual([
      [2, "error"],
      [3, "error"],
      [4, "error"],
    ]);
    expect(file.skippedRows).toBe(3);
    expect(file.videos.map((v) => v.title)).toEqual(["Good"]);
    expect(file.readings.map((r) => r.video.value)).toEqual(["7234567890123456784"]);
  });

  test("Readings export: readings name their video by TikTok id, or Tierline's id", async () => {
    const csv = F.toCsv([
      ["reading_id", "video_id", "platform_video_id", "video_title", "captured_at", "views", "likes", "comments", "shares", "saves", "interactions", "engagement_rate_pct", "avg_watch_time_seconds", "completion_rate_pct"],
      ["1", "0b6d2c4e-1f1f-4c1c-9d9d-0b6d2c4e1f1f", "7234567890123456789", "A", "2026-08-20T09:00:00+02:00", "5000", "600", "100", "50", "", "750", "15", "12.345", "45.5"],
      ["2", "0B6D2C4E-1F1F-4C1C-9D9D-0B6D2C4E1F10", "", "B", "2026-08-21T09:00:00+02:00", "10", "1", "1", "1", "", "3", "30", "", ""],
      ["3", "", "", "C", "2026-08-21T09:00:00+02:00", "10", "1", "1", "1", "", "3", "30", "", ""],
    ]);
    const file = await one("tierline-readings.csv", csv);
    expect(file.readings.map((r) => [r.video.kind, r.video.value, r.avgWatchTimeSeconds, r.completionRate])).toEqual([
      ["pid", "7234567890123456789", "12.35", "45.50"],
      ["id", "0b6d2c4e-1f1f-4c1c-9d9d-0b6d2c4e1f10", null, null],
    ]);
    expect(file.problems).toEqual([
      { file: "tierline-readings.csv", line: 4, column: null, message: "This reading names no video (no TikTok video id or Tierline video id): skipped.", severity: "error" },
    ]);
  });
});

describe("limits and files that are not ours, each with a clear message", () => {
  test.each([
    ["an empty file", new Uint8Array(), /empty/],
    ["headers only", F.encode(`${F.HEADERS.en.overview.join(",")}\r\n`), /headers but no data rows/],
    ["an unknown CSV", F.encode("name,colour\nsky,blue\n"), /couldn't tell what this file is from its headers\. Its first row reads “name”, “colour”/],
    ["binary data", new Uint8Array(3000).map((_, i) => (i * 131) % 256), /binary data/],
    ["an old .xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /old Excel/],
    ["a PDF", F.encode("%PDF-1.7\n..."), /PDF/],
  ])("%s", async (_name, bytes, message) => {
    const file = await one("upload.csv", bytes);
    expect(file.status).toBe("rejected");
    expect(file.reason).toMatch(message);
  });

  test(`more than ${MAX_ROWS_PER_FILE.toLocaleString("en-US")} rows`, async () => {
    const text = `Date,Followers\n${"x,1\n".repeat(MAX_ROWS_PER_FILE + 1)}`;
    const file = await one("FollowerHistory.csv", text);
    expect(file).toMatchObject({ status: "rejected", kind: "followerHistory" });
    expect(file.reason).toMatch(/more than 200,000 rows/);
  });

  test("a file over the size limit is refused unread, with its size", async () => {
    const files = await parseImportFiles([{ name: "huge.csv", size: MAX_FILE_BYTES + 1, tooLarge: true }], { timeZone: TZ, now: NOW });
    expect(files.files[0]!.reason).toMatch(/limit is 25 MB per file/);
  });

  test("a file with nothing usable is refused, its problems listed", async () => {
    const file = await one("Overview.csv", F.toCsv(F.overviewRows("en", [{ date: "someday", videoViews: 1, profileViews: 1, likes: 1, comments: 1, shares: 1 }])));
    expect(file.status).toBe("rejected");
    expect(file.problems[0]).toMatchObject({ line: 2, column: "Date" });
  });

  test("an unknown time zone is read as UTC rather than failing", async () => {
    const file = await one("FollowerHistory.csv", F.toCsv(F.followerRows("en", F.followerDays("2026-08-31", 2))), NOW, "Mars/Olympus");
    expect(file.status).toBe("ok");
  });
});
