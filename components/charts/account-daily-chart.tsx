import type { AccountDailyChartProps } from "@/lib/domain/dashboard-view/account-daily";
import { ChartFrame } from "./chart-frame";
import { AccountDailyCanvas } from "./lazy-canvases";

/** The account's day-by-day figures from TikTok Studio (Overview and FollowerHistory): views as bars, followers as a line; the canvas loads after first paint. */
export function AccountDailyChart({ points, locale, summary, partialNote }: AccountDailyChartProps) {
  return (
    <ChartFrame
      title="Account, day by day"
      summary={summary}
      notes={[partialNote]}
      table={{
        caption: "Daily account figures from TikTok Studio",
        columns: [
          { label: "Day", field: "dayText" },
          { label: "Video views", numeric: true, field: "videoViewsText" },
          { label: "Profile views", numeric: true, field: "profileViewsText" },
          { label: "Likes", numeric: true, field: "likesText" },
          { label: "Comments", numeric: true, field: "commentsText" },
          { label: "Shares", numeric: true, field: "sharesText" },
          { label: "Followers", numeric: true, field: "followersText" },
        ],
        rows: points,
        rowKey: "date",
      }}
    >
      <AccountDailyCanvas points={points} locale={locale} />
    </ChartFrame>
  );
}
