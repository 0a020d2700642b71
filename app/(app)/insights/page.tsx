import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { getEarningsSettings } from "@/lib/data/earnings-settings";
import { getGoalPoints, listGoals, PACE_WINDOWS } from "@/lib/data/goals";
import { BENCHMARK_DAYS, getInsightsInput, getStanding } from "@/lib/data/insights";
import { bandComparison } from "@/lib/domain/benchmarks";
import { rewardsEligibility } from "@/lib/domain/eligibility";
import { rateFromSums } from "@/lib/domain/engagement";
import { formatCount, formatRate } from "@/lib/domain/format";
import { buildInsights } from "@/lib/domain/insights";
import { GOAL_LABELS, goalPace } from "@/lib/domain/pacing";
import { addDaysToDateString, formatCalendarDate, localDateString } from "@/lib/domain/time";
import { EligibilityCard } from "@/components/insights/eligibility-card";
import { GoalForm } from "@/components/insights/goal-form";
import { GoalsList, type GoalView } from "@/components/insights/goals-list";
import { InsightsList } from "@/components/insights/insights-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageSection } from "@/components/ui/page-section";

export const metadata: Metadata = { title: "Insights" };

// Where the creator stands (size-aware benchmark, Creator Rewards progress), their goals with
// pacing, and observations from their own videos.
export default async function InsightsPage() {
  const user = await requireUser();
  const { timeZone } = user;
  const now = new Date();
  const settings = await getEarningsSettings(user.id);
  const [standing, insightsInput, goals, points] = await Promise.all([
    getStanding(user.id, settings, timeZone, now),
    getInsightsInput(user.id, timeZone, now),
    listGoals(user.id),
    getGoalPoints(user.id, timeZone, now),
  ]);
  const locale = user.locale;
  const today = localDateString(now, timeZone);
  const formatDay = (date: string) => formatCalendarDate(date, locale);

  const rate = rateFromSums(standing.recent.interactions, standing.recent.views);
  const followers = standing.eligibility.followers;
  const comparison = followers === null ? null : bandComparison(rate, followers);
  const benchmarkText =
    comparison === null
      ? "Record your follower count on the Followers page to compare your ER with accounts of your size."
      : rate === null
        ? `No views yet on videos posted in the last ${BENCHMARK_DAYS} days, so there is no ER to compare: ${comparison.text}.`
        : `Your ER over the last ${BENCHMARK_DAYS} days is ${formatRate(rate, locale)} (view-weighted over ${formatCount(standing.recent.videos, locale)} ${standing.recent.videos === 1 ? "video" : "videos"}), ${comparison.text}.`;

  const eligibility = rewardsEligibility(
    { ...standing.eligibility, followersDate: standing.eligibility.followersDate ? formatDay(standing.eligibility.followersDate) : null },
    locale,
  );
  const insights = buildInsights(insightsInput, { locale, timeZone });

  const goalViews: GoalView[] = goals.map((g) => {
    const target = Number(g.target);
    const targetText =
      g.kind === "engagement_rate"
        ? formatRate(target, locale)
        : g.kind === "monthly_views"
          ? `${formatCount(BigInt(g.target.split(".")[0] ?? "0"), locale)} views a month`
          : formatCount(BigInt(g.target.split(".")[0] ?? "0"), locale);
    return {
      id: g.id,
      title: GOAL_LABELS[g.kind],
      targetText: g.targetDate ? `${targetText} by ${formatDay(g.targetDate)}` : targetText,
      pace: goalPace({ kind: g.kind, target, targetDate: g.targetDate, points: points[g.kind], today, locale, formatDay }),
    };
  });

  return (
    <section className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Insights</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-300">Where you stand, where you are heading, and what your own videos show.</p>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <PageSection id="benchmark" title="Against accounts of your size" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <p className="text-slate-800 dark:text-slate-200">{benchmarkText}</p>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Published medians differ by source and are per follower, so treat the comparison as approximate. Fixed tiers call most
            large accounts “Below average”; this compares you with accounts of the same size.
          </p>
        </PageSection>
        <EligibilityCard eligibility={eligibility} />
      </div>

      <PageSection id="goals" title="Goals" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <GoalForm tomorrow={addDaysToDateString(today, 1)} />
        {goalViews.length ? (
          <GoalsList goals={goalViews} />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">No goals yet. Set one above to see when you reach it at your current pace.</p>
        )}
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The pace is the slope of a straight line fitted through your recent points: follower counts of the last{" "}
          {PACE_WINDOWS.followerDays} days, views gained in each of the last {PACE_WINDOWS.viewMonths} complete months, and weekly
          ER of the last {PACE_WINDOWS.erWeeks} weeks. The projection starts from your latest figure.
        </p>
      </PageSection>

      <PageSection id="insights" title="What your videos show" className="space-y-3">
        {insightsInput.weeks.length === 0 && insightsInput.hashtags.with.videos + insightsInput.hashtags.without.videos === 0 ? (
          <EmptyState title="No videos from the last year yet">
            <p>
              Insights compare your own videos with each other. <Link href="/videos/new" className="underline">Add a video</Link> with
              its readings to start.
            </p>
          </EmptyState>
        ) : (
          <InsightsList insights={insights} />
        )}
      </PageSection>
    </section>
  );
}
