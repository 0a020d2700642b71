import Link from "next/link";
import type { TopVideo } from "@/lib/domain/dashboard-view/top-videos";
import { TierBadge } from "@/components/ui/tier-badge";

type Props = { title: string; videos: TopVideo[]; metric: "engagement" | "earnings"; empty: string };

/** A short ranked list of videos, each linking to its page. */
export function TopVideos({ title, videos, metric, empty }: Props) {
  const headingId = `top-${metric}`;
  return (
    <section
      aria-labelledby={headingId}
      className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h3 id={headingId} className="font-semibold">
        {title}
      </h3>
      {videos.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{empty}</p>
      ) : (
        <ol className="mt-2 divide-y divide-slate-100 dark:divide-slate-800">
          {videos.map((v, i) => (
            <li key={v.id} className="flex items-start gap-3 py-2">
              <span aria-hidden="true" className="tabular w-5 pt-0.5 text-right text-sm text-slate-500 dark:text-slate-400">
                {i + 1}
              </span>
              <div className="min-w-0 flex-1">
                <Link href={v.href} className="block truncate font-medium text-brand-700 hover:underline dark:text-brand-100">
                  {v.title}
                </Link>
                <p className="tabular mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
                  {metric === "engagement" ? (
                    <>
                      <span className="font-semibold text-slate-900 dark:text-slate-100">ER {v.rateText}</span>
                      <TierBadge tier={v.tier} />
                      <span>{v.viewsText} views</span>
                    </>
                  ) : (
                    <>
                      <span className="font-semibold text-slate-900 dark:text-slate-100">{v.payoutText}</span>
                      <span>{v.programText}</span>
                      <span>
                        {v.viewsText} views · ER {v.rateText}
                      </span>
                    </>
                  )}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
