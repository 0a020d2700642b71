import { beforeAll, describe, expect, test } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { testDb } from "./helpers/db";
import { createCreator } from "./helpers/creators";
import { builders, cases } from "./matrix";
import type { CreatorWorld, World } from "./matrix/types";

const json = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x));

/** Every row of every table with a user_id column that belongs to the creator, plus the user row. */
async function fingerprint(userId: string): Promise<string> {
  const db = testDb();
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'user_id' ORDER BY table_name`;
  const parts: unknown[] = [await db.$queryRawUnsafe(`SELECT * FROM users WHERE id = $1::uuid`, userId)];
  for (const { table_name } of tables) {
    parts.push(
      table_name,
      await db.$queryRawUnsafe(`SELECT * FROM "${table_name}" WHERE user_id = $1::uuid ORDER BY 1`, userId),
    );
  }
  return json(parts);
}

async function buildCreator(label: string): Promise<CreatorWorld> {
  const user = await createCreator({ displayName: `Creator ${label}` });
  const world: CreatorWorld = { user, ids: {}, markers: [user.email] };
  for (const build of builders) {
    const r = await build(user, label);
    Object.assign(world.ids, r.ids);
    world.markers.push(...r.markers);
  }
  return world;
}

describe("cross-creator matrix", () => {
  let w: World;
  beforeAll(async () => {
    w = { a: await buildCreator("A"), b: await buildCreator("B") };
  });

  test("the matrix has cases for every feature registered", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  const foreign = cases.filter((c) => c.kind === "foreign-id");
  const ownOnly = cases.filter((c) => c.kind === "own-data-only");
  const ownWrites = cases.filter((c) => c.kind === "own-write");

  test.each(foreign.map((c) => [c.name, c] as const))("B on A's ids: %s → not found, A unchanged", async (_n, c) => {
    const before = await fingerprint(w.a.user.id);
    await expect(c.act(w)).rejects.toBeInstanceOf(NotFoundError);
    expect(await fingerprint(w.a.user.id)).toBe(before);
  });

  test.each(ownOnly.map((c) => [c.name, c] as const))("B's %s contains nothing of A's", async (_n, c) => {
    const out = json(await c.read(w));
    for (const secret of [w.a.user.id, ...Object.values(w.a.ids), ...w.a.markers]) {
      expect(out).not.toContain(secret);
    }
    // …and it is not trivially empty: B's own data shows up.
    expect(w.b.markers.some((m) => out.includes(m)) || Object.values(w.b.ids).some((id) => out.includes(id))).toBe(true);
  });

  test.each(ownWrites.map((c) => [c.name, c] as const))("B's %s leaves A unchanged", async (_n, c) => {
    const before = await fingerprint(w.a.user.id);
    await c.act(w);
    expect(await fingerprint(w.a.user.id)).toBe(before);
  });
});
