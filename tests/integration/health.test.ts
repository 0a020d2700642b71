// /api/health answers 200 while PostgreSQL answers, 503 with a JSON reason while it is down,
// and recovers on its own (same process, same client) once PostgreSQL is back.
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/errors";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startEmbeddedPostgres, withDatabase, type EmbeddedServer } from "../../scripts/lib/embedded-postgres";

const PORT = Number(process.env.TIERLINE_HEALTH_TEST_PG_PORT ?? 54339);

describe("GET /api/health", () => {
  let server: EmbeddedServer;
  let dataDir: string;
  let GET: () => Promise<Response>;
  const savedUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    // A PostgreSQL of its own, so the test can stop and restart it without touching the others.
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tierline-health-"));
    fs.chmodSync(dataDir, 0o755);
    server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: PORT });
    process.env.DATABASE_URL = withDatabase(server.adminUrl, "postgres");
    delete (globalThis as { tierlinePrisma?: unknown }).tierlinePrisma;
    ({ GET } = await import("@/app/api/health/route"));
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    process.env.DATABASE_URL = savedUrl;
    delete (globalThis as { tierlinePrisma?: unknown }).tierlinePrisma;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test("200 while the database answers, 503 while it is down, 200 again after a restart", async () => {
    const up = await GET();
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ status: "ok", database: "up" });

    await server.stop();
    const down = await GET();
    expect(down.status).toBe(503);
    const body = await down.json();
    // The creator-facing sentence, and nothing of the driver's own text (host, port, "prisma").
    expect(body).toMatchObject({ status: "unavailable", database: "down", error: DATABASE_UNAVAILABLE_MESSAGE });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|prisma/i);

    server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: PORT });
    let again = await GET();
    for (let i = 0; i < 20 && again.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      again = await GET();
    }
    expect(again.status).toBe(200);
  }, 60_000);
});
