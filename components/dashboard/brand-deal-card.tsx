import Link from "next/link";
import type { BrandDealView } from "@/lib/domain/dashboard-view/brand-deal";

/** What one sponsored video could be worth at the range's audience and ER, with its inputs. */
export function BrandDealCard({ deal }: { deal: BrandDealView }) {
  return (
    <section
      aria-labelledby="brand-deal-heading"
      className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h3 id="brand-deal-heading" className="font-semibold">
        Brand deal estimate
      </h3>
      {deal.available ? (
        <>
          <p className="tabular mt-1 text-2xl font-bold tracking-tight">
            {deal.valueText} <span className="text-base font-medium text-slate-600 dark:text-slate-400">per sponsored video</span>
          </p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-600 dark:text-slate-400">Followers</dt>
            <dd className="tabular">
              {deal.followersText} <span className="text-slate-600 dark:text-slate-400">(as of {deal.followersDate})</span>
            </dd>
            <dt className="text-slate-600 dark:text-slate-400">ER of this range</dt>
            <dd className="tabular">{deal.rateText}</dd>
          </dl>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{deal.explanation}</p>
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            A rule of thumb, not an offer: brands pay about 10–20 US dollars per 1,000 followers (your model holds it in your currency), and 20–50 % more from 5 % ER.
            It is not added to the chart because only you know how many deals you made.
          </p>
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {deal.reason}{" "}
          <Link href="/followers" className="font-medium text-brand-700 underline dark:text-brand-100">
            Record followers
          </Link>
        </p>
      )}
    </section>
  );
}
