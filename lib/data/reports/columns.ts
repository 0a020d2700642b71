import "server-only";
import type { CsvColumn } from "@/lib/csv/encode";

/** A reading's counts and ER, as both the Videos and the Readings reports write them, in this order. */
export const READING_FIGURE_COLUMNS = [
  { name: "views", kind: "number" },
  { name: "likes", kind: "number" },
  { name: "comments", kind: "number" },
  { name: "shares", kind: "number" },
  { name: "saves", kind: "number" },
  { name: "interactions", kind: "number" },
  { name: "engagement_rate_pct", kind: "number" },
] as const satisfies readonly CsvColumn<string>[];
