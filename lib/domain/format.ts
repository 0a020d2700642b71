// The display edge: the only place counts, rates and money become text.
// Money stays a bigint of minor units until the final Intl call, which receives a decimal
// string, so amounts beyond 2^53 cents are printed exactly.

/** Shown wherever a value does not exist (an ER with 0 views), never "NaN" or "0 %". */
export const MISSING = "—";

// Intl formatters are costly to build (a page formats thousands of values): one per locale and
// options, reused. Measured on the dashboard under load: building them per call was the
// largest share of the server's own CPU time.
const numberFormatCache = new Map<string, Intl.NumberFormat>();
const dateTimeFormatCache = new Map<string, Intl.DateTimeFormat>();

/** A shared Intl.NumberFormat for the locale and options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormatCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    numberFormatCache.set(key, f);
  }
  return f;
}

/** A shared Intl.DateTimeFormat for the locale and options (give timeZone in the options). */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateTimeFormatCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dateTimeFormatCache.set(key, f);
  }
  return f;
}

/**
 * The formatters the display edge uses thousands of times per page, looked up by a short key
 * (the locale, or locale and currency) instead of one built from the options on every call:
 * building that key cost more than the formatting itself on the dashboard.
 */
function shortcut<F>(make: (key: string) => F): (key: string) => F {
  const cache = new Map<string, F>();
  return (key) => {
    let f = cache.get(key);
    if (f === undefined) {
      f = make(key);
      cache.set(key, f);
    }
    return f;
  };
}

const countFormat = shortcut((locale) => numberFormat(locale, { maximumFractionDigits: 0 }));
// ER's one display rule: one decimal, rounded DOWN (floor) at that decimal, so a figure on
// screen never reads as the boundary of a tier the rate has not reached (2.999 % → "2.9 %",
// never "3.0 %" beside "Below average"); the locale's digits and decimal mark; a narrow
// no-break space before "%" in every locale. CSV files keep machine numbers (not this).
const rateFormat = shortcut((locale) =>
  numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, roundingMode: "floor" }),
);

/** Between the figure and "%": a narrow no-break space (U+202F), so "9.6 %" never wraps. */
export const PERCENT_SUFFIX = "\u202F%";

/** An ER given by its exact sums (interactions ÷ views), so the floor is taken on integers. */
export type RateSums = { interactions: bigint; views: bigint };

/** Tenths of a percent of interactions ÷ views, rounded down (floor), exactly. */
function floorTenthsOfPercent(s: RateSums): bigint {
  const n = s.interactions * 1000n;
  const q = n / s.views;
  // BigInt division truncates toward zero; floor differs only for a negative inexact quotient.
  return n < 0n && q * s.views !== n ? q - 1n : q;
}

function isMissingNumber(n: bigint | number): boolean {
  return typeof n === "number" && !Number.isFinite(n);
}

/** 1234567 → "1,234,567" (en-US), "1.234.567" (de-DE). Exact for bigint. */
export function formatCount(n: bigint | number, locale: string): string {
  if (isMissingNumber(n)) return MISSING;
  return countFormat(locale).format(n);
}

/** 1234567 → "1.2M" (en-US), "1,2 Mio." (de-DE): for axes and tight cards. */
export function formatCompactCount(n: bigint | number, locale: string): string {
  if (isMissingNumber(n)) return MISSING;
  return numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(n);
}

/**
 * The one ER formatter (dashboard, videos, video page, insights, chart tooltips and axes):
 * 15 → "15.0 %", 9.597 → "9.5 %", 2.999 → "2.9 %" (en-US), "15,0 %" (de-DE). Rounded down at
 * the shown decimal, so it never contradicts the tier beside it. Prefer the sums
 * ({ interactions, views }) when they are at hand: the floor is then exact even where a
 * float rate was rounded up onto a boundary. Null, 0 views or a non-finite rate → "—".
 */
export function formatRate(rate: number | RateSums | null, locale: string): string {
  if (rate === null) return MISSING;
  if (typeof rate === "number") {
    if (!Number.isFinite(rate)) return MISSING;
    return rateFormat(locale).format(rate) + PERCENT_SUFFIX;
  }
  if (rate.views <= 0n) return MISSING;
  const tenths = floorTenthsOfPercent(rate);
  const abs = tenths < 0n ? -tenths : tenths;
  const decimal = `${tenths < 0n ? "-" : ""}${abs / 10n}.${abs % 10n}` as Intl.StringNumericLiteral;
  return rateFormat(locale).format(decimal) + PERCENT_SUFFIX;
}

/** Digits after the decimal point for a currency (USD 2, JPY 0, KWD 3) per ISO 4217 via Intl. */
const minorDigitsCache = new Map<string, number>();

export function minorDigits(currency: string): number {
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    digits = numberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}

/** Minor units → plain decimal for CSV: 123450n USD → "1234.50", -5n → "-0.05", 1234n JPY → "1234". */
export function centsToDecimalString(cents: bigint, currency: string): string {
  const digits = minorDigits(currency);
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const sign = negative ? "-" : "";
  if (digits === 0) return sign + abs.toString();
  const unit = 10n ** BigInt(digits);
  const whole = abs / unit;
  const fraction = (abs % unit).toString().padStart(digits, "0");
  return `${sign}${whole}.${fraction}`;
}

/** Minor units → "$1,234.50" (en-US USD), "1.234,50 €" (de-DE EUR), "￥1,234" (ja-JP JPY). Exact at any size. */
export function formatMoney(cents: bigint, currency: string, locale: string): string {
  const decimal = centsToDecimalString(cents, currency) as Intl.StringNumericLiteral;
  return moneyFormat(`${locale}|${currency}`).format(decimal);
}

const moneyFormat = shortcut((key) => {
  const [locale, currency] = key.split("|") as [string, string];
  const digits = minorDigits(currency);
  return numberFormat(locale, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
});

export type ParseMoneyResult = { ok: true; cents: bigint } | { ok: false; error: string };

// Dot decimal; commas only as thousands separators in groups of three, so "1,234.50" is
// accepted but "1,5" (a European decimal) is refused rather than read as 15.
const MONEY_PATTERN = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/** A typed amount → minor units. Accepts "1,234.50", "1234.5", "-5", "−5"; refuses words, empty input, extra decimals. */
export function parseMoneyToCents(input: string, currency: string): ParseMoneyResult {
  const text = input.trim().replace(/\u2212/g, "-");
  if (text === "") return { ok: false, error: "Enter an amount." };
  const match = MONEY_PATTERN.exec(text);
  const whole = match?.[2];
  const fraction = match?.[3];
  if (!match || (whole === undefined && fraction === undefined)) {
    return { ok: false, error: "Enter a number like 1,234.50 (digits, a dot for decimals, an optional minus sign)." };
  }
  const digits = minorDigits(currency);
  if (fraction !== undefined && fraction.length > digits) {
    return {
      ok: false,
      error:
        digits === 0
          ? `${currency} amounts have no decimal places.`
          : `${currency} amounts have at most ${digits} decimal place${digits === 1 ? "" : "s"}.`,
    };
  }
  const minor = BigInt((whole ?? "0").replace(/,/g, "") + (fraction ?? "").padEnd(digits, "0"));
  return { ok: true, cents: match[1] === "-" ? -minor : minor };
}
