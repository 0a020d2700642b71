import { describe, expect, test } from "vitest";
import {
  accountPerFollowerRate,
  erLabel,
  followerCountInForce,
  interactionsDefinition,
  perFollowerErLabel,
  rateFigures,
  rateFromFollowers,
  readingPerFollowerRate,
} from "./engagement-variants";

const counts = [
  { date: "2026-03-10", followers: 2_000n },
  { date: "2026-03-01", followers: 1_000n },
  { date: "2026-03-20", followers: 4_000n },
];

describe("followerCountInForce", () => {
  test.each([
    { day: "2026-02-28", expected: null, why: "before the first count: none" },
    { day: "2026-03-01", expected: 1_000n, why: "a count recorded that day is in force that day" },
    { day: "2026-03-09", expected: 1_000n, why: "the latest count before the day" },
    { day: "2026-03-10", expected: 2_000n, why: "unordered input, the day's own count" },
    { day: "2026-03-19", expected: 2_000n, why: "never a later count" },
    { day: "2027-01-01", expected: 4_000n, why: "long after the last count: the last one" },
  ])("$day → $expected ($why)", ({ day, expected }) => {
    expect(followerCountInForce(day, counts)?.followers ?? null).toBe(expected);
  });

  test("no counts at all → null", () => {
    expect(followerCountInForce("2026-03-01", [])).toBeNull();
  });
});

describe("rateFromFollowers", () => {
  test.each([
    { i: 150n, f: 1_000n, expected: 15, why: "150 on 1,000 followers" },
    { i: 1n, f: 3n, expected: 33.333333, why: "rounded at 6 decimals" },
    { i: 30_000n, f: 20_000n, expected: 150, why: "more interactions than followers: kept" },
    { i: 0n, f: 500n, expected: 0, why: "no interactions: 0 %" },
    { i: 10n, f: 0n, expected: null, why: "0 followers: no rate, never Infinity" },
    { i: 10n, f: -5n, expected: null, why: "a negative count is no count" },
    { i: 10n, f: null, expected: null, why: "no count recorded" },
    // 2^63 − 1 interactions on 10^12 followers: exact, beyond float's integers.
    { i: 9_223_372_036_854_775_807n, f: 1_000_000_000_000n, expected: 922_337_203.685478, why: "huge counts stay exact" },
  ])("$i / $f → $expected ($why)", ({ i, f, expected }) => {
    expect(rateFromFollowers(i, f)).toBe(expected);
  });
});

describe("readingPerFollowerRate", () => {
  const c = { views: 10_000n, likes: 70n, comments: 20n, shares: 10n, saves: 50n };
  test.each([
    { opts: undefined, followers: 1_000n, expected: 10, why: "likes + comments + shares" },
    { opts: { includeSaves: true }, followers: 1_000n, expected: 15, why: "saves counted when the option is on" },
    { opts: { includeSaves: true }, followers: 0n, expected: null, why: "0 followers" },
    { opts: undefined, followers: null, expected: null, why: "no count in force" },
  ])("$why", ({ opts, followers, expected }) => {
    expect(readingPerFollowerRate(c, followers, opts)).toBe(expected);
  });
});

describe("accountPerFollowerRate", () => {
  test.each([
    { i: 5_000n, f: 10_000n, expected: 50 },
    { i: 5_000n, f: null, expected: null },
    { i: 0n, f: 0n, expected: null },
  ])("$i over $f followers at the end → $expected", ({ i, f, expected }) => {
    expect(accountPerFollowerRate(i, f)).toBe(expected);
  });
});

describe("labels", () => {
  test.each([
    { opts: undefined, er: "ER", perFollower: "ER per follower", def: "likes + comments + shares" },
    { opts: { includeSaves: false }, er: "ER", perFollower: "ER per follower", def: "likes + comments + shares" },
    { opts: { includeSaves: true }, er: "ER incl. saves", perFollower: "ER per follower incl. saves", def: "likes + comments + shares + saves" },
  ])("includeSaves $opts.includeSaves", ({ opts, er, perFollower, def }) => {
    expect(erLabel(opts)).toBe(er);
    expect(perFollowerErLabel(opts)).toBe(perFollower);
    expect(perFollowerErLabel(opts)).not.toBe("ER");
    expect(interactionsDefinition(opts)).toBe(def);
  });
});

describe("rateFigures", () => {
  const c = { views: 1_000n, likes: 20n, comments: 5n, shares: 4n, saves: 30n };
  test.each([
    { opts: undefined, interactions: 29n, rate: 2.9, tier: "below", exceeds: false },
    { opts: { includeSaves: true }, interactions: 59n, rate: 5.9, tier: "good", exceeds: false },
    { opts: { includeSaves: true }, c: { views: 0n, likes: 1n, comments: 0n, shares: 0n, saves: 1n }, interactions: 2n, rate: null, tier: null, exceeds: true },
  ])("includeSaves $opts.includeSaves → $rate", ({ opts, interactions, rate, tier, exceeds, ...rest }) => {
    expect(rateFigures(("c" in rest ? rest.c : c) as typeof c, opts)).toEqual({ interactions, engagementRate: rate, tier, interactionsExceedViews: exceeds });
  });
});
