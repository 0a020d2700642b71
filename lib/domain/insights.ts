// Observations from the creator's own data, following DOMAIN.md §5: posting cadence against
// ER, videos with and without hashtags or sounds, watch time and completion against ER, and
// when they post. Pure: every group arrives summed by SQL (lib/data/insights.ts). Each
// observation carries the numbers behind it and how many videos it rests on; when the data
// is too thin it says what is missing instead of guessing. No generic tips.

import { rateFromSums } from "./engagement";
import { dateTimeFormat, formatCount, formatRate, numberFormat } from "./format";

/** A group needs this many videos with views before its ER is compared with another's. */
export const MIN_GROUP_VIDEOS = 3;
/** Cadence needs this many weeks with at least one post in the window. */
export const MIN_ACTIVE_WEEKS = 4;
/** Weekday and time-of-day need this many videos with views in all. */
export const MIN_TIMING_VIDEOS = 10;
/** Under this many percentage points two ERs read as "about the same". */
export const SAME_RATE_POINTS = 0.5;
/** Hours are grouped into slots of this many hours (00–03, 03–06, …). */
export const HOUR_SLOT = 3;
/** Weeks the cadence looks back over. */
export const CADENCE_WEEKS = 26;

export type GroupSums = { videos: number; views: bigint; interactions: bigint };

export type InsightsInput = {
  /** Weeks (of the last CADENCE_WEEKS) with at least one post; videos counted by posting week. */
  weeks: readonly ({ key: string } & GroupSums)[];
  hashtags: { with: GroupSums; without: GroupSums };
  sounds: { with: GroupSums; without: GroupSums };
  /** Videos with a completion rate recorded, split in halves by it (lower, upper). */
  completion: { lower: GroupSums & { max: number }; upper: GroupSums & { min: number } } | null;
  /** The same by average watch time, in seconds. */
  watchTime: { lower: GroupSums & { max: number }; upper: GroupSums & { min: number } } | null;
  /** ISO weekday 1 (Monday) … 7, in the creator's zone. */
  weekdays: readonly ({ weekday: number } & GroupSums)[];
  /** Hour of posting 0–23, in the creator's zone. */
  hours: readonly ({ hour: number } & GroupSums)[];
};

export type InsightTable = { caption: string; columns: string[]; rows: string[][] };

export type Insight = {
  id: "cadence" | "hashtags-sounds" | "watch-completion" | "timing";
  title: string;
  status: "finding" | "not-enough-data";
  /** Observations, each with its numbers. */
  findings: string[];
  /** What is missing for the parts that could not be computed. */
  missing: string[];
  /** "Based on 24 videos." */
  basis: string;
  table: InsightTable | null;
};

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function add(a: GroupSums, b: GroupSums): GroupSums {
  return { videos: a.videos + b.videos, views: a.views + b.views, interactions: a.interactions + b.interactions };
}
const ZERO: GroupSums = { videos: 0, views: 0n, interactions: 0n };

function rate(g: GroupSums): number | null {
  return rateFromSums(g.interactions, g.views);
}

/** "higher", "lower" or "about the same", with the difference in points. */
function compare(a: number, b: number, locale: string): { word: "higher" | "lower" | "same"; text: string } {
  const diff = a - b;
  if (Math.abs(diff) < SAME_RATE_POINTS) return { word: "same", text: "about the same ER" };
  const pts = numberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(diff));
  return { word: diff > 0 ? "higher" : "lower", text: `${pts} ${plural(Math.abs(diff), "point", "points")} ${diff > 0 ? "higher" : "lower"} ER` };
}

function videosText(n: number, locale: string) {
  return `${formatCount(n, locale)} ${plural(n, "video", "videos")}`;
}

// Cadence ---------------------------------------------------------------------------------

export function cadenceInsight(input: Pick<InsightsInput, "weeks">, locale: string): Insight {
  const weeks = input.weeks.filter((w) => w.videos > 0);
  const total = weeks.reduce((s, w) => add(s, w), ZERO);
  const base = { id: "cadence" as const, title: "Posting cadence and ER", table: null };
  const quiet = CADENCE_WEEKS - weeks.length;
  if (weeks.length < MIN_ACTIVE_WEEKS) {
    return {
      ...base,
      status: "not-enough-data",
      findings: [],
      missing: [
        `You posted in ${weeks.length} of the last ${CADENCE_WEEKS} weeks; comparing busier and quieter weeks needs posts in at least ${MIN_ACTIVE_WEEKS} weeks.`,
      ],
      basis: `Based on ${videosText(total.videos, locale)}.`,
    };
  }
  const counts = weeks.map((w) => w.videos).sort((a, b) => a - b);
  const median = counts[Math.floor((counts.length - 1) / 2)] as number;
  const busier = weeks.filter((w) => w.videos > median);
  const quieter = weeks.filter((w) => w.videos <= median);
  const busierSums = busier.reduce((s, w) => add(s, w), ZERO);
  const quieterSums = quieter.reduce((s, w) => add(s, w), ZERO);
  const perWeek = numberFormat(locale, { maximumFractionDigits: 1 }).format(total.videos / CADENCE_WEEKS);
  const head = `Over the last ${CADENCE_WEEKS} weeks you posted ${videosText(total.videos, locale)} (${perWeek} a week); ${quiet} ${plural(quiet, "week", "weeks")} had no post.`;
  const rb = rate(busierSums);
  const rq = rate(quieterSums);
  const table: InsightTable = {
    caption: "ER in busier and quieter weeks",
    columns: ["Weeks", "Weeks counted", "Videos", "ER"],
    rows: [
      [`More than ${median} ${plural(median, "post", "posts")}`, String(busier.length), formatCount(busierSums.videos, locale), formatRate(rb, locale)],
      [`${median} ${plural(median, "post", "posts")} or fewer`, String(quieter.length), formatCount(quieterSums.videos, locale), formatRate(rq, locale)],
    ],
  };
  if (busier.length === 0 || rb === null || rq === null || busierSums.videos < MIN_GROUP_VIDEOS || quieterSums.videos < MIN_GROUP_VIDEOS) {
    return {
      ...base,
      status: "finding",
      findings: [head],
      missing: [
        busier.length === 0
          ? `You posted ${median} ${plural(median, "time", "times")} in every week you posted, so there are no busier weeks to compare with.`
          : `Comparing ER needs at least ${MIN_GROUP_VIDEOS} videos with views in busier and in quieter weeks.`,
      ],
      basis: `Based on ${videosText(total.videos, locale)} in ${weeks.length} weeks.`,
      table: busier.length === 0 ? null : table,
    };
  }
  const c = compare(rb, rq, locale);
  const finding =
    c.word === "same"
      ? `Weeks with more than ${median} ${plural(median, "post", "posts")} had about the same ER as quieter weeks (${formatRate(rb, locale)} against ${formatRate(rq, locale)}): posting more has not cost you engagement.`
      : `Weeks with more than ${median} ${plural(median, "post", "posts")} had ${c.text} than quieter weeks: ${formatRate(rb, locale)} on ${videosText(busierSums.videos, locale)} in ${busier.length} ${plural(busier.length, "week", "weeks")}, against ${formatRate(rq, locale)} on ${videosText(quieterSums.videos, locale)} in ${quieter.length} ${plural(quieter.length, "week", "weeks")}.`;
  return {
    ...base,
    status: "finding",
    findings: [head, finding],
    missing: [],
    basis: `Based on ${videosText(total.videos, locale)} in ${weeks.length} weeks.`,
    table,
  };
}

// Hashtags and sounds -----------------------------------------------------------------------

function withWithout(
  label: { thing: string; plural: string },
  g: { with: GroupSums; without: GroupSums },
  locale: string,
): { finding: string | null; missing: string | null; row: string[][] } {
  const rw = rate(g.with);
  const ro = rate(g.without);
  const row = [
    [`With ${label.plural}`, formatCount(g.with.videos, locale), formatRate(rw, locale)],
    [`Without ${label.plural}`, formatCount(g.without.videos, locale), formatRate(ro, locale)],
  ];
  if (g.with.videos < MIN_GROUP_VIDEOS || g.without.videos < MIN_GROUP_VIDEOS || rw === null || ro === null) {
    return {
      finding: null,
      missing: `Comparing videos with and without ${label.plural} needs at least ${MIN_GROUP_VIDEOS} videos with views on each side; you have ${formatCount(g.with.videos, locale)} with and ${formatCount(g.without.videos, locale)} without.`,
      row,
    };
  }
  const c = compare(rw, ro, locale);
  return {
    finding:
      c.word === "same"
        ? `Videos with ${label.plural} had about the same ER as those without (${formatRate(rw, locale)} on ${videosText(g.with.videos, locale)} against ${formatRate(ro, locale)} on ${videosText(g.without.videos, locale)}).`
        : `Videos with ${label.plural} had ${c.text} than those without: ${formatRate(rw, locale)} on ${videosText(g.with.videos, locale)} against ${formatRate(ro, locale)} on ${videosText(g.without.videos, locale)}.`,
    missing: null,
    row,
  };
}

export function hashtagsAndSoundsInsight(input: Pick<InsightsInput, "hashtags" | "sounds">, locale: string): Insight {
  const h = withWithout({ thing: "hashtag", plural: "hashtags" }, input.hashtags, locale);
  const s = withWithout({ thing: "sound", plural: "a named sound" }, input.sounds, locale);
  const findings = [h.finding, s.finding].filter((x): x is string => x !== null);
  const missing = [h.missing, s.missing].filter((x): x is string => x !== null);
  const total = input.hashtags.with.videos + input.hashtags.without.videos;
  return {
    id: "hashtags-sounds",
    title: "Hashtags and sounds",
    status: findings.length ? "finding" : "not-enough-data",
    findings,
    missing,
    basis: `Based on ${videosText(total, locale)} with views (hashtags and sound as recorded on each video).`,
    table: { caption: "ER of videos with and without hashtags and sounds", columns: ["Videos", "Count", "ER"], rows: [...h.row, ...s.row] },
  };
}

// Watch time and completion -----------------------------------------------------------------

export function watchAndCompletionInsight(input: Pick<InsightsInput, "completion" | "watchTime">, locale: string): Insight {
  const findings: string[] = [];
  const missing: string[] = [];
  const rows: string[][] = [];
  const num = (n: number, digits = 1) => numberFormat(locale, { maximumFractionDigits: digits }).format(n);
  let basisVideos = 0;
  const part = (
    split: InsightsInput["completion"],
    what: string,
    unit: (n: number) => string,
  ) => {
    const n = split ? split.lower.videos + split.upper.videos : 0;
    basisVideos = Math.max(basisVideos, n);
    if (!split || split.lower.videos < MIN_GROUP_VIDEOS || split.upper.videos < MIN_GROUP_VIDEOS) {
      missing.push(
        `Relating ${what} to ER needs it recorded on at least ${MIN_GROUP_VIDEOS * 2} videos with views (in a reading); you have ${formatCount(n, locale)}. TikTok Studio shows it per video.`,
      );
      return;
    }
    const ru = rate(split.upper);
    const rl = rate(split.lower);
    if (ru === null || rl === null) return;
    rows.push(
      [`${what}: ${unit(split.upper.min)} or more`, formatCount(split.upper.videos, locale), formatRate(ru, locale)],
      [`${what}: up to ${unit(split.lower.max)}`, formatCount(split.lower.videos, locale), formatRate(rl, locale)],
    );
    const c = compare(ru, rl, locale);
    findings.push(
      c.word === "same"
        ? `Your videos with the higher ${what} (${unit(split.upper.min)} or more) had about the same ER as the rest (${formatRate(ru, locale)} against ${formatRate(rl, locale)}, ${formatCount(n, locale)} videos).`
        : `Your videos with the higher ${what} (${unit(split.upper.min)} or more, ${videosText(split.upper.videos, locale)}) had ${c.text}: ${formatRate(ru, locale)} against ${formatRate(rl, locale)} for those up to ${unit(split.lower.max)} (${videosText(split.lower.videos, locale)}).` +
            (c.word === "higher" && what === "completion rate" ? " Holding viewers through the first seconds shows up in your engagement." : ""),
    );
  };
  part(input.completion, "completion rate", (n) => `${num(n)} %`);
  part(input.watchTime, "average watch time", (n) => `${num(n)} s`);
  return {
    id: "watch-completion",
    title: "Watch time, completion and ER",
    status: findings.length ? "finding" : "not-enough-data",
    findings,
    missing,
    basis: `Based on ${videosText(basisVideos, locale)} with watch data (latest reading), split in halves.`,
    table: rows.length ? { caption: "ER by watch time and completion", columns: ["Videos", "Count", "ER"], rows } : null,
  };
}

// When to post --------------------------------------------------------------------------------

function weekdayName(weekday: number, locale: string): string {
  // 2024-01-01 was a Monday.
  return dateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, weekday)));
}

function slotLabel(start: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(start)}:00–${pad((start + HOUR_SLOT) % 24)}:00`;
}

function best<T extends GroupSums>(groups: readonly T[]): { best: T; counted: T[] } | null {
  const counted = groups.filter((g) => g.videos >= MIN_GROUP_VIDEOS && rate(g) !== null);
  if (counted.length < 2) return null;
  let top = counted[0] as T;
  for (const g of counted) if ((rate(g) as number) > (rate(top) as number)) top = g;
  return { best: top, counted };
}

export function timingInsight(input: Pick<InsightsInput, "weekdays" | "hours">, locale: string, timeZone: string): Insight {
  const total = input.weekdays.reduce((s, g) => add(s, g), ZERO);
  const overall = rate(total);
  const base = { id: "timing" as const, title: "When you post" };
  if (total.videos < MIN_TIMING_VIDEOS || overall === null) {
    return {
      ...base,
      status: "not-enough-data",
      findings: [],
      missing: [`Finding your best day and time needs at least ${MIN_TIMING_VIDEOS} videos with views; you have ${formatCount(total.videos, locale)}.`],
      basis: `Based on ${videosText(total.videos, locale)}.`,
      table: null,
    };
  }
  const slots = new Map<number, { slot: number } & GroupSums>();
  for (const h of input.hours) {
    const slot = Math.floor(h.hour / HOUR_SLOT) * HOUR_SLOT;
    const cur = slots.get(slot) ?? { slot, ...ZERO };
    slots.set(slot, { slot, ...add(cur, h) });
  }
  const findings: string[] = [];
  const missing: string[] = [];
  const rows: string[][] = [];
  const day = best(input.weekdays);
  if (day) {
    const c = compare(rate(day.best) as number, overall, locale);
    findings.push(
      `${weekdayName(day.best.weekday, locale)} is your best day: ${formatRate(rate(day.best), locale)} ER on ${videosText(day.best.videos, locale)} posted that day, ` +
        (c.word === "same" ? `about the same as your overall ${formatRate(overall, locale)}.` : `against ${formatRate(overall, locale)} overall.`) +
        ` Compared over the ${day.counted.length} days with at least ${MIN_GROUP_VIDEOS} videos.`,
    );
    for (const g of [...input.weekdays].sort((a, b) => a.weekday - b.weekday)) {
      rows.push([weekdayName(g.weekday, locale), formatCount(g.videos, locale), formatRate(rate(g), locale)]);
    }
  } else {
    missing.push(`Comparing weekdays needs at least two days with ${MIN_GROUP_VIDEOS} or more videos each.`);
  }
  const slot = best([...slots.values()]);
  if (slot) {
    const c = compare(rate(slot.best) as number, overall, locale);
    findings.push(
      `Videos posted between ${slotLabel(slot.best.slot)} (${timeZone}) do best: ${formatRate(rate(slot.best), locale)} ER on ${videosText(slot.best.videos, locale)}, ` +
        (c.word === "same" ? `about the same as your overall ${formatRate(overall, locale)}.` : `against ${formatRate(overall, locale)} overall.`),
    );
    for (const g of [...slots.values()].sort((a, b) => a.slot - b.slot)) {
      rows.push([slotLabel(g.slot), formatCount(g.videos, locale), formatRate(rate(g), locale)]);
    }
  } else {
    missing.push(`Comparing times of day needs at least two ${HOUR_SLOT}-hour slots with ${MIN_GROUP_VIDEOS} or more videos each.`);
  }
  return {
    ...base,
    status: findings.length ? "finding" : "not-enough-data",
    findings,
    missing,
    basis: `Based on ${videosText(total.videos, locale)} with views, by posting time in your zone.`,
    table: rows.length ? { caption: "ER by weekday and time of posting", columns: ["Posted", "Videos", "ER"], rows } : null,
  };
}

/** The four observations, in a fixed order. */
export function buildInsights(input: InsightsInput, prefs: { locale: string; timeZone: string }): Insight[] {
  return [
    cadenceInsight(input, prefs.locale),
    hashtagsAndSoundsInsight(input, prefs.locale),
    watchAndCompletionInsight(input, prefs.locale),
    timingInsight(input, prefs.locale, prefs.timeZone),
  ];
}
