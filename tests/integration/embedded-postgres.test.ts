// A run killed hard leaves its PostgreSQL running; the next start must find it, stop it and
// start cleanly on the same data — and a live run's server is shared, not stopped.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { startEmbeddedPostgres, withDatabase } from "../../scripts/lib/embedded-postgres";

const PORT = Number(process.env.TIERLINE_ORPHAN_TEST_PG_PORT ?? 54349);
const root = fs.mkdtempSync(path.join(os.tmpdir(), "tierline-orphan-"));
fs.chmodSync(root, 0o755);
const dataDir = path.join(root, "pg");
const moduleUrl = JSON.stringify(path.resolve("scripts/lib/embedded-postgres.ts"));

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Another process (as a second `npm run dev` would be) that starts the server and says READY. */
function startInChild(then: string): Promise<{ child: ChildProcessWithoutNullStreams; adminUrl: string }> {
  const script = `
    import { startEmbeddedPostgres } from ${moduleUrl};
    const s = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${PORT} });
    console.log("READY " + s.adminUrl);
    ${then}`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script]);
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (b: Buffer) => {
      const m = /READY (\S+)/.exec(b.toString());
      if (m) resolve({ child, adminUrl: m[1]! });
    });
    child.on("exit", (c) => reject(new Error(`child exited with ${c}`)));
  });
}

async function query(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

describe("embedded PostgreSQL", () => {
  test("a server orphaned by a SIGKILLed run is stopped, the data survives, and a live run's server is shared", async () => {
    const first = await startInChild("setInterval(() => {}, 1e6);");
    await query(first.adminUrl, "CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
    const orphanPid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    first.child.kill("SIGKILL");
    await new Promise((r) => first.child.once("exit", r));
    expect(() => process.kill(orphanPid, 0)).not.toThrow(); // still running: an orphan

    const logs: string[] = [];
    const server = await startEmbeddedPostgres({ dataDir, port: PORT, log: (m) => logs.push(m) });
    try {
      expect(logs.join("\n")).toMatch(/left running by an earlier run/);
      expect(() => process.kill(orphanPid, 0)).toThrow();
      expect(await query(withDatabase(server.adminUrl, "postgres"), "SELECT v FROM kept")).toEqual([{ v: 42 }]);

      // A second process starting while this one runs shares the server; its stop leaves it up.
      const second = await startInChild("await s.stop(); process.exit(0);");
      expect(second.adminUrl).toBe(server.adminUrl);
      await new Promise((r) => second.child.once("exit", r));
      expect(await query(server.adminUrl, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    } finally {
      await server.stop();
    }
  }, 90_000);

  test("when the process that started the server exits while another still uses it, the server stays up for that one", async () => {
    const starter = await startInChild(
      "process.stdin.once('data', async () => { await s.stop(); process.exit(0); }); process.stdin.resume();",
    );
    const shared = await startEmbeddedPostgres({ dataDir, port: PORT });
    expect(shared.adminUrl).toBe(starter.adminUrl);
    starter.child.stdin.write("stop\n");
    await new Promise((r) => starter.child.once("exit", r));
    await new Promise((r) => setTimeout(r, 500));
    expect(await query(shared.adminUrl, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    await shared.stop(); // the last user stops it
    expect(() => process.kill(pid, 0)).toThrow();
  }, 90_000);
});
