import "server-only";
import { DEFAULT_EARNINGS_SETTINGS, type EarningsSettings } from "@/lib/domain/earnings";

/**
 * The earnings settings a creator's estimates use. Every creator gets DOMAIN.md's defaults
 * for now; a later issue stores per-creator settings, and only this function changes then.
 */
export async function getEarningsSettings(userId: string): Promise<EarningsSettings> {
  void userId;
  return { ...DEFAULT_EARNINGS_SETTINGS };
}
