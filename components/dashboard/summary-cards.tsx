import type { DashboardCard } from "@/lib/domain/dashboard-view/cards";
import { TierBadge } from "@/components/ui/tier-badge";
import { ChangeText } from "./change-text";

/** The six headline figures of the range, each with its change against the previous period. */
export function SummaryCards({ cards }: { cards: DashboardCard[] }) {
  return (
    <ul aria-label="Summary" className="grid grid-cols-1 gap-3 min-[375px]:grid-cols-2 lg:grid-cols-3">
      {cards.map((c) => (
        <li
          key={c.id}
          aria-labelledby={`card-${c.id}`}
          className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
        >
          <h3 id={`card-${c.id}`} className="text-sm font-medium text-slate-600 dark:text-slate-400">
            {c.title}
          </h3>
          <p className="tabular mt-1 flex flex-wrap items-center gap-2 text-2xl font-bold tracking-tight break-all">
            <span data-testid={`card-${c.id}-value`}>{c.value}</span>
            {c.id === "engagement" ? <TierBadge tier={c.tier} /> : null}
          </p>
          {c.detail ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{c.detail}</p> : null}
          <div className="mt-2">
            <ChangeText change={c.change} />
          </div>
        </li>
      ))}
    </ul>
  );
}
