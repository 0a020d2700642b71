import { describe, expect, test } from "vitest";
import { goalSchema } from "./goal";

const ctx = { timeZone: "UTC", now: new Date("2026-03-10T12:00:00Z") };
const parse = (v: Record<string, string>) => goalSchema(ctx).safeParse(v);

describe("goalSchema", () => {
  test.each<{ input: Record<string, string>; target: string; date: string | null }>([
    { input: { kind: "followers", target: "10,000" }, target: "10000", date: null },
    { input: { kind: "monthly_views", target: "1 000 000", targetDate: "2026-12-31" }, target: "1000000", date: "2026-12-31" },
    { input: { kind: "engagement_rate", target: "7.5 %" }, target: "7.5", date: null },
    { input: { kind: "engagement_rate", target: "10,25", targetDate: "2026-03-11" }, target: "10.25", date: "2026-03-11" },
  ])("$input.kind $input.target", ({ input, target, date }) => {
    const r = parse(input);
    expect(r.success && r.data).toEqual({ kind: input.kind, target, targetDate: date });
  });

  test.each<{ input: Record<string, string>; field: string; error: RegExp }>([
    { input: { kind: "followers", target: "" }, field: "target", error: /Enter the number of target followers/ },
    { input: { kind: "followers", target: "0" }, field: "target", error: /at least 1/ },
    { input: { kind: "followers", target: "1.5" }, field: "target", error: /whole number/ },
    { input: { kind: "engagement_rate", target: "0" }, field: "target", error: /between 0\.01 and 100/ },
    { input: { kind: "engagement_rate", target: "150" }, field: "target", error: /between 0\.01 and 100/ },
    { input: { kind: "followers", target: "10", targetDate: "2026-03-10" }, field: "targetDate", error: /after today/ },
    { input: { kind: "followers", target: "10", targetDate: "next year" }, field: "targetDate", error: /like 2026-12-31/ },
    { input: { kind: "likes", target: "10" }, field: "kind", error: /Choose what the goal is about/ },
  ])("refused: $input", ({ input, field, error }) => {
    const r = parse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.find((i) => i.path[0] === field)?.message).toMatch(error);
  });
});
