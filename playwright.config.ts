import { defineConfig, devices } from "@playwright/test";

// End-to-end tests run in Debian's Chromium against a production build served as `npm start` serves it,
// on a fresh database provided by scripts/with-test-db.ts (see `npm run test:e2e`).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e-artifacts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // The production server `npm start` runs (scripts/server.mjs, one worker per core).
    command: `node scripts/server.mjs --port ${PORT}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      NEXTAUTH_URL: baseURL,
      // No NEXTAUTH_SECRET: the server generates the installation's secret in the test
      // database, as a default installation does (e2e/sessions.spec.ts).
      NEXT_TELEMETRY_DISABLED: "1",
      // As behind one reverse proxy: each test's X-Forwarded-For (e2e/fixtures.ts) is its
      // client address, so the per-address sign-up limit counts every test on its own.
      TIERLINE_TRUSTED_PROXY_HOPS: "1",
    },
  },
});
