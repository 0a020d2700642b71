import "server-only";
import { csvColumns } from "@/lib/csv/encode";
import type { ReportChunks, ReportContext, ReportPeriod } from "@/lib/reports/context";
import { copyReport } from "./copy-report";

// Followers: every follower count recorded in the range (calendar dates in the creator's
// zone), with the change since the count before it, as the Followers page lists them. The
// change is computed over the whole history, so the first row of a range has its change too.

export const FOLLOWERS_COLUMNS = csvColumns([
  { name: "date", kind: "text" },
  { name: "followers", kind: "number" },
  { name: "change_since_previous", kind: "number" },
  { name: "previous_date", kind: "text" },
]);

export function followersReport(ctx: ReportContext, period: ReportPeriod): ReportChunks {
  return copyReport(ctx, FOLLOWERS_COLUMNS, (s) => `
    SELECT to_char(f.date, 'YYYY-MM-DD'), f.followers, f.change, to_char(f.previous_date, 'YYYY-MM-DD')
    FROM (
      SELECT date, followers,
             followers - lag(followers) OVER w AS change,
             lag(date) OVER w AS previous_date
      FROM follower_snapshots
      WHERE user_id = ${s.literal(ctx.user.id)}::uuid
      WINDOW w AS (ORDER BY date)
    ) f
    WHERE f.date >= ${s.literal(period.firstDate)}::date AND f.date <= ${s.literal(period.lastDate)}::date
    ORDER BY f.date`);
}
