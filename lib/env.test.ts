import os from "node:os";
import { afterEach, describe, expect, test } from "vitest";
import { DEFAULT_SIGN_IN_CHECKS_PER_SECOND, env, parseSettings, readSetting, type SettingName } from "./env";

const cores = os.availableParallelism();

describe("defaults: nothing set", () => {
  test("every setting has the documented default", () => {
    expect(parseSettings({})).toEqual({
      DATABASE_URL: undefined,
      NEXTAUTH_URL: undefined,
      NEXTAUTH_SECRET: undefined,
      NODE_ENV: undefined,
      TIERLINE_DB_POOL_SIZE: 10,
      TIERLINE_IMPORT_POOL_SIZE: 3,
      TIERLINE_EXPORT_POOL_SIZE: 4,
      TIERLINE_STATEMENT_TIMEOUT_MS: 15_000,
      TIERLINE_EXPORT_STATEMENT_TIMEOUT_MS: 300_000,
      TIERLINE_TRUSTED_PROXY_HOPS: 0,
      TIERLINE_PASSWORD_HASH_CONCURRENCY: 1,
      TIERLINE_SIGN_IN_CHECKS_PER_SECOND: DEFAULT_SIGN_IN_CHECKS_PER_SECOND,
      TIERLINE_IMPORT_PARSERS: Math.min(2, cores),
    });
  });
});

// Each value is read as the app used it before lib/env.ts: the same default for unset, the
// same fallback for a value it could not use.
describe.each<[SettingName, [string | undefined, unknown][]]>([
  [
    "DATABASE_URL",
    [
      [undefined, undefined],
      ["", undefined],
      ["postgresql://u:p@db:5432/tierline", "postgresql://u:p@db:5432/tierline"],
    ],
  ],
  [
    "NEXTAUTH_URL",
    [
      [undefined, undefined],
      ["", undefined],
      ["https://tierline.example", "https://tierline.example"],
    ],
  ],
  [
    "NEXTAUTH_SECRET",
    [
      [undefined, undefined],
      ["", undefined],
      ["   ", undefined],
      ["  an-operator-chosen-secret  ", "an-operator-chosen-secret"],
    ],
  ],
  [
    "TIERLINE_DB_POOL_SIZE",
    [
      [undefined, 10],
      ["", 10],
      ["1", 1],
      ["25", 25],
    ],
  ],
  [
    "TIERLINE_IMPORT_POOL_SIZE",
    [
      [undefined, 3],
      ["6", 6],
    ],
  ],
  [
    "TIERLINE_EXPORT_POOL_SIZE",
    [
      [undefined, 4],
      ["1", 1],
    ],
  ],
  [
    "TIERLINE_STATEMENT_TIMEOUT_MS",
    [
      [undefined, 15_000],
      [" ", 15_000],
      ["0", 0],
      ["60000", 60_000],
    ],
  ],
  [
    "TIERLINE_EXPORT_STATEMENT_TIMEOUT_MS",
    [
      [undefined, 300_000],
      ["1000", 1_000],
    ],
  ],
  [
    "TIERLINE_TRUSTED_PROXY_HOPS",
    [
      // More cases beside trustedProxyHops in lib/auth/forwarded.test.ts.
      [undefined, 0],
      ["", 0],
      [" 2 ", 2],
      ["2.0", 2],
      ["Infinity", 0],
      ["-2", 0],
    ],
  ],
  [
    "TIERLINE_PASSWORD_HASH_CONCURRENCY",
    [
      [undefined, 1],
      ["", 1],
      ["1", 1],
      ["2", Math.min(2, cores)],
      ["1000", cores],
      ["0", 1],
      ["-3", 1],
      ["1.5", 1],
      ["two", 1],
    ],
  ],
  [
    "TIERLINE_SIGN_IN_CHECKS_PER_SECOND",
    [
      [undefined, DEFAULT_SIGN_IN_CHECKS_PER_SECOND],
      ["", DEFAULT_SIGN_IN_CHECKS_PER_SECOND],
      ["  ", DEFAULT_SIGN_IN_CHECKS_PER_SECOND],
      ["20", 20],
      ["0.5", 0.5],
      ["0", Infinity],
      ["-1", DEFAULT_SIGN_IN_CHECKS_PER_SECOND],
      ["Infinity", DEFAULT_SIGN_IN_CHECKS_PER_SECOND],
      ["many", DEFAULT_SIGN_IN_CHECKS_PER_SECOND],
    ],
  ],
  [
    "TIERLINE_IMPORT_PARSERS",
    [
      [undefined, Math.min(2, cores)],
      ["", Math.min(2, cores)],
      ["0", Math.min(2, cores)],
      ["lots", Math.min(2, cores)],
      ["1", 1],
      ["-4", 1],
      ["1000", cores],
    ],
  ],
])("%s", (name, cases) => {
  test.each(cases)("%j → %s", (value, expected) => {
    expect(readSetting(name, { [name]: value })).toBe(expected);
  });
});

// The pool sizes and timeouts are refused, naming the variable, rather than handed to pg.
describe("refused values", () => {
  test.each<[SettingName, string]>([
    ["TIERLINE_DB_POOL_SIZE", "0"],
    ["TIERLINE_DB_POOL_SIZE", "ten"],
    ["TIERLINE_IMPORT_POOL_SIZE", "2.5"],
    ["TIERLINE_EXPORT_POOL_SIZE", "-1"],
    ["TIERLINE_STATEMENT_TIMEOUT_MS", "15s"],
    ["TIERLINE_STATEMENT_TIMEOUT_MS", "-1"],
    ["TIERLINE_EXPORT_STATEMENT_TIMEOUT_MS", "5 minutes"],
  ])("%s=%j", (name, value) => {
    expect(() => readSetting(name, { [name]: value })).toThrow(name);
    expect(() => parseSettings({ [name]: value })).toThrow(`${name}=${JSON.stringify(value)}`);
  });
});

describe("env(): the process's settings, read again when a variable changes", () => {
  const saved = process.env.NEXTAUTH_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = saved;
  });

  test("a variable changed at run time is seen by the next call", () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    const first = env();
    expect(first.NEXTAUTH_URL).toBe("http://localhost:3000");
    expect(env()).toBe(first);
    process.env.NEXTAUTH_URL = "https://tierline.example";
    expect(env().NEXTAUTH_URL).toBe("https://tierline.example");
    delete process.env.NEXTAUTH_URL;
    expect(env().NEXTAUTH_URL).toBeUndefined();
  });
});
