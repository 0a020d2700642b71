// `npm run dev` / `npm start`: resolve the database (DATABASE_URL, or the embedded PostgreSQL),
// apply migrations, seed the demo creator into an empty database, then run Next.
// Ctrl-C / SIGTERM stop Next (every worker of the production server) and then the embedded
// PostgreSQL cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { migrateDeploy, redact, resolveDevDatabase } from "./lib/database";
import { PROJECT_ROOT } from "./lib/embedded-postgres";
import { createScriptClient } from "./lib/script-client";
import { DEMO_EMAIL, seedDemoIfEmpty } from "../prisma/seed-demo";
import { keptDemoPassword, saveDemoPassword } from "./lib/demo-login";

const mode = process.argv[2] === "start" ? "start" : "dev";
const port = Number(process.env.PORT ?? 3000);
const log = (m: string) => console.log(`[tierline] ${m}`);
const NEXT_PID_FILE = path.join(PROJECT_ROOT, ".data", `next-${mode}-${port}.json`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function cmdline(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return "";
  }
}

/**
 * A Next server left running by a run that was killed hard would hold the port: stop it —
 * but only when the runner that started it is gone (another live `npm run dev` is left alone).
 */
function stopLeftoverNext() {
  let leftover: { next: number; runner: number };
  try {
    leftover = JSON.parse(fs.readFileSync(NEXT_PID_FILE, "utf8"));
  } catch {
    return;
  }
  if (alive(leftover.runner)) return;
  if (leftover.next > 0 && alive(leftover.next) && SERVER_COMMAND.test(cmdline(leftover.next))) {
    log(`Stopping a Next server (pid ${leftover.next}) left running by an earlier run.`);
    try {
      process.kill(-leftover.next, "SIGKILL");
    } catch {
      process.kill(leftover.next, "SIGKILL");
    }
  }
  fs.rmSync(NEXT_PID_FILE, { force: true });
}

/**
 * dev: `next dev`. start: the production server (scripts/server.mjs: the built app in one
 * worker process per core), the same one the benchmark and the end-to-end tests run.
 */
function serverCommand(): string[] {
  return mode === "dev"
    ? [path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next"), "dev"]
    : [path.join(PROJECT_ROOT, "scripts", "server.mjs")];
}

/** How a leftover server's command line reads (the pid file could name a reused pid). */
const SERVER_COMMAND = mode === "dev" ? /next/ : /scripts\/server\.mjs/;

/** The processes that started us (npm, its shell, tsx): if one is killed hard, shut down too. */
function ancestors(): number[] {
  const out: number[] = [];
  let pid = process.ppid;
  for (let i = 0; i < 4 && pid > 1; i++) {
    out.push(pid);
    if (/(^|\/)npm/.test(cmdline(pid)) || /npm-cli/.test(cmdline(pid))) break;
    try {
      pid = Number(fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
    } catch {
      break;
    }
  }
  return out;
}

async function main() {
  const db = await resolveDevDatabase(log);
  log(db.embedded ? `Using the embedded PostgreSQL (${redact(db.url)}), data in .data/postgres` : `Using DATABASE_URL (${redact(db.url)})`);
  let next: ChildProcess | undefined = undefined;
  let demoPassword: string | null = null;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next && next.exitCode === null) {
      const group = (sig: NodeJS.Signals) => {
        try {
          process.kill(-next!.pid!, sig);
        } catch {
          next?.kill(sig);
        }
      };
      group("SIGTERM");
      await new Promise((r) => {
        const t = setTimeout(() => { group("SIGKILL"); r(null); }, 5_000);
        next?.once("exit", () => { clearTimeout(t); r(null); });
      });
    }
    await db.stop().catch((e) => console.error(e));
    if (db.embedded) log("Embedded PostgreSQL stopped.");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGHUP", () => void shutdown(0));
  const watched = ancestors();
  setInterval(() => {
    if (watched.some((pid) => !alive(pid))) {
      log("The process that started Tierline is gone; shutting down.");
      void shutdown(0);
    }
  }, 1_000).unref();

  try {
    migrateDeploy(db.url);
    log("Migrations applied.");
    // The demo creator (with a password generated here) only in the embedded database; a
    // database of your own gets it only when asked (`npm run db:seed`).
    if (db.embedded) {
      const prisma = createScriptClient(db.url);
      try {
        const seeded = await seedDemoIfEmpty(prisma);
        if (seeded.seeded) {
          saveDemoPassword(seeded.password);
          log(`Seeded the demo creator with ${seeded.videos} videos.`);
        }
        demoPassword = seeded.seeded ? seeded.password : await keptDemoPassword(prisma);
      } finally {
        await prisma.$disconnect();
      }
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    await shutdown(1);
    return;
  }

  stopLeftoverNext();
  next = spawn(process.execPath, [...serverCommand(), "--port", String(port)], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      // No NEXTAUTH_SECRET of ours: without yours, the app generates one per installation and
      // keeps it in the database (lib/auth/secret.ts).
    } as NodeJS.ProcessEnv,
  });
  // Its own process group, so a leftover can be stopped with everything it started.
  if (next.pid) fs.writeFileSync(NEXT_PID_FILE, JSON.stringify({ next: next.pid, runner: process.pid }));
  next.on("exit", (code) => {
    fs.rmSync(NEXT_PID_FILE, { force: true });
    void shutdown(code ?? 0);
  });
  log(`App: http://localhost:${port}`);
  // The generated password of this installation's demo creator (kept in .data/demo-login.json).
  if (demoPassword) log(`Demo login: ${DEMO_EMAIL} / ${demoPassword}`);
}

main().catch(async (e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
