import { describe, expect, test } from "vitest";
import { csvDownloadHeaders } from "./download";

describe("csvDownloadHeaders", () => {
  test("an attachment, never cached, never compressed on the way (no-transform)", () => {
    const h = csvDownloadHeaders("tierline-readings-all.csv");
    expect(h["Content-Type"]).toBe("text/csv; charset=utf-8");
    expect(h["Content-Disposition"]).toBe('attachment; filename="tierline-readings-all.csv"');
    // Next's compression middleware (and a compliant proxy) leaves a no-transform response as it is.
    expect(h["Cache-Control"]!.split(/,\s*/)).toEqual(["no-store", "no-transform"]);
  });
});
