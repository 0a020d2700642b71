// The earnings model as the creator types it on /earnings, in the account's currency: rates
// per 1,000 views ("0.04") stored in thousandths of the minor unit ("millicents": 4000 = $0.04,
// 40600 = 0.406 kr), the brand price per 1,000 followers stored in minor units, percents with
// up to two decimals. A currency with d minor digits takes rates with up to d + 3 decimals.
import { z } from "zod";
import type { EarningsSettings } from "@/lib/domain/earnings";
import { MAX_RATE_MILLICENTS } from "@/lib/domain/calibration";
import { DEFAULT_USD_RATES } from "@/lib/domain/currency-rates";
import { minorDigits } from "@/lib/domain/format";
import { convertMinor, parseExchangeRate } from "@/lib/domain/money";
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

/** The columns hold 32-bit integers: no limit may pass this. */
const INT_LIMIT = 2_000_000_000;

/** A USD limit in `currency` at the default rate (never below the USD figure, never past the column). */
function limitIn(usdMinor: number, currency: string): number {
  const rate = parseExchangeRate(DEFAULT_USD_RATES[currency] ?? "1");
  if (currency === "USD" || !rate) return usdMinor;
  return Math.min(INT_LIMIT, Math.max(usdMinor, Number(convertMinor(BigInt(usdMinor), "USD", currency, rate))));
}

/** The largest rate per 1,000 views the settings take in `currency` ($100 in USD). */
export function maxRateMillicents(currency: string): number {
  return limitIn(MAX_RATE_MILLICENTS, currency);
}

const RATE_PATTERN = /^\$?\s*(\d*)(?:\.(\d*))?$/;

/**
 * "0.04" or "$0.025" (per 1,000 views, in `currency`) → thousandths of its minor unit (4000,
 * 2500 for USD). At most minor digits + 3 decimals. Returns a message when the text is not such a rate.
 */
export function parseRatePer1000(
  raw: string,
  label: string,
  maxMillicents?: number,
  currency = "USD",
): { ok: true; value: number } | { ok: false; error: string } {
  const max = maxMillicents ?? maxRateMillicents(currency);
  const places = minorDigits(currency) + 3;
  const unit = 10 ** places;
  const text = raw.trim().replace(/\s/g, "");
  if (text === "") return { ok: false, error: `Enter the ${label.toLowerCase()}.` };
  if (/^[-\u2212]/.test(text)) return { ok: false, error: `${label} can't be negative.` };
  const m = RATE_PATTERN.exec(text);
  const whole = m?.[1] ?? "";
  const fraction = m?.[2] ?? "";
  if (!m || (whole === "" && fraction === "")) return { ok: false, error: `${label} must be ${currency} per 1,000 views, like 0.04.` };
  if (fraction.length > places) return { ok: false, error: `${label} can have at most ${places} decimal places in ${currency}.` };
  const millicents = Number(whole || "0") * unit + Number(fraction.padEnd(places, "0") || "0");
  if (!Number.isSafeInteger(millicents) || millicents > max) {
    return { ok: false, error: `${label} can be at most ${millicentsToRateText(max, currency)} ${currency} per 1,000 views.` };
  }
  return { ok: true, value: millicents };
}

/** Thousandths of the minor unit → the text a rate field shows ("0.04", "0.025"; "6" for JPY). */
export function millicentsToRateText(millicents: number, currency = "USD"): string {
  const digits = minorDigits(currency);
  const places = digits + 3;
  const unit = 10 ** places;
  const whole = Math.floor(millicents / unit);
  const fraction = String(millicents % unit).padStart(places, "0").replace(/0+$/, "");
  if (fraction.length >= digits) return fraction ? `${whole}.${fraction}` : `${whole}`;
  return `${whole}.${fraction.padEnd(digits, "0")}`;
}

/** Minor units → "15" or "12.5" for the brand price field. */
export function centsToDollarText(cents: number, currency = "USD"): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(cents);
  const unit = 10 ** digits;
  const whole = Math.floor(cents / unit);
  const fraction = String(cents % unit).padStart(digits, "0");
  return /^0+$/.test(fraction) ? String(whole) : `${whole}.${fraction}`;
}

function rateField(label: string, currency: string) {
  return formTextSchema.transform((text, ctx): number => {
    const r = parseRatePer1000(text, label, undefined, currency);
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

function brandRateField(currency: string) {
  const digits = minorDigits(currency);
  const maxMinor = limitIn(MAX_BRAND_RATE_CENTS, currency);
  return formTextSchema.transform((text, ctx): number => {
    const label = "Brand rate";
    const t = text.trim().replace(/^\$\s*/, "");
    const r = parseDecimal(t, label, { min: 0, max: maxMinor / 10 ** digits, scale: digits });
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: t.includes(",") && !t.includes(".") ? `${label} must be ${currency} per 1,000 followers, like 15 or 12.50.` : r.error });
      return z.NEVER;
    }
    const [whole = "0", fraction = ""] = r.value.split(".");
    return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  });
}

/** The model's form in the account's currency. */
export const earningsSettingsSchemaFor = (currency: string) => z
  .object({
    fundRate: rateField("Creator Fund rate", currency),
    rewardsRate: rateField("Creator Rewards rate", currency),
    rewardsMinDurationSeconds: intField("Minimum length for Creator Rewards", 1, 3600, " s"),
    rewardsMinViews: intField("Minimum views for Creator Rewards", 0, 1_000_000_000),
    brandRate: brandRateField(currency),
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

export const earningsSettingsSchema = earningsSettingsSchemaFor("USD");

/** The form's text for saved settings (the inverse of the schema). */
export function earningsSettingsFormValues(s: EarningsSettings, currency = "USD"): Record<(typeof EARNINGS_SETTINGS_FIELDS)[number], string> {
  return {
    fundRate: millicentsToRateText(s.fundRateMillicentsPer1000, currency),
    rewardsRate: millicentsToRateText(s.rewardsRateMillicentsPer1000, currency),
    rewardsMinDurationSeconds: String(s.rewardsMinDurationSeconds),
    rewardsMinViews: String(s.rewardsMinViews),
    brandRate: centsToDollarText(s.brandRateCentsPer1000Followers, currency),
    brandEngagementBonusPercent: String(s.brandEngagementBonusPercent),
    brandBonusMinRate: String(s.brandBonusMinRate),
    affiliateCommissionPercent: String(s.affiliateCommissionPercent),
  };
}
