import type { IncomeEntryInput } from "@/lib/validation/income";

/**
 * An income entry for a test (a $10.00 views payout on `receivedOn`), with `over` applied. Paid in
 * USD (the test accounts' currency) it is credited as paid; otherwise not known unless given.
 */
export function incomeEntry(over: Partial<IncomeEntryInput> = {}, receivedOn = "2026-02-15"): IncomeEntryInput {
  const e: Omit<IncomeEntryInput, "creditedCents" | "creditedCurrency"> = {
    receivedOn,
    stream: "views_payout",
    amountCents: 1000n,
    currency: "USD",
    isRefund: false,
    videoId: null,
    note: null,
    ...over,
  };
  const usd = e.currency === "USD";
  return { creditedCents: usd ? e.amountCents : null, creditedCurrency: usd ? "USD" : null, ...e };
}
