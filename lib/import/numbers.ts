// Counts as exports write them: "1234", "1,234", "1.234" (German, Spanish), "1 234" (French),
// Excel numbers, and the cells TikTok leaves as "undefined" or empty.

export const INT8_MAX = 9_223_372_036_854_775_807n;

/** Cells that mean "no value": empty, "undefined", "null", "N/A", "-". */
export function isMissingCell(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  const t = value.trim().toLowerCase();
  return t === "" || t === "undefined" || t === "null" || t === "nan" || t === "n/a" || t === "na" || /^[-–—]{1,2}$/.test(t);
}

export type CountResult = { ok: true; value: bigint | null } | { ok: false; error: string };

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const GROUPED = /^(\d{1,3})((?:([,. '\u00a0\u202f])\d{3})(?:\3\d{3})*)$/;

/** A whole number (possibly negative) from a cell; null for a missing value. */
export function parseCount(value: unknown): CountResult {
  // Plain digits (almost every cell of an export): no trimming, patterns or size check needed.
  if (typeof value === "string" && value.length > 0 && value.length <= 18 && isDigits(value)) return { ok: true, value: BigInt(value) };
  if (isMissingCell(value)) return { ok: true, value: null };
  if (typeof value === "number") {
    if (!Number.isFinite(value) || !Number.isInteger(value)) return { ok: false, error: `“${value}” is not a whole number.` };
    return { ok: true, value: BigInt(value) };
  }
  if (typeof value === "bigint") return { ok: true, value };
  if (typeof value !== "string") return { ok: false, error: "Expected a number here." };
  let t = value.trim();
  let negative = false;
  if (/^[-−]/.test(t)) {
    negative = true;
    t = t.slice(1).trim();
  } else if (t.startsWith("+")) {
    t = t.slice(1).trim();
  }
  let digits: string | null = null;
  if (/^\d+$/.test(t)) digits = t;
  else if (GROUPED.test(t)) digits = t.replace(/[,. '\u00a0\u202f]/g, "");
  else if (/^\d+[.,]0+$/.test(t)) digits = t.replace(/[.,]0+$/, "");
  if (digits === null) {
    const shown = value.trim().length > 40 ? `${value.trim().slice(0, 40)}…` : value.trim();
    return { ok: false, error: `“${shown}” is not a whole number.` };
  }
  const n = BigInt(digits);
  if (n > INT8_MAX) return { ok: false, error: "This number is too large to store." };
  return { ok: true, value: negative ? -n : n };
}
