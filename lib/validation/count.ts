// Typed numbers from forms and imports: counts (views, likes, followers…) and the few decimal
// measurements (average watch time, completion rate). Parsing is strict on purpose: a creator
// who types "1.5k" or "12.5" must see a message at the field, never a silently wrong count.
import { z } from "zod";

/** The largest count accepted: 10^12 (a trillion views is already far beyond any real video). */
export const MAX_COUNT = 1_000_000_000_000n;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

// Spaces people and locales put between thousands: space, no-break space, narrow no-break
// space (fr-FR), thin space, figure space. Apostrophes (de-CH) are handled by the patterns.
const GROUP_SPACES = /[\u0020\u00a0\u202f\u2009\u2007]/g;
const MINUS_SIGNS = /^[-\u2212\u2012\u2013]/;

/**
 * "12,345", "12 345", "12345" → 12345n. Commas and spaces only as thousands separators in
 * groups of three, so "1,5" (a European decimal) is refused rather than read as 15.
 * `label` is the field's name in the creator's words ("Views"), used in the message.
 */
export function parseCount(raw: string, label: string): ParseResult<bigint> {
  const text = raw.trim();
  if (text === "") return { ok: false, error: `Enter the number of ${label.toLowerCase()}.` };
  if (MINUS_SIGNS.test(text)) return { ok: false, error: `${label} can't be negative.` };
  const compact = text.replace(GROUP_SPACES, " ").replace(/[\u2019]/g, "'").replace(/^\+/, "");
  if (!WHOLE_NUMBER_PATTERNS.some((p) => p.test(compact))) {
    // "12.5", "12,5", "1,234.50": a decimal, not a word, so say what is wrong with it.
    if (/^\d[\d,. ']*[.,]\d+$/.test(compact)) {
      return { ok: false, error: `${label} must be a whole number, without decimals.` };
    }
    return { ok: false, error: `${label} must be a whole number like 12,345.` };
  }
  const value = BigInt(compact.replace(/\D/g, ""));
  if (value > MAX_COUNT) return { ok: false, error: `${label} can be at most 1,000,000,000,000.` };
  return { ok: true, value };
}

const WHOLE_NUMBER_PATTERNS = [
  /^\d+$/,
  /^\d{1,3}(,\d{3})+$/, // 12,345 (en)
  /^\d{1,3}( \d{3})+$/, // 12 345 (fr, sv, pl; also no-break spaces)
  /^\d{1,3}('\d{3})+$/, // 12'345 (de-CH)
  /^\d{1,2}(,\d{2})*,\d{3}$/, // 12,34,567 (en-IN)
];

/**
 * A decimal measurement such as 12.5 seconds or 87.25 %: a dot or a comma as the decimal
 * mark (creators type both), at most `scale` decimals, between min and max. Returns the
 * normalised decimal string ("12.5") that Prisma stores in a DECIMAL column exactly.
 */
export function parseDecimal(
  raw: string,
  label: string,
  opts: { min: number; max: number; scale: number; unit?: string },
): ParseResult<string> {
  let text = raw.trim().replace(GROUP_SPACES, "");
  if (opts.unit) text = text.replace(new RegExp(`${escapeRegExp(opts.unit)}$`), "").trim();
  if (text === "") return { ok: false, error: `Enter ${label.toLowerCase()}.` };
  if (MINUS_SIGNS.test(text)) return { ok: false, error: `${label} can't be negative.` };
  const match = /^\+?(\d*)(?:[.,](\d*))?$/.exec(text);
  const whole = match?.[1] ?? "";
  const fraction = match?.[2] ?? "";
  if (!match || (whole === "" && fraction === "")) {
    return { ok: false, error: `${label} must be a number like ${exampleFor(opts)}.` };
  }
  if (fraction.length > opts.scale) {
    return { ok: false, error: `${label} can have at most ${opts.scale} decimal places.` };
  }
  const normalised = (whole.replace(/^0+(?=\d)/, "") || "0") + (fraction.replace(/0+$/, "") ? `.${fraction.replace(/0+$/, "")}` : "");
  const n = Number(normalised);
  if (n < opts.min || n > opts.max) {
    return { ok: false, error: `${label} must be between ${opts.min} and ${opts.max}${opts.unit ? ` ${opts.unit}` : ""}.` };
  }
  return { ok: true, value: normalised };
}

function exampleFor(opts: { scale: number; unit?: string }): string {
  return `12${opts.scale > 0 ? ".5" : ""}${opts.unit ? ` ${opts.unit}` : ""}`.trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What a form field holds: FormData gives a string, null when the field is absent. */
const formText = z.union([z.string(), z.number(), z.bigint(), z.null(), z.undefined()]).transform((v) =>
  v === null || v === undefined ? "" : String(v),
);

/** A required count field: "12,345" → 12345n, with a message per failure. */
export function countSchema(label: string) {
  return formText.transform((text, ctx): bigint => {
    const r = parseCount(text, label);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.error });
      return z.NEVER;
    }
    return r.value;
  });
}

/** An optional count field: empty → null. */
export function optionalCountSchema(label: string) {
  return formText.transform((text, ctx): bigint | null => {
    if (text.trim() === "") return null;
    const r = parseCount(text, label);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.error });
      return z.NEVER;
    }
    return r.value;
  });
}

/** An optional decimal field: empty → null, else the normalised decimal string. */
export function optionalDecimalSchema(label: string, opts: { min: number; max: number; scale: number; unit?: string }) {
  return formText.transform((text, ctx): string | null => {
    if (text.trim() === "") return null;
    const r = parseDecimal(text, label, opts);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.error });
      return z.NEVER;
    }
    return r.value;
  });
}

/** An optional whole number in a small range (e.g. a duration in seconds): empty → null. */
export function optionalIntSchema(label: string, opts: { min: number; max: number; unit?: string }) {
  return formText.transform((text, ctx): number | null => {
    if (text.trim() === "") return null;
    const r = parseCount(text, label);
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.error });
      return z.NEVER;
    }
    if (r.value < BigInt(opts.min) || r.value > BigInt(opts.max)) {
      const unit = opts.unit ? ` ${opts.unit}` : "";
      ctx.addIssue({ code: "custom", message: `${label} must be between ${opts.min}${unit} and ${opts.max.toLocaleString("en-US")}${unit}.` });
      return z.NEVER;
    }
    return Number(r.value);
  });
}

export { formText as formTextSchema };
