// The cross-creator matrix: every page, action and route handler that takes an id or returns
// creator data is one case. Creator B acts on creator A's ids and must get a not-found
// (NotFoundError → 404, never 403), A's data must stay unchanged, and B's lists contain
// nothing of A's. Each feature adds its cases in a file of its own in this folder
// (`<feature>.cases.ts`, exporting `cases: MatrixCase[]`) and registers it in `index.ts`.
import type { User } from "@/lib/generated/prisma/client";

/** What the world builder gave one creator: ids of every kind of record they own. */
export type CreatorWorld = {
  user: User;
  /** Record ids by kind, e.g. { video: "...", reading: "12", followerCount: "3" }. */
  ids: Record<string, string>;
  /** Strings that only this creator's data contains (titles, notes): must never leak. */
  markers: string[];
};

export type World = { a: CreatorWorld; b: CreatorWorld };

export type MatrixCase =
  /** B uses one of A's ids: must reject with NotFoundError and change nothing of A's. */
  | { kind: "foreign-id"; name: string; act: (w: World) => Promise<unknown> }
  /** B reads a list, dashboard or export: the result must contain nothing of A's. */
  | { kind: "own-data-only"; name: string; read: (w: World) => Promise<unknown> }
  /** B runs a write on its own account that takes no id (sign out everywhere): A unchanged. */
  | { kind: "own-write"; name: string; act: (w: World) => Promise<unknown> };

/** Adds records for one creator and returns their ids and markers (merged into CreatorWorld). */
export type WorldBuilder = (user: User, label: string) => Promise<{ ids: Record<string, string>; markers: string[] }>;

// What every feature's cases need: B's id, B as an action user, A's record of a kind, a form.

/** Creator B's id (the one acting on A's records). */
export const bId = (w: World) => w.b.user.id;

/** Creator B as the actions and handlers take a user. */
export const actingAsB = (w: World) => ({ id: w.b.user.id, timeZone: w.b.user.timeZone });

/** The id of A's record of `kind` (as its builder returned it). */
export function aId(w: World, kind: string): string {
  const id = w.a.ids[kind];
  if (!id) throw new Error(`world has no ${kind} id`);
  return id;
}

/** A FormData holding these fields, as a form would post them. */
export function formOf(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}
