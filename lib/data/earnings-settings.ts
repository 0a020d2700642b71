import "server-only";
import { db, readRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_EARNINGS_SETTINGS, type EarningsSettings } from "@/lib/domain/earnings";
import type { EarningsSettings as EarningsSettingsRow } from "@/lib/generated/prisma/client";

// The creator's earnings model (one row per creator). No row means DOMAIN.md's defaults, so a
// new creator's estimates need no write; the first save creates the row.

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
  brandBonusMinRate: number;
  affiliateCommissionPercent: number;
  updatedAt: Date;
  includeSaves: boolean;
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
    SELECT fund_rate_millicents_per_1000 AS "fundRateMillicentsPer1000",
           rewards_rate_millicents_per_1000 AS "rewardsRateMillicentsPer1000",
           rewards_min_duration_seconds AS "rewardsMinDurationSeconds",
           rewards_min_views AS "rewardsMinViews",
           brand_rate_cents_per_1000_followers AS "brandRateCentsPer1000Followers",
           brand_engagement_bonus_percent AS "brandEngagementBonusPercent",
           brand_bonus_min_rate::float8 AS "brandBonusMinRate",
           affiliate_commission_percent::float8 AS "affiliateCommissionPercent",
           updated_at AS "updatedAt",
           include_saves_in_rate AS "includeSaves"
    FROM earnings_settings WHERE user_id = ${userId}::uuid`);
  const row = rows[0];
  if (!row) return { settings: { ...DEFAULT_EARNINGS_SETTINGS }, saved: false, updatedAt: null, includeSaves: false };
  const { updatedAt, includeSaves, ...settings } = row;
  return { settings, saved: true, updatedAt, includeSaves };
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
  await db.earningsSettings.upsert({
    where: { userId },
    create: { userId, includeSavesInRate: includeSaves },
    update: { includeSavesInRate: includeSaves },
  });
}

/** Saves the whole model (insert or replace). */
export async function saveEarningsSettings(userId: string, input: EarningsSettings): Promise<EarningsSettings> {
  const data = {
    fundRateMillicentsPer1000: input.fundRateMillicentsPer1000,
    rewardsRateMillicentsPer1000: input.rewardsRateMillicentsPer1000,
    rewardsMinDurationSeconds: input.rewardsMinDurationSeconds,
    rewardsMinViews: input.rewardsMinViews,
    brandRateCentsPer1000Followers: input.brandRateCentsPer1000Followers,
    brandEngagementBonusPercent: input.brandEngagementBonusPercent,
    brandBonusMinRate: input.brandBonusMinRate.toFixed(2),
    affiliateCommissionPercent: input.affiliateCommissionPercent.toFixed(2),
  };
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
