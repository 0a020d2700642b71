import { describe, expect, test } from "vitest";
import { incomeEntrySchema } from "./income";

const ctx = { timeZone: "America/Los_Angeles", now: new Date("2026-03-10T06:00:00Z"), accountCurrency: "USD" }; // 9 Mar, 22:00 in LA
const base = { receivedOn: "2026-03-01", stream: "views_payout", amount: "12.34", currency: "USD" };
const parse = (over: Record<string, string>) => incomeEntrySchema(ctx).safeParse({ ...base, ...over });
const errorOf = (over: Record<string, string>, field: string) => {
  const r = parse(over);
  if (r.success) return null;
  return r.error.issues.find((i) => i.path[0] === field)?.message ?? null;
};

describe("incomeEntrySchema", () => {
  test("paid in another currency: the amount credited in the account's currency is required and kept beside the original", () => {
    expect(errorOf({ currency: "EUR" }, "credited")).toMatch(/amount credited in USD/);
    expect(errorOf({ currency: "EUR", credited: "1.234" }, "credited")).toMatch(/at most 2 decimal places/);
    const r = parse({ currency: "EUR", amount: "10", credited: "11.62", isRefund: "on" });
    expect(r.success && r.data).toMatchObject({ amountCents: -1000n, currency: "EUR", creditedCents: -1162n, creditedCurrency: "USD" });
    const same = parse({ credited: "999" });
    expect(same.success && same.data).toMatchObject({ amountCents: 1234n, creditedCents: 1234n, creditedCurrency: "USD" });
  });

  test.each<{ name: string; over: Record<string, string>; cents: bigint; refund: boolean }>([
    { name: "dollars and cents", over: {}, cents: 1234n, refund: false },
    { name: "thousands separators", over: { amount: "1,234.50" }, cents: 123_450n, refund: false },
    { name: "yen has no minor digits", over: { amount: "1500", currency: "JPY", credited: "10" }, cents: 1500n, refund: false },
    { name: "dinar has three", over: { amount: "1.234", currency: "KWD", credited: "4" }, cents: 1234n, refund: false },
    { name: "a refund typed positive is stored negative", over: { amount: "5", isRefund: "on" }, cents: -500n, refund: true },
    { name: "a refund typed negative stays negative", over: { amount: "-5", isRefund: "on" }, cents: -500n, refund: true },
    { name: "lower-case currency", over: { currency: "eur", credited: "13.10" }, cents: 1234n, refund: false },
    { name: "today in the creator's zone", over: { receivedOn: "2026-03-09" }, cents: 1234n, refund: false },
  ])("$name", ({ over, cents, refund }) => {
    const r = parse(over);
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.amountCents).toBe(cents);
      expect(r.data.isRefund).toBe(refund);
    }
  });

  test.each<{ name: string; over: Record<string, string>; field: string; error: RegExp }>([
    { name: "a negative amount without the refund box", over: { amount: "-5" }, field: "amount", error: /only for refunds/ },
    { name: "more decimals than the currency has", over: { amount: "1.234" }, field: "amount", error: /at most 2 decimal places/ },
    { name: "decimals in yen", over: { amount: "1.5", currency: "JPY" }, field: "amount", error: /no decimal places/ },
    { name: "zero", over: { amount: "0" }, field: "amount", error: /other than 0/ },
    { name: "words", over: { amount: "ten" }, field: "amount", error: /Enter a number like/ },
    { name: "a European decimal comma", over: { amount: "1,5" }, field: "amount", error: /Enter a number like/ },
    { name: "absurdly large", over: { amount: "100000000000000" }, field: "amount", error: /at most/ },
    // 10 Mar is tomorrow in Los Angeles although it is already 10 Mar in UTC.
    { name: "a date in the future", over: { receivedOn: "2026-03-10" }, field: "receivedOn", error: /can't be in the future/ },
    { name: "not a date", over: { receivedOn: "2026-02-30" }, field: "receivedOn", error: /like 2026-03-31/ },
    { name: "an unknown stream", over: { stream: "tips" }, field: "stream", error: /Choose where the money came from/ },
    { name: "an unknown currency", over: { currency: "XYZ" }, field: "currency", error: /Choose a currency/ },
    { name: "a video id that is no id", over: { videoId: "12" }, field: "videoId", error: /Choose one of your videos/ },
    { name: "a note too long", over: { note: "x".repeat(1001) }, field: "note", error: /at most 1,000/ },
  ])("refused: $name", ({ over, field, error }) => {
    expect(errorOf(over, field)).toMatch(error);
  });

  test("optional fields: empty → null", () => {
    const r = parse({ videoId: "", note: "  " });
    expect(r.success && { videoId: r.data.videoId, note: r.data.note }).toEqual({ videoId: null, note: null });
  });
});
