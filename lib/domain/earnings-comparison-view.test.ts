import { describe, expect, test } from "vitest";
import { buildEarningsComparisonView, type ComparisonMonthInput } from "./earnings-comparison-view";
import { buildActualIncomeView } from "./actual-income-view";

const streams = (views = 0n, brand = 0n) => ({ views_payout: views, brand_deal: brand, affiliate: 0n, merchandise: 0n, other: 0n });
const month = (key: string, est: bigint, actual: ReturnType<typeof streams>): ComparisonMonthInput => ({
  key,
  viewsGained: 1_000_000n,
  estimateFundCents: est,
  estimateRewardsCents: 0n,
  actual,
});
const display = { currency: "USD", locale: "en-US" };

describe("buildEarningsComparisonView", () => {
  test("estimate beside actual per month and stream, with totals and the difference", () => {
    const v = buildEarningsComparisonView([month("2026-01-01", 4000n, streams(3500n, 50_000n)), month("2026-02-01", 4000n, streams(4200n))], display);
    expect(v.hasActual).toBe(true);
    expect(v.months[0]).toMatchObject({ longLabel: "January 2026", estimateText: "$40.00", differenceText: "−$5.00", totalPaidText: "$535.00" });
    expect(v.months[1]?.differenceText).toBe("+$2.00");
    expect(v.totals).toMatchObject({ estimateText: "$80.00", totalPaidText: "$577.00", differenceText: "−$3.00" });
    expect(v.summary).toBe(
      "From January 2026 to February 2026: paid $77.00 in views payouts against an estimate of $80.00 (−$3.00 below it); $577.00 paid in all streams.",
    );
  });

  test("without any income: asks for it", () => {
    const v = buildEarningsComparisonView([month("2026-01-01", 4000n, streams())], display);
    expect(v.hasActual).toBe(false);
    expect(v.summary).toMatch(/Record what you were paid to compare/);
  });
});

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
