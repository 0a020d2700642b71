import { describe, expect, test } from "vitest";
import { buildEarningsComparisonView, type ComparisonMonthInput } from "./earnings-comparison-view";

const streams = (views = 0n, brand = 0n) => ({ views_payout: views, brand_deal: brand, affiliate: 0n, merchandise: 0n, other: 0n });
const recorded = (a: ReturnType<typeof streams>) =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v !== 0n ? 1 : 0])) as Record<keyof typeof a, number>;
const month = (key: string, est: bigint, actual: ReturnType<typeof streams>, entries = recorded(actual)): ComparisonMonthInput => ({
  key,
  viewsGained: 1_000_000n,
  estimateFundMicros: est * 1_000_000n,
  estimateRewardsMicros: 0n,
  actual,
  entries,
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
      "From January 2026 to February 2026: in the 2 months with a recorded views payout you were paid $77.00 against an estimate of $80.00 (−$3.00 below it); $577.00 paid in all streams. Months without a recorded payout are not counted.",
    );
  });

  test("without any income: every paid cell and the difference say “not recorded”, never a loss", () => {
    const v = buildEarningsComparisonView([month("2026-01-01", 4000n, streams()), month("2026-02-01", 4000n, streams())], display);
    expect(v.hasActual).toBe(false);
    expect(v.summary).toMatch(/record what you were paid to compare/);
    for (const m of v.months) {
      expect(m.differenceText).toBe("not recorded");
      expect(m.totalPaidText).toBe("not recorded");
      expect(m.actualText.views_payout).toBe("not recorded");
    }
    expect(v.totals.differenceText).toBe("not recorded");
    expect(v.totals.estimateText).toBe("$80.00");
  });

  test("a month without a recorded payout is left out of the comparison; a recorded $0 is compared", () => {
    const zeroRecorded = { ...recorded(streams()), views_payout: 1 };
    const v = buildEarningsComparisonView(
      [month("2026-01-01", 4000n, streams(3500n)), month("2026-02-01", 4000n, streams()), month("2026-03-01", 1000n, streams(), zeroRecorded)],
      display,
    );
    expect(v.months.map((m) => m.differenceText)).toEqual(["−$5.00", "not recorded", "−$10.00"]);
    expect(v.totals.differenceText).toBe("−$15.00");
    expect(v.summary).toMatch(/in the 2 months with a recorded views payout you were paid \$35\.00 against an estimate of \$50\.00/);
  });

  test("totals are rounded once from the exact sum: three months of 0.4 cents make 1 cent, not 0", () => {
    const tiny = (key: string): ComparisonMonthInput => ({ ...month(key, 0n, streams()), estimateFundMicros: 400_000n });
    const v = buildEarningsComparisonView([tiny("2026-01-01"), tiny("2026-02-01"), tiny("2026-03-01")], display);
    expect(v.months.map((m) => m.estimateText)).toEqual(["$0.00", "$0.00", "$0.00"]);
    expect(v.totals.estimateText).toBe("$0.01");
  });

  test("in the account's currency: NOK", () => {
    const v = buildEarningsComparisonView([month("2026-01-01", 40_600n, streams(35_000n))], { currency: "NOK", locale: "en-US" });
    expect(v.months[0]?.estimateText).toMatch(/^NOK\s406\.00$/);
    expect(v.months[0]?.differenceText).toMatch(/^−NOK\s56\.00$/);
  });
});
