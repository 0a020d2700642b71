import { describe, expect, test } from "vitest";
import { DatabaseUnavailableError, isDatabaseUnavailable, isLockTimeout, isUniqueViolationOn, NotFoundError, uniqueViolationFields } from "./errors";

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

// As Prisma with @prisma/adapter-pg reports a unique violation: P2002, the columns in meta.target
// or in the adapter's constraint.
const uniqueViolation = (meta: unknown) => Object.assign(new Error("Unique constraint failed"), { code: "P2002", meta });

describe("uniqueViolationFields / isUniqueViolationOn", () => {
  test.each([
    ["Prisma's target", uniqueViolation({ target: ["user_id", "platform_video_id"] }), ["user_id", "platform_video_id"]],
    ["the adapter's constraint fields", uniqueViolation({ driverAdapterError: { cause: { constraint: { fields: ["captured_at"] } } } }), ["captured_at"]],
    ["the adapter's index name", uniqueViolation({ driverAdapterError: { cause: { constraint: { index: "videos_user_id_platform_video_id_key" } } } }), ["videos_user_id_platform_video_id_key"]],
    ["a unique violation naming nothing", uniqueViolation(undefined), []],
    ["another Prisma error", Object.assign(new Error("Record not found"), { code: "P2025" }), null],
    ["not an error at all", { code: "P2002" }, null],
  ])("%s", (_name, error, fields) => {
    expect(uniqueViolationFields(error)).toEqual(fields);
  });

  test("matches a column named anywhere in the constraint, in any case", () => {
    const e = uniqueViolation({ driverAdapterError: { cause: { constraint: { index: "Videos_User_Id_Platform_Video_Id_key" } } } });
    expect(isUniqueViolationOn(e, "platform_video_id")).toBe(true);
    expect(isUniqueViolationOn(e, "captured_at")).toBe(false);
    expect(isUniqueViolationOn(new Error("x"), "platform_video_id")).toBe(false);
  });
});

describe("isLockTimeout", () => {
  test.each([
    ["pg's SQLSTATE 55P03", withCode("55P03", "canceling statement due to lock timeout"), true],
    ["Prisma's adapter error", Object.assign(withCode("P2010"), { meta: { driverAdapterError: { cause: { originalCode: "55P03" } } } }), true],
    ["wrapped in a cause", new Error("write failed", { cause: withCode("55P03") }), true],
    ["a statement timeout", withCode("57014", "canceling statement due to statement timeout"), false],
    ["a unique violation", uniqueViolation({ target: ["id"] }), false],
  ])("%s → %s", (_name, error, expected) => {
    expect(isLockTimeout(error)).toBe(expected);
  });
});
