import { describe, expect, test } from "vitest";
import { bigContentCsv } from "./testing/fixtures";
import { detectDelimiter, readCsvFast, readCsvTable, readCsvWithCsvParse } from "./table";

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

  // The fast reader must give exactly what csv-parse gives, or decline (null) and leave the file
  // to csv-parse: random CSV-like text, compared cell by cell and line by line.
  test.each([1, 2, 3, 4, 5, 6, 7, 8])("the fast reader agrees with csv-parse or declines (seed %i)", async (seed) => {
    let a = seed >>> 0;
    const next = (k: number) => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * k);
    };
    const TOKENS = ['"', '""', ",", ";", "\t", "\n", "\r\n", "\r", "a", "bc", " ", "é", "1,234", '"x"', '"y,z"', '"l1\nl2"', '"c\r\nd"', "\n\n"];
    let fastTaken = 0;
    for (let i = 0; i < 250; i++) {
      const eol = ["\n", "\r\n", "\r"][next(3)]!;
      const delimiter = [",", ";", "\t"][next(3)]!;
      let text = "";
      const records = 1 + next(6);
      for (let r = 0; r < records; r++) {
        const fields = 1 + next(4);
        const cells: string[] = [];
        for (let f = 0; f < fields; f++) {
          // Mostly well-formed cells (so the fast path is exercised), sometimes arbitrary tokens.
          if (next(5) > 0) cells.push(['"q"', '"a""b"', '"m\nn"', '"p\r\nq"', "plain", "", '""', '"d' + delimiter + 'e"', '"r\rs"', '"t\n\ru"'][next(10)]!);
          else cells.push(Array.from({ length: 1 + next(3) }, () => TOKENS[next(TOKENS.length)]!).join(""));
        }
        text += cells.join(delimiter) + (r < records - 1 || next(2) ? eol : "") + (next(8) === 0 ? eol : "");
      }
      const max = 1 + next(8);
      const fast = await readCsvFast(text, delimiter, max);
      if (!fast) continue;
      fastTaken++;
      expect({ text, table: fast }).toEqual({ text, table: await readCsvWithCsvParse(text, delimiter, max) });
    }
    expect(fastTaken).toBeGreaterThan(50);
  });

  test("a TikTok Content export takes the fast reader", async () => {
    const bytes = bigContentCsv(50);
    const text = new TextDecoder().decode(bytes);
    const fast = await readCsvFast(text, ",", 1000);
    expect(fast?.rows).toHaveLength(51);
    expect(fast).toEqual(await readCsvWithCsvParse(text, ",", 1000));
  });
});
