// The followers chart: the last count recorded in each bucket of the range.
import type { DashboardPeriod } from "../dashboard-range";
import { bucketText, displayText, type DashboardInput, type DisplayPrefs } from "./input";

export type FollowersTrendProps = {
  locale: string;
  points: { label: string; longLabel: string; followers: number | null; followersText: string; dateText: string }[];
  summary: string;
  hasData: boolean;
};

function followersSummary(counts: DashboardInput["followers"]["points"], prefs: DisplayPrefs): string {
  const { count, date } = displayText(prefs);
  const first = counts[0];
  const last = counts.at(-1);
  if (!first || !last) return "No follower counts recorded in this range.";
  if (first === last) return `${count(last.followers)} followers on ${date(last.date)}, the only count recorded in this range.`;
  const up = last.followers >= first.followers;
  return `${count(last.followers)} followers on ${date(last.date)}, ${up ? "up" : "down"} ${count(up ? last.followers - first.followers : first.followers - last.followers)} from ${count(first.followers)} on ${date(first.date)}.`;
}

export function buildFollowersTrend(period: DashboardPeriod, followers: DashboardInput["followers"], prefs: DisplayPrefs): FollowersTrendProps {
  const { count, date } = displayText(prefs);
  const { label, long } = bucketText(period, prefs.locale);
  const byKey = new Map(followers.points.map((p) => [p.key, p]));
  return {
    locale: prefs.locale,
    points: period.bucketKeys.map((key) => {
      const p = byKey.get(key);
      return {
        label: label(key),
        longLabel: long(key),
        followers: p ? Number(p.followers) : null,
        followersText: p ? count(p.followers) : "—",
        dateText: p ? date(p.date) : "no reading",
      };
    }),
    hasData: followers.points.length > 0,
    summary: followersSummary(followers.points, prefs),
  };
}
