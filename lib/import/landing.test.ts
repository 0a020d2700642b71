import { describe, expect, test } from "vitest";
import { landingAfterImport } from "./landing";

// 1 Sep 2026, 12:00 in Berlin: the default range (last 90 days) runs 4 Jun … 1 Sep 2026.
const NOW = new Date("2026-09-01T10:00:00Z");
const TZ = "Europe/Berlin";
const ok = (first: string, last: string) => ({ status: "ok" as const, span: { first, last } });

describe("landingAfterImport: the dashboard opens on a range that shows what was imported", () => {
  test.each([
    ["inside the default range: the plain dashboard", [ok("2026-06-04", "2026-09-01")], "/dashboard", false],
    ["nothing to show: the plain dashboard", [], "/dashboard", false],
    ["a day before the default range: the imported dates", [ok("2026-06-03", "2026-08-31")], "/dashboard?from=2026-06-03&to=2026-08-31", true],
    ["an old export: the imported dates", [ok("2025-03-01", "2025-05-31")], "/dashboard?from=2025-03-01&to=2025-05-31", true],
    ["several files: from the first to the last of them", [ok("2026-08-01", "2026-08-31"), ok("2025-12-01", "2026-01-10")], "/dashboard?from=2025-12-01&to=2026-08-31", true],
    ["a rejected file does not count", [ok("2026-08-01", "2026-08-31"), { status: "rejected" as const, span: { first: "2020-01-01", last: "2020-01-02" } }], "/dashboard", false],
  ])("%s", (_name, files, href, noted) => {
    const landing = landingAfterImport(files, NOW, TZ);
    expect(landing.href).toBe(href);
    if (noted) expect(landing.note).toMatch(/not only the last 90 days the dashboard shows by default: after the import it opens on those dates\.$/);
    else expect(landing.note).toBeNull();
  });
});
