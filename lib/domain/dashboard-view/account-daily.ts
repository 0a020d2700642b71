// The account's day-by-day chart: TikTok Studio's daily figures (Overview) beside the follower
// counts, one point per calendar day that has either, as lib/data/daily-account-stats.ts reads
// them. Its own builder because its rows come from their own query, not the range's aggregates.
import { dateTimeFormat, formatCount, numberFormat } from "../format";
import { bucketLabel } from "../trend-shaping";

/** One calendar day of the account as stored: exact counts, null where TikTok Studio gave none. */
export type AccountDay = {
  /** "2026-08-31". */
  date: string;
  videoViews: bigint | null;
  profileViews: bigint | null;
  likes: bigint | null;
  comments: bigint | null;
  shares: bigint | null;
  followers: bigint | null;
};

export type AccountDailyPoint = {
  date: string;
  /** Axis label: "Aug 31". */
  label: string;
  /** The table's day: "Aug 31, 2026", "(partial)" after today's. */
  dayText: string;
  /** The tooltip's title: "Aug 31, 2026", "(partial day)" after today's. */
  tooltipTitle: string;
  /** What the canvas draws: numbers (exact below 2^53, far beyond any account's daily figures). */
  videoViews: number | null;
  profileViews: number | null;
  followers: number | null;
  videoViewsText: string;
  profileViewsText: string;
  likesText: string;
  commentsText: string;
  sharesText: string;
  followersText: string;
};

export type AccountDailyChartProps = {
  points: AccountDailyPoint[];
  locale: string;
  summary: string;
  /** Says that today's figures are still partial, when the last day is today; else null. */
  partialNote: string | null;
};

/** "Aug 31, 2026": a calendar day read as a date, not an instant. */
function longDayLabel(date: string, locale: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return dateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

const toNumber = (v: bigint | null) => (v === null ? null : Number(v));
const total = (values: (bigint | null)[]) => values.reduce<bigint>((a, v) => a + (v ?? 0n), 0n);

function accountDailySummary(days: readonly AccountDay[], locale: string): string {
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return "No daily account figures in this range yet. Import TikTok Studio's Overview and FollowerHistory files to see them.";
  const count = (n: bigint) => formatCount(n, locale);
  const views = total(days.map((d) => d.videoViews));
  const profile = total(days.map((d) => d.profileViews));
  const parts = [`${longDayLabel(first.date, locale)} – ${longDayLabel(last.date, locale)}: ${count(views)} video views and ${count(profile)} profile views`];
  const withFollowers = days.filter((d) => d.followers !== null);
  const f0 = withFollowers[0]?.followers ?? null;
  const f1 = withFollowers.at(-1)?.followers ?? null;
  if (f0 !== null && f1 !== null) {
    parts.push(`followers ${count(f0)} → ${count(f1)} (${numberFormat(locale, { signDisplay: "always" }).format(f1 - f0)})`);
  }
  return `${parts.join("; ")}.`;
}

/**
 * Oldest first in, oldest first out. `today` is the creator's calendar day ("2026-08-31"): a last
 * day equal to it is marked partial (TikTok Studio is still counting it).
 */
export function buildAccountDailyChart(days: readonly AccountDay[], display: { locale: string; today: string }): AccountDailyChartProps {
  const { locale, today } = display;
  const last = days.at(-1);
  const partial = last && last.date === today ? last.date : null;
  const show = (v: bigint | null) => (v === null ? "—" : formatCount(v, locale));
  return {
    points: days.map((d) => {
      const long = longDayLabel(d.date, locale);
      return {
        date: d.date,
        label: bucketLabel(d.date, "day", locale),
        dayText: `${long}${d.date === partial ? " (partial)" : ""}`,
        tooltipTitle: `${long}${d.date === partial ? " (partial day)" : ""}`,
        videoViews: toNumber(d.videoViews),
        profileViews: toNumber(d.profileViews),
        followers: toNumber(d.followers),
        videoViewsText: show(d.videoViews),
        profileViewsText: show(d.profileViews),
        likesText: show(d.likes),
        commentsText: show(d.comments),
        sharesText: show(d.shares),
        followersText: show(d.followers),
      };
    }),
    locale,
    summary: accountDailySummary(days, locale),
    partialNote: partial ? `${longDayLabel(partial, locale)} is today: its figures are still partial.` : null,
  };
}
