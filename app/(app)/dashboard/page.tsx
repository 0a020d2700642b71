import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { getDashboardData } from "@/lib/data/dashboard";
import { parseDashboardParams, type SearchParamsInput } from "@/lib/domain/dashboard-range";
import { buildDashboardView } from "@/lib/domain/dashboard-view";
import { buildActualIncomeView } from "@/lib/domain/dashboard-view/actual-income";
import { EngagementTrendChart } from "@/components/charts/engagement-trend-chart";
import { TierHistoryChart } from "@/components/charts/tier-history-chart";
import { EarningsTrendChart } from "@/components/charts/earnings-trend-chart";
import { VideoScatterChart } from "@/components/charts/video-scatter-chart";
import { FollowersTrendChart } from "@/components/charts/followers-trend-chart";
import { BrandDealCard } from "@/components/dashboard/brand-deal-card";
import { RangePicker } from "@/components/dashboard/range-picker";
import { SummaryCards } from "@/components/dashboard/summary-cards";
import { ViewsBasisForm } from "@/components/dashboard/views-basis-form";
import { TopVideos } from "@/components/dashboard/top-videos";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { AccountDailyChart } from "@/components/charts/account-daily-chart";
import { listDailyAccountStats } from "@/lib/data/daily-account-stats";
import { buildAccountDailyChart } from "@/lib/domain/dashboard-view/account-daily";
import { localDateString } from "@/lib/domain/time";
import { erLabel } from "@/lib/domain/engagement-variants";
import { ExportButton } from "@/components/reports/export-button";
import { PageSection } from "@/components/ui/page-section";

export const metadata: Metadata = { title: "Dashboard" };

// Engagement, tiers and estimated earnings over a range: `?range=90&bucket=week` or
// `?from=2026-06-01&to=2026-08-31&bucket=month`. Invalid parameters fall back to the defaults.
export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const user = await requireUser();
  const search = await searchParams;
  const params = parseDashboardParams(search);
  const data = await getDashboardData(user, params);

  const heading = (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">Dashboard</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-300">Welcome, {user.displayName}.</p>
    </div>
  );

  if (data.kind === "empty") {
    return (
      <section className="space-y-6">
        {heading}
        <EmptyState title="Your dashboard starts with your first video">
          <p>
            Add a video with its views, likes, comments and shares. Tierline then charts your engagement rate (ER), your
            tier (Excellent from 10 %, Good from 5 %, Average from 3 %) and what your views are worth.
          </p>
          <ButtonLink href="/videos/new" className="mt-4 inline-block">
            Add your first video
          </ButtonLink>
        </EmptyState>
      </section>
    );
  }

  const view = buildDashboardView(data, { locale: user.locale, timeZone: data.timeZone, currency: user.currency });
  const hasVideos = view.videosInRange > 0;
  // Account-level daily totals imported from TikTok Studio's Overview.csv, beside the per-video trend.
  const accountDays = buildAccountDailyChart(await listDailyAccountStats(user.id, data.period.firstDate, data.period.lastDate), {
    locale: user.locale,
    today: localDateString(new Date(), data.timeZone),
  });
  const actual = buildActualIncomeView(data.period.bucketKeys, data.period.bucket, data.actual, {
    currency: user.currency,
    locale: user.locale,
  });

  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        {heading}
        <div className="flex flex-wrap items-center gap-2">
          <ExportButton report="trend" searchParams={search} />
          <ButtonLink href="/videos/new">Add video</ButtonLink>
        </div>
      </div>

      <RangePicker range={data.period.range} bucket={data.period.bucket} firstDate={data.period.firstDate} lastDate={data.period.lastDate} />

      {params.notices.length || view.coarsenedNote ? (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {[...params.notices, view.coarsenedNote].filter(Boolean).map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      ) : null}

      <section aria-labelledby="summary-heading" className="space-y-3">
        <div>
          <h2 id="summary-heading" className="text-lg font-semibold">
            {view.rangeLabel}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {view.datesLabel}. {view.basisNote} Charts and top videos count the videos posted in the range.{" "}
            {view.bucketAdjective} figures.
          </p>
          {data.includeSaves ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Saves count as interactions (your choice in <Link href="/settings" className="underline">Settings</Link>): every ER on this page is {erLabel({ includeSaves: true })}.
            </p>
          ) : null}
        </div>
        <SummaryCards cards={view.cards} />
        <ViewsBasisForm current={view.viewsBasis} />
      </section>

      {hasVideos ? (
        <>
          <PageSection id="engagement" title="Engagement and tiers" className="space-y-3">
            <div className="grid gap-4 lg:grid-cols-2">
              <EngagementTrendChart {...view.engagement} />
              <TierHistoryChart {...view.tiers} />
            </div>
            <VideoScatterChart {...view.scatter} />
          </PageSection>

          <PageSection id="money" title="What it is worth" className="space-y-3">
            <div className="grid gap-4 lg:grid-cols-3">
              <div className="lg:col-span-2">
                <EarningsTrendChart {...view.earnings} actual={actual} />
              </div>
              <BrandDealCard deal={view.brandDeal} />
            </div>
          </PageSection>

          <PageSection id="top" title="Top videos" className="space-y-3">
            <div className="grid gap-4 lg:grid-cols-2">
              <TopVideos title={`Highest ${erLabel({ includeSaves: data.includeSaves })}`} metric="engagement" videos={view.topByEngagement} empty="No video in this range has views yet." />
              <TopVideos
                title="Highest estimated earnings"
                metric="earnings"
                videos={view.topByEarnings}
                empty="No video in this range has earned an estimate yet."
              />
            </div>
          </PageSection>
        </>
      ) : (
        <EmptyState title="No videos posted in this range">
          <p>Pick a longer range to see your engagement, tiers and earnings, or add a video.</p>
          <div className="mt-4 flex flex-wrap justify-center gap-3">
            <ButtonLink href="/dashboard?range=all">Show all time</ButtonLink>
            <ButtonLink href="/videos/new" variant="secondary" weight="semibold">
              Add video
            </ButtonLink>
          </div>
        </EmptyState>
      )}

      {view.followers.hasData || accountDays.points.length ? (
        <PageSection id="followers" title="Audience" className="space-y-3">
          {view.followers.hasData ? <FollowersTrendChart {...view.followers} /> : null}
          {accountDays.points.length ? <AccountDailyChart {...accountDays} /> : null}
        </PageSection>
      ) : null}
    </section>
  );
}
