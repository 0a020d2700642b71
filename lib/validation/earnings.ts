// The earnings model as the creator types it on /earnings: rates in dollars per 1,000 views
// ("0.04") stored as millicents, the brand price in dollars per 1,000 followers stored as
// cents, percents with up to two decimals. Platform rates are published in USD.
import { z } from "zod";
import type { EarningsSettings } from "@/lib/domain/earnings";
import { MAX_RATE_MILLICENTS } from "@/lib/domain/calibration";
import { formTextSchema, parseCount, parseDecimal } from "./count";

export const EARNINGS_SETTINGS_FIELDS = [
  "fundRate",
  "rewardsRate",
  "rewardsMinDurationSeconds",
  "rewardsMinViews",
  "brandRate",
  "brandEngagementBonusPercent",
  "brandBonusMinRate",
  "affiliateCommissionPercent",
] as const;

/** Largest brand price per 1,000 followers: $10,000, in cents. */
export const MAX_BRAND_RATE_CENTS = 1_000_000;

const RATE_PATTERN = /^\$?\s*(\d*)(?:\.(\d*))?$/;

/**
 * "0.04" or "$0.025" (dollars per 1,000 views) → millicents (4000, 2500). At most 5 decimals:
 * one millicent is $0.00001. Returns a message when the text is not such a rate.
 */
export function parseRatePer1000(raw: string, label: string, maxMillicents = MAX_RATE_MILLICENTS): { ok: true; value: number } | { ok: false; error: string } {
  const text = raw.trim().replace(/\s/g, "");
  if (text === "") return { ok: false, error: `Enter the ${label.toLowerCase()}.` };
  if (/^[-\u2212]/.test(text)) return { ok: false, error: `${label} can't be negative.` };
  const m = RATE_PATTERN.exec(text);
  const whole = m?.[1] ?? "";
  const fraction = m?.[2] ?? "";
  if (!m || (whole === "" && fraction === "")) return { ok: false, error: `${label} must be dollars per 1,000 views, like 0.04.` };
  if (fraction.length > 5) return { ok: false, error: `${label} can have at most 5 decimal places ($0.00001).` };
  const millicents = Number(whole || "0") * 100_000 + Number(fraction.padEnd(5, "0") || "0");
  if (!Number.isSafeInteger(millicents) || millicents > maxMillicents) {
    return { ok: false, error: `${label} can be at most $${maxMillicents / 100_000} per 1,000 views.` };
  }
  return { ok: true, value: millicents };
}

/** Millicents → the text a rate field shows ("0.04", "0.025"). */
export function millicentsToRateText(millicents: number): string {
  const whole = Math.floor(millicents / 100_000);
  const fraction = String(millicents % 100_000).padStart(5, "0").replace(/0+$/, "");
  return fraction.length < 2 ? `${whole}.${fraction.padEnd(2, "0")}` : `${whole}.${fraction}`;
}

/** Cents → "15" or "12.5" for the brand price field. */
export function centsToDollarText(cents: number): string {
  const whole = Math.floor(cents / 100);
  const fraction = String(cents % 100).padStart(2, "0");
  return fraction === "00" ? String(whole) : `${whole}.${fraction}`;
}

function rateField(label: string) {
  return formTextSchema.transform((text, ctx): number => {
    const r = parseRatePer1000(text, label);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.error });
      return z.NEVER;
    }
    return r.value;
  });
}

function intField(label: string, min: number, max: number, unit = "") {
  return formTextSchema.transform((text, ctx): number => {
    const r = parseCount(text, label);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.error });
      return z.NEVER;
    }
    if (r.value < BigInt(min) || r.value > BigInt(max)) {
      ctx.addIssue({ code: "custom", message: `${label} must be between ${min.toLocaleString("en-US")}${unit} and ${max.toLocaleString("en-US")}${unit}.` });
      return z.NEVER;
    }
    return Number(r.value);
  });
}

function percentField(label: string, max = 100) {
  return formTextSchema.transform((text, ctx): number => {
    const r = parseDecimal(text, label, { min: 0, max, scale: 2, unit: "%" });
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.error });
      return z.NEVER;
    }
    return Number(r.value);
  });
}

const brandRateField = formTextSchema.transform((text, ctx): number => {
  const label = "Brand rate";
  const t = text.trim().replace(/^\$\s*/, "");
  const r = parseDecimal(t, label, { min: 0, max: MAX_BRAND_RATE_CENTS / 100, scale: 2 });
  if (!r.ok) {
    ctx.addIssue({ code: "custom", message: t.includes(",") && !t.includes(".") ? `${label} must be dollars per 1,000 followers, like 15 or 12.50.` : r.error });
    return z.NEVER;
  }
  const [whole = "0", fraction = ""] = r.value.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
});

export const earningsSettingsSchema = z
  .object({
    fundRate: rateField("Creator Fund rate"),
    rewardsRate: rateField("Creator Rewards rate"),
    rewardsMinDurationSeconds: intField("Minimum length for Creator Rewards", 1, 3600, " s"),
    rewardsMinViews: intField("Minimum views for Creator Rewards", 0, 1_000_000_000),
    brandRate: brandRateField,
    brandEngagementBonusPercent: intField("Brand bonus", 0, 500, " %"),
    brandBonusMinRate: percentField("ER for the brand bonus"),
    affiliateCommissionPercent: percentField("Affiliate commission"),
  })
  .transform(
    (v): EarningsSettings => ({
      fundRateMillicentsPer1000: v.fundRate,
      rewardsRateMillicentsPer1000: v.rewardsRate,
      rewardsMinDurationSeconds: v.rewardsMinDurationSeconds,
      rewardsMinViews: v.rewardsMinViews,
      brandRateCentsPer1000Followers: v.brandRate,
      brandEngagementBonusPercent: v.brandEngagementBonusPercent,
      brandBonusMinRate: v.brandBonusMinRate,
      affiliateCommissionPercent: v.affiliateCommissionPercent,
    }),
  );

/** The form's text for saved settings (the inverse of the schema). */
export function earningsSettingsFormValues(s: EarningsSettings): Record<(typeof EARNINGS_SETTINGS_FIELDS)[number], string> {
  return {
    fundRate: millicentsToRateText(s.fundRateMillicentsPer1000),
    rewardsRate: millicentsToRateText(s.rewardsRateMillicentsPer1000),
    rewardsMinDurationSeconds: String(s.rewardsMinDurationSeconds),
    rewardsMinViews: String(s.rewardsMinViews),
    brandRate: centsToDollarText(s.brandRateCentsPer1000Followers),
    brandEngagementBonusPercent: String(s.brandEngagementBonusPercent),
    brandBonusMinRate: String(s.brandBonusMinRate),
    affiliateCommissionPercent: String(s.affiliateCommissionPercent),
  };
}
