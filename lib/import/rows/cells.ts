import { charCount, LINK_MAX, parseVideoLink } from "@/lib/validation/video";
import { FIELD_LABELS, type ColumnMap, type Field } from "../headers";
import type { Cell, TableRow } from "../table";

// Cells as text, and a row's cells by field.

export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return "";
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? "" : c.toISOString();
  return String(c).replace(/\u0000/g, "").trim();
}

/** Tierline's exports put a ' before text starting with = + - @ (spreadsheet formulas): taken off again. */
export function unneutralize(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

export function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export class Columns {
  constructor(
    private readonly header: string[],
    private readonly map: ColumnMap,
  ) {}
  has(f: Field): boolean {
    return this.map.columns[f] !== undefined;
  }
  /** The first of the fields the file has. */
  pick(...fields: Field[]): Field | null {
    return fields.find((f) => this.has(f)) ?? null;
  }
  cell(row: TableRow, f: Field | null): Cell | undefined {
    if (f === null) return undefined;
    const i = this.map.columns[f];
    return i === undefined ? undefined : row.cells[i];
  }
  name(f: Field): string {
    const i = this.map.columns[f];
    return (i !== undefined ? this.header[i]?.trim() : undefined) || FIELD_LABELS[f];
  }
}

const FAST_TIKTOK_LINK = /^https?:\/\/(?:www\.|m\.)?tiktok\.com\/@[^/\s?#]+\/(?:video|photo)\/(\d{5,30})(?:[/?#][^\s]*)?$/i;

/** A link cell → link and TikTok id (the common case without building a URL object). */
export function readLink(text: string): { link: string; platformVideoId: string | null } | { error: string } {
  const fast = FAST_TIKTOK_LINK.exec(text);
  if (fast && text.length <= LINK_MAX) return { link: text, platformVideoId: fast[1]! };
  const r = parseVideoLink(text);
  return r.ok ? r.value : { error: r.error };
}

export function truncate(text: string, max: number): string {
  // A string of at most `max` UTF-16 units has at most `max` characters.
  return text.length > max && charCount(text) > max ? [...text].slice(0, max).join("") : text;
}
