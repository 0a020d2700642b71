import { localDateString } from "@/lib/domain/time";
import { earliestPostDateProblem } from "@/lib/validation/datetime";
import { isBlankText } from "@/lib/validation/text";
import { charCount, TITLE_MAX } from "@/lib/validation/video";
import { toDateString, type CalendarDate } from "../dates";
import { LocalTimeConverter } from "../local-time";
import { isMissingCell } from "../numbers";
import { yieldToEventLoop } from "../table";
import { videoRefKey, type ReadingRow, type VideoRef, type VideoRow } from "../types";
import { calendar, dateLabel, dateOrder, instantOf, localText, readDate, todayOf, withOwnYear, type DateCache, type Dated } from "./cell-dates";
import { cellText, Columns, readLink, shorten, truncate } from "./cells";
import { absentTotalsNote, MissingCounts, optionalCount, readTotals, type TotalFields } from "./counts";
import { emptyOutput, FUTURE_SLACK_MS, SAMPLE_ROWS, spanOf, YIELD_EVERY, type KindInput, type KindOutput } from "./kind";
import { warnDuplicate } from "./problem-log";

// Content.csv: one video per row, with its totals as of the export

export async function parseContent(input: KindInput): Promise<KindOutput> {
  const { rows, log, timeZone: tz, now } = input;
  const cols = new Columns(input.header, input.map);
  const order = dateOrder(input.map);
  const conv = new LocalTimeConverter(tz);
  const today = todayOf(now, tz);
  const out = emptyOutput();

  // 1. The export's date ("Time"): when the totals were read. Written without a year, nothing
  // in the file gives one: it is the most recent such day on or before today.
  const timeField = cols.pick("time");
  const exportCache: DateCache = new Map();
  const exportParsed = rows.map((r) => {
    const cell = cols.cell(r, timeField);
    if (timeField === null || isMissingCell(cell)) return null;
    const d = readDate(cell, order, true, exportCache);
    if (!d) log.add(r.line, cols.name(timeField), `“${shorten(cellText(cell))}” is not a date. This row's reading is dated today.`, "warning");
    return d;
  });
  const exportDates = exportParsed.map((p) => withOwnYear(p, today));
  let latestExport: CalendarDate | null = null;
  for (const d of exportDates) {
    if (d && typeof d !== "string") {
      const c = calendar(d);
      if (!latestExport || toDateString(c) > toDateString(latestExport)) latestExport = c;
    }
  }

  // 2. Post times: each yearless one gets the most recent year that puts it on or before its
  // row's export date (the file's, never the server's today unless the file has none).
  const postField = cols.pick("postTime", "postedAt");
  const referenceOf = (i: number): CalendarDate => {
    const e = exportDates[i];
    return e && typeof e !== "string" ? calendar(e) : (latestExport ?? today);
  };
  const postParsed = rows.map((r) => {
    const cell = cols.cell(r, postField);
    return postField === null || isMissingCell(cell) ? null : readDate(cell, order);
  });
  const postDates = postParsed.map((p, i) => withOwnYear(p, referenceOf(i)));
  const yearlessPosts: string[] = [];
  const postReferences = new Set<string>();

  const titleField = cols.pick("videoTitle");
  const linkField = cols.pick("videoLink");
  const totals: TotalFields = {
    views: cols.pick("totalViews", "videoViews"),
    likes: cols.pick("totalLikes", "likes"),
    comments: cols.pick("totalComments", "comments"),
    shares: cols.pick("totalShares", "shares"),
  };
  const savesField = cols.pick("saves");
  const videos = new Map<string, VideoRow>();
  const readings = new Map<string, ReadingRow>();
  const missing = new MissingCounts();
  let shortened = 0;
  let noExportDate = 0;
  let captureStamp: string | null = null;

  for (let i = 0; i < rows.length; i++) {
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
    const row = rows[i]!;

    // Link → TikTok id.
    let link: string | null = null;
    let platformVideoId: string | null = null;
    const linkText = linkField === null ? "" : cellText(cols.cell(row, linkField));
    if (!isMissingCell(linkText)) {
      const r = readLink(linkText);
      if ("error" in r) log.add(row.line, cols.name(linkField!), `${r.error} The video is matched by its title and post time instead.`, "warning");
      else ({ link, platformVideoId } = r);
    }

    // Title: one made only of invisible characters is no title.
    let title = titleField === null ? "" : cellText(cols.cell(row, titleField));
    if (isMissingCell(title) || isBlankText(title)) title = platformVideoId ? `TikTok video ${platformVideoId}` : "";
    if (title === "" && !link) {
      log.add(row.line, null, "This row has neither a video title nor a link: skipped.");
      continue;
    }
    if (title === "") title = "Untitled video";
    let titleShortened = false;
    if (title.length > TITLE_MAX && charCount(title) > TITLE_MAX) {
      title = truncate(title, TITLE_MAX);
      titleShortened = true;
    }

    // Post time.
    const posted = postDates[i];
    if (postField === null || posted == null) {
      const cell = postField === null ? undefined : cols.cell(row, postField);
      const message =
        postField === null
          ? "The file has no post time column, so new videos can't be added: skipped."
          : isMissingCell(cell)
            ? "The post time is empty: skipped."
            : `“${shorten(cellText(cell))}” is not a date: skipped.`;
      log.add(row.line, postField === null ? null : cols.name(postField), message);
      continue;
    }
    if (typeof posted === "string") {
      log.add(row.line, cols.name(postField), `${posted} Skipped.`);
      continue;
    }
    const postedAt = instantOf(posted, conv);
    if (postedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
      log.add(row.line, cols.name(postField), "The post time is in the future: skipped.");
      continue;
    }
    const tooEarly = earliestPostDateProblem("The post date", localDateString(postedAt, tz));
    if (tooEarly) {
      log.add(row.line, cols.name(postField), `${tooEarly} Skipped.`);
      continue;
    }

    // The reading: the totals as of the export's date. A bad count skips the row whole: a video
    // stored without the reading its row carried would look like a video with no data.
    const { counts, bad } = readTotals(row, cols, totals, log, missing);
    if (bad) continue;
    let reading: ReadingRow | null = null;
    if (counts) {
      const exported = exportDates[i];
      let capturedAt: Date;
      let dated = false;
      if (exported && typeof exported !== "string") {
        capturedAt = instantOf(exported, conv);
        dated = true;
      } else {
        if (exported && timeField !== null) log.add(row.line, cols.name(timeField), `${exported} This row's reading is dated today.`, "warning");
        capturedAt = conv.toInstant(today.year, today.month, today.day);
      }
      if (capturedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
        log.add(row.line, timeField === null ? null : cols.name(timeField), "The export time is in the future: skipped.");
        continue;
      }
      if (dated) captureStamp ??= (exported as Dated).parsed.time ? null : toDateString(calendar(exported as Dated));
      else noExportDate++;
      // A video posted on the export's day has its totals from after posting.
      if (capturedAt.getTime() < postedAt.getTime()) capturedAt = postedAt;
      reading = { line: row.line, video: { kind: "pid", value: "" }, capturedAt, ...counts, saves: null, avgWatchTimeSeconds: null, completionRate: null };
    }

    const ref: VideoRef = platformVideoId
      ? { kind: "pid", value: platformVideoId }
      : link
        ? { kind: "link", value: link }
        : { kind: "tp", value: title, postedAt: postedAt.toISOString() };
    const video: VideoRow = { line: row.line, ref, platformVideoId, link, title, postedAt, postedDateOnly: posted.parsed.time === null };
    const refKey = videoRefKey(ref);
    warnDuplicate(videos, refKey, video, log, "This video");
    if (titleShortened) shortened++;
    if (posted.parsed.year === null) {
      yearlessPosts.push(toDateString(calendar(posted)));
      postReferences.add(toDateString(referenceOf(i)));
    }
    if (reading) {
      reading = { ...reading, video: ref, saves: optionalCount(row, cols, savesField, log) };
      warnDuplicate(readings, `${refKey}@${reading.capturedAt.getTime()}`, reading, log, "This reading");
    }
  }

  out.videos = [...videos.values()];
  out.readings = [...readings.values()];
  out.coversUntil = latestExport ? toDateString(latestExport) : null;
  out.span = spanOf([...out.videos.map((v) => localDateString(v.postedAt, tz)), ...out.readings.map((r) => localDateString(r.capturedAt, tz))]);
  if (shortened > 0) out.notes.push(`${shortened} title${shortened === 1 ? " was" : "s were"} longer than ${TITLE_MAX} characters and ${shortened === 1 ? "was" : "were"} shortened.`);
  if (timeField === null) {
    out.notes.push(`This file has no Time column: its readings are dated today (${dateLabel(toDateString(today))}, 00:00 your time), so importing it again today changes nothing.`);
  } else if (captureStamp) {
    out.notes.push(`Readings are dated ${dateLabel(captureStamp)}, 00:00 your time (the file's Time column): importing this file again changes nothing.`);
  }
  if (noExportDate > 0 && timeField !== null) out.notes.push(`${noExportDate} row${noExportDate === 1 ? " has" : "s have"} no export time; their readings are dated today.`);
  if (exportParsed.some((p) => p?.year === null) && latestExport) {
    out.notes.push(`The export date has no year: it was read as ${dateLabel(toDateString(latestExport))}, the most recent such day on or before today.`);
  }
  out.notes.push(...postYearNote(yearlessPosts, [...postReferences], latestExport !== null));
  out.notes.push(...absentTotalsNote(totals), ...missing.notes("those videos are imported without a reading."));
  out.sample = {
    columns: ["Video", "Posted", "Views", "Likes", "Comments", "Shares"],
    rows: out.videos.slice(0, SAMPLE_ROWS).map((v) => {
      const r = out.readings.find((x) => videoRefKey(x.video) === videoRefKey(v.ref));
      return [v.title, localText(v.postedAt, tz), ...(r ? [r.views, r.likes, r.comments, r.shares].map(String) : ["—", "—", "—", "—"])];
    }),
  };
  return out;
}

/** What was done with yearless post dates, with the dates they ended up on. */
function postYearNote(dates: string[], references: string[], fromExport: boolean): string[] {
  if (dates.length === 0) return [];
  const span = spanOf(dates)!;
  const n = dates.length;
  const against =
    references.length === 1
      ? `${fromExport ? "the export's date" : "today (the file has no export date)"}, ${dateLabel(references[0]!)}`
      : "its row's export date";
  return [
    n === 1
      ? `1 post date has no year: it was given the most recent year that puts it on or before ${against}, so it is ${dateLabel(span.first)}.`
      : `${n} post dates have no year: each was given the most recent year that puts it on or before ${against}, so they run from ${dateLabel(span.first)} to ${dateLabel(span.last)}.`,
  ];
}
