import { describe, expect, test } from "vitest";
import { neutralizeSql } from "./sql";

describe("neutralizeSql", () => {
  test("checks the same six leading characters as neutralizeFormula", () => {
    expect(neutralizeSql("v.title")).toBe(
      "(CASE WHEN left(v.title, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || v.title ELSE v.title END)",
    );
  });
});
