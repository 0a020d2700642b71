// `npm test`: every test the project has, in order — type check, lint, unit tests, integration
// tests on a fresh PostgreSQL database, end-to-end tests in Chromium on a production build.
// Stops at the first failing step and ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./lib/embedded-postgres";

const results = path.join(PROJECT_ROOT, "test-results");
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });

const vitestJson = (name: string) => [`--reporter=default`, `--reporter=json`, `--outputFile.json=test-results/${name}.json`];
const steps: { name: string; cmd: string[]; report?: string }[] = [
  { name: "type check", cmd: ["npx", "tsc", "--noEmit"] },
  { name: "lint", cmd: ["npx", "eslint", ".", "--max-warnings=0"] },
  { name: "unit tests", cmd: ["npx", "vitest", "run", "--project", "unit", ...vitestJson("unit")], report: "unit.json" },
  {
    name: "integration tests",
    cmd: ["npx", "tsx", "scripts/with-test-db.ts", "npx", "vitest", "run", "--project", "integration", ...vitestJson("integration")],
    report: "integration.json",
  },
  { name: "end-to-end tests", cmd: ["npx", "tsx", "scripts/with-test-db.ts", "npx", "tsx", "scripts/e2e.ts"], report: "e2e.json" },
];

function counts(file: string): { passed: number; failed: number } {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(results, file), "utf8"));
    if (r.stats) return { passed: r.stats.expected + (r.stats.flaky ?? 0), failed: r.stats.unexpected }; // Playwright
    return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) }; // Vitest
  } catch {
    return { passed: 0, failed: 0 };
  }
}

let passed = 0;
let failed = 0;
const started = Date.now();
for (const step of steps) {
  const t = Date.now();
  console.log(`\n=== ${step.name} ===`);
  const r = spawnSync(step.cmd[0]!, step.cmd.slice(1), {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
  });
  if (step.report) {
    const c = counts(step.report);
    passed += c.passed;
    failed += c.failed;
  }
  console.log(`=== ${step.name}: ${r.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - t) / 1000).toFixed(1)} s ===`);
  if (r.status !== 0) {
    if (!step.report) failed += 1;
    console.log(`\nnpm test stopped at "${step.name}" after ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}
console.log(`\nAll steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`${passed} passed, ${failed} failed`);
