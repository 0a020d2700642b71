import { describe, expect, test } from "vitest";
import { followerSchema } from "./follower";
import { fieldErrorsFrom } from "./form-state";

// 23:30 on 31 March in Los Angeles is already 1 April in UTC.
const ctx = { timeZone: "America/Los_Angeles", now: new Date("2026-04-01T06:30:00Z") };

describe("followerSchema", () => {
  test.each([
    [{ date: "2026-03-31", followers: "12,345" }, { date: "2026-03-31", followers: 12345n }],
    [{ date: "2026-03-30", followers: "0" }, { date: "2026-03-30", followers: 0n }],
    [{ date: " 2026-01-01 ", followers: "1\u202f000\u202f000" }, { date: "2026-01-01", followers: 1000000n }],
  ])("%j", (input, expected) => {
    expect(followerSchema(ctx).parse(input)).toEqual(expected);
  });

  test.each([
    [{ date: "2026-04-01", followers: "5" }, { date: ["Date can't be in the future."] }], // tomorrow in LA
    [{ date: "", followers: "5" }, { date: ["Enter the date."] }],
    [{ date: "2026-02-29", followers: "5" }, { date: ["Date must be a date like 2026-03-31."] }],
    [{ date: "31/03/2026", followers: "5" }, { date: ["Date must be a date like 2026-03-31."] }],
    [{ date: "2026-03-31", followers: "" }, { followers: ["Enter the number of followers."] }],
    [{ date: "2026-03-31", followers: "1.2" }, { followers: ["Followers must be a whole number, without decimals."] }],
    [{ date: "2026-03-31", followers: "-1" }, { followers: ["Followers can't be negative."] }],
  ])("%j is refused", (input, errors) => {
    const r = followerSchema(ctx).safeParse(input);
    expect(fieldErrorsFrom(r.error!)).toEqual(errors);
  });
});
