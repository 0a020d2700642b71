import { describe, expect, test } from "vitest";
import { detectKind, fieldForHeader, mapColumns } from "./headers";
import { BUSINESS_COLUMNS, HEADERS, LANGS } from "./testing/fixtures";

describe("the kind of file comes from its headers, in five languages", () => {
  test.each(LANGS)("%s", (lang) => {
    const h = HEADERS[lang];
    expect(detectKind(mapColumns(h.content))).toBe("content");
    expect(detectKind(mapColumns(h.overview))).toBe("overview");
    expect(detectKind(mapColumns(h.followers))).toBe("followerHistory");
    expect(mapColumns(h.content).language).toBe(lang);
  });

  test("every Content column is found in every language", () => {
    for (const lang of LANGS) {
      const { columns } = mapColumns(HEADERS[lang].content);
      expect(Object.keys(columns).sort()).toEqual(["postTime", "time", "totalComments", "totalLikes", "totalShares", "totalViews", "videoLink", "videoTitle"]);
    }
  });

  test("business-account columns are listed as ignored, and change nothing", () => {
    const map = mapColumns([...HEADERS.en.overview, ...BUSINESS_COLUMNS]);
    expect(detectKind(map)).toBe("overview");
    expect(map.ignored).toEqual(BUSINESS_COLUMNS);
  });

  test("other wordings of the totals are recognised by their words", () => {
    expect(fieldForHeader("Reproducciones totales")?.field).toBe("totalViews");
    expect(fieldForHeader("Gesamtzahl der Kommentare")?.field).toBe("totalComments");
    expect(fieldForHeader("Total de Me gusta")?.field).toBe("totalLikes");
    // …but not time totals, nor profile views.
    expect(fieldForHeader("Tiempo total de reproducción")).toBeNull();
    expect(fieldForHeader("Total play time")).toBeNull();
    expect(fieldForHeader("Total profile views")).toBeNull();
  });

  test("Tierline's own exports", () => {
    const videos = ["video_id", "platform_video_id", "title", "link", "posted_at", "duration_seconds", "hashtags", "sound", "notes", "reading_captured_at", "views", "likes", "comments", "shares", "saves", "interactions", "engagement_rate_pct", "tier"];
    const readings = ["reading_id", "video_id", "platform_video_id", "video_title", "captured_at", "views", "likes", "comments", "shares", "saves", "interactions", "engagement_rate_pct", "avg_watch_time_seconds", "completion_rate_pct"];
    const followers = ["date", "followers", "change_since_previous", "previous_date"];
    expect(detectKind(mapColumns(videos))).toBe("tierlineVideos");
    expect(detectKind(mapColumns(readings))).toBe("tierlineReadings");
    expect(detectKind(mapColumns(followers))).toBe("followerHistory");
  });

  test.each([
    [["a", "b", "c"]],
    [["Date", "Viewers", "Gender"]],
    [["Video title", "Post time"]],
    [[]],
  ])("not a kind Tierline reads: %j", (headers) => {
    expect(detectKind(mapColumns(headers))).toBeNull();
  });
});
