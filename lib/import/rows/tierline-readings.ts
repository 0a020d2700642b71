import { localDateString } from "@/lib/domain/time";
import { LocalTimeConverter } from "../local-time";
import { yieldToEventLoop } from "../table";
import { videoRefKey, type ReadingRow, type VideoRef } from "../types";
import { localText } from "./cell-dates";
import { cellText, Columns, unneutralize } from "./cells";
import { absentTotalsNote, MissingCounts, optionalCount, optionalDecimal, readTotals } from "./counts";
import { emptyOutput, SAMPLE_ROWS, spanOf, YIELD_EVERY, type KindInput, type KindOutput } from "./kind";
import { warnDuplicate } from "./problem-log";
import { PLATFORM_ID, readInstant, tierlineTotals } from "./tierline-export";

// Tierline's own Readings export: one reading per row, naming its video by TikTok or Tierline id.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function parseTierlineReadings(input: KindInput): Promise<KindOutput> {
  const { rows, log, now, timeZone: tz } = input;
  const cols = new Columns(input.header, input.map);
  const conv = new LocalTimeConverter(tz);
  const out = emptyOutput();
  const readings = new Map<string, ReadingRow>();
  const f = {
    pid: cols.pick("platformVideoId"),
    id: cols.pick("videoId"),
    saves: cols.pick("saves"),
    watch: cols.pick("avgWatchTime"),
    completion: cols.pick("completionRate"),
    title: cols.pick("videoTitle"),
  };
  const totals = tierlineTotals(cols);
  const titles = new Map<string, string>();
  const missing = new MissingCounts();
  for (let i = 0; i < rows.length; i++) {
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
    const row = rows[i]!;
    const pid = cellText(cols.cell(row, f.pid));
    const id = cellText(cols.cell(row, f.id));
    let ref: VideoRef;
    if (pid !== "" && PLATFORM_ID.test(pid)) ref = { kind: "pid", value: pid };
    else if (UUID.test(id)) ref = { kind: "id", value: id.toLowerCase() };
    else {
      log.add(row.line, null, "This reading names no video (no TikTok video id or Tierline video id): skipped.");
      continue;
    }
    const capturedAt = readInstant(row, cols, "capturedAt", conv, now, log, "reading time");
    if (!capturedAt) continue;
    const { counts, bad } = readTotals(row, cols, totals, log, missing);
    if (bad) continue;
    if (!counts) {
      if (totals.views !== null) log.add(row.line, cols.name(totals.views), "No views: reading skipped.");
      continue;
    }
    const key = `${videoRefKey(ref)}@${capturedAt.getTime()}`;
    titles.set(key, unneutralize(cellText(cols.cell(row, f.title))));
    warnDuplicate(
      readings,
      key,
      {
        line: row.line,
        video: ref,
        capturedAt,
        ...counts,
        saves: optionalCount(row, cols, f.saves, log),
        avgWatchTimeSeconds: optionalDecimal(row, cols, f.watch, log, 9_999_999.99, 2),
        completionRate: optionalDecimal(row, cols, f.completion, log, 100, 2),
      },
      log,
      "This reading",
    );
  }
  out.readings = [...readings.values()];
  out.span = spanOf(out.readings.map((r) => localDateString(r.capturedAt, tz)));
  out.notes.push(...absentTotalsNote(totals), ...missing.notes("those readings are skipped."));
  out.notes.push("Readings are added to videos already in Tierline (matched by TikTok video id, or by Tierline's id in your own export). Import the Videos export first for videos Tierline doesn't have yet.");
  out.sample = {
    columns: ["Video", "Captured", "Views", "Likes", "Comments", "Shares"],
    rows: out.readings.slice(0, SAMPLE_ROWS).map((r) => [
      titles.get(`${videoRefKey(r.video)}@${r.capturedAt.getTime()}`) || r.video.value,
      localText(r.capturedAt, tz),
      String(r.views),
      String(r.likes),
      String(r.comments),
      String(r.shares),
    ]),
  };
  return out;
}
