import "server-only";
import { getEarningsSettings, saveEarningsSettings, saveViewsRate } from "@/lib/data/earnings-settings";
import { getAccountCurrency } from "@/lib/data/currency";
import { calibrationMonths, getMonthlyComparison } from "@/lib/data/income";
import { effectiveRate } from "@/lib/domain/calibration";
import { formatRatePer1000 } from "@/lib/domain/earnings";
import { formValues } from "@/lib/validation/form-state";
import { EARNINGS_SETTINGS_FIELDS, earningsSettingsSchemaFor, maxRateMillicents } from "@/lib/validation/earnings";
import { invalidInput, type ActionOutcome, type ActionUser } from "./helpers";

// The work behind the earnings-model forms, for a creator already known (see ./helpers.ts).

const REVALIDATE = ["/earnings", "/dashboard", "/insights"];

export async function handleSaveEarningsSettings(user: ActionUser, formData: FormData): Promise<ActionOutcome> {
  const values = formValues(formData, EARNINGS_SETTINGS_FIELDS);
  const parsed = earningsSettingsSchemaFor(await getAccountCurrency(user.id)).safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  await saveEarningsSettings(user.id, parsed.data);
  return { ok: true, revalidate: REVALIDATE, state: { ok: true, message: "Earnings model saved. Your estimates now use it." } };
}

/**
 * "Use this as my rate": the effective rate is computed again here from the creator's own
 * ledger and readings (never taken from the form), then saved as both views rates.
 */
export async function handleUseEffectiveRate(user: ActionUser, _formData: FormData, now = new Date()): Promise<ActionOutcome> {
  const [settings, currency] = await Promise.all([getEarningsSettings(user.id), getAccountCurrency(user.id)]);
  const comparison = await getMonthlyComparison(user.id, { timeZone: user.timeZone, currency, settings, now });
  const rate = effectiveRate(calibrationMonths(comparison));
  if (rate.kind !== "rate" || rate.millicentsPer1000 > maxRateMillicents(currency)) {
    return {
      ok: false,
      state: { message: "There is no effective rate to save yet: record views payouts and readings for the same months." },
    };
  }
  await saveViewsRate(user.id, rate.millicentsPer1000);
  return {
    ok: true,
    revalidate: REVALIDATE,
    state: {
      ok: true,
      message: `Saved ${formatRatePer1000(rate.millicentsPer1000, { currency, locale: "en-US" })} per 1,000 views as your Creator Fund and Creator Rewards rate.`,
    },
  };
}
