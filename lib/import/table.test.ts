import { describe, expect, test } from "vitest";
import { detectDelimiter, readCsvTable } from "./table";

describe("readCsvTable", () => {
  test("every row knows the line it starts on: quoted line breaks, blank lines, CRLF", async () => {
    const text = '"Title","Views"\r\n"one","1"\r\n"two\r\nlines","2"\r\n\r\n"three","3"\r\n"four\r\nlines\r\nhere","4"\r\n"five","5"';
    const t = await readCsvTable(text, 100);
    expect(t.rows.map((r) => [r.line, r.cells[1]])).toEqual([
      [1, "Views"],
      [2, "1"],
      [3, "2"],
      [6, "3"],
      [7, "4"],
      [10, "5"],
    ]);
    expect(t.skipped).toEqual([]);
  });

  test("a stray quote is read leniently as text, and the rest is read", async () => {
    const t = await readCsvTable('a,b\n1,2\n"3"x,4\n5,6\n', 100);
    expect(t.rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ["a", "b"]],
      [2, ["1", "2"]],
      [3, ['"3"x', "4"]],
      [4, ["5", "6"]],
    ]);
  });

  test("LF files with a CRLF inside a quoted cell keep their line numbers", async () => {
    const t = await readCsvTable('a\n"x\r\ny"\n\nb\n"c"\n', 100);
    expect(t.rows.map((r) => r.line)).toEqual([1, 2, 5, 6]);
  });

  test("an unclosed quote ends the file with a message", async () => {
    const t = await readCsvTable('a,b\n1,2\n"3,4\n5,6\n', 100);
    expect(t.rows.map((r) => r.cells)).toEqual([["a", "b"], ["1", "2"]]);
    expect(t.skipped[0]?.message).toMatch(/never closed/);
  });

  test("stops after maxRecords", async () => {
    const t = await readCsvTable("a\n1\n2\n3\n4\n", 3);
    expect(t.truncated).toBe(true);
    expect(t.rows).toHaveLength(3);
  });

  test.each([
    ['"a","b","c"\n1,2,3', ","],
    ["Datum;Aufrufe;Likes\n1;2;3", ";"],
    ["a\tb\n1\t2", "\t"],
    ['"x;y","z"\n', ","],
    ["single\n", ","],
  ])("delimiter of %j is %j", (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});
