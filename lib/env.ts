// Every setting the app reads from its environment, validated in one place (zod). `.env.example`
// and the README's configuration table list the same variables with the same defaults.
//
// Read through env(), never captured at import: tests change variables between cases, and the
// result is re-parsed only when one of them changed. Two kinds of tolerance, each kept as it
// was before this module existed:
// - lenient settings (proxy hops, hash concurrency, sign-in checks, import parsers) fall back to
//   their default on a value they cannot use;
// - the pool sizes and timeouts are refused: a value that is not a whole number throws, naming
//   the variable, rather than start a pool with a size or timeout PostgreSQL cannot apply.
// scripts/server.mjs (plain JavaScript, before the build) reads PORT, TIERLINE_WEB_WORKERS and
// TIERLINE_TRUSTED_PROXY_HOPS itself, by the same rules.
import os from "node:os";
import { z } from "zod";

/** Unset, empty and blank are the same: the default. */
const blankAsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A whole number ≥ min, refused otherwise. */
const wholeNumber = (fallback: number, min: number) => z.preprocess(blankAsUnset, z.coerce.number().int().min(min).default(fallback));

/** Text whose empty value means unset. */
const optionalText = z
  .string()
  .optional()
  .transform((v) => v || undefined);

export const DEFAULT_SIGN_IN_CHECKS_PER_SECOND = 5;

export const settingsSchema = z.object({
  /** PostgreSQL to use; `npm run dev` / `npm start` / the test runners provide one. */
  DATABASE_URL: optionalText,
  /** The URL the app is served from: its origin counts as our own, https means secure cookies. */
  NEXTAUTH_URL: optionalText,
  /** The key that signs session cookies; unset, the installation's generated one (lib/auth/secret.ts). */
  NEXTAUTH_SECRET: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined),
  NODE_ENV: z.string().optional(),

  /** Connections of the app's pool (Prisma and the dashboard's reads), per process. */
  TIERLINE_DB_POOL_SIZE: wholeNumber(10, 1),
  /** Connections of the import pool, per process. */
  TIERLINE_IMPORT_POOL_SIZE: wholeNumber(3, 1),
  /** Concurrent CSV exports per process; more downloads wait for a free connection. */
  TIERLINE_EXPORT_POOL_SIZE: wholeNumber(4, 1),
  /** statement_timeout of every app query (0: none, as in PostgreSQL). */
  TIERLINE_STATEMENT_TIMEOUT_MS: wholeNumber(15_000, 0),
  /** Whole-statement limit of one export's COPY, the client's download time included. */
  TIERLINE_EXPORT_STATEMENT_TIMEOUT_MS: wholeNumber(300_000, 0),

  /** Reverse proxies in front of the app whose X-Forwarded-* entries are believed (lib/auth/forwarded.ts). */
  TIERLINE_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).catch(0),
  /** Argon2 hashes at once per process; never more than the machine has cores (more only makes each slower). */
  TIERLINE_PASSWORD_HASH_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .catch(1)
    .transform((n) => Math.min(n, os.availableParallelism())),
  /** Sign-in checks started per second per process; "0" for no budget (Infinity). */
  TIERLINE_SIGN_IN_CHECKS_PER_SECOND: z.preprocess(
    blankAsUnset,
    z.coerce
      .number()
      .min(0)
      .catch(DEFAULT_SIGN_IN_CHECKS_PER_SECOND)
      .transform((n) => (n === 0 ? Infinity : n)),
  ),
  /** Import parser threads per process: 0, blank or not a number is 2; at least 1, at most one per core. */
  TIERLINE_IMPORT_PARSERS: z
    .string()
    .optional()
    .transform((raw) => Math.max(1, Math.min(Number(raw) || 2, os.availableParallelism()))),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingName = keyof Settings;
type RawEnv = Record<string, string | undefined>;

const NAMES = Object.keys(settingsSchema.shape) as SettingName[];

/** The settings in `raw` (default: this process's environment); throws on a refused value, naming it. */
export function parseSettings(raw: RawEnv = process.env): Settings {
  const result = settingsSchema.safeParse(Object.fromEntries(NAMES.map((name) => [name, raw[name]])));
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".")}=${JSON.stringify(raw[String(i.path[0])])}: ${i.message}`);
  throw new Error(`Invalid setting${problems.length > 1 ? "s" : ""} in the environment: ${problems.join("; ")}`);
}

/** One setting read from `raw` alone (the other variables play no part). */
export function readSetting<K extends SettingName>(name: K, raw: RawEnv = process.env): Settings[K] {
  const result = settingsSchema.shape[name].safeParse(raw[name]);
  if (result.success) return result.data as Settings[K];
  throw new Error(`Invalid setting ${name}=${JSON.stringify(raw[name])}: ${result.error.issues[0]?.message}`);
}

let cached: { raw: (string | undefined)[]; settings: Settings } | undefined;

/** This process's settings, re-read whenever one of the variables has changed since the last call. */
export function env(): Settings {
  const raw = NAMES.map((name) => process.env[name]);
  if (cached && raw.every((value, i) => value === cached!.raw[i])) return cached.settings;
  const settings = parseSettings(process.env);
  cached = { raw, settings };
  return settings;
}
