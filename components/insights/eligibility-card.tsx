import type { Eligibility } from "@/lib/domain/eligibility";

/** Creator Rewards: a checklist with progress for what Tierline can measure. */
export function EligibilityCard({ eligibility }: { eligibility: Eligibility }) {
  return (
    <section aria-labelledby="eligibility-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="eligibility-heading" className="text-lg font-semibold">
        Creator Rewards eligibility
      </h2>
      <ul className="space-y-4">
        {eligibility.requirements.map((r) => (
          <li key={r.id}>
            <div className="flex items-baseline justify-between gap-2">
              <span className="font-medium">
                <span aria-hidden="true">{r.met === null ? "◻︎ " : r.met ? "✓ " : "○ "}</span>
                {r.label}
              </span>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {r.met === null ? "Yours to confirm" : r.met ? "Met" : "Not yet"}
              </span>
            </div>
            {r.progressPercent !== null ? (
              <div
                role="progressbar"
                aria-label={r.label}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(r.progressPercent)}
                aria-valuetext={`${r.progressPercent} %`}
                className="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
              >
                <div className={`h-full ${r.met ? "bg-green-600" : "bg-brand-600"}`} style={{ width: `${r.progressPercent}%` }} />
              </div>
            ) : null}
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{r.detail}</p>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-700 dark:text-slate-300">{eligibility.videosText}</p>
      {eligibility.caveat ? <p className="text-sm text-amber-800 dark:text-amber-200">{eligibility.caveat}</p> : null}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Views in the last 30 days: for each video, its latest reading minus its latest reading from before the 30 days (0 if none),
        added up. Record readings regularly for an accurate figure.
      </p>
    </section>
  );
}
