// The import's CSV reader against the maintained library on the same data in the same run: a
// generated 100,000-row TikTok Content.csv (the import bench's file), decoded as the import
// decodes it, then read by the hand-written fast path (readCsvFast), by csv-parse as the import
// drives it (readCsvWithCsvParse: its parser core, with line numbers) and by csv-parse's own
// sync API with the same options. Runs alternate, so a busy machine slows all three alike.
//
//   node --import tsx scripts/bench/csv-reader.ts [rows] [runs]
import { parse as parseSync } from "csv-parse/sync";
import { decodeText } from "../../lib/import/decode";
import { MAX_ROWS_PER_FILE } from "../../lib/import/limits";
import { CSV_PARSE_OPTIONS, detectDelimiter, readCsvFast, readCsvWithCsvParse } from "../../lib/import/table";
import { bigContentCsv } from "../../lib/import/testing/fixtures";
import { fmt, summarize } from "./stats";

const ROWS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 7);

const bytes = bigContentCsv(ROWS);
const decoded = decodeText(bytes);
if (!decoded.ok) throw new Error(decoded.error);
const text = decoded.text;
const utf8 = bytes.subarray(decoded.hadBom ? 3 : 0);
const delimiter = detectDelimiter(text);
const maxRecords = MAX_ROWS_PER_FILE + 100;

const readers: Record<string, () => Promise<number>> = {
  "readCsvFast (hand-written)": async () => {
    const t = await readCsvFast(text, delimiter, maxRecords);
    if (!t) throw new Error("the fast path declined the file");
    return t.rows.length;
  },
  "csv-parse, as the import drives it": async () => (await readCsvWithCsvParse(text, delimiter, maxRecords, utf8)).rows.length,
  "csv-parse/sync parse()": async () =>
    (
      parseSync(Buffer.from(utf8), { ...CSV_PARSE_OPTIONS, delimiter }) as string[][]
    ).length,
};

async function main() {
  // The three must read the same records.
  const fast = await readCsvFast(text, delimiter, maxRecords);
  const lib = await readCsvWithCsvParse(text, delimiter, maxRecords, utf8);
  if (!fast || JSON.stringify(fast.rows) !== JSON.stringify(lib.rows)) throw new Error("readCsvFast and csv-parse disagree on this file");

  const times: Record<string, number[]> = Object.fromEntries(Object.keys(readers).map((k) => [k, []]));
  for (let run = 0; run < RUNS + 1; run++) {
    for (const [name, read] of Object.entries(readers)) {
      const t = performance.now();
      const n = await read();
      const ms = performance.now() - t;
      if (n !== ROWS + 1) throw new Error(`${name} read ${n} records, not ${ROWS + 1}`);
      if (run > 0) times[name]!.push(ms); // the first round warms the JIT
    }
  }

  console.log(`${fmt(ROWS)}-row Content.csv, ${fmt(bytes.length / 1e6, 1)} MB, ${RUNS} runs each (median, min – max):`);
  const base = summarize(times["readCsvFast (hand-written)"]!).median;
  for (const [name, values] of Object.entries(times)) {
    const s = summarize(values);
    console.log(`  ${name.padEnd(36)} ${fmt(s.median).padStart(6)} ms  (${fmt(s.min)} – ${fmt(s.max)})  ${fmt(s.median / base, 2)}×`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
