// The demo creator's generated password, kept for later starts only for the embedded database:
// in .data/ (git-ignored, beside its data), readable by this user alone. A database of your
// own (DATABASE_URL) never gets the demo creator on start; `npm run db:seed` shows its password
// once and keeps it nowhere.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { verifyPassword } from "../../lib/auth/password-hash";
import { DEMO_EMAIL } from "../../prisma/seed-demo";
import { PROJECT_ROOT } from "./embedded-postgres";

export const DEMO_LOGIN_FILE = path.join(PROJECT_ROOT, ".data", "demo-login.json");

export function saveDemoPassword(password: string, file = DEMO_LOGIN_FILE): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ email: DEMO_EMAIL, password }), { mode: 0o600 });
  // writeFileSync's mode applies only to a new file: make an older one private too.
  fs.chmodSync(file, 0o600);
}

/**
 * The kept demo password, when the file is there and it still signs the demo creator in (the
 * creator may have changed it, or the database was reset without a new seed); otherwise null.
 */
export async function keptDemoPassword(prisma: PrismaClient, file = DEMO_LOGIN_FILE): Promise<string | null> {
  let password: unknown;
  try {
    password = JSON.parse(fs.readFileSync(file, "utf8")).password;
  } catch {
    return null;
  }
  if (typeof password !== "string") return null;
  const user = await prisma.user.findUnique({ where: { email: DEMO_EMAIL }, select: { passwordHash: true } });
  return user && (await verifyPassword(user.passwordHash, password)) ? password : null;
}
