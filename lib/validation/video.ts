// What a creator types about a video: the video form (create and edit), its first reading,
// and the list's query string. Shared by the actions, the pages and future imports.
import { z } from "zod";
import { TIERS, type Tier } from "@/lib/domain/tier";
import { formTextSchema, optionalIntSchema, type ParseResult } from "./count";
import { isRealDate, pastDateTimeSchema, type ZonedContext } from "./datetime";
import { CAPTURED_BEFORE_POSTED, readingShape, type ReadingInput } from "./reading";
import { isBlankText } from "./text";

export const TITLE_MAX = 200;
export const SOUND_MAX = 200;
export const NOTES_MAX = 5000;
export const LINK_MAX = 2048;
export const HASHTAG_MAX = 100;
export const HASHTAGS_MAX_COUNT = 30;
export const DURATION_MAX_SECONDS = 86_400;

/** Characters as Postgres counts them for VARCHAR(n): code points, so an emoji is one, not two. */
export function charCount(s: string): number {
  return [...s].length;
}

/** Postgres refuses NUL in text; pasted text sometimes carries one. Dropped, never a 500. */
function clean(s: string): string {
  return s.replace(/\u0000/g, "");
}

// ---------------------------------------------------------------------------------------
// Links

export type VideoLink = { link: string; platformVideoId: string | null };

const TIKTOK_ID_PATHS = [
  /^\/@[^/]+\/(?:video|photo)\/(\d{5,30})(?:[/?#]|$)/, // www.tiktok.com/@user/video/7234567890123456789
  /^\/v\/(\d{5,30})(?:\.html)?(?:[/?#]|$)/, // m.tiktok.com/v/7234….html
  /^\/embed(?:\/v2)?\/(\d{5,30})(?:[/?#]|$)/, // www.tiktok.com/embed/v2/7234…
  /^\/share\/video\/(\d{5,30})(?:[/?#]|$)/,
];

/**
 * A typed link → what is stored. A TikTok video link yields its numeric video id (used to
 * spot a video added twice); short links (vm.tiktok.com/…) cannot be resolved offline and
 * keep the link only; any other http(s) link is allowed as is.
 */
export function parseVideoLink(raw: string): ParseResult<VideoLink> {
  let text = clean(raw).trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    // "tiktok.com/@me/video/1…" typed without the scheme.
    if (/^[^\s/:]+\.[^\s/:]+(\/|$)/.test(text)) text = `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: "Link must be a web address like https://www.tiktok.com/@you/video/7234567890123456789." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { ok: false, error: "Link must start with https:// or http://." };
  }
  if (/\s/.test(text)) return { ok: false, error: "Link can't contain spaces." };
  if (charCount(text) > LINK_MAX) return { ok: false, error: `Link can be at most ${LINK_MAX} characters.` };
  const host = url.hostname.toLowerCase();
  let platformVideoId: string | null = null;
  if (host === "tiktok.com" || host.endsWith(".tiktok.com")) {
    for (const pattern of TIKTOK_ID_PATHS) {
      const m = pattern.exec(url.pathname);
      if (m?.[1]) {
        platformVideoId = m[1];
        break;
      }
    }
  }
  return { ok: true, value: { link: text, platformVideoId } };
}

// ---------------------------------------------------------------------------------------
// Hashtags

/**
 * "#Dance dance, #fyp#Food 🍕" → ["dance", "fyp", "food", "🍕"]: split on spaces, commas and
 * #, the # dropped, lower-cased, duplicates removed (first one wins), order kept. Any other
 * character, emoji included, is kept exactly.
 */
export function normalizeHashtags(input: string | readonly string[]): string[] {
  const text = typeof input === "string" ? input : input.join(" ");
  const seen = new Set<string>();
  const out: string[] = [];
  for (const token of clean(text).split(/[\s,，、;；#＃]+/u)) {
    const tag = token.toLowerCase();
    if (tag === "" || seen.has(tag)) continue;
    seen.add(tag);
    out.push(tag);
  }
  return out;
}

const hashtagsSchema = z
  .union([z.array(z.string()), formTextSchema])
  .transform((v, ctx): string[] => {
    const tags = normalizeHashtags(v);
    const long = tags.find((t) => charCount(t) > HASHTAG_MAX);
    if (long !== undefined) {
      ctx.addIssue({ code: "custom", message: `Each hashtag can be at most ${HASHTAG_MAX} characters.` });
      return z.NEVER;
    }
    if (tags.length > HASHTAGS_MAX_COUNT) {
      ctx.addIssue({ code: "custom", message: `At most ${HASHTAGS_MAX_COUNT} hashtags (you entered ${tags.length}).` });
      return z.NEVER;
    }
    return tags;
  });

// ---------------------------------------------------------------------------------------
// Text fields

function requiredText(label: string, max: number) {
  return formTextSchema.transform((v, ctx): string => {
    const text = clean(v).trim();
    // Only zero-width or other invisible characters is as empty as nothing at all.
    if (isBlankText(text)) {
      ctx.addIssue({ code: "custom", message: `Enter a ${label.toLowerCase()}.` });
      return z.NEVER;
    }
    const n = charCount(text);
    if (n > max) {
      ctx.addIssue({ code: "custom", message: `${label} can be at most ${max} characters (it has ${n}).` });
      return z.NEVER;
    }
    return text;
  });
}

function optionalText(label: string, max: number, opts: { multiline?: boolean } = {}) {
  return formTextSchema.transform((v, ctx): string | null => {
    let text = clean(v);
    text = opts.multiline ? text.replace(/\r\n/g, "\n").trim() : text.trim();
    if (text === "") return null;
    const n = charCount(text);
    if (n > max) {
      ctx.addIssue({ code: "custom", message: `${label} can be at most ${max.toLocaleString("en-US")} characters (it has ${n.toLocaleString("en-US")}).` });
      return z.NEVER;
    }
    return text;
  });
}

const linkSchema = formTextSchema.transform((v, ctx): VideoLink => {
  if (v.trim() === "") return { link: "", platformVideoId: null };
  const r = parseVideoLink(v);
  if (!r.ok) {
    ctx.addIssue({ code: "custom", message: r.error });
    return z.NEVER;
  }
  return r.value;
});

// ---------------------------------------------------------------------------------------
// The video form

export type VideoInput = {
  title: string;
  link: string | null;
  platformVideoId: string | null;
  postedAt: Date;
  durationSeconds: number | null;
  hashtags: string[];
  sound: string | null;
  notes: string | null;
};

/** Form field names, in form order (the component and the action use the same names). */
export const VIDEO_FIELDS = ["title", "link", "postedAt", "durationSeconds", "hashtags", "sound", "notes"] as const;

function videoShape(ctx: ZonedContext) {
  return {
    title: requiredText("Title", TITLE_MAX),
    link: linkSchema,
    postedAt: pastDateTimeSchema("Posted at", ctx, { notBeforeTikTok: true }),
    durationSeconds: optionalIntSchema("Duration", { min: 1, max: DURATION_MAX_SECONDS, unit: "s" }),
    hashtags: hashtagsSchema,
    sound: optionalText("Sound", SOUND_MAX),
    notes: optionalText("Notes", NOTES_MAX, { multiline: true }),
  };
}

function toVideoInput(v: {
  title: string;
  link: VideoLink;
  postedAt: Date;
  durationSeconds: number | null;
  hashtags: string[];
  sound: string | null;
  notes: string | null;
}): VideoInput {
  return {
    title: v.title,
    link: v.link.link === "" ? null : v.link.link,
    platformVideoId: v.link.platformVideoId,
    postedAt: v.postedAt,
    durationSeconds: v.durationSeconds,
    hashtags: v.hashtags,
    sound: v.sound,
    notes: v.notes,
  };
}

/** The video fields alone (editing a video). */
export function videoSchema(ctx: ZonedContext) {
  return z.object(videoShape(ctx)).transform(toVideoInput);
}

export type NewVideoInput = { video: VideoInput; reading: ReadingInput };

/** Adding a video: its fields plus its first reading, captured at or after the posting time. */
export function newVideoSchema(ctx: ZonedContext) {
  return z
    .object({ ...videoShape(ctx), ...readingShape(ctx) })
    .superRefine((v, issue) => {
      if (v.capturedAt.getTime() < v.postedAt.getTime()) {
        issue.addIssue({ code: "custom", path: ["capturedAt"], message: CAPTURED_BEFORE_POSTED });
      }
    })
    .transform(
      (v): NewVideoInput => ({
        video: toVideoInput(v),
        reading: {
          capturedAt: v.capturedAt,
          views: v.views,
          likes: v.likes,
          comments: v.comments,
          shares: v.shares,
          saves: v.saves,
          avgWatchTimeSeconds: v.avgWatchTimeSeconds,
          completionRate: v.completionRate,
        },
      }),
    );
}

export const versionSchema = formTextSchema.transform((v, ctx): number => {
  const n = Number(v);
  if (!/^\d{1,9}$/.test(v.trim()) || n < 1) {
    ctx.addIssue({ code: "custom", message: "This form is out of date. Reload the page and try again." });
    return z.NEVER;
  }
  return n;
});

/** Editing a video: its fields and the version the form was opened at. */
export function editVideoSchema(ctx: ZonedContext) {
  return z
    .object({ ...videoShape(ctx), version: versionSchema })
    .transform((v) => ({ video: toVideoInput(v), version: v.version }));
}

// ---------------------------------------------------------------------------------------
// The list's query string: bookmarkable, so anything unrecognised is ignored, not an error.

export const VIDEO_SORTS = ["posted", "views", "er"] as const;
export type VideoSort = (typeof VIDEO_SORTS)[number];
export const VIDEOS_PER_PAGE = 25;

export type VideoListQuery = {
  q: string;
  tier: Tier | null;
  /** Posting dates in the creator's zone, inclusive: "2026-03-01". */
  from: string | null;
  to: string | null;
  sort: VideoSort;
  dir: "asc" | "desc";
  page: number;
};

type SearchParams = Record<string, string | string[] | undefined>;

function first(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
}

export function parseVideoListQuery(params: SearchParams): VideoListQuery {
  const tier = first(params.tier);
  const sort = first(params.sort);
  const dir = first(params.dir);
  const page = Number(first(params.page));
  const from = first(params.from);
  const to = first(params.to);
  return {
    q: clean(first(params.q)).slice(0, 200),
    tier: (TIERS as readonly string[]).includes(tier) ? (tier as Tier) : null,
    from: isRealDate(from) ? from : null,
    to: isRealDate(to) ? to : null,
    sort: (VIDEO_SORTS as readonly string[]).includes(sort) ? (sort as VideoSort) : "posted",
    dir: dir === "asc" ? "asc" : "desc",
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The query string for a list view, defaults left out so URLs stay short. */
export function videoListHref(q: Partial<VideoListQuery>): string {
  const p = new URLSearchParams();
  if (q.q) p.set("q", q.q);
  if (q.tier) p.set("tier", q.tier);
  if (q.from) p.set("from", q.from);
  if (q.to) p.set("to", q.to);
  if (q.sort && q.sort !== "posted") p.set("sort", q.sort);
  if (q.dir && q.dir !== "desc") p.set("dir", q.dir);
  if (q.page && q.page > 1) p.set("page", String(q.page));
  const s = p.toString();
  return s ? `/videos?${s}` : "/videos";
}
