// Is lib/csv/copy-data.ts (the COPY wire decoder behind lib/data/reports/copy-out.ts) still
// faster than the maintained library, pg-copy-streams, on the same data in the same run? One
// creator with 20,000 videos × 10 readings (200,000 readings, as the bench's heavy creator; titles
// with commas, quotes and line breaks), exported two ways on one connection, rounds alternating:
//   - ours: CopyCsvStream, row ends made CRLF from the CopyData message boundaries;
//   - pg-copy-streams `to()` and a Transform that turns the LFs outside quoted fields into CRLF
//     (the library hands out the rows' bytes run together, so the row ends must be found again).
// Each is timed on the Readings report's own SELECT (what a download costs) and on a table
// holding that report's rows (PostgreSQL's share made small, so the decoders' cost shows). Both
// ways must give the same bytes. Reported: this process's CPU time per export (the decoder's
// cost: PostgreSQL's runs in its own processes; steady on a shared machine) and the wall time.
//
//   npx tsx scripts/with-test-db.ts node --conditions=react-server --import tsx scripts/bench/csv-copy.ts [rounds]
import { createHash } from "node:crypto";
import { Transform, type Readable, type TransformCallback } from "node:stream";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { CopyCsvStream } from "../../lib/data/reports/copy-out";
import { READINGS_COPY_SETTINGS, readingsSelect } from "../../lib/data/reports/readings";
import { fmt, ms, summarize } from "./stats";

const ROUNDS = Number(process.argv[2] ?? 7);
const VIDEOS = 20_000;
const READINGS_PER_VIDEO = 10;
const TIME_ZONE = "America/New_York";

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = Buffer.from("\r\n");

/** LF → CRLF outside quoted fields, across chunk boundaries (a doubled quote toggles twice). */
class RowEndsToCrlf extends Transform {
  private quoted = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const out: Buffer[] = [];
    let start = 0;
    let pos = 0;
    while (pos < chunk.length) {
      if (this.quoted) {
        const q = chunk.indexOf(QUOTE, pos);
        if (q < 0) break;
        this.quoted = false;
        pos = q + 1;
        continue;
      }
      const lf = chunk.indexOf(LF, pos);
      const q = chunk.indexOf(QUOTE, pos);
      if (q >= 0 && (lf < 0 || q < lf)) {
        this.quoted = true;
        pos = q + 1;
        continue;
      }
      if (lf < 0) break;
      out.push(chunk.subarray(start, lf), CRLF);
      start = pos = lf + 1;
    }
    if (start < chunk.length) out.push(chunk.subarray(start));
    done(null, out.length === 1 ? out[0] : Buffer.concat(out));
  }
}

async function drain(stream: Readable): Promise<{ bytes: number; hash: string }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += (chunk as Buffer).length;
    hash.update(chunk as Buffer);
  }
  return { bytes, hash: hash.digest("hex") };
}

async function seed(c: pg.Client): Promise<string> {
  const { rows } = await c.query<{ id: string }>(
    `INSERT INTO users (id, email, password_hash, display_name, time_zone, updated_at)
     VALUES (gen_random_uuid(), 'bench-copy@bench.test', 'x', 'Bench copy', $1, now()) RETURNING id`,
    [TIME_ZONE],
  );
  const userId = rows[0]!.id;
  await c.query(
    `INSERT INTO videos (id, user_id, title, posted_at, duration_seconds, version, updated_at)
     SELECT gen_random_uuid(), $1::uuid,
            (ARRAY['Bench video ', 'Recipe: eggs, pan #', 'The "best" hack #', E'Line one\\nline two #', '=SUM(A1) #'])[1 + g % 5] || g,
            timestamptz '2026-01-01' - g * interval '37 minutes', 8 + g % 120, 1, now()
     FROM generate_series(1, $2::int) g`,
    [userId, VIDEOS],
  );
  await c.query(
    `INSERT INTO stat_snapshots (user_id, video_id, captured_at, views, likes, comments, shares, saves)
     SELECT v.user_id, v.id, v.posted_at + k * interval '3 days',
            k * 1000 + hashtext(v.id::text || k) % 997 + 997, k * 40, k * 3, k * 2, CASE WHEN k % 3 = 0 THEN NULL ELSE k END
     FROM videos v CROSS JOIN generate_series(1, $2::int) k WHERE v.user_id = $1::uuid`,
    [userId, READINGS_PER_VIDEO],
  );
  await c.query(`ANALYZE videos; ANALYZE stat_snapshots`);
  return userId;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Run under scripts/with-test-db.ts (it provides DATABASE_URL).");
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const userId = await seed(c);
    await c.query(`SET TimeZone = '${TIME_ZONE}'`);
    for (const s of READINGS_COPY_SETTINGS) await c.query(s.replace("SET LOCAL", "SET"));
    const select = readingsSelect((v) => c.escapeLiteral(v), userId, { from: new Date("2000-01-01T00:00:00Z"), to: new Date("2100-01-01T00:00:00Z") });
    await c.query(`CREATE TEMP TABLE readings_report AS ${select}`);
    const [{ n }] = (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM readings_report`)).rows as [{ n: number }];

    const sources: [string, string][] = [
      ["the Readings SELECT", `COPY (${select}) TO STDOUT WITH (FORMAT csv)`],
      ["a table of its rows", `COPY readings_report TO STDOUT WITH (FORMAT csv)`],
    ];
    const ways: [string, (sql: string) => Readable][] = [
      ["lib/csv/copy-data.ts", (sql) => c.query(new CopyCsvStream(sql))],
      ["pg-copy-streams + CRLF", (sql) => c.query(copyTo(sql)).pipe(new RowEndsToCrlf())],
    ];
    console.log(`${fmt(n)} readings (${fmt(VIDEOS)} videos × ${READINGS_PER_VIDEO}), ${ROUNDS} rounds each, node ${process.version}`);
    for (const [source, sql] of sources) {
      const times = new Map<string, { cpu: number[]; wall: number[] }>(ways.map(([name]) => [name, { cpu: [], wall: [] }]));
      const hashes = new Set<string>();
      let bytes = 0;
      for (let round = 0; round <= ROUNDS; round++) {
        for (const [name, run] of round % 2 === 0 ? ways : [...ways].reverse()) {
          const t = performance.now();
          const cpu = process.cpuUsage();
          const r = await drain(run(sql));
          const used = process.cpuUsage(cpu);
          if (round > 0) {
            times.get(name)!.cpu.push((used.user + used.system) / 1000);
            times.get(name)!.wall.push(performance.now() - t);
          }
          hashes.add(r.hash);
          bytes = r.bytes;
        }
      }
      if (hashes.size !== 1) throw new Error(`${source}: the two ways gave different bytes`);
      const base = summarize(times.get(ways[0]![0])!.cpu).median;
      const baseWall = summarize(times.get(ways[0]![0])!.wall).median;
      console.log(`COPY of ${source} (${fmt(bytes / 1e6, 1)} MB, the same bytes both ways):`);
      for (const [name] of ways) {
        const cpu = summarize(times.get(name)!.cpu);
        const wall = summarize(times.get(name)!.wall);
        console.log(`  ${name.padEnd(24)} node CPU median ${ms(cpu.median).padStart(9)} (min ${ms(cpu.min)}) ${(cpu.median / base).toFixed(2)}×   wall median ${ms(wall.median).padStart(9)} ${(wall.median / baseWall).toFixed(2)}×`);
      }
    }
  } finally {
    await c.end();
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
