import "server-only";
import { db, readRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_EARNINGS_SETTINGS, type EarningsSettings } from "@/lib/domain/earnings";
import { DEFAULT_USD_RATES } from "@/lib/domain/currency-rates";
import { convertMinor, parseExchangeRate } from "@/lib/domain/money";
import type { EarningsSettings as EarningsSettingsRow } from "@/lib/generated/prisma/client";

// The creator's earnings model (one row per creator), in the account's currency (its minor
// units). No row means DOMAIN.md's defaults, so a new creator's estimates need no write; the
// first save creates the row. Changing the currency converts the row (lib/data/currency.ts).

/**
 * DOMAIN.md's defaults (published in USD) in `currency`, at the shipped default rate: only for
 * an account without saved settings, which can only be in another currency when it was created
 * so (a change of currency always saves converted settings). A currency without a default rate
 * keeps the USD figures (shown with their source, editable).
 */
export function defaultEarningsSettingsIn(currency: string): EarningsSettings {
  const d = DEFAULT_EARNINGS_SETTINGS;
  const rate = parseExchangeRate(DEFAULT_USD_RATES[currency] ?? "1");
  if (currency === "USD" || !rate) return { ...d };
  const convert = (n: number) => Number(convertMinor(BigInt(n), "USD", currency, rate));
  return {
    ...d,
    fundRateMillicentsPer1000: convert(d.fundRateMillicentsPer1000),
    rewardsRateMillicentsPer1000: convert(d.rewardsRateMillicentsPer1000),
    brandRateCentsPer1000Followers: convert(d.brandRateCentsPer1000Followers),
  };
}

type Tx = Pick<typeof db, "earningsSettings">;

/** The saved settings or the defaults in `currency`, read through a transaction. */
export async function readEarningsSettings(tx: Tx, userId: string, currency: string): Promise<EarningsSettings> {
  const row = await tx.earningsSettings.findUnique({ where: { userId } });
  return row ? fromRow(row) : defaultEarningsSettingsIn(currency);
}

function fromRow(r: EarningsSettingsRow): EarningsSettings {
  return {
    fundRateMillicentsPer1000: r.fundRateMillicentsPer1000,
    rewardsRateMillicentsPer1000: r.rewardsRateMillicentsPer1000,
    rewardsMinDurationSeconds: r.rewardsMinDurationSeconds,
    rewardsMinViews: r.rewardsMinViews,
    brandRateCentsPer1000Followers: r.brandRateCentsPer1000Followers,
    brandEngagementBonusPercent: r.brandEngagementBonusPercent,
    brandBonusMinRate: Number(r.brandBonusMinRate.toString()),
    affiliateCommissionPercent: Number(r.affiliateCommissionPercent.toString()),
  };
}

type SettingsSqlRow = Omit<EarningsSettings, "brandBonusMinRate" | "affiliateCommissionPercent"> & {
  brandBonusMinRate: number | null;
  affiliateCommissionPercent: number | null;
  updatedAt: Date | null;
  currency: string;
  includeSaves: boolean | null;
};

/**
 * The settings the creator's estimates use, and whether they were saved (false: the defaults).
 * Read on every dashboard view, so straight on the pool (readRows); numeric(5,2) as float8
 * gives the same number as Number() of its text.
 */
export async function getEarningsSettingsRecord(
  userId: string,
): Promise<{ settings: EarningsSettings; saved: boolean; updatedAt: Date | null; includeSaves: boolean }> {
  const rows = await readRows<SettingsSqlRow[]>(Prisma.sql`
    SELECT es.fund_rate_millicents_per_1000 AS "fundRateMillicentsPer1000",
           es.rewards_rate_millicents_per_1000 AS "rewardsRateMillicentsPer1000",
           es.rewards_min_duration_seconds AS "rewardsMinDurationSeconds",
           es.rewards_min_views AS "rewardsMinViews",
           es.brand_rate_cents_per_1000_followers AS "brandRateCentsPer1000Followers",
           es.brand_engagement_bonus_percent AS "brandEngagementBonusPercent",
           es.brand_bonus_min_rate::float8 AS "brandBonusMinRate",
           es.affiliate_commission_percent::float8 AS "affiliateCommissionPercent",
           es.updated_at AS "updatedAt",
           es.include_saves_in_rate AS "includeSaves",
           u.currency
    FROM users u LEFT JOIN earnings_settings es ON es.user_id = u.id
    WHERE u.id = ${userId}::uuid`);
  const row = rows[0];
  if (!row || row.updatedAt === null) {
    return { settings: defaultEarningsSettingsIn(row?.currency ?? "USD"), saved: false, updatedAt: null, includeSaves: false };
  }
  return {
    settings: {
      fundRateMillicentsPer1000: row.fundRateMillicentsPer1000,
      rewardsRateMillicentsPer1000: row.rewardsRateMillicentsPer1000,
      rewardsMinDurationSeconds: row.rewardsMinDurationSeconds,
      rewardsMinViews: row.rewardsMinViews,
      brandRateCentsPer1000Followers: row.brandRateCentsPer1000Followers,
      brandEngagementBonusPercent: row.brandEngagementBonusPercent,
      brandBonusMinRate: row.brandBonusMinRate ?? 0,
      affiliateCommissionPercent: row.affiliateCommissionPercent ?? 0,
    },
    saved: true,
    updatedAt: row.updatedAt,
    includeSaves: row.includeSaves ?? false,
  };
}

/** The earnings settings a creator's estimates use: their saved row, or DOMAIN.md's defaults. */
export async function getEarningsSettings(userId: string): Promise<EarningsSettings> {
  return (await getEarningsSettingsRecord(userId)).settings;
}

/**
 * "Count saves as interactions" (off by default): when on, every ER the creator sees, on every
 * screen and in every file, adds saves to likes + comments + shares and is labelled so.
 */
export async function getIncludeSaves(userId: string): Promise<boolean> {
  return (await getEarningsSettingsRecord(userId)).includeSaves;
}

/** Turns the saves option on or off, keeping the rest of the model (a missing row gets the defaults). */
export async function saveIncludeSaves(userId: string, includeSaves: boolean): Promise<void> {
  // A creator without a saved model gets the defaults in their own currency, as the pages show.
  const { currency } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { currency: true } });
  await db.earningsSettings.upsert({
    where: { userId },
    create: { userId, ...earningsSettingsData(defaultEarningsSettingsIn(currency)), includeSavesInRate: includeSaves },
    update: { includeSavesInRate: includeSaves },
  });
}

/** The columns of a settings row. */
export function earningsSettingsData(input: EarningsSettings) {
  return {
    fundRateMillicentsPer1000: input.fundRateMillicentsPer1000,
    rewardsRateMillicentsPer1000: input.rewardsRateMillicentsPer1000,
    rewardsMinDurationSeconds: input.rewardsMinDurationSeconds,
    rewardsMinViews: input.rewardsMinViews,
    brandRateCentsPer1000Followers: input.brandRateCentsPer1000Followers,
    brandEngagementBonusPercent: input.brandEngagementBonusPercent,
    brandBonusMinRate: input.brandBonusMinRate.toFixed(2),
    affiliateCommissionPercent: input.affiliateCommissionPercent.toFixed(2),
  };
}

/** Saves the whole model (insert or replace). */
export async function saveEarningsSettings(userId: string, input: EarningsSettings): Promise<EarningsSettings> {
  const data = earningsSettingsData(input);
  const row = await db.earningsSettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  return fromRow(row);
}

/** Sets only the views rates (both Fund and Rewards), keeping the rest: "Use this as my rate". */
export async function saveViewsRate(userId: string, millicentsPer1000: number): Promise<EarningsSettings> {
  const current = await getEarningsSettings(userId);
  return saveEarningsSettings(userId, {
    ...current,
    fundRateMillicentsPer1000: millicentsPer1000,
    rewardsRateMillicentsPer1000: millicentsPer1000,
  });
}
