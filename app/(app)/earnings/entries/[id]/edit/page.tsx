import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getIncomeEntry, listLedgerVideoOptions } from "@/lib/data/income";
import { centsToDecimalString } from "@/lib/domain/format";
import { localDateString } from "@/lib/domain/time";
import { NotFoundError } from "@/lib/errors";
import { INCOME_STREAM_LABELS, INCOME_STREAMS } from "@/lib/validation/income";
import { currencyOptions } from "@/lib/validation/settings";
import { IncomeEntryForm } from "@/components/earnings/income-entry-form";

export const metadata: Metadata = { title: "Edit income entry" };

// Editing one ledger entry; another creator's entry is a 404 like a missing one.
export default async function EditIncomeEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const entry = await getIncomeEntry(user.id, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const listed = await listLedgerVideoOptions(user.id);
  // The entry's own video stays choosable even when it is older than the listed ones.
  const videos =
    entry.videoId && entry.videoTitle && !listed.some((v) => v.id === entry.videoId)
      ? [{ id: entry.videoId, title: entry.videoTitle }, ...listed]
      : listed;
  const { timeZone } = user;
  const today = localDateString(new Date(), timeZone);
  const currencies = currencyOptions();
  const abs = entry.amountCents < 0n ? -entry.amountCents : entry.amountCents;
  return (
    <section className="max-w-3xl space-y-6">
      <div>
        <Link href="/earnings#ledger" className="text-sm text-brand-700 underline dark:text-brand-300">
          ← Back to earnings
        </Link>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">Edit income entry</h1>
      </div>
      <div className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <IncomeEntryForm
          entryId={entry.id}
          initial={{
            receivedOn: entry.receivedOn,
            stream: entry.stream,
            amount: centsToDecimalString(abs, entry.currency),
            currency: entry.currency,
            credited:
              entry.currency !== user.currency && entry.creditedCents !== null && entry.creditedCurrency === user.currency
                ? centsToDecimalString(entry.creditedCents < 0n ? -entry.creditedCents : entry.creditedCents, user.currency)
                : "",
            isRefund: entry.isRefund,
            videoId: entry.videoId ?? "",
            note: entry.note ?? "",
          }}
          today={today}
          timeZone={timeZone}
          streams={INCOME_STREAMS.map((v) => ({ value: v, label: INCOME_STREAM_LABELS[v] }))}
          currencies={currencies.includes(entry.currency) ? currencies : [entry.currency, ...currencies]}
          videos={videos.map((v) => ({ value: v.id, label: v.title }))}
          accountCurrency={user.currency}
        />
      </div>
    </section>
  );
}
