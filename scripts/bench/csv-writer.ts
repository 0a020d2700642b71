// Is lib/csv/encode.ts still faster than the maintained library (csv-stringify) on the same data,
// in the same run? 200,000 rows shaped like the Videos report (its columns and cell kinds,
// titles with commas, quotes, line breaks, emoji and leading "=", counts as bigint and decimal
// strings, empty cells), encoded to one file each way: encodePreamble + encodeRow (as
// lib/data/reports/videos.ts writes), csv-stringify's sync API, and its streaming Stringifier.
// Every way must give the same bytes. Rounds alternate; the median of each is reported, in this
// process's CPU time (user + system, GC included: steady on a shared machine) and wall time.
//
//   node --conditions=react-server --import tsx scripts/bench/csv-writer.ts [rows] [rounds]
import { stringify } from "csv-stringify";
import { stringify as stringifySync } from "csv-stringify/sync";
import { createHash } from "node:crypto";
import { VIDEOS_COLUMNS } from "../../lib/data/reports/videos";
import { encodePreamble, encodeRow, formatCsvNumber, neutralizeFormula, type CsvRow, type CsvValue } from "../../lib/csv/encode";
import { summarize, ms, fmt } from "./stats";

type Name = (typeof VIDEOS_COLUMNS)[number]["name"];
const ROWS = Number(process.argv[2] ?? 200_000);
const ROUNDS = Number(process.argv[3] ?? 7);

/** Park–Miller's generator: the same rows every run. */
function lehmer(seed: number) {
  return () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
}

const TITLES = ["Morning routine", "Recipe: 3 eggs, 1 pan", 'The "best" hack', "Line one\nline two", "=HYPERLINK(x)", "Dance 💃 challenge", "-5 °C outside", "Plain title"];

function rows(): CsvRow<Name>[] {
  const r = lehmer(17);
  const out: CsvRow<Name>[] = [];
  for (let i = 0; i < ROWS; i++) {
    const views = BigInt(Math.floor(r() * 5_000_000));
    const hasReading = r() > 0.05;
    out.push({
      video_id: `3f1c${i.toString(16).padStart(8, "0")}-0000-4000-8000-000000000000`,
      platform_video_id: `${7_300_000_000_000_000_000n + BigInt(i)}`,
      title: `${TITLES[i % TITLES.length]} #${i}`,
      link: r() > 0.5 ? `https://www.tiktok.com/@creator/video/${7_300_000_000_000_000_000n + BigInt(i)}` : null,
      posted_at: "2026-03-31T23:30:00-07:00",
      duration_seconds: Math.floor(r() * 180),
      hashtags: "#fyp #dance",
      sound: r() > 0.7 ? "original sound, remix" : null,
      notes: r() > 0.9 ? "+1 from the brand" : null,
      reading_captured_at: hasReading ? "2026-04-02T08:00:00-07:00" : null,
      views: hasReading ? views : null,
      likes: hasReading ? String(views / 20n) : null,
      comments: hasReading ? String(views / 500n) : null,
      shares: hasReading ? String(views / 300n) : null,
      saves: hasReading && r() > 0.3 ? String(views / 400n) : null,
      interactions: hasReading ? views / 20n + views / 500n + views / 300n : null,
      engagement_rate_pct: hasReading ? Math.round(r() * 15_000_000) / 1_000_000 : null,
      tier: hasReading ? "Good" : null,
      payout_program: i % 3 === 0 ? "rewards" : "fund",
      estimated_views_payout: `${Math.floor(r() * 5000)}.${String(Math.floor(r() * 100)).padStart(2, "0")}`,
      currency: "USD",
      followers_at_reading: hasReading ? 125_000n : null,
      engagement_rate_per_follower_pct: hasReading ? 12.5 : null,
      saves_counted_as_interactions: "no",
    });
  }
  return out;
}

const KIND = new Map(VIDEOS_COLUMNS.map((c) => [c.name as string, c.kind]));
// csv-stringify set up to write exactly what encode.ts writes: its quoting is RFC 4180's, and the
// casts apply our number format and formula neutralisation per column.
const cell = (value: CsvValue, column: string | number): string =>
  value === null || value === undefined ? "" : KIND.get(String(column)) === "number" ? formatCsvNumber(value) : KIND.get(String(column)) === "user-text" ? neutralizeFormula(String(value)) : String(value);
const OPTIONS = {
  bom: true,
  header: true,
  columns: VIDEOS_COLUMNS.map((c) => ({ key: c.name, header: c.name })),
  record_delimiter: "windows" as const,
  // Off by default once record_delimiter is set: a field holding a bare LF or CR would go unquoted.
  quote_record_delimiter: true,
  cast: {
    string: (v: string, ctx: { column?: string | number }) => cell(v, ctx.column ?? ""),
    number: (v: number, ctx: { column?: string | number }) => cell(v, ctx.column ?? ""),
    bigint: (v: bigint, ctx: { column?: string | number }) => cell(v, ctx.column ?? ""),
  },
};

/** Where the pieces of a file go: counted when timed, hashed in the warm-up round. */
type Sink = (piece: string | Buffer) => void;

function ours(data: CsvRow<Name>[], sink: Sink): void {
  // Pieces of 1,000 rows, as the Videos report yields them.
  let out = encodePreamble(VIDEOS_COLUMNS);
  for (let i = 0; i < data.length; i++) {
    out += encodeRow(VIDEOS_COLUMNS, data[i]!);
    if (i % 1000 === 999) {
      sink(out);
      out = "";
    }
  }
  sink(out);
}

function librarySync(data: CsvRow<Name>[], sink: Sink): void {
  sink(stringifySync(data as Record<string, unknown>[], OPTIONS));
}

async function libraryStream(data: CsvRow<Name>[], sink: Sink): Promise<void> {
  const s = stringify(OPTIONS);
  s.on("data", sink);
  const done = new Promise<void>((resolve, reject) => {
    s.on("end", resolve);
    s.on("error", reject);
  });
  for (const row of data) if (!s.write(row)) await new Promise((r) => s.once("drain", r));
  s.end();
  await done;
}

async function main() {
  const data = rows();
  const ways: [string, (d: CsvRow<Name>[], sink: Sink) => void | Promise<void>][] = [
    ["lib/csv/encode.ts", ours],
    ["csv-stringify (sync)", librarySync],
    ["csv-stringify (stream)", libraryStream],
  ];
  const hashes = new Map<string, string>();
  const times = new Map<string, { cpu: number[]; wall: number[] }>(ways.map(([name]) => [name, { cpu: [], wall: [] }]));
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [name, fn] of round % 2 === 0 ? ways : [...ways].reverse()) {
      const hash = createHash("sha256");
      let bytes = 0;
      const sink: Sink = round === 0 ? (piece) => void hash.update(piece) : (piece) => void (bytes += piece.length);
      const t = performance.now();
      const cpu = process.cpuUsage();
      await fn(data, sink);
      const used = process.cpuUsage(cpu);
      const elapsed = performance.now() - t;
      if (round === 0) {
        // Warm-up round: checks the bytes, not timed.
        hashes.set(name, hash.digest("hex"));
        continue;
      }
      if (bytes === 0) throw new Error(`${name} wrote nothing`);
      times.get(name)!.cpu.push((used.user + used.system) / 1000);
      times.get(name)!.wall.push(elapsed);
    }
  }
  if (new Set(hashes.values()).size !== 1) throw new Error(`The ways wrote different files: ${JSON.stringify([...hashes])}`);
  console.log(`${fmt(ROWS)} Videos-report rows, ${ROUNDS} rounds each, node ${process.version}; the same bytes each way`);
  const base = summarize(times.get(ways[0]![0])!.cpu).median;
  for (const [name] of ways) {
    const cpu = summarize(times.get(name)!.cpu);
    const wall = summarize(times.get(name)!.wall);
    console.log(`${name.padEnd(24)} CPU median ${ms(cpu.median).padStart(9)} (min ${ms(cpu.min)}, max ${ms(cpu.max)}) ${(cpu.median / base).toFixed(2)}×   wall median ${ms(wall.median)}`);
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
