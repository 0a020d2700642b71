import type { AccountDailyChartDay } from "@/lib/data/daily-account-stats";
import { ChartFrame } from "./chart-frame";
import { AccountDailyCanvas } from "./lazy-canvases";
import { longDayLabel } from "./account-daily-labels";

type Props = {
  days: AccountDailyChartDay[];
  locale: string;
  /** The creator's today ("2026-08-31"): a last day equal to it is marked partial. */
  today?: string;
};

const sum = (values: (number | null)[]) => values.reduce<number>((a, v) => a + (v ?? 0), 0);

/** The account's day-by-day figures from TikTok Studio (Overview and FollowerHistory): views as bars, followers as a line; the canvas loads after first paint. */
export function AccountDailyChart({ days, locale, today }: Props) {
  const number = new Intl.NumberFormat(locale);
  const signed = new Intl.NumberFormat(locale, { signDisplay: "always" });
  const long = (date: string) => longDayLabel(date, locale);
  const show = (v: number | null) => (v === null ? "—" : number.format(v));

  const first = days[0];
  const last = days[days.length - 1];
  const partial = last && today && last.date === today ? last.date : null;
  const withFollowers = days.filter((d) => d.followers !== null);
  const f0 = withFollowers[0]?.followers ?? null;
  const f1 = withFollowers[withFollowers.length - 1]?.followers ?? null;

  let summary: string;
  if (!first || !last) {
    summary = "No daily account figures in this range yet. Import TikTok Studio's Overview and FollowerHistory files to see them.";
  } else {
    const views = sum(days.map((d) => d.videoViews));
    const profile = sum(days.map((d) => d.profileViews));
    const parts = [`${long(first.date)} – ${long(last.date)}: ${number.format(views)} video views and ${number.format(profile)} profile views`];
    if (f0 !== null && f1 !== null) parts.push(`followers ${number.format(f0)} → ${number.format(f1)} (${signed.format(f1 - f0)})`);
    summary = `${parts.join("; ")}.`;
  }

  return (
    <ChartFrame
      title="Account, day by day"
      summary={summary}
      notes={[partial ? `${long(partial)} is today: its figures are still partial.` : null]}
      table={{
        caption: "Daily account figures from TikTok Studio",
        columns: [
          { label: "Day", field: "day" },
          { label: "Video views", numeric: true, field: "videoViews" },
          { label: "Profile views", numeric: true, field: "profileViews" },
          { label: "Likes", numeric: true, field: "likes" },
          { label: "Comments", numeric: true, field: "comments" },
          { label: "Shares", numeric: true, field: "shares" },
          { label: "Followers", numeric: true, field: "followers" },
        ],
        rows: days.map((d) => ({
          key: d.date,
          day: `${long(d.date)}${d.date === partial ? " (partial)" : ""}`,
          videoViews: show(d.videoViews),
          profileViews: show(d.profileViews),
          likes: show(d.likes),
          comments: show(d.comments),
          shares: show(d.shares),
          followers: show(d.followers),
        })),
        rowKey: "key",
      }}
    >
      <AccountDailyCanvas days={days} locale={locale} partial={partial} />
    </ChartFrame>
  );
}
