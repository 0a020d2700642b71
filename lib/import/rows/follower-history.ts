import { parseCount } from "../numbers";
import type { FollowerRow } from "../types";
import { dateLabel } from "./cell-dates";
import { Columns } from "./cells";
import { finishDaily, readDays } from "./daily";
import { emptyOutput, SAMPLE_ROWS, type KindInput, type KindOutput } from "./kind";
import { warnDuplicate } from "./problem-log";

// FollowerHistory.csv: the follower count, one row per day.

export async function parseFollowerHistory(input: KindInput): Promise<KindOutput> {
  const cols = new Columns(input.header, input.map);
  const { log } = input;
  const out = emptyOutput();
  const { days, yearless, today } = readDays(input, cols);
  const byDate = new Map<string, FollowerRow>();
  for (const { row, date } of days) {
    const r = parseCount(cols.cell(row, "followers"));
    if (!r.ok) {
      log.add(row.line, cols.name("followers"), `${r.error} Row skipped.`);
      continue;
    }
    if (r.value === null) {
      log.add(row.line, cols.name("followers"), `No follower count for ${dateLabel(date)}: row skipped.`, "warning");
      continue;
    }
    if (r.value < 0n) {
      log.add(row.line, cols.name("followers"), "A follower count can't be negative: row skipped.");
      continue;
    }
    warnDuplicate(byDate, date, { line: row.line, date, followers: r.value }, log, `${dateLabel(date)}`);
  }
  out.followers = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  finishDaily(out, out.followers.map((f) => f.date), today, yearless);
  out.sample = { columns: ["Date", "Followers"], rows: out.followers.slice(-SAMPLE_ROWS).map((f) => [f.date, String(f.followers)]) };
  return out;
}
