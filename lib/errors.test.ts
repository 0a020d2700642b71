import { describe, expect, test } from "vitest";
import { DatabaseUnavailableError, isDatabaseUnavailable, NotFoundError } from "./errors";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  test.each([
    ["pg: connection refused", withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432")],
    ["pg: host not found", withCode("ENOTFOUND")],
    ["pg: server shutting down (57P01)", withCode("57P01", "terminating connection due to administrator command")],
    ["pg: starting up (57P03)", withCode("57P03")],
    ["pg: connection failure class 08", withCode("08006")],
    ["pg: too many connections", withCode("53300")],
    ["pg: connection terminated", new Error("Connection terminated unexpectedly")],
    ["pg-pool: connect timeout", new Error("timeout exceeded when trying to connect")],
    ["Prisma P1001", withCode("P1001", "Can't reach database server at 127.0.0.1:1")],
    [
      "Prisma raw query (P2010) with the adapter's DatabaseNotReachable",
      Object.assign(withCode("P2010", "Raw query failed."), { meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } }),
    ],
    ["wrapped in a cause", new Error("report failed", { cause: withCode("ECONNRESET") })],
    ["the typed error", new DatabaseUnavailableError()],
  ])("%s → unavailable", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test.each([
    ["a unique violation", withCode("23505", "duplicate key value")],
    ["a statement timeout", withCode("57014", "canceling statement due to statement timeout")],
    ["Prisma record not found", withCode("P2025")],
    ["not found", new NotFoundError("video")],
    ["a string", "ECONNREFUSED"],
    ["null", null],
  ])("%s → not an outage", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  test("a cause chain that loops ends", () => {
    const e = new Error("a") as Error & { cause?: unknown };
    e.cause = e;
    expect(isDatabaseUnavailable(e)).toBe(false);
  });
});
