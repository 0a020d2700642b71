// `npm run bench`: Tierline at scale. Creates its own database (never the dev data), loads the
// dataset in PostgreSQL (scripts/bench/dataset.ts), measures each figure several times and writes
// BENCHMARKS.md with the median and spread, the target and whether it is met.
// Options: --quick (fewer repetitions, shorter load test), --skip-http (in-process figures only),
// --build (rebuild the production app first), --only=dashboard,growth,import,reimport,load,export,weight,abandoned,signin-flood,hostile-upload
// (measure only those; BENCHMARKS.md is then not rewritten, the figures are printed instead).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import autocannon from "autocannon";
import { ensureDatabaseExists, migrateDeploy } from "./lib/database";
import { PROJECT_ROOT, startEmbeddedPostgres, withDatabase } from "./lib/embedded-postgres";
import { COHORTS, loadDataset } from "./bench/dataset";
import { fmt, ms, percentile, summarize, timeIt, type Summary } from "./bench/stats";
import { SIGN_IN_QUEUE_PER_SLOT, hashPassword } from "../lib/auth/password-hash";

const args = new Set(process.argv.slice(2));
const QUICK = args.has("--quick");
const SKIP_HTTP = args.has("--skip-http");
const ONLY = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length).split(",");
const wanted = (name: string) => !ONLY || ONLY.includes(name);
const BENCH_PASSWORD = "bench-password-2026";
const HTTP_PORT = Number(process.env.BENCH_HTTP_PORT ?? 3200);
const log = (m: string) => console.log(`[bench] ${m}`);

type Row = { figure: string; result: string; spread?: string; target?: string; met?: boolean | null };
type Section = { title: string; rows: Row[]; notes: string[] };
const sections: Section[] = [];
const section = (title: string): Section => {
  const s: Section = { title, rows: [], notes: [] };
  sections.push(s);
  return s;
};
const spreadOf = (s: Summary) => `${ms(s.min)} – ${ms(s.max)} (n=${s.n})`;

async function userId(c: pg.Client, email: string): Promise<string> {
  const { rows } = await c.query("SELECT id FROM users WHERE email = $1", [email]);
  if (!rows[0]) throw new Error(`no bench user ${email}`);
  return rows[0].id as string;
}

// ---------------------------------------------------------------- in-process figures
async function dashboardData(c: pg.Client) {
  const s = section("1. Dashboard data step (heavy creator: 20,000 videos × 10 readings)");
  const { getDashboardData } = await import("../lib/data/dashboard");
  const { parseDashboardParams } = await import("../lib/domain/dashboard-range");
  const id = await userId(c, "bench-heavy@bench.test");
  const user = { id, timeZone: "America/New_York", locale: "en-US", currency: "USD" };
  const ranges = ["7", "28", "90", "365", "all"] as const;
  const buckets = ["day", "week", "month"] as const;
  const reps = QUICK ? 3 : 7;
  const all: number[] = [];
  for (const range of ranges) {
    for (const bucket of buckets) {
      const params = parseDashboardParams({ range, bucket });
      await getDashboardData(user, params); // warm
      const times: number[] = [];
      for (let i = 0; i < reps; i++) times.push((await timeIt(() => getDashboardData(user, params))).ms);
      const sum = summarize(times);
      all.push(...times);
      s.rows.push({ figure: `range ${range}, bucket ${bucket}`, result: `p50 ${ms(sum.median)}, p95 ${ms(sum.p95)}`, spread: spreadOf(sum) });
    }
  }
  const total = summarize(all);
  s.rows.unshift({ figure: "all ranges and buckets", result: `p50 ${ms(total.median)}, p95 ${ms(total.p95)}`, spread: spreadOf(total), target: "p95 ≤ 50 ms", met: total.p95 <= 50 });
  s.notes.push("Time of `getDashboardData()` (lib/data/dashboard.ts) in-process: every SQL statement the dashboard page runs, plus shaping; no rendering.");
}

async function growth(c: pg.Client) {
  const s = section("6. Growth: the dashboard data step against creator size (range 365 days, weekly)");
  const { getDashboardData } = await import("../lib/data/dashboard");
  const { parseDashboardParams } = await import("../lib/domain/dashboard-range");
  const params = parseDashboardParams({ range: "365", bucket: "week" });
  const sizes = [
    ["growth-100", "bench-growth-100@bench.test", 100],
    ["growth-1000", "bench-growth-1000@bench.test", 1000],
    ["growth-10000", "bench-growth-10000@bench.test", 10000],
    ["heavy", "bench-heavy@bench.test", 20000],
  ] as const;
  const medians: { videos: number; median: number; points: number }[] = [];
  for (const [, email, videos] of sizes) {
    const user = { id: await userId(c, email), timeZone: "America/New_York", locale: "en-US", currency: "USD" };
    await getDashboardData(user, params);
    const times: number[] = [];
    let points = 0;
    for (let i = 0; i < (QUICK ? 5 : 15); i++) {
      const r = await timeIt(() => getDashboardData(user, params));
      times.push(r.ms);
      const d = r.value as { kind: string; trend?: unknown[]; videos?: { points: unknown[] } };
      points = (d.trend?.length ?? 0) + (d.videos?.points.length ?? 0);
    }
    const sum = summarize(times);
    medians.push({ videos, median: sum.median, points });
    s.rows.push({ figure: `${fmt(videos)} videos`, result: `median ${ms(sum.median)} (${points} points charted)`, spread: spreadOf(sum) });
  }
  const first = medians[0]!;
  const last = medians.at(-1)!;
  const timeGrowth = last.median / first.median;
  const dataGrowth = last.videos / first.videos;
  const pointsGrowth = last.points / Math.max(1, first.points);
  s.rows.push({
    figure: "growth 100 → 20,000 videos",
    result: `time × ${timeGrowth.toFixed(1)}; rows charted × ${pointsGrowth.toFixed(1)}; videos × ${dataGrowth}`,
    target: "time grows no faster than the rows charted (× 1.5 allowance for noise)",
    met: timeGrowth <= pointsGrowth * 1.5,
  });
  s.notes.push("Charts receive a bounded number of points (buckets + at most 500 video points), so work that grows is the SQL aggregate over the creator's index range.");
}

async function copyBaseline(url: string, sql: string, params: unknown[]): Promise<{ rows: number; bytes: number; ms: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT count(*)::int AS n FROM (${sql}) q`, params);
    const literal = sql.replace(/\$(\d+)/g, (_m, i) => `'${String(params[Number(i) - 1]).replace(/'/g, "''")}'`);
    const t = performance.now();
    let bytes = 0;
    const stream = c.query(copyTo(`COPY (${literal}) TO STDOUT WITH (FORMAT csv, HEADER)`));
    for await (const chunk of stream) bytes += (chunk as Buffer).length;
    return { rows: rows[0].n as number, bytes, ms: performance.now() - t };
  } finally {
    await c.end();
  }
}

/**
 * COPY of the Readings report's own SELECT (the SQL the route runs, with its zone and planner
 * settings, for range=all), to tell PostgreSQL's share of the export from the app's.
 */
async function copyReportSelect(url: string, userId: string): Promise<{ rows: number; ms: number }> {
  const { readingsSelect, READINGS_COPY_SETTINGS } = await import("../lib/data/reports/readings");
  const { resolveReportPeriod } = await import("../lib/data/reports");
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT time_zone AS tz FROM users WHERE id = $1`, [userId]);
    const tz = rows[0].tz as string;
    const period = await resolveReportPeriod(userId, { kind: "preset", preset: "all" }, new Date(), tz);
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await c.query("SELECT set_config('TimeZone', $1, true)", [tz]);
    for (const setting of READINGS_COPY_SETTINGS) await c.query(setting);
    const t = performance.now();
    const stream = c.query(copyTo(`COPY (${readingsSelect((v) => c.escapeLiteral(v), userId, period)}) TO STDOUT WITH (FORMAT csv, HEADER)`));
    for await (const chunk of stream) void chunk;
    const elapsed = performance.now() - t;
    await c.query("COMMIT");
    return { rows: stream.rowCount, ms: elapsed };
  } finally {
    await c.end();
  }
}

// ---------------------------------------------------------------- HTTP figures
type Server = { proc: ChildProcess; pid: number; baseUrl: string };

function buildIfNeeded() {
  if (fs.existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID")) && !args.has("--build")) return;
  log("Building the production app (next build)…");
  const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next"), "build"], { cwd: PROJECT_ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error("next build failed");
}

async function startServer(url: string): Promise<Server> {
  const baseUrl = `http://localhost:${HTTP_PORT}`;
  // The production server users run (`npm start`): scripts/server.mjs, one worker per core.
  const proc = spawn(process.execPath, [path.join(PROJECT_ROOT, "scripts/server.mjs"), "--port", String(HTTP_PORT)], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    // One trusted hop, as behind a proxy: the sign-in flood names its client addresses in
    // X-Forwarded-For. Every other request sends none and counts as the peer's. No session
    // secret is passed: the server uses the installation's generated one, as a default install does.
    env: { ...process.env, DATABASE_URL: url, NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", TIERLINE_TRUSTED_PROXY_HOPS: "1" },
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { proc, pid: proc.pid!, baseUrl };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  proc.kill();
  throw new Error("the production server did not become healthy");
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does. */
async function signIn(baseUrl: string, email: string): Promise<string> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookies = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  // Several sign-ins in a row can pass the servers' per-second budget of password checks
  // (TIERLINE_SIGN_IN_CHECKS_PER_SECOND): "try again in a moment" is retried, as a person would.
  for (let attempt = 0; attempt < 20; attempt++) {
    const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies, origin: baseUrl },
      body: new URLSearchParams({ csrfToken, email, password: BENCH_PASSWORD, json: "true" }),
    });
    const session = res.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.includes("session-token"));
    if (session) return session;
    const where = ((await res.json().catch(() => ({}))) as { url?: string }).url ?? "";
    if (new URL(where || "http://x/").searchParams.get("error") !== "busy") throw new Error(`sign-in failed for ${email}: HTTP ${res.status}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`sign-in failed for ${email}: the servers stayed busy`);
}

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(m?.[1] ?? 0);
}

/** The app's Node processes (the server and its workers): sum their resident memory. */
function treeRssKb(rootPid: number): number {
  const pids = [rootPid];
  for (const p of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      if (ppid === rootPid) pids.push(Number(p));
    } catch {
      /* gone */
    }
  }
  return pids.reduce((sum, p) => {
    try {
      return sum + rssKb(p);
    } catch {
      return sum;
    }
  }, 0);
}

const WARM_UP_SECONDS = 3;
const LOAD_RUNS = 3;

async function dashboardLoad(server: Server) {
  const s = section("2. Dashboard under load (HTTP, production build)");
  const emails = Array.from({ length: 10 }, (_, i) => `bench-${i + 1}@bench.test`);
  const cookies: string[] = [];
  for (const e of emails) cookies.push(await signIn(server.baseUrl, e));
  let n = 0;
  const duration = QUICK ? 8 : 20;
  const load = (seconds: number) =>
    autocannon({
      url: `${server.baseUrl}/dashboard?range=90&bucket=week`,
      connections: 10,
      duration: seconds,
      requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, cookie: cookies[n++ % cookies.length]! } }) }],
    });
  // Warm-up, not counted: a freshly started server's first dashboards load the route's code,
  // start the database client and fill the pool. Counted, those ten first requests (one per
  // connection, all waiting together) were the whole p97.5 tail, a figure of start-up rather
  // than of load.
  await load(WARM_UP_SECONDS);
  // Three runs back to back: one 20 s run's p97.5 moved by ±10 % from run to run on a quiet
  // machine, so the figure is their median and the spread is shown.
  const runs: autocannon.Result[] = [];
  for (let i = 0; i < (QUICK ? 1 : LOAD_RUNS); i++) runs.push(await load(duration));
  const p975 = (r: autocannon.Result) => (r.latency as unknown as Record<string, number>).p97_5 ?? Infinity;
  const mid = <T,>(xs: T[], key: (x: T) => number) => [...xs].sort((a, b) => key(a) - key(b))[Math.floor(xs.length / 2)]!;
  const median = (key: (r: autocannon.Result) => number) => key(mid(runs, key));
  const tails = runs.map(p975);
  const errors = runs.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
  const latencies = runs.map((r) => `${r.latency.p50} / ${p975(r)} / ${r.latency.p99}`).join("; ");
  s.rows.push({
    figure: "latency p50 / p95 / p99 (median of the runs)",
    result: `${median((r) => r.latency.p50)} / ${median(p975)} (p97.5) / ${median((r) => r.latency.p99)} ms`,
    spread: `p97.5 ${Math.min(...tails)} – ${Math.max(...tails)} ms (n=${runs.length}); each run p50 / p97.5 / p99: ${latencies}`,
    target: "p95 ≤ 300 ms",
    met: median(p975) <= 300,
  });
  const rps = runs.map((r) => r.requests.average);
  s.rows.push({
    figure: "requests per second (median of the runs)",
    result: `${fmt(median((r) => r.requests.average), 1)} (total ${fmt(runs.reduce((n, r) => n + r.requests.total, 0))})`,
    spread: `${fmt(Math.min(...rps), 1)} – ${fmt(Math.max(...rps), 1)} (n=${runs.length})`,
  });
  s.rows.push({ figure: "errors (non-2xx, timeouts, socket errors), all runs", result: String(errors), target: "0", met: errors === 0 });
  s.notes.push(`autocannon, 10 connections, ${runs.length} runs of ${duration} s back to back after a ${WARM_UP_SECONDS} s warm-up that is not counted, 10 signed-in creators (500 videos × 6 readings each) round-robin, GET /dashboard?range=90&bucket=week. autocannon reports p97.5 rather than p95; p95 ≤ p97.5, so the target is met when p97.5 is.`);
}

/** The production server's worker processes (scripts/server.mjs starts this many). */
const SERVER_WORKERS = Math.max(1, Number(process.env.TIERLINE_WEB_WORKERS || os.availableParallelism()));

/**
 * Requests `url` in every worker of the server. The workers share the port through node:cluster,
 * which hands each new connection to the next worker in turn, so each request goes on a
 * connection of its own (twice as many as there are workers). One request on fetch's kept-alive
 * connection warmed one worker, and the timed download then landed on the cold one about half
 * the time: seconds slower, with the module loading in its memory figure (≈ 120 MB vs ≈ 25).
 */
async function warmEveryWorker(url: string, cookie: string): Promise<void> {
  for (let i = 0; i < 2 * SERVER_WORKERS; i++) {
    await new Promise<void>((resolve, reject) => {
      http
        .get(url, { headers: { cookie }, agent: false }, (res) => {
          if (res.statusCode !== 200) reject(new Error(`warm-up request failed: HTTP ${res.statusCode}`));
          res.resume();
          res.on("end", resolve);
        })
        .on("error", reject);
    });
  }
}

async function exportSpeed(server: Server, url: string, c: pg.Client) {
  const s = section("3. Export: Readings report over HTTP against COPY … TO STDOUT");
  for (const [label, email] of [["heavy creator (200,000 rows)", "bench-heavy@bench.test"], ["export creator (1,000,000 rows)", "bench-export@bench.test"]] as const) {
    const id = await userId(c, email);
    const cookie = await signIn(server.baseUrl, email);
    const copy = await copyBaseline(url, `SELECT s.* FROM stat_snapshots s WHERE s.user_id = $1::uuid ORDER BY s.captured_at`, [id]);
    // Warm-up: an empty Readings download first, so the timed one measures streaming, not the
    // route's first-time module loading and export-pool connection (the COPY baseline's timing
    // likewise starts on an open connection), in every worker of the server.
    await warmEveryWorker(`${server.baseUrl}/api/reports/readings?from=2000-01-01&to=2000-01-01`, cookie);
    const base = treeRssKb(server.pid);
    let peak = base;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRssKb(server.pid))), 50);
    const t = performance.now();
    const res = await fetch(`${server.baseUrl}/api/reports/readings?range=all`, { headers: { cookie } });
    let bytes = 0;
    let lines = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      // Counted with indexOf: a byte-by-byte loop here cost the client ≈ 0.2 s of CPU per
      // 200,000 rows (≈ 1 s per million), on the same two cores as the server it times.
      const b = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
    }
    const httpMs = performance.now() - t;
    clearInterval(sampler);
    const httpRate = (lines - 1) / (httpMs / 1000);
    const copyRate = copy.rows / (copy.ms / 1000);
    const growthMb = (peak - base) / 1024;
    s.rows.push({ figure: `${label}: HTTP ${res.status}`, result: `${fmt(lines - 1)} rows, ${fmt(bytes / 1e6, 1)} MB in ${ms(httpMs)} → ${fmt(httpRate)} rows/s` });
    s.rows.push({ figure: `${label}: COPY TO STDOUT`, result: `${fmt(copy.rows)} rows in ${ms(copy.ms)} → ${fmt(copyRate)} rows/s` });
    s.rows.push({ figure: `${label}: speed ratio`, result: (httpRate / copyRate).toFixed(2), target: "≥ 0.5", met: httpRate / copyRate >= 0.5 });
    // Not the target: PostgreSQL's part alone (the report's SQL through COPY, no HTTP, no Node server).
    const own = await copyReportSelect(url, id);
    const ownRate = own.rows / (own.ms / 1000);
    s.rows.push({ figure: `${label}: (second baseline, not the target) COPY of the report's own SELECT`, result: `${fmt(own.rows)} rows in ${ms(own.ms)} → ${fmt(ownRate)} rows/s; HTTP ÷ this = ${(httpRate / ownRate).toFixed(2)}` });
    s.rows.push({ figure: `${label}: server memory growth`, result: `${fmt(growthMb, 1)} MB (RSS ${fmt(base / 1024)} → ${fmt(peak / 1024)} MB)`, target: "≤ 100 MB", met: growthMb <= 100 });
  }
  s.notes.push("Memory is the resident set of the production server (scripts/server.mjs and its workers) sampled every 50 ms during the download; the baseline is just before the request.");
  s.notes.push("Before each timed download the same creator downloads an empty Readings file (one day in 2000) from every worker of the server (one connection per request, twice as many as workers), so the first figure does not carry the route's one-time start-up; sign-in, the session check and the period lookup are still inside the timing.");
  s.notes.push("The target is against COPY of the raw rows (`SELECT s.* … ORDER BY captured_at`). The second baseline is COPY of the Readings report's own SELECT (zone, ISO times, ER, neutralised titles, video order), measured after the HTTP download: how much of the gap is the report's SQL rather than the app.");
}

async function pageWeight(server: Server) {
  const s = section("5. Page weight: JavaScript of the dashboard page");
  const cookie = await signIn(server.baseUrl, "bench-1@bench.test");
  const html = await (await fetch(`${server.baseUrl}/dashboard`, { headers: { cookie } })).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, server.baseUrl))).arrayBuffer());
    raw += body.length;
    gz += zlib.gzipSync(body, { level: 9 }).length;
  }
  s.rows.push({ figure: `${srcs.length} script files`, result: `${fmt(gz / 1024, 1)} kB gzipped (${fmt(raw / 1024, 1)} kB raw)`, target: "≤ 200 kB gzipped", met: gz / 1024 <= 200 });
  s.notes.push("Every <script src> of the signed-in dashboard HTML, fetched and gzipped at level 9.");
  s.notes.push(
    "Not counted: the chunks the page fetches by dynamic import once it runs, i.e. the charts' canvases with Chart.js, loaded after first paint by design. Counted although modern browsers skip it: Next's `noModule` polyfill script.",
  );
}

async function abandonedWork(server: Server, c: pg.Client) {
  const s = section("7. Abandoned work: a client that disconnects mid-export");
  const email = "bench-export@bench.test";
  const cookie = await signIn(server.baseUrl, email);
  const ac = new AbortController();
  const res = await fetch(`${server.baseUrl}/api/reports/readings?range=all`, { headers: { cookie }, signal: ac.signal });
  const reader = res.body!.getReader();
  await reader.read();
  ac.abort();
  await new Promise((r) => setTimeout(r, 2_000));
  const { rows } = await c.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND query ILIKE '%stat_snapshots%'`,
  );
  s.rows.push({ figure: "export queries still running 2 s after the client left", result: String(rows[0].n), target: "0", met: rows[0].n === 0 });
  s.notes.push("The 1-million-row Readings export is started, its first chunk read, then the request is aborted; pg_stat_activity is read 2 s later.");
  s.notes.push(`Every app query runs under statement_timeout = ${process.env.TIERLINE_STATEMENT_TIMEOUT_MS ?? 15000} ms (lib/db.ts; exports set their own).`);
}

// ---------------------------------------------------------------- sign-in flood
type FloodTally = { signedIn: number; throttled: number; busy: number; other: number };

/**
 * Correct-password sign-ins through next-auth's endpoint, `connections` at a time for `seconds`,
 * each connection for an account of its own. `address(i)` is the client address the request
 * claims (the server trusts one proxy hop): one for all, or a new one every time.
 */
async function signInFlood(baseUrl: string, emails: string[], seconds: number, address: (n: number) => string): Promise<FloodTally> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookie = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const tally: FloodTally = { signedIn: 0, throttled: 0, busy: 0, other: 0 };
  const until = performance.now() + seconds * 1000;
  let n = 0;
  await Promise.all(
    emails.map(async (email) => {
      while (performance.now() < until) {
        const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
          method: "POST",
          redirect: "manual",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: baseUrl, "x-forwarded-for": address(n++) },
          body: new URLSearchParams({ csrfToken, email, password: BENCH_PASSWORD, json: "true" }),
        });
        // next-auth answers with where the form would go: the error code is in that URL.
        const where = ((await res.json().catch(() => ({}))) as { url?: string }).url ?? "";
        const error = new URL(where || "http://x/").searchParams.get("error") ?? "";
        if (res.ok && where && !error) tally.signedIn++;
        else if (error.startsWith("throttled:")) tally.throttled++;
        else if (error === "busy") tally.busy++;
        else tally.other++;
      }
    }),
  );
  return tally;
}

async function signInFloodSection(server: Server, c: pg.Client) {
  const s = section("8. Sign-in flood: another creator's dashboard while right passwords pour in");
  const victim = await signIn(server.baseUrl, "bench-2@bench.test");
  const dashboard = `${server.baseUrl}/dashboard?range=90&bucket=week`;
  await warmEveryWorker(dashboard, victim);
  const floodSeconds = 30;
  const idleSeconds = QUICK ? 8 : 15;
  // One creator reloading their dashboard, one request after another: its median is the figure.
  const probe = (seconds: number) => autocannon({ url: dashboard, connections: 1, duration: seconds, headers: { cookie: victim } });
  // Ten flooding accounts (not the dashboard's creator), one per connection.
  const flooders = Array.from({ length: 10 }, (_, i) => `bench-${i + 101}@bench.test`);
  const idle = await probe(idleSeconds);
  const runs: Array<{ label: string; address: (n: number) => string }> = [
    // As the attack was seen: every attempt from one address.
    { label: "from one address", address: () => "198.51.100.77" },
    // A crowd (or a botnet): a new address every time, so no per-address limit ever applies
    // and only the bound on password hashes at once protects the other creators.
    { label: "from a new address every attempt", address: (n) => `2001:db8:be:${(n >> 16).toString(16)}:${(n & 0xffff).toString(16)}::1` },
  ];
  s.rows.push({ figure: "dashboard p50 / p99, idle (one client, sequential)", result: `${idle.latency.p50} / ${idle.latency.p99} ms`, spread: `${fmt(idle.requests.total)} requests in ${idleSeconds} s` });
  for (const run of runs) {
    // Counters from an earlier run within 15 minutes would turn this one away from the start.
    await c.query("DELETE FROM rate_limits");
    const [flood, during] = await Promise.all([signInFlood(server.baseUrl, flooders, floodSeconds, run.address), probe(floodSeconds)]);
    const ratio = during.latency.p50 / Math.max(1, idle.latency.p50);
    s.rows.push({
      figure: `dashboard p50 during a ${floodSeconds} s flood ${run.label} (10 connections)`,
      result: `${during.latency.p50} ms (p99 ${during.latency.p99} ms) = ${ratio.toFixed(2)}× idle`,
      spread: `sign-ins: ${fmt(flood.signedIn)} signed in, ${fmt(flood.throttled)} throttled, ${fmt(flood.busy)} "try again in a moment", ${fmt(flood.other)} other; dashboard errors ${during.errors + during.non2xx + during.timeouts}`,
      target: "≤ 2× idle p50",
      met: ratio <= 2 && during.non2xx + during.errors === 0,
    });
  }
  await c.query("DELETE FROM rate_limits");
  s.notes.push(
    `Idle: one signed-in creator (500 videos × 6 readings) loads GET /dashboard?range=90&bucket=week one request after another for ${idleSeconds} s (autocannon, 1 connection). Then the same for ${floodSeconds} s while 10 connections post the right password for 10 other creators to next-auth's credentials endpoint as fast as they are answered, first all from one address, then each attempt from a new one (the server trusts one proxy hop, as behind a load balancer). The rate_limits table is emptied before each flood.`,
  );
  s.notes.push(
    `Limits in play: 30 sign-in attempts per address per 15 minutes whatever their outcome (lib/auth/throttle.ts); at most TIERLINE_PASSWORD_HASH_CONCURRENCY (default 1) Argon2 hashes at once per server process, with ${SIGN_IN_QUEUE_PER_SLOT} more sign-ins allowed to wait per slot and the rest answered "try again in a moment" (lib/auth/password-hash.ts); ${SERVER_WORKERS} server processes.`,
  );
}

// ---------------------------------------------------------------- report
function writeReport(started: Date, copyNote: string) {
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8"));
  const v = (n: string) => pkg.dependencies?.[n] ?? pkg.devDependencies?.[n] ?? "?";
  const lines = [
    "# Benchmarks",
    "",
    `Written by \`npm run bench\`${QUICK ? " --quick" : ""} on ${started.toISOString().slice(0, 16).replace("T", " ")} UTC.`,
    "",
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${fmt(os.totalmem() / 2 ** 30, 1)} GiB memory, ${os.platform()} ${os.release()}.`,
    `Versions: Node ${process.version}, Next ${v("next")}, Prisma ${v("prisma")}, pg ${v("pg")}, PostgreSQL ${copyNote}.`,
    "",
    `Dataset: ${COHORTS.map((c) => `${c.label} ${fmt(c.creators)} × ${fmt(c.videos)} videos × ${c.readings} readings`).join("; ")}.`,
    "",
  ];
  for (const s of sections) {
    lines.push(`## ${s.title}`, "", "| figure | result | spread (min – max) | target | met |", "|---|---|---|---|---|");
    for (const r of s.rows) lines.push(`| ${r.figure} | ${r.result} | ${r.spread ?? ""} | ${r.target ?? ""} | ${r.met === undefined ? "" : r.met === null ? "?" : r.met ? "yes" : "**no**"} |`);
    lines.push("", ...s.notes.map((n) => `- ${n}`), "");
  }
  // What changed between runs and why (written by hand after each optimisation), then how the
  // design scales past one machine.
  for (const name of ["HISTORY.md", "SCALING.md"]) {
    const file = path.join(PROJECT_ROOT, "scripts", "bench", name);
    if (fs.existsSync(file)) lines.push(fs.readFileSync(file, "utf8"), "");
  }
  fs.writeFileSync(path.join(PROJECT_ROOT, "BENCHMARKS.md"), lines.join("\n"));
  log("Wrote BENCHMARKS.md");
}

/**
 * Four hostile ZIPs (two bombs that lie about their sizes, a classic bomb, 60,000 entries) sent
 * to the import preview at once, while /api/health is asked every 25 ms: the health check's p99
 * while they are read and refused, and the message each upload got.
 */
const percentileOf = (values: number[], p: number) => percentile([...values].sort((a, b) => a - b), p);

async function hostileUploads(server: Server) {
  const s = section("11. Hostile uploads: /api/health while four ZIP bombs are refused");
  const H = await import("../lib/import/testing/hostile");
  const cookie = await signIn(server.baseUrl, "bench-1@bench.test");
  const preview = (name: string, bytes: Uint8Array) => {
    const form = new FormData();
    form.append("files", new Blob([Buffer.from(bytes)]), name);
    return fetch(`${server.baseUrl}/api/import/preview`, { method: "POST", headers: { cookie, origin: server.baseUrl }, body: form });
  };
  // Every server process starts its parsers once (as after its first import).
  const tiny = new TextEncoder().encode("Date,Followers\n2026-01-01,5\n");
  await Promise.all(Array.from({ length: 8 }, () => preview("warm.csv", tiny).then((r) => r.arrayBuffer())));
  const uploads = [H.lyingZipBomb(), H.lyingZipBomb(), H.honestZipBomb(), H.manyEntriesZip()];
  const health: number[] = [];
  let done = false;
  const started = performance.now();
  const refused = Promise.all(
    uploads.map(async (bytes, i) => {
      const res = await preview(`export-${i}.zip`, bytes);
      const body = (await res.json()) as { files?: { status: string; reason: string | null }[]; error?: string };
      return { status: res.status, reason: body.files?.[0]?.status === "rejected" ? body.files[0].reason : (body.error ?? "accepted?") };
    }),
  ).finally(() => {
    done = true;
  });
  while (!done) {
    const t = performance.now();
    await (await fetch(`${server.baseUrl}/api/health`)).arrayBuffer();
    health.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 25));
  }
  const results = await refused;
  const allRefused = results.every((r) => r.status === 200 && r.reason !== "accepted?");
  const h = summarize(health);
  const p99 = percentileOf(health, 99);
  s.rows.push({ figure: "/api/health p99 while they are read", result: `p99 ${ms(p99)}, p50 ${ms(h.median)}, max ${ms(h.max)}`, spread: `n=${h.n}`, target: "p99 < 200 ms", met: p99 < 200 });
  s.rows.push({ figure: "the four uploads refused (HTTP 200 preview, file rejected)", result: `${fmt(performance.now() - started)} ms`, target: "all refused", met: allRefused });
  for (const [i, r] of results.entries()) s.notes.push(`Upload ${i + 1}: HTTP ${r.status}, “${r.reason}”`);
  s.notes.push("The production server (scripts/server.mjs, one process per core); uploads are unpacked and parsed in each process's worker-thread pool (lib/import/parse-pool.ts).");
}

async function main() {
  const started = new Date();
  let stop = async () => {};
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const server = await startEmbeddedPostgres({ dataDir: path.join(PROJECT_ROOT, ".data", "bench-postgres"), port: Number(process.env.TIERLINE_BENCH_PG_PORT ?? 54359), log });
    adminUrl = server.adminUrl;
    stop = server.stop;
  }
  // TIERLINE_BENCH_DB: another database name on the same server (e.g. a copy made with
  // CREATE DATABASE … TEMPLATE tierline_bench), so two branches can be measured side by side.
  const dbName = process.env.TIERLINE_BENCH_DB ?? "tierline_bench";
  const url = withDatabase(adminUrl, dbName);
  await ensureDatabaseExists(withDatabase(adminUrl, "postgres"), dbName);
  migrateDeploy(url);
  process.env.DATABASE_URL = url;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  let server: Server | undefined;
  try {
    await loadDataset(c, await hashPassword(BENCH_PASSWORD), log);
    // Sign-in counters left by an earlier run (kept for 15 minutes) would refuse this run's
    // sign-ins: the per-address limit counts every sign-in, and the bench signs in from one.
    await c.query("DELETE FROM rate_limits");
    // A settled database, as autovacuum leaves it: visibility maps current, so the dashboard's
    // covering indexes answer without visiting the tables (quick when nothing changed).
    await c.query("VACUUM (ANALYZE) videos, video_day_totals, stat_snapshots");
    const version = (await c.query("SHOW server_version")).rows[0].server_version as string;
    const run = async (name: string, fn: () => Promise<void>) => {
      log(`Measuring ${name}…`);
      try {
        await fn();
      } catch (e) {
        const s = section(`${name} — not measured`);
        s.notes.push(`Failed: ${e instanceof Error ? e.message : String(e)}`);
        console.error(e);
      }
    };
    if (wanted("dashboard")) await run("dashboard data", () => dashboardData(c));
    if (wanted("growth")) await run("growth", () => growth(c));
    const imp = path.join(PROJECT_ROOT, "scripts", "bench", "import.ts");
    if (wanted("import") && fs.existsSync(imp)) await run("import", async () => (await import(imp)).measureImport(c, section));
    if (wanted("reimport") && fs.existsSync(imp)) await run("re-import", async () => (await import(imp)).measureReimport(c, section));
    const http = ["load", "export", "weight", "abandoned", "signin-flood", "hostile-upload"].filter(wanted);
    if (!SKIP_HTTP && http.length) {
      buildIfNeeded();
      server = await startServer(url);
      if (wanted("load")) await run("dashboard under load", () => dashboardLoad(server!));
      if (wanted("export")) await run("export", () => exportSpeed(server!, url, c));
      if (wanted("weight")) await run("page weight", () => pageWeight(server!));
      if (wanted("abandoned")) await run("abandoned work", () => abandonedWork(server!, c));
      if (wanted("signin-flood")) await run("sign-in flood", () => signInFloodSection(server!, c));
      if (wanted("hostile-upload")) await run("hostile uploads", () => hostileUploads(server!));
    }
    sections.sort((a, b) => a.title.localeCompare(b.title, "en", { numeric: true }));
    if (ONLY) {
      for (const s of sections) {
        console.log(`\n## ${s.title}`);
        for (const r of s.rows) console.log(`  ${r.figure}: ${r.result}${r.spread ? `  [${r.spread}]` : ""}${r.target ? `  target ${r.target}: ${r.met ? "met" : "NOT met"}` : ""}`);
      }
    } else {
      writeReport(started, version);
    }
  } finally {
    server?.proc.kill("SIGTERM");
    await c.end();
    const { db } = await import("../lib/db").catch(() => ({ db: null }));
    await (db as { $disconnect?: () => Promise<void> } | null)?.$disconnect?.();
    await stop();
  }
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
