// Cross-creator cases for accounts. No account page or action takes a record id: each acts on
// the signed-in creator's own id from requireUser(), so there is no id of A's for B to pass.
// What remains is that everything B's session reads or gets back is B's own profile.
import { getUserProfile, updateProfile } from "@/lib/data/users";
import { resolveSessionUser } from "@/lib/auth/session";
import type { MatrixCase } from "./types";

export const accountCases: MatrixCase[] = [
  { kind: "own-data-only", name: "settings page data", read: (w) => getUserProfile(w.b.user.id) },
  {
    kind: "own-data-only",
    name: "signed-in creator (requireUser, app header)",
    read: (w) => resolveSessionUser({ sub: w.b.user.id, tv: w.b.user.tokenVersion }),
  },
  {
    kind: "own-data-only",
    name: "profile save result",
    read: (w) => updateProfile(w.b.user.id, { displayName: w.b.user.displayName, timeZone: "UTC", currency: "USD" }),
  },
];
