// Runs a command against a fresh, migrated database that is dropped afterwards.
// The database lives on the test embedded PostgreSQL (.data/test-postgres, its own port),
// or on the server in DATABASE_URL when that is set. Usage: tsx scripts/with-test-db.ts <cmd> [args…]
import { spawn } from "node:child_process";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateDeploy } from "./lib/database";
import { PROJECT_ROOT, startEmbeddedPostgres, withDatabase } from "./lib/embedded-postgres";

const TEST_PORT = Number(process.env.TIERLINE_TEST_PG_PORT ?? 54329);

async function main() {
  const cmd = process.argv.slice(2);
  if (!cmd.length) throw new Error("usage: with-test-db <command> [args…]");
  let adminUrl: string;
  let stopServer = async () => {};
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(PROJECT_ROOT, ".data", "test-postgres"),
      port: TEST_PORT,
      log: (m) => console.log(`[test-db] ${m}`),
    });
    adminUrl = server.adminUrl;
    stopServer = server.stop;
  }
  const name = `tierline_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = withDatabase(adminUrl, name);
  let code = 1;
  try {
    migrateDeploy(url);
    code = await new Promise<number>((resolve) => {
      const child = spawn(cmd[0]!, cmd.slice(1), {
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: url, TIERLINE_TEST_ADMIN_URL: withDatabase(adminUrl, "postgres") },
      });
      const forward = (sig: NodeJS.Signals) => child.kill(sig);
      process.on("SIGINT", forward);
      process.on("SIGTERM", forward);
      child.on("exit", (c, sig) => resolve(c ?? (sig ? 1 : 0)));
    });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((e) => console.error(e));
    await admin.end();
    await stopServer();
  }
  process.exit(code);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
