// Database chores for the dev database (embedded unless DATABASE_URL is set):
//   migrate             apply pending migrations
//   seed                add the demo creator when the database has no creators
//   reset               drop and recreate the database, migrate, seed
//   new-migration NAME  write prisma/migrations/<timestamp>_NAME from schema.prisma changes
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateDeploy, redact, resolveDevDatabase } from "./lib/database";
import { withDatabase } from "./lib/embedded-postgres";
import { runPrisma } from "./prisma.mjs";
import { DEMO_EMAIL, seedDemoIfEmpty } from "../prisma/seed-demo";
import { saveDemoPassword } from "./lib/demo-login";
import { createScriptClient } from "./lib/script-client";

/** The embedded database's demo password is kept for `npm run dev`; your own database's is shown once. */
function reportDemoLogin(password: string, embedded: boolean, log: (m: string) => void) {
  if (embedded) saveDemoPassword(password);
  log(`Demo login: ${DEMO_EMAIL} / ${password}${embedded ? "" : " (shown only now; it is kept nowhere)"}`);
}

async function main() {
  const [cmd, arg] = process.argv.slice(2);
  const log = (m: string) => console.log(m);
  const db = await resolveDevDatabase(log);
  try {
    if (cmd === "migrate") {
      migrateDeploy(db.url);
      log(`Migrations applied to ${redact(db.url)}`);
    } else if (cmd === "seed") {
      const prisma = createScriptClient(db.url);
      try {
        const r = await seedDemoIfEmpty(prisma);
        if (r.seeded) reportDemoLogin(r.password, db.embedded, log);
        log(r.seeded ? `Seeded the demo creator (${r.videos} videos).` : "The database already has creators; nothing seeded.");
      } finally {
        await prisma.$disconnect();
      }
    } else if (cmd === "reset") {
      const u = new URL(db.url);
      const name = decodeURIComponent(u.pathname.slice(1));
      const admin = new pg.Client({ connectionString: withDatabase(db.url, "postgres") });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      await admin.end();
      migrateDeploy(db.url);
      const prisma = createScriptClient(db.url);
      try {
        const r = await seedDemoIfEmpty(prisma);
        if (r.seeded) reportDemoLogin(r.password, db.embedded, log);
      } finally {
        await prisma.$disconnect();
      }
      log(`Reset ${redact(db.url)}: migrated and seeded.`);
    } else if (cmd === "new-migration") {
      if (!arg || !/^[a-z0-9_]+$/.test(arg)) throw new Error("Usage: npm run db:new-migration -- <name_in_snake_case>");
      // `migrate diff` from the migrations folder (replayed on a temporary shadow database) to
      // schema.prisma: the same SQL `migrate dev --create-only` writes, without needing a TTY.
      const r = runPrisma(
        ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--script"],
        { DATABASE_URL: db.url },
        { capture: true },
      );
      if (r.status !== 0) throw new Error(r.stderr || r.stdout);
      if (/^-- This is an empty migration\.?\s*$/m.test(r.stdout) || !r.stdout.trim()) {
        log("schema.prisma matches the migrations: nothing to write.");
      } else {
        const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
        const dir = path.join("prisma", "migrations", `${stamp}_${arg}`);
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, "migration.sql"), r.stdout);
        log(`Wrote ${dir}/migration.sql`);
      }
    } else {
      throw new Error(`Unknown command "${cmd ?? ""}". Use migrate, seed, reset or new-migration.`);
    }
  } finally {
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
