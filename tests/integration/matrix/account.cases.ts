// Cross-creator cases for accounts and sessions. No account page or action takes a record id
// from a form: each acts on the signed-in creator's own id from requireUser(). What remains is
// that everything B's session reads or gets back is B's own, that B cannot end A's session by
// its id, and that B's "sign out everywhere" ends none of A's sessions.
import type { User } from "@/lib/generated/prisma/client";
import { getUserProfile, updateProfile } from "@/lib/data/users";
import { createSession, revokeAllSessions, revokeSession } from "@/lib/data/sessions";
import { resolveSessionUser } from "@/lib/auth/session";
import type { MatrixCase, WorldBuilder } from "./types";

/** One signed-in browser per creator. */
export const buildSessions: WorldBuilder = async (user: User) => ({ ids: { session: await createSession(user.id, "Matrix") }, markers: [] });

export const accountCases: MatrixCase[] = [
  { kind: "own-data-only", name: "settings page data", read: (w) => getUserProfile(w.b.user.id) },
  {
    kind: "own-data-only",
    name: "signed-in creator (requireUser, app header)",
    read: async (w) => resolveSessionUser({ sub: w.b.user.id, sid: await createSession(w.b.user.id, "Matrix") }),
  },
  {
    kind: "own-data-only",
    name: "profile save result",
    read: (w) => updateProfile(w.b.user.id, { displayName: w.b.user.displayName, timeZone: "UTC", currency: "USD" }),
  },
  { kind: "foreign-id", name: "sign out of A's session", act: (w) => revokeSession(w.b.user.id, w.a.ids.session!) },
  { kind: "own-write", name: "sign out everywhere", act: (w) => revokeAllSessions(w.b.user.id) },
];
