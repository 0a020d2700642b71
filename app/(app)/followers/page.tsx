import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import Link from "next/link";
import { getPerFollowerSummary } from "@/lib/data/follower-counts";
import { listFollowerCounts } from "@/lib/data/followers";
import { interactionsDefinition, perFollowerErLabel } from "@/lib/domain/engagement-variants";
import { formatCount, formatRate } from "@/lib/domain/format";
import { formatCalendarDate, localDateString } from "@/lib/domain/time";
import { FollowerForm } from "@/components/followers/follower-form";
import { FollowersTable } from "@/components/followers/followers-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportButton } from "@/components/reports/export-button";
import { PageSection } from "@/components/ui/page-section";

export const metadata: Metadata = { title: "Followers" };

export default async function FollowersPage() {
  const user = await requireUser();
  const [rows, perFollower] = await Promise.all([listFollowerCounts(user.id), getPerFollowerSummary(user)]);
  const opts = { includeSaves: perFollower.includeSaves };
  const today = localDateString(new Date(), user.timeZone);
  return (
    <section className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Followers</h1>
        <ExportButton report="followers" />
      </div>
      <PageSection id="per-follower" title={<>{perFollowerErLabel(opts)}, last 28 days</>} className="max-w-2xl space-y-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <p className="tabular text-2xl font-bold" data-testid="per-follower-rate">
          {formatRate(perFollower.rate, user.locale)}
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {perFollower.followersAtEnd && perFollower.rate !== null
            ? `${formatCount(perFollower.interactions, user.locale)} interactions (${interactionsDefinition(opts)}) on the ${formatCount(perFollower.videos, user.locale)} videos posted ${formatCalendarDate(perFollower.firstDate, user.locale)} – ${formatCalendarDate(perFollower.lastDate, user.locale)}, ÷ ${formatCount(perFollower.followersAtEnd.followers, user.locale)} followers (count of ${formatCalendarDate(perFollower.followersAtEnd.date, user.locale)}).`
            : perFollower.followersAtEnd
              ? "Your latest follower count is 0, so there is no ER per follower."
              : "No follower count recorded yet: record one below."}{" "}
          Each video&apos;s page shows it per reading, at the count in force that day; the{" "}
          <Link href="/dashboard" className="underline">
            dashboard
          </Link>{" "}
          shows it for any range.
        </p>
      </PageSection>
      <section aria-labelledby="record-followers" className="max-w-2xl space-y-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="record-followers" className="text-lg font-semibold">
          Record follower count
        </h2>
        <FollowerForm today={today} timeZone={user.timeZone} />
      </section>
      <section aria-labelledby="follower-history" className="space-y-3">
        <h2 id="follower-history" className="text-lg font-semibold">
          History
        </h2>
        {rows.length ? (
          <FollowersTable rows={rows} locale={user.locale} />
        ) : (
          <EmptyState title="No follower counts yet">
            <p>Record today&apos;s count above; per-follower ER and brand-deal estimates use it.</p>
          </EmptyState>
        )}
      </section>
    </section>
  );
}
