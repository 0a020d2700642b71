import type { SpawnSyncReturns } from "node:child_process";
export function prismaEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
export function runPrisma(
  args: string[],
  extraEnv?: Record<string, string>,
  opts?: { capture?: boolean },
): SpawnSyncReturns<string>;
