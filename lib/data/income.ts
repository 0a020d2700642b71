import "server-only";
import { db, readRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EarningsSettings } from "@/lib/domain/earnings";
import type { CalibrationMonth } from "@/lib/domain/calibration";
import type { ComparisonMonthInput } from "@/lib/domain/earnings-comparison-view";
import { viewsMicros } from "@/lib/domain/money";
import { addMonthsToDateString, localDateString } from "@/lib/domain/time";
import type { Bucket } from "@/lib/domain/series";
import { NotFoundError } from "@/lib/errors";
import type { IncomeEntryInput, IncomeStreamName } from "@/lib/validation/income";
import { isUuid } from "./ids";

// The ledger of actual income, and the monthly comparison of estimate against actual. Every
// function takes the creator's id first and only ever touches that creator's rows; another
// creator's entry (or video) is "not found", exactly like a missing one.
//
// Estimates per month use the views each video GAINED in the month (latest reading before the
// month ends − latest reading before it starts, 0 without one; summed telescopically as the
// differences between consecutive readings captured in the month) at the creator's Fund or
// Rewards rate: the views paid at each rate are summed exactly in SQL and multiplied by the
// rate here (micros), rounded once where shown (lib/domain/money.ts). That is the same basis
// as the effective rate (lib/domain/calibration.ts), so using that rate makes the estimate match.
//
// Everything is in the account's currency: an entry paid in another currency counts with the
// amount the bank credited in the account's currency (credited_cents); one whose credited
// amount is not known yet is listed but not compared.
/** An entry as stored (the input's fields, amountCents as paid), with its id and its video's title. */
export type IncomeEntryRow = { id: string } & IncomeEntryInput & { videoTitle: string | null };

type EntrySqlRow = {
  id: string;
  received_on: string;
  stream: IncomeStreamName;
  amount_cents: bigint;
  currency: string;
  credited_cents: bigint | null;
  credited_currency: string | null;
  is_refund: boolean;
  video_id: string | null;
  video_title: string | null;
  note: string | null;
};

const toRow = (r: EntrySqlRow): IncomeEntryRow => ({
  id: r.id,
  receivedOn: r.received_on,
  stream: r.stream,
  amountCents: BigInt(r.amount_cents),
  currency: r.currency,
  creditedCents: r.credited_cents === null ? null : BigInt(r.credited_cents),
  creditedCurrency: r.credited_currency,
  isRefund: r.is_refund,
  videoId: r.video_id,
  videoTitle: r.video_title,
  note: r.note,
});

/** The ledger, newest first, with the title of each entry's video. */
export async function listIncomeEntries(userId: string, opts: { limit?: number } = {}): Promise<IncomeEntryRow[]> {
  const limit = Math.min(Math.max(1, opts.limit ?? 200), 2000);
  const rows = await db.$queryRaw<EntrySqlRow[]>`
    SELECT e.id, to_char(e.received_on, 'YYYY-MM-DD') AS received_on, e.stream::text AS stream, e.amount_cents,
           e.currency, e.credited_cents, e.credited_currency, e.is_refund, e.video_id, v.title AS video_title, e.note
    FROM income_entries e
    LEFT JOIN videos v ON v.id = e.video_id AND v.user_id = e.user_id
    WHERE e.user_id = ${userId}::uuid
    ORDER BY e.received_on DESC, e.created_at DESC, e.id
    LIMIT ${limit}`;
  return rows.map(toRow);
}

/** One of the creator's entries; NotFoundError for a missing one or another creator's. */
export async function getIncomeEntry(userId: string, id: string): Promise<IncomeEntryRow> {
  if (!isUuid(id)) throw new NotFoundError("income entry");
  const rows = await db.$queryRaw<EntrySqlRow[]>`
    SELECT e.id, to_char(e.received_on, 'YYYY-MM-DD') AS received_on, e.stream::text AS stream, e.amount_cents,
           e.currency, e.credited_cents, e.credited_currency, e.is_refund, e.video_id, v.title AS video_title, e.note
    FROM income_entries e
    LEFT JOIN videos v ON v.id = e.video_id AND v.user_id = e.user_id
    WHERE e.user_id = ${userId}::uuid AND e.id = ${id}::uuid`;
  const row = rows[0];
  if (!row) throw new NotFoundError("income entry");
  return toRow(row);
}

/** A ledger entry may name a video only of the same creator: anything else is "not found". */
async function assertOwnVideo(userId: string, videoId: string | null): Promise<void> {
  if (videoId === null) return;
  if (!isUuid(videoId)) throw new NotFoundError("video");
  const found = await db.video.findFirst({ where: { id: videoId, userId }, select: { id: true } });
  if (!found) throw new NotFoundError("video");
}

function entryData(input: IncomeEntryInput) {
  return {
    receivedOn: new Date(`${input.receivedOn}T00:00:00Z`),
    stream: input.stream,
    amountCents: input.amountCents,
    currency: input.currency,
    creditedCents: input.creditedCents,
    creditedCurrency: input.creditedCurrency,
    isRefund: input.isRefund,
    videoId: input.videoId,
    note: input.note,
  };
}

export async function createIncomeEntry(userId: string, input: IncomeEntryInput): Promise<{ id: string }> {
  await assertOwnVideo(userId, input.videoId);
  const row = await db.incomeEntry.create({ data: { userId, ...entryData(input) }, select: { id: true } });
  return row;
}

export async function updateIncomeEntry(userId: string, id: string, input: IncomeEntryInput): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError("income entry");
  await assertOwnVideo(userId, input.videoId);
  const { count } = await db.incomeEntry.updateMany({ where: { id, userId }, data: entryData(input) });
  if (count === 0) throw new NotFoundError("income entry");
}

export async function deleteIncomeEntry(userId: string, id: string): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError("income entry");
  const { count } = await db.incomeEntry.deleteMany({ where: { id, userId } });
  if (count === 0) throw new NotFoundError("income entry");
}

/** The creator's videos to pick from on the ledger form, newest first. */
export async function listLedgerVideoOptions(userId: string, limit = 500): Promise<{ id: string; title: string }[]> {
  return db.video.findMany({
    where: { userId },
    select: { id: true, title: true },
    orderBy: [{ postedAt: "desc" }, { id: "asc" }],
    take: limit,
  });
}

// ---------------------------------------------------------------------------------------
// Estimate against actual, per month

/**
 * A month of the comparison as the view takes it ("2026-03-01"; the ledger credited in the
 * account's currency by stream, refunds netted, absent streams 0), plus the payout entries count.
 */
export type MonthlyComparisonMonth = ComparisonMonthInput & {
  /** Views-payout entries that month (counted ones). */
  payoutEntries: number;
};

export type MonthlyComparison = {
  /** From the month of the creator's first video, reading or entry (within the window) to this one. */
  months: MonthlyComparisonMonth[];
  /** Entries of the window without an amount credited in the account's currency: listed, never compared. */
  otherCurrencies: { currency: string; stream: IncomeStreamName; cents: bigint; entries: number }[];
  /** Ledger entries of the creator, all time and every currency. */
  ledgerEntries: number;
};

const emptyStreams = (): Record<IncomeStreamName, bigint> => ({
  views_payout: 0n,
  brand_deal: 0n,
  affiliate: 0n,
  merchandise: 0n,
  other: 0n,
});

const noEntries = (): Record<IncomeStreamName, number> => ({
  views_payout: 0,
  brand_deal: 0,
  affiliate: 0,
  merchandise: 0,
  other: 0,
});

/**
 * The last `months` calendar months in the creator's zone (this one included), from the month
 * of their first video, reading or ledger entry on (earlier months have nothing to say): views
 * gained and the estimated views payout from readings, beside the ledger per stream, in the
 * account's currency. Three statements.
 */
export async function getMonthlyComparison(
  userId: string,
  q: { timeZone: string; currency: string; settings: EarningsSettings; months?: number; now?: Date },
): Promise<MonthlyComparison> {
  const count = Math.min(Math.max(1, q.months ?? 12), 120);
  const today = localDateString(q.now ?? new Date(), q.timeZone);
  const windowStart = addMonthsToDateString(`${today.slice(0, 7)}-01`, -(count - 1));
  const endExclusive = addMonthsToDateString(today, 1);
  const s = q.settings;
  const minDuration = Math.round(s.rewardsMinDurationSeconds);
  const minViews = Math.round(s.rewardsMinViews);

  const [estimates, ledger, first] = await Promise.all([
    db.$queryRaw<{ key: string; views_gained: string; fund_views: string; rewards_views: string }[]>`
      WITH readings AS (
        SELECT ss.video_id, ss.captured_at, ss.views,
               ss.views - COALESCE(lag(ss.views) OVER (PARTITION BY ss.video_id ORDER BY ss.captured_at), 0) AS gained,
               date_trunc('month', ss.captured_at AT TIME ZONE ${q.timeZone}::text) AS month
        FROM stat_snapshots ss
        WHERE ss.user_id = ${userId}::uuid
          AND (ss.captured_at AT TIME ZONE ${q.timeZone}::text) < ${endExclusive}::timestamp
      ),
      per_video_month AS (
        SELECT r.video_id, r.month, sum(r.gained) AS gained,
               (array_agg(r.views ORDER BY r.captured_at DESC))[1] AS views_at_end
        FROM readings r
        WHERE r.month >= ${windowStart}::timestamp
        GROUP BY r.video_id, r.month
      )
      SELECT to_char(p.month, 'YYYY-MM-DD') AS key,
             sum(p.gained)::text AS views_gained,
             sum(CASE WHEN v.duration_seconds IS NOT NULL AND v.duration_seconds >= ${minDuration}::int THEN 0
                      ELSE GREATEST(p.gained, 0) END)::text AS fund_views,
             sum(CASE WHEN v.duration_seconds IS NOT NULL AND v.duration_seconds >= ${minDuration}::int
                           AND p.views_at_end >= ${minViews}::bigint
                      THEN GREATEST(p.gained, 0) ELSE 0 END)::text AS rewards_views
      FROM per_video_month p
      JOIN videos v ON v.id = p.video_id AND v.user_id = ${userId}::uuid
      GROUP BY p.month
      ORDER BY p.month`,
    db.$queryRaw<{ key: string | null; counted: boolean | null; currency: string | null; stream: IncomeStreamName | null; cents: string; entries: number }[]>`
      SELECT to_char(date_trunc('month', received_on::timestamp), 'YYYY-MM-DD') AS key,
             (credited_cents IS NOT NULL AND credited_currency = ${q.currency}) AS counted,
             currency, stream::text AS stream,
             sum(CASE WHEN credited_cents IS NOT NULL AND credited_currency = ${q.currency} THEN credited_cents ELSE amount_cents END)::text AS cents,
             count(*)::int AS entries
      FROM income_entries
      WHERE user_id = ${userId}::uuid AND received_on >= ${windowStart}::date AND received_on < ${endExclusive}::date
      GROUP BY 1, 2, 3, 4
      UNION ALL
      SELECT NULL, NULL, NULL, NULL, '0', count(*)::int FROM income_entries WHERE user_id = ${userId}::uuid`,
    // The first month with anything to say: a video posted, a reading taken or money received.
    db.$queryRaw<{ first: string | null }[]>`
      SELECT to_char(date_trunc('month', least(
               (SELECT min(posted_at) AT TIME ZONE ${q.timeZone}::text FROM videos WHERE user_id = ${userId}::uuid),
               (SELECT min(captured_at) AT TIME ZONE ${q.timeZone}::text FROM stat_snapshots WHERE user_id = ${userId}::uuid),
               (SELECT min(received_on)::timestamp FROM income_entries WHERE user_id = ${userId}::uuid))), 'YYYY-MM-DD') AS first`,
  ]);

  const firstActive = first[0]?.first ?? null;
  const months: MonthlyComparisonMonth[] = [];
  for (let i = 0; i < count; i++) {
    const key = addMonthsToDateString(windowStart, i);
    if (firstActive === null || key < firstActive) continue;
    months.push({
      key,
      viewsGained: 0n,
      estimateFundMicros: 0n,
      estimateRewardsMicros: 0n,
      actual: emptyStreams(),
      entries: noEntries(),
      payoutEntries: 0,
    });
  }
  const byKey = new Map(months.map((m) => [m.key, m]));
  for (const e of estimates) {
    const m = byKey.get(e.key);
    if (!m) continue;
    m.viewsGained = BigInt(e.views_gained);
    m.estimateFundMicros = viewsMicros(BigInt(e.fund_views), s.fundRateMillicentsPer1000);
    m.estimateRewardsMicros = viewsMicros(BigInt(e.rewards_views), s.rewardsRateMillicentsPer1000);
  }
  const otherCurrencies: MonthlyComparison["otherCurrencies"] = [];
  let ledgerEntries = 0;
  for (const l of ledger) {
    if (l.key === null || l.stream === null || l.currency === null) {
      ledgerEntries = l.entries;
      continue;
    }
    if (!l.counted) {
      const o = otherCurrencies.find((x) => x.currency === l.currency && x.stream === l.stream);
      if (o) {
        o.cents += BigInt(l.cents);
        o.entries += l.entries;
      } else otherCurrencies.push({ currency: l.currency, stream: l.stream, cents: BigInt(l.cents), entries: l.entries });
      continue;
    }
    const m = byKey.get(l.key);
    if (!m) continue;
    m.actual[l.stream] += BigInt(l.cents);
    m.entries[l.stream] += l.entries;
    if (l.stream === "views_payout") m.payoutEntries += l.entries;
  }
  return { months, otherCurrencies, ledgerEntries };
}

/** The months of a comparison as the calibration reads them. */
export function calibrationMonths(c: MonthlyComparison): CalibrationMonth[] {
  return c.months.map((m) => ({
    key: m.key,
    payoutCents: m.actual.views_payout,
    payoutEntries: m.payoutEntries,
    viewsGained: m.viewsGained,
  }));
}

// ---------------------------------------------------------------------------------------
// The dashboard's "actual" bars

export type ActualIncomeBuckets = {
  /** Ledger entries of the creator, all time and every currency: the bars show once there is one. */
  ledgerEntries: number;
  /** Per bucket key of received_on, credited in the account's currency. */
  buckets: { key: string; viewsPayoutCents: bigint; otherCents: bigint }[];
  /** Entries of the range without an amount credited in the account's currency (not drawn). */
  otherCurrencyEntries: number;
};

/** What the creator recorded as received, per bucket of the dashboard's range (one statement). */
export async function getActualIncomeByBucket(
  userId: string,
  q: { from: Date; to: Date; bucket: Bucket; timeZone: string; currency: string },
): Promise<ActualIncomeBuckets> {
  const unit = q.bucket === "day" ? "day" : q.bucket === "week" ? "week" : "month";
  const fromDate = localDateString(q.from, q.timeZone);
  const toDate = localDateString(q.to, q.timeZone);
  const rows = await readRows<{ kind: string; key: string | null; views_cents: string; other_cents: string; entries: number }[]>(Prisma.sql`
    SELECT 'bucket' AS kind, to_char(date_trunc(${unit}::text, received_on::timestamp), 'YYYY-MM-DD') AS key,
           COALESCE(sum(credited_cents) FILTER (WHERE stream = 'views_payout'), 0)::text AS views_cents,
           COALESCE(sum(credited_cents) FILTER (WHERE stream <> 'views_payout'), 0)::text AS other_cents,
           count(*)::int AS entries
    FROM income_entries
    WHERE user_id = ${userId}::uuid AND credited_cents IS NOT NULL AND credited_currency = ${q.currency}
      AND received_on >= ${fromDate}::date AND received_on < ${toDate}::date
    GROUP BY 2
    UNION ALL
    SELECT 'other', NULL, '0', '0', count(*)::int FROM income_entries
    WHERE user_id = ${userId}::uuid AND (credited_cents IS NULL OR credited_currency IS DISTINCT FROM ${q.currency})
      AND received_on >= ${fromDate}::date AND received_on < ${toDate}::date
    UNION ALL
    SELECT 'all', NULL, '0', '0', count(*)::int FROM income_entries WHERE user_id = ${userId}::uuid`);
  const out: ActualIncomeBuckets = { ledgerEntries: 0, buckets: [], otherCurrencyEntries: 0 };
  for (const r of rows) {
    if (r.kind === "all") out.ledgerEntries = r.entries;
    else if (r.kind === "other") out.otherCurrencyEntries = r.entries;
    else if (r.key !== null) out.buckets.push({ key: r.key, viewsPayoutCents: BigInt(r.views_cents), otherCents: BigInt(r.other_cents) });
  }
  out.buckets.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out;
}
