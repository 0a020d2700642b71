import { describe, expect, test } from "vitest";
import {
  charCount,
  editVideoSchema,
  newVideoSchema,
  normalizeHashtags,
  parseVideoLink,
  parseVideoListQuery,
  videoListHref,
  videoSchema,
} from "./video";
import { fieldErrorsFrom } from "./form-state";

const NOW = new Date("2026-04-01T12:00:00Z");
const UTC = { timeZone: "UTC", now: NOW };

function validVideo(overrides: Record<string, string | null> = {}) {
  return {
    title: "My dance video",
    link: "https://www.tiktok.com/@me/video/7234567890123456789",
    postedAt: "2026-03-31T23:30",
    durationSeconds: "45",
    hashtags: "#Dance fyp",
    sound: "original sound",
    notes: "",
    ...overrides,
  };
}

function validReading(overrides: Record<string, string | null> = {}) {
  return {
    capturedAt: "2026-04-01T10:00",
    views: "5,000",
    likes: "600",
    comments: "100",
    shares: "50",
    saves: "",
    avgWatchTimeSeconds: "",
    completionRate: "",
    ...overrides,
  };
}

describe("parseVideoLink", () => {
  test.each([
    ["https://www.tiktok.com/@user/video/7234567890123456789", "7234567890123456789"],
    ["https://www.tiktok.com/@user.name_1/video/7234567890123456789?is_from_webapp=1&sender_device=pc", "7234567890123456789"],
    ["https://tiktok.com/@user/video/7234567890123456789/", "7234567890123456789"],
    ["http://m.tiktok.com/v/7234567890123456789.html", "7234567890123456789"],
    ["https://www.tiktok.com/embed/v2/7234567890123456789", "7234567890123456789"],
    ["https://www.tiktok.com/@user/photo/7234567890123456789", "7234567890123456789"],
    ["https://www.tiktok.com/@ユーザー/video/7234567890123456789", "7234567890123456789"],
    ["www.tiktok.com/@user/video/7234567890123456789", "7234567890123456789"],
    ["https://vm.tiktok.com/ZMabc123/", null], // short link: kept, id unknown
    ["https://vt.tiktok.com/ZSabc123/", null],
    ["https://www.tiktok.com/t/ZTabc123/", null],
    ["https://www.tiktok.com/@user", null],
    ["https://www.youtube.com/shorts/abc123", null],
    ["https://notiktok.com/@user/video/7234567890123456789", null], // lookalike host
    ["https://www.tiktok.com.evil.example/@user/video/7234567890123456789", null],
  ])("%s → id %s", (input, id) => {
    const r = parseVideoLink(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.platformVideoId).toBe(id);
  });

  test("a link typed without https:// is stored with it", () => {
    expect(parseVideoLink("tiktok.com/@me/video/123456789")).toEqual({
      ok: true,
      value: { link: "https://tiktok.com/@me/video/123456789", platformVideoId: "123456789" },
    });
  });

  test.each([
    ["not a link", "Link must be a web address"],
    ["javascript:alert(1)", "Link must start with https:// or http://."],
    ["ftp://example.com/file", "Link must start with https:// or http://."],
    [`https://example.com/${"a".repeat(2100)}`, "Link can be at most 2048 characters."],
  ])("%s is refused", (input, message) => {
    const r = parseVideoLink(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});

describe("normalizeHashtags", () => {
  test.each([
    ["#Dance", ["dance"]],
    ["dance", ["dance"]],
    ["#Dance dance DANCE", ["dance"]],
    ["#dance, #fyp,#food", ["dance", "fyp", "food"]],
    ["#dance#fyp", ["dance", "fyp"]],
    ["  dance \n\t fyp  ", ["dance", "fyp"]],
    ["#", []],
    ["", []],
    [", ,", []],
    ["#🍕 #pizza🍕", ["🍕", "pizza🍕"]],
    ["#日本 #Café #ÜBER", ["日本", "café", "über"]],
    ["#👩🏽‍💻", ["👩🏽‍💻"]], // a ZWJ sequence stays one tag, byte for byte
    ["＃全角、タグ", ["全角", "タグ"]],
    [["#A", "b", "a"], ["a", "b"]],
  ])("%j → %j", (input, expected) => {
    expect(normalizeHashtags(input)).toEqual(expected);
  });
});

describe("videoSchema", () => {
  test("a complete form becomes a VideoInput", () => {
    const v = videoSchema(UTC).parse(validVideo());
    expect(v).toEqual({
      title: "My dance video",
      link: "https://www.tiktok.com/@me/video/7234567890123456789",
      platformVideoId: "7234567890123456789",
      postedAt: new Date("2026-03-31T23:30:00Z"),
      durationSeconds: 45,
      hashtags: ["dance", "fyp"],
      sound: "original sound",
      notes: null,
    });
  });

  test("posted at is read in the creator's time zone", () => {
    const v = videoSchema({ timeZone: "America/Los_Angeles", now: NOW }).parse(validVideo({ postedAt: "2026-03-31T23:30" }));
    expect(v.postedAt.toISOString()).toBe("2026-04-01T06:30:00.000Z");
  });

  test("only the title and posting time are required", () => {
    const v = videoSchema(UTC).parse({ title: "t", postedAt: "2026-03-01T00:00", link: null, durationSeconds: null, hashtags: null, sound: null, notes: null });
    expect(v).toMatchObject({ link: null, platformVideoId: null, durationSeconds: null, hashtags: [], sound: null, notes: null });
  });

  test("titles keep any Unicode exactly, emoji counted as one character each", () => {
    const title = "🔥".repeat(200);
    expect(charCount(title)).toBe(200);
    expect(title.length).toBe(400);
    expect(videoSchema(UTC).parse(validVideo({ title })).title).toBe(title);
    const mixed = "  Ça va? 日本語 👩🏽‍💻 \u202e  ";
    expect(videoSchema(UTC).parse(validVideo({ title: mixed })).title).toBe(mixed.trim());
  });

  test("NUL characters, which Postgres refuses, are dropped", () => {
    expect(videoSchema(UTC).parse(validVideo({ title: "a\u0000b", notes: "x\u0000" }))).toMatchObject({ title: "ab", notes: "x" });
  });

  test("notes keep their line breaks", () => {
    expect(videoSchema(UTC).parse(validVideo({ notes: "line 1\r\nline 2" })).notes).toBe("line 1\nline 2");
  });

  test.each([
    [{ title: "" }, "title", "Enter a title."],
    [{ title: "   " }, "title", "Enter a title."],
    [{ title: null }, "title", "Enter a title."],
    // Only invisible characters: zero-width space, joiners, word joiner, BOM, a soft hyphen (Cf), mixed with spaces.
    [{ title: "\u200B" }, "title", "Enter a title."],
    [{ title: "\u200B\u200C\u200D" }, "title", "Enter a title."],
    [{ title: " \u2060 \uFEFF " }, "title", "Enter a title."],
    [{ title: "\u00AD\u200E\u202E\u2066" }, "title", "Enter a title."],
    [{ title: "x".repeat(201) }, "title", "Title can be at most 200 characters (it has 201)."],
    [{ link: "not a link" }, "link", "Link must be a web address"],
    [{ postedAt: "" }, "postedAt", "Enter the posted at date and time."],
    [{ postedAt: "yesterday" }, "postedAt", "Posted at must be a date and time like 2026-03-31 23:30."],
    [{ postedAt: "2026-02-30T10:00" }, "postedAt", "Posted at must be a date and time like 2026-03-31 23:30."],
    [{ postedAt: "2026-04-01T12:05" }, "postedAt", "Posted at can't be in the future."],
    // Before TikTok existed: 1900 and year 1 were saved and stretched "all time" back to them.
    [{ postedAt: "1900-01-01T10:00" }, "postedAt", "Posted at can't be before 1 September 2016 (2016-09-01), when the first TikTok videos were posted."],
    [{ postedAt: "0001-01-01T00:00" }, "postedAt", "Posted at can't be before 1 September 2016"],
    [{ postedAt: "2016-08-31T23:59" }, "postedAt", "Posted at can't be before 1 September 2016"],
    [{ durationSeconds: "-3" }, "durationSeconds", "Duration can't be negative."],
    [{ durationSeconds: "12.5" }, "durationSeconds", "Duration must be a whole number, without decimals."],
    [{ hashtags: Array.from({ length: 31 }, (_, i) => `tag${i}`).join(" ") }, "hashtags", "At most 30 hashtags (you entered 31)."],
    [{ hashtags: `#${"a".repeat(101)}` }, "hashtags", "Each hashtag can be at most 100 characters."],
    [{ sound: "s".repeat(201) }, "sound", "Sound can be at most 200 characters (it has 201)."],
    [{ notes: "n".repeat(5001) }, "notes", "Notes can be at most 5,000 characters (it has 5,001)."],
  ])("%j → %s: %s", (overrides, field, message) => {
    const r = videoSchema(UTC).safeParse(validVideo(overrides));
    expect(r.success).toBe(false);
    const errors = fieldErrorsFrom(r.error!);
    expect(errors[field]?.[0]).toContain(message);
  });

  test.each(["2016-09-01T00:00", "2016-09-01T00:00:00"])("%s, TikTok's first day, is accepted", (postedAt) => {
    expect(videoSchema(UTC).safeParse(validVideo({ postedAt })).success).toBe(true);
  });

  test("a title with visible text around zero-width characters is kept", () => {
    expect(videoSchema(UTC).parse(validVideo({ title: "\u200Bhi\u200D" })).title).toBe("\u200Bhi\u200D");
  });

  test("a posting time within the last minute of now is accepted (clocks differ a little)", () => {
    expect(videoSchema(UTC).safeParse(validVideo({ postedAt: "2026-04-01T12:00" })).success).toBe(true);
    expect(videoSchema(UTC).safeParse(validVideo({ postedAt: "2026-04-01T12:01" })).success).toBe(true);
    expect(videoSchema(UTC).safeParse(validVideo({ postedAt: "2026-04-01T12:02" })).success).toBe(false);
  });

  test("every bad field gets its own message in one pass", () => {
    const r = videoSchema(UTC).safeParse(validVideo({ title: "", postedAt: "", link: "nope nope" }));
    expect(Object.keys(fieldErrorsFrom(r.error!)).sort()).toEqual(["link", "postedAt", "title"]);
  });
});

describe("newVideoSchema", () => {
  test("video and first reading are parsed together", () => {
    const v = newVideoSchema(UTC).parse({ ...validVideo(), ...validReading() });
    expect(v.video.title).toBe("My dance video");
    expect(v.reading).toEqual({
      capturedAt: new Date("2026-04-01T10:00:00Z"),
      views: 5000n,
      likes: 600n,
      comments: 100n,
      shares: 50n,
      saves: null,
      avgWatchTimeSeconds: null,
      completionRate: null,
    });
  });

  test("captured at defaults to now, to the whole second", () => {
    const now = new Date("2026-04-01T12:00:00.789Z");
    const v = newVideoSchema({ timeZone: "UTC", now }).parse({ ...validVideo(), ...validReading({ capturedAt: "" }) });
    expect(v.reading.capturedAt.toISOString()).toBe("2026-04-01T12:00:00.000Z");
  });

  test("a reading captured before the video was posted is refused at captured at", () => {
    const r = newVideoSchema(UTC).safeParse({ ...validVideo(), ...validReading({ capturedAt: "2026-03-31T23:29" }) });
    expect(fieldErrorsFrom(r.error!)).toEqual({ capturedAt: ["Captured at can't be before the video was posted."] });
  });

  test("a reading captured at the posting minute is fine", () => {
    expect(newVideoSchema(UTC).safeParse({ ...validVideo(), ...validReading({ capturedAt: "2026-03-31T23:30" }) }).success).toBe(true);
  });

  test("interactions above views are accepted (it happens in real data)", () => {
    expect(newVideoSchema(UTC).safeParse({ ...validVideo(), ...validReading({ views: "10", likes: "500" }) }).success).toBe(true);
  });

  test("bad counts get a message at each field", () => {
    const r = newVideoSchema(UTC).safeParse({
      ...validVideo(),
      ...validReading({ views: "", likes: "1.5", comments: "-2", shares: "lots", completionRate: "120" }),
    });
    expect(fieldErrorsFrom(r.error!)).toEqual({
      views: ["Enter the number of views."],
      likes: ["Likes must be a whole number, without decimals."],
      comments: ["Comments can't be negative."],
      shares: ["Shares must be a whole number like 12,345."],
      completionRate: ["Completion rate must be between 0 and 100 %."],
    });
  });
});

describe("editVideoSchema", () => {
  test("carries the version the form was opened at", () => {
    expect(editVideoSchema(UTC).parse({ ...validVideo(), version: "3" }).version).toBe(3);
  });

  test.each([[""], ["0"], ["abc"], [null]])("version %j is refused", (version) => {
    const r = editVideoSchema(UTC).safeParse({ ...validVideo(), version });
    expect(fieldErrorsFrom(r.error!).version?.[0]).toMatch(/Reload the page/);
  });
});

describe("list query string", () => {
  test("defaults", () => {
    expect(parseVideoListQuery({})).toEqual({ q: "", tier: null, from: null, to: null, sort: "posted", dir: "desc", page: 1 });
  });

  test("valid values are kept", () => {
    expect(
      parseVideoListQuery({ q: " dance ", tier: "good", from: "2026-03-01", to: "2026-03-31", sort: "er", dir: "asc", page: "3" }),
    ).toEqual({ q: "dance", tier: "good", from: "2026-03-01", to: "2026-03-31", sort: "er", dir: "asc", page: 3 });
  });

  test.each([
    [{ tier: "legendary" }, { tier: null }],
    [{ sort: "title; DROP TABLE" }, { sort: "posted" }],
    [{ page: "-1" }, { page: 1 }],
    [{ page: "2.5" }, { page: 1 }],
    [{ page: "abc" }, { page: 1 }],
    [{ from: "2026-02-30" }, { from: null }],
    [{ q: ["a", "b"] }, { q: "a" }],
  ])("unrecognised %j is ignored", (params, expected) => {
    expect(parseVideoListQuery(params)).toMatchObject(expected);
  });

  test("hrefs leave defaults out and round-trip", () => {
    expect(videoListHref({ sort: "posted", dir: "desc", page: 1 })).toBe("/videos");
    const q = parseVideoListQuery({ q: "#dance", tier: "excellent", sort: "views", dir: "asc", page: "2", from: "2026-01-01" });
    const href = videoListHref(q);
    expect(href).toBe("/videos?q=%23dance&tier=excellent&from=2026-01-01&sort=views&dir=asc&page=2");
    expect(parseVideoListQuery(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(q);
  });
});
