import { FIELD_LABELS } from "../headers";
import { parseCount } from "../numbers";
import { yieldToEventLoop } from "../table";
import type { DayRow } from "../types";
import { dateLabel } from "./cell-dates";
import { Columns } from "./cells";
import { finishDaily, readDays } from "./daily";
import { emptyOutput, SAMPLE_ROWS, YIELD_EVERY, type KindInput, type KindOutput } from "./kind";
import { warnDuplicate } from "./problem-log";

// Overview.csv: the account's figures, one row per day.


export async function parseOverview(input: KindInput): Promise<KindOutput> {
  const cols = new Columns(input.header, input.map);
  const { log } = input;
  const out = emptyOutput();
  const { days, yearless, today } = readDays(input, cols);
  const fields = {
    videoViews: cols.pick("videoViews"),
    profileViews: cols.pick("profileViews"),
    likes: cols.pick("likes"),
    comments: cols.pick("comments"),
    shares: cols.pick("shares"),
  } as const;
  const byDate = new Map<string, DayRow>();
  let k = 0;
  for (const { row, date } of days) {
    if (++k % YIELD_EVERY === 0) await yieldToEventLoop();
    const values: Record<keyof typeof fields, bigint | null> = { videoViews: null, profileViews: null, likes: null, comments: null, shares: null };
    // A cell that isn't a number skips the day whole: half a day's figures would read as zeros.
    let bad = false;
    for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
      const f = fields[key];
      if (f === null) continue;
      const r = parseCount(cols.cell(row, f));
      if (!r.ok) {
        log.add(row.line, cols.name(f), `${r.error} Row skipped.`);
        bad = true;
        continue;
      }
      if (r.value !== null && r.value < 0n) {
        const why =
          key === "comments"
            ? "TikTok counts deleted comments this way"
            : key === "likes"
              ? "TikTok counts removed likes this way"
              : "TikTok reported a correction";
        log.add(row.line, cols.name(f), `Negative ${FIELD_LABELS[f].toLowerCase()} (${r.value}): ${why}. Kept as is.`, "warning");
      }
      values[key] = r.value;
    }
    if (bad) continue;
    if (Object.values(values).every((v) => v === null)) {
      log.add(row.line, null, `No figures for ${dateLabel(date)}: row skipped.`, "warning");
      continue;
    }
    warnDuplicate(byDate, date, { line: row.line, date, ...values }, log, `${dateLabel(date)}`);
  }
  out.days = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  finishDaily(out, out.days.map((d) => d.date), today, yearless);
  const show = (v: bigint | null) => (v === null ? "—" : String(v));
  out.sample = {
    columns: ["Date", "Video views", "Profile views", "Likes", "Comments", "Shares"],
    rows: out.days.slice(-SAMPLE_ROWS).map((d) => [d.date, show(d.videoViews), show(d.profileViews), show(d.likes), show(d.comments), show(d.shares)]),
  };
  return out;
}
