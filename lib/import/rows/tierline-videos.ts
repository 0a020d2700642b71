import { localDateString } from "@/lib/domain/time";
import { earliestPostDateProblem } from "@/lib/validation/datetime";
import { isBlankText } from "@/lib/validation/text";
import { charCount, DURATION_MAX_SECONDS, normalizeHashtags, NOTES_MAX, SOUND_MAX, TITLE_MAX } from "@/lib/validation/video";
import type { Field } from "../headers";
import { LocalTimeConverter } from "../local-time";
import { isMissingCell, parseCount } from "../numbers";
import { yieldToEventLoop, type TableRow } from "../table";
import { videoRefKey, type ReadingRow, type VideoRef, type VideoRow } from "../types";
import { localText } from "./cell-dates";
import { cellText, Columns, readLink, shorten, truncate, unneutralize } from "./cells";
import { MissingCounts, optionalCount, readTotals } from "./counts";
import { emptyOutput, SAMPLE_ROWS, spanOf, YIELD_EVERY, type KindInput, type KindOutput } from "./kind";
import { warnDuplicate, type ProblemLog } from "./problem-log";
import { PLATFORM_ID, readInstant, tierlineTotals } from "./tierline-export";

// Tierline's own Videos export: one video per row, with its latest reading.

function optionalText(row: TableRow, cols: Columns, f: Field | null, max: number, log: ProblemLog): string | null | undefined {
  if (f === null) return undefined;
  const text = unneutralize(cellText(cols.cell(row, f)));
  if (text === "") return null;
  if (charCount(text) > max) {
    log.add(row.line, cols.name(f), `Longer than ${max} characters: shortened.`, "warning");
    return truncate(text, max);
  }
  return text;
}

export async function parseTierlineVideos(input: KindInput): Promise<KindOutput> {
  const { rows, log, now, timeZone: tz } = input;
  const cols = new Columns(input.header, input.map);
  const conv = new LocalTimeConverter(tz);
  const out = emptyOutput();
  const videos = new Map<string, VideoRow>();
  const readings = new Map<string, ReadingRow>();
  const f = {
    pid: cols.pick("platformVideoId"),
    link: cols.pick("videoLink"),
    duration: cols.pick("durationSeconds"),
    hashtags: cols.pick("hashtags"),
    sound: cols.pick("sound"),
    notes: cols.pick("notes"),
    captured: cols.pick("capturedAt"),
    saves: cols.pick("saves"),
  };
  const totals = tierlineTotals(cols);
  const missing = new MissingCounts();
  for (let i = 0; i < rows.length; i++) {
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
    const row = rows[i]!;
    const title = truncate(unneutralize(cellText(cols.cell(row, "videoTitle"))), TITLE_MAX);
    if (isBlankText(title)) {
      log.add(row.line, cols.name("videoTitle"), "The title is empty: row skipped.");
      continue;
    }
    const postedAt = readInstant(row, cols, "postedAt", conv, now, log, "posting time");
    if (!postedAt) continue;
    const tooEarly = earliestPostDateProblem("The posting time", localDateString(postedAt, tz));
    if (tooEarly) {
      log.add(row.line, cols.name("postedAt"), `${tooEarly} Row skipped.`);
      continue;
    }
    // The latest reading the export carried, if any: a bad one skips the row whole.
    let reading: Omit<ReadingRow, "video" | "saves"> | null = null;
    if (f.captured !== null && !isMissingCell(cols.cell(row, f.captured))) {
      const capturedAt = readInstant(row, cols, f.captured, conv, now, log, "reading time");
      if (!capturedAt) continue;
      const { counts, bad } = readTotals(row, cols, totals, log, missing);
      if (bad) continue;
      if (counts) reading = { line: row.line, capturedAt, ...counts, avgWatchTimeSeconds: null, completionRate: null };
    }
    let link: string | null = null;
    let platformVideoId: string | null = null;
    const linkText = unneutralize(cellText(cols.cell(row, f.link)));
    if (linkText !== "") {
      const r = readLink(linkText);
      if ("error" in r) log.add(row.line, cols.name(f.link!), `${r.error} Left empty.`, "warning");
      else ({ link, platformVideoId } = r);
    }
    const pidText = cellText(cols.cell(row, f.pid));
    if (pidText !== "" && !isMissingCell(pidText)) {
      if (PLATFORM_ID.test(pidText)) platformVideoId = pidText;
      else log.add(row.line, cols.name(f.pid!), `“${shorten(pidText)}” is not a TikTok video id. Ignored.`, "warning");
    }
    let durationSeconds: number | null | undefined = undefined;
    if (f.duration !== null) {
      const d = parseCount(cols.cell(row, f.duration));
      if (!d.ok || (d.value !== null && (d.value < 1n || d.value > BigInt(DURATION_MAX_SECONDS)))) {
        log.add(row.line, cols.name(f.duration), `Not a duration from 1 to ${DURATION_MAX_SECONDS} seconds. Left as it was.`, "warning");
      } else {
        durationSeconds = d.value === null ? null : Number(d.value);
      }
    }
    const hashtagText = f.hashtags === null ? undefined : unneutralize(cellText(cols.cell(row, f.hashtags)));
    const ref: VideoRef = platformVideoId
      ? { kind: "pid", value: platformVideoId }
      : link
        ? { kind: "link", value: link }
        : { kind: "tp", value: title, postedAt: postedAt.toISOString() };
    const video: VideoRow = {
      line: row.line,
      ref,
      platformVideoId,
      link,
      title,
      postedAt,
      postedDateOnly: false,
      durationSeconds,
      hashtags: hashtagText === undefined ? undefined : normalizeHashtags(hashtagText).slice(0, 30),
      sound: optionalText(row, cols, f.sound, SOUND_MAX, log),
      notes: optionalText(row, cols, f.notes, NOTES_MAX, log),
    };
    warnDuplicate(videos, videoRefKey(ref), video, log, "This video");
    if (reading) {
      warnDuplicate(
        readings,
        `${videoRefKey(ref)}@${reading.capturedAt.getTime()}`,
        { ...reading, video: ref, saves: optionalCount(row, cols, f.saves, log) },
        log,
        "This reading",
      );
    }
  }
  out.videos = [...videos.values()];
  out.readings = [...readings.values()];
  out.span = spanOf([...out.videos.map((v) => localDateString(v.postedAt, tz)), ...out.readings.map((r) => localDateString(r.capturedAt, tz))]);
  out.notes.push(...missing.notes("those videos are imported without a reading."));
  out.sample = {
    columns: ["Video", "Posted", "Link"],
    rows: out.videos.slice(0, SAMPLE_ROWS).map((v) => [v.title, localText(v.postedAt, tz), v.link ?? "—"]),
  };
  return out;
}
