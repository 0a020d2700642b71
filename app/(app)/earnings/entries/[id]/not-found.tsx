import Link from "next/link";

export default function IncomeEntryNotFound() {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">Entry not found</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">This ledger entry doesn&apos;t exist, or it was deleted.</p>
      <Link href="/earnings#ledger" className="mt-6 inline-block font-medium text-brand-700 underline dark:text-brand-100">
        Back to your earnings
      </Link>
    </section>
  );
}
