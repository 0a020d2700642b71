import { TIER_LABELS, type Tier } from "@/lib/domain/tier";

// Colour is a second signal only: the label is always written out, and each tier also has
// its own marker shape for readers who cannot tell the colours apart.
const STYLES: Record<Tier, { className: string; marker: string }> = {
  excellent: {
    className: "border-green-300 bg-green-50 text-green-800 dark:border-green-700 dark:bg-green-950 dark:text-green-200",
    marker: "▲▲",
  },
  good: {
    className: "border-sky-300 bg-sky-50 text-sky-800 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-200",
    marker: "▲",
  },
  average: {
    className: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200",
    marker: "■",
  },
  below: {
    className: "border-slate-300 bg-slate-100 text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200",
    marker: "▼",
  },
};

/** "Excellent", "Good", "Average", "Below average"; "No ER yet" for a video without views. */
export function TierBadge({ tier }: { tier: Tier | null }) {
  if (tier === null) {
    return <span className="whitespace-nowrap text-sm text-slate-500 dark:text-slate-400">No ER yet</span>;
  }
  const s = STYLES[tier];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${s.className}`}
    >
      <span aria-hidden="true" className="text-[0.6rem] leading-none">
        {s.marker}
      </span>
      {TIER_LABELS[tier]}
    </span>
  );
}
