import { describe, expect, test } from "vitest";
import { buildActualIncomeView } from "./actual-income";

const display = { currency: "USD", locale: "en-US" };

describe("buildActualIncomeView", () => {
  test("nothing until the ledger has an entry", () => {
    expect(buildActualIncomeView(["2026-01-01"], "month", { ledgerEntries: 0, buckets: [], otherCurrencyEntries: 0 }, display)).toBeNull();
  });

  test("aligned with the bucket keys, gaps as 0", () => {
    const v = buildActualIncomeView(
      ["2026-01-01", "2026-02-01", "2026-03-01"],
      "month",
      { ledgerEntries: 3, buckets: [{ key: "2026-02-01", viewsPayoutCents: 1234n, otherCents: 10_000n }], otherCurrencyEntries: 1 },
      display,
    );
    expect(v?.viewsPayout).toEqual([0, 12.34, 0]);
    expect(v?.viewsPayoutText).toEqual(["$0.00", "$12.34", "$0.00"]);
    expect(v?.otherText[1]).toBe("$100.00");
    expect(v?.summary).toMatch(/^Recorded as paid in this range: \$12\.34 in views payouts \(most in February 2026: \$12\.34\), plus \$100\.00/);
    expect(v?.summary).toMatch(/1 entry in other currencies is left out/);
  });
});
