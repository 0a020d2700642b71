import { describe, expect, test } from "vitest";
import { zonedLocalToUtc } from "@/lib/domain/time";
import { LocalTimeConverter } from "./local-time";

describe("LocalTimeConverter agrees with zonedLocalToUtc", () => {
  test.each(["Europe/Berlin", "America/Los_Angeles", "Australia/Lord_Howe", "Asia/Kolkata", "UTC", "America/Sao_Paulo"])("%s, around its clock changes", (tz) => {
    const conv = new LocalTimeConverter(tz);
    const days = ["2026-03-08", "2026-03-29", "2026-04-05", "2026-10-04", "2026-10-25", "2026-11-01", "2026-06-15", "2026-12-31"];
    for (const day of days) {
      for (const [h, m, s] of [[0, 0, 0], [1, 30, 0], [2, 30, 15], [3, 0, 0], [12, 5, 9], [23, 59, 59]] as const) {
        const [y, mo, d] = day.split("-").map(Number);
        const local = `${day}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
        expect(conv.toInstant(y!, mo!, d!, h, m, s).toISOString(), `${tz} ${local}`).toBe(zonedLocalToUtc(local, tz).toISOString());
      }
    }
  });
});
