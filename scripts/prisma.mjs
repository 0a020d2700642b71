#!/usr/bin/env node
// Runs the stock Prisma CLI with the project's offline schema engine (scripts/prisma-schema-engine.mjs).
// Prisma's CLI would otherwise download a native engine from a host these machines cannot reach.
// On a machine that has the native engine, set PRISMA_SCHEMA_ENGINE_BINARY to it and it is used instead.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");

export function prismaEnv(extra = {}) {
  return {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY:
      process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(root, "scripts", "prisma-schema-engine.mjs"),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    ...extra,
  };
}

export function runPrisma(args, extraEnv = {}, opts = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    env: prismaEnv(extraEnv),
    stdio: opts.capture ? "pipe" : "inherit",
    encoding: "utf8",
  });
  return r;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const r = runPrisma(process.argv.slice(2));
  process.exit(r.status ?? 1);
}
