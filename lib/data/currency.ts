import "server-only";
import { db } from "@/lib/db";
import { convertMinor, type ExchangeRate } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "./ids";
import { earningsSettingsData, readEarningsSettings } from "./earnings-settings";

// Changing the account's currency. Every money figure is in it, so a change converts, once and
// in one transaction: the earnings model's rates (stored in minor units of the currency) and
// the amounts the ledger counts (credited_cents; what was paid, in its own currency, is never
// touched), at the rate the creator confirmed, which is recorded in currency_conversions.

export type CurrencyChange = { from: string; to: string; rate: ExchangeRate };

/** Sets the account's currency to `to`, converting at `rate` (1 current = rate `to`). No-op when unchanged. */
export async function changeAccountCurrency(userId: string, to: string, rate: ExchangeRate): Promise<{ changed: boolean }> {
  if (!isUuid(userId)) throw new NotFoundError("account");
  return db.$transaction(async (tx) => {
    // Locks the account row: two changes at once convert one after the other, never twice from one state.
    const users = await tx.$queryRaw<{ currency: string }[]>`SELECT currency FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
    const from = users[0]?.currency;
    if (from === undefined) throw new NotFoundError("account");
    if (from === to) return { changed: false };

    const current = await readEarningsSettings(tx, userId, from);
    const converted = {
      ...current,
      fundRateMillicentsPer1000: Number(convertMinor(BigInt(current.fundRateMillicentsPer1000), from, to, rate)),
      rewardsRateMillicentsPer1000: Number(convertMinor(BigInt(current.rewardsRateMillicentsPer1000), from, to, rate)),
      brandRateCentsPer1000Followers: Number(convertMinor(BigInt(current.brandRateCentsPer1000Followers), from, to, rate)),
    };
    const data = earningsSettingsData(converted);
    await tx.earningsSettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });

    // Entries paid in the new currency count as paid; others counted in the old one are converted.
    await tx.$executeRaw`
      UPDATE income_entries SET credited_cents = amount_cents, credited_currency = currency
      WHERE user_id = ${userId}::uuid AND currency = ${to}`;
    const credited = await tx.$queryRaw<{ id: string; credited_cents: bigint }[]>`
      SELECT id, credited_cents FROM income_entries
      WHERE user_id = ${userId}::uuid AND currency <> ${to} AND credited_cents IS NOT NULL AND credited_currency = ${from}`;
    if (credited.length > 0) {
      const ids = credited.map((e) => e.id);
      const cents = credited.map((e) => convertMinor(BigInt(e.credited_cents), from, to, rate).toString());
      await tx.$executeRaw`
        UPDATE income_entries e SET credited_cents = c.cents::bigint, credited_currency = ${to}
        FROM unnest(${ids}::uuid[], ${cents}::text[]) AS c(id, cents)
        WHERE e.id = c.id AND e.user_id = ${userId}::uuid`;
    }
    await tx.currencyConversion.create({ data: { userId, fromCurrency: from, toCurrency: to, rate: rate.text } });
    await tx.user.update({ where: { id: userId }, data: { currency: to } });
    return { changed: true };
  });
}

/** The conversions of the account, newest first (shown on the settings page). */
export async function listCurrencyConversions(userId: string, limit = 5) {
  return db.currencyConversion.findMany({
    where: { userId },
    orderBy: { convertedAt: "desc" },
    take: limit,
    select: { fromCurrency: true, toCurrency: true, rate: true, convertedAt: true },
  });
}

/** The account's currency, read at write time (a change may have happened since the session began). */
export async function getAccountCurrency(userId: string): Promise<string> {
  if (!isUuid(userId)) throw new NotFoundError("account");
  const row = await db.user.findUnique({ where: { id: userId }, select: { currency: true } });
  if (!row) throw new NotFoundError("account");
  return row.currency;
}
