// Builds the production app, then runs the Playwright specs against the production server
// (scripts/server.mjs, started by playwright.config.ts as `npm start` starts it).
// Expects DATABASE_URL (run through `npm run test:e2e`, which provides a fresh database).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./lib/embedded-postgres";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, stdio: "inherit", env }).status ?? 1;

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  process.exit(1);
}
if (!process.env.E2E_SKIP_BUILD) {
  const built = run([path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next"), "build"]);
  if (built !== 0) process.exit(built);
}
process.exit(run([path.join(PROJECT_ROOT, "node_modules", "@playwright", "test", "cli.js"), "test", ...process.argv.slice(2)]));
