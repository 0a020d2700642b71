import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { listFollowerSnapshots } from "@/lib/data/followers";
import { localDateString } from "@/lib/domain/time";
import { FollowerForm } from "@/components/forms/follower-form";
import { FollowersTable } from "@/components/tables/followers-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportButton } from "@/components/reports/export-button";

export const metadata: Metadata = { title: "Followers" };

export default async function FollowersPage() {
  const user = await requireUser();
  const rows = await listFollowerSnapshots(user.id);
  const today = localDateString(new Date(), user.timeZone);
  return (
    <section className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Followers</h1>
        <ExportButton report="followers" />
      </div>
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
