// `npm run dev` / `npm start`: resolve the database (DATABASE_URL, or the embedded PostgreSQL),
// apply migrations, seed the demo creator into an empty database, then run Next.
// Ctrl-C / SIGTERM stop Next and then the embedded PostgreSQL cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { migrateDeploy, redact, resolveDevDatabase } from "./lib/database";
import { PROJECT_ROOT } from "./lib/embedded-postgres";
import { createScriptClient } from "./lib/script-client";
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemoIfEmpty } from "../prisma/seed-demo";

const mode = process.argv[2] === "start" ? "start" : "dev";
const port = Number(process.env.PORT ?? 3000);
const log = (m: string) => console.log(`[tierline] ${m}`);

async function main() {
  const db = await resolveDevDatabase(log);
  log(db.embedded ? `Using the embedded PostgreSQL (${redact(db.url)}), data in .data/postgres` : `Using DATABASE_URL (${redact(db.url)})`);
  let next: ChildProcess | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next && next.exitCode === null) {
      next.kill("SIGTERM");
      await new Promise((r) => {
        const t = setTimeout(() => { next?.kill("SIGKILL"); r(null); }, 5_000);
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

  try {
    migrateDeploy(db.url);
    log("Migrations applied.");
    const prisma = createScriptClient(db.url);
    try {
      const seeded = await seedDemoIfEmpty(prisma);
      if (seeded.seeded) log(`Seeded the demo creator with ${seeded.videos} videos.`);
    } finally {
      await prisma.$disconnect();
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    await shutdown(1);
    return;
  }

  const nextBin = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");
  next = spawn(process.execPath, [nextBin, mode, "--port", String(port)], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      // A fixed secret is fine for local development only; production must set its own.
      NEXTAUTH_SECRET:
        process.env.NEXTAUTH_SECRET ?? (mode === "dev" || db.embedded ? "tierline-local-development-secret-not-for-production" : undefined),
    } as NodeJS.ProcessEnv,
  });
  next.on("exit", (code) => void shutdown(code ?? 0));
  log(`App: http://localhost:${port}`);
  log(`Demo login: ${DEMO_EMAIL} / ${DEMO_PASSWORD}`);
}

main().catch(async (e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
