import { describe, expect, test } from "vitest";
import { buildVideoHistory } from "./video-history";

const posted = new Date("2026-03-01T10:00:00Z");
const at = (hours: number) => new Date(posted.getTime() + hours * 3_600_000);
const display = { locale: "en-US", timeZone: "UTC" };

describe("buildVideoHistory", () => {
  test("hours while every reading is within two days, oldest first, with the latest in the summary", () => {
    const h = buildVideoHistory(
      [
        { capturedAt: at(30), views: 5000n, engagementRate: 15, tier: "excellent" },
        { capturedAt: at(2), views: 100n, engagementRate: 4, tier: "average" },
      ],
      posted,
      display,
    );
    expect(h.unit).toBe("hours");
    expect(h.points.map((p) => [p.elapsed, p.views, p.engagementRate, p.erText])).toEqual([
      [2, 100, 4, "4.0\u202F%"],
      [30, 5000, 15, "15.0\u202F%"],
    ]);
    expect(h.summary).toBe("Latest, 30 h after posting: 5,000 views, ER 15.0\u202F% (Excellent). Views went from 100 to 5,000 over 2 readings.");
  });

  test("days beyond two days; a 0-view reading has no ER (a gap, shown as —)", () => {
    const h = buildVideoHistory(
      [
        { capturedAt: at(1), views: 0n, engagementRate: null, tier: null },
        { capturedAt: at(72), views: 2_000_000_000_000n, engagementRate: 5, tier: "good" },
      ],
      posted,
      { locale: "de-DE", timeZone: "Europe/Berlin" },
    );
    expect(h.unit).toBe("days");
    expect(h.points[0]).toMatchObject({ elapsed: 0, engagementRate: null, erText: "—", viewsText: "0" });
    expect(h.points[1]).toMatchObject({ elapsed: 3, viewsText: "2.000.000.000.000" });
    expect(h.summary).toMatch(/ER 5,0\s%/); // de-DE puts a no-break space before %
  });

  test("no readings", () => {
    expect(buildVideoHistory([], posted, display)).toEqual({ points: [], unit: "hours", summary: "No readings yet." });
  });
});
