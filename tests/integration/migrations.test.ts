// `prisma/schema.prisma` and `prisma/migrations` must describe the same database: a schema
// change without its migration fails here (the stock Prisma CLI with the project's engine).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { runPrisma } from "../../scripts/prisma.mjs";

function diff(schemaPath: string) {
  return runPrisma(
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", schemaPath, "--exit-code", "--script"],
    {},
    { capture: true },
  );
}

describe("migrations", () => {
  test("schema.prisma and the migrations agree (no drift)", () => {
    const r = diff("prisma/schema.prisma");
    expect(r.stderr + r.stdout).not.toMatch(/Error/);
    expect(r.status, r.stdout).toBe(0);
  }, 60_000);

  test("a schema change without a migration is detected", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tierline-drift-"));
    const changed = path.join(dir, "schema.prisma");
    const schema = fs.readFileSync("prisma/schema.prisma", "utf8");
    fs.writeFileSync(changed, schema.replace(/model FollowerCount \{/, "model FollowerCount {\n  note String?"));
    const r = diff(changed);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/ALTER TABLE "follower_snapshots" ADD COLUMN\s+"note" TEXT/);
  }, 60_000);
});
