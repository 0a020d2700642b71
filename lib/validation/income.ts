// A ledger entry as the creator types it: what they were actually paid. Amounts are decimal
// money with at most the currency's minor digits, stored as integer minor units (cents);
// a negative amount is only a refund (or clawback), marked with the Refund box.
import { z } from "zod";
import { minorDigits, parseMoneyToCents } from "@/lib/domain/format";
import { formTextSchema } from "./count";
import { pastDateSchema, type ZonedContext } from "./datetime";
import { isKnownCurrency } from "./settings";

import { INCOME_STREAMS, type IncomeStreamName } from "@/lib/domain/income-streams";

export { INCOME_STREAMS, type IncomeStreamName };

export const INCOME_STREAM_LABELS: Record<IncomeStreamName, string> = {
  views_payout: "Views payout (Creator Fund / Rewards)",
  brand_deal: "Brand deal",
  affiliate: "Affiliate",
  merchandise: "Merchandise",
  other: "Other",
};

export const INCOME_FIELDS = ["receivedOn", "stream", "amount", "currency", "credited", "isRefund", "videoId", "note"] as const;

export const NOTE_MAX = 1000;
/** 10^13 minor units: ten billion dollars, beyond any real payment, far inside BIGINT. */
export const MAX_AMOUNT_MINOR = 10_000_000_000_000n;

export type IncomeEntryInput = {
  /** Calendar date in the creator's zone, "2026-03-31". */
  receivedOn: string;
  stream: IncomeStreamName;
  /** Minor units; negative exactly when isRefund. */
  amountCents: bigint;
  currency: string;
  /**
   * What the bank credited in the account's currency (= amountCents when paid in it). The form
   * always gives it; null only for an entry whose credited amount is not known (not compared).
   */
  creditedCents: bigint | null;
  creditedCurrency: string | null;
  isRefund: boolean;
  videoId: string | null;
  note: string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The zone and the account's currency: every entry is counted in it. */
export type IncomeContext = ZonedContext & { accountCurrency: string };

export function incomeEntrySchema(ctx: IncomeContext) {
  return z
    .object({
      receivedOn: pastDateSchema("Date received", ctx),
      stream: formTextSchema.pipe(z.enum(INCOME_STREAMS, { error: "Choose where the money came from." })),
      amount: formTextSchema,
      credited: formTextSchema,
      currency: formTextSchema.transform((t, issue) => {
        const code = t.trim().toUpperCase();
        if (!/^[A-Z]{3}$/.test(code) || !isKnownCurrency(code)) {
          issue.addIssue({ code: "custom", message: "Choose a currency from the list (an ISO 4217 code such as USD)." });
          return z.NEVER;
        }
        return code;
      }),
      // A checkbox: "on" when ticked, absent otherwise.
      isRefund: formTextSchema.transform((t) => t === "on" || t === "true" || t === "1"),
      videoId: formTextSchema.transform((t, issue): string | null => {
        const id = t.trim();
        if (id === "") return null;
        if (!UUID.test(id)) {
          issue.addIssue({ code: "custom", message: "Choose one of your videos, or none." });
          return z.NEVER;
        }
        return id.toLowerCase();
      }),
      note: formTextSchema.transform((t, issue): string | null => {
        const n = t.replace(/\u0000/g, "").trim();
        if (n === "") return null;
        if ([...n].length > NOTE_MAX) {
          issue.addIssue({ code: "custom", message: `Note can be at most ${NOTE_MAX.toLocaleString("en-US")} characters.` });
          return z.NEVER;
        }
        return n;
      }),
    })
    .transform((v, issue): IncomeEntryInput => {
      const parsed = parseMoneyToCents(v.amount, v.currency);
      if (!parsed.ok) {
        issue.addIssue({ code: "custom", path: ["amount"], message: parsed.error });
        return z.NEVER;
      }
      let cents = parsed.cents;
      if (cents === 0n) {
        issue.addIssue({ code: "custom", path: ["amount"], message: "Enter an amount other than 0." });
        return z.NEVER;
      }
      if (cents < 0n && !v.isRefund) {
        issue.addIssue({
          code: "custom",
          path: ["amount"],
          message: "Negative amounts are only for refunds: tick “Refund or clawback” to record money paid back.",
        });
        return z.NEVER;
      }
      // A refund is stored negative whichever sign was typed.
      if (v.isRefund && cents > 0n) cents = -cents;
      if ((cents < 0n ? -cents : cents) > MAX_AMOUNT_MINOR) {
        const digits = minorDigits(v.currency);
        issue.addIssue({
          code: "custom",
          path: ["amount"],
          message: `Amount can be at most ${(MAX_AMOUNT_MINOR / 10n ** BigInt(digits)).toLocaleString("en-US")} ${v.currency}.`,
        });
        return z.NEVER;
      }
      // Paid in another currency: the amount the bank credited in the account's currency is
      // what every comparison counts, so it is required (same sign as the amount).
      let creditedCents = cents;
      if (v.currency !== ctx.accountCurrency) {
        const credited = v.credited.trim() === "" ? null : parseMoneyToCents(v.credited, ctx.accountCurrency);
        if (credited === null) {
          issue.addIssue({
            code: "custom",
            path: ["credited"],
            message: `Enter the amount credited in ${ctx.accountCurrency}: what arrived in your account for this ${v.currency} payment.`,
          });
          return z.NEVER;
        }
        if (!credited.ok) {
          issue.addIssue({ code: "custom", path: ["credited"], message: credited.error });
          return z.NEVER;
        }
        const abs = credited.cents < 0n ? -credited.cents : credited.cents;
        if (abs === 0n || abs > MAX_AMOUNT_MINOR) {
          issue.addIssue({ code: "custom", path: ["credited"], message: `Enter the amount credited in ${ctx.accountCurrency}, other than 0.` });
          return z.NEVER;
        }
        creditedCents = cents < 0n ? -abs : abs;
      }
      return {
        receivedOn: v.receivedOn,
        stream: v.stream,
        amountCents: cents,
        currency: v.currency,
        creditedCents,
        creditedCurrency: ctx.accountCurrency,
        isRefund: v.isRefund,
        videoId: v.videoId,
        note: v.note,
      };
    });
}
