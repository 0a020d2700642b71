import { describe, expect, test } from "vitest";
import { poolSpecs } from "./db";
import { parseSettings } from "./env";

// Each pool keeps the size and timeouts it had when it lived beside its caller.
describe("poolSpecs", () => {
  test.each([
    [{}, { app: [10, 15_000], import: [3, 60_000], export: [4, 15_000], throttle: [3, undefined] }],
    [
      { TIERLINE_DB_POOL_SIZE: "20", TIERLINE_IMPORT_POOL_SIZE: "1", TIERLINE_EXPORT_POOL_SIZE: "2", TIERLINE_STATEMENT_TIMEOUT_MS: "90000" },
      { app: [20, 90_000], import: [1, 90_000], export: [2, 90_000], throttle: [3, undefined] },
    ],
  ])("%j → sizes and statement timeouts %j", (raw, expected) => {
    const specs = poolSpecs(parseSettings(raw));
    expect(Object.fromEntries(Object.entries(specs).map(([name, s]) => [name, [s.size, s.statementTimeoutMs]]))).toEqual(expected);
  });

  test("the import and export pools end a transaction a vanished request left open", () => {
    const specs = poolSpecs(parseSettings({ TIERLINE_EXPORT_STATEMENT_TIMEOUT_MS: "120000" }));
    expect(specs.import).toMatchObject({ idleInTransactionMs: 60_000, applicationName: "tierline-import", connectTimeoutMs: 10_000 });
    expect(specs.export).toMatchObject({ idleInTransactionMs: 120_000, applicationName: "tierline-export", connectTimeoutMs: 10_000 });
  });
});
