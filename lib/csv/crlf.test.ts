import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { rowEndsToCrlf } from "./crlf";

const b = (s: string) => Buffer.from(s, "utf8");

/** Chunks through rowEndsToCrlf as copy-report.ts passes them, the quote state carried over. */
function through(chunks: Buffer[]): string {
  let inQuotes = false;
  const out = chunks.map((c) => {
    const r = rowEndsToCrlf(c, inQuotes);
    inQuotes = r.inQuotes;
    return r.out;
  });
  return Buffer.concat(out).toString("utf8");
}

describe("rowEndsToCrlf", () => {
  test.each([
    { input: "a,b\nc,d\n", expected: "a,b\r\nc,d\r\n" },
    { input: '"x\ny",1\n', expected: '"x\ny",1\r\n' },
    { input: '"say ""hi""\n",2\n', expected: '"say ""hi""\n",2\r\n' },
    { input: '"x\r\ny",3\n', expected: '"x\r\ny",3\r\n' },
    { input: "no newline", expected: "no newline" },
    { input: "", expected: "" },
    { input: "💃,\"🔥\n\",9\n", expected: "💃,\"🔥\n\",9\r\n" },
  ])("$input", ({ input, expected }) => {
    const r = rowEndsToCrlf(b(input), false);
    expect(r.out.toString("utf8")).toBe(expected);
    expect(r.inQuotes).toBe(false);
  });

  test("carries the quote state into the next chunk", () => {
    const first = rowEndsToCrlf(b('1,"open\n'), false);
    expect(first.inQuotes).toBe(true);
    expect(first.out.toString()).toBe('1,"open\n');
    const second = rowEndsToCrlf(b('still",x\n2\n'), first.inQuotes);
    expect(second.out.toString()).toBe('still",x\r\n2\r\n');
    expect(second.inQuotes).toBe(false);
  });
});

describe("rowEndsToCrlf over a stream of chunks", () => {
  const rows = ['id,"title, with comma"', '1,"line\nbreak ""quoted"""', "2,=not-touched-here", '3,"💃🏽"'];
  const lf = rows.join("\n") + "\n";

  test.each([1, 2, 3, 7, 64])("split into %i-byte chunks, the result is the same", (size) => {
    const bytes = b(lf);
    const chunks: Buffer[] = [];
    // Split on byte boundaries, even inside an emoji.
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
    const text = through(chunks);
    expect(text).toBe(rows.join("\r\n") + "\r\n");
    expect(parse(text, { relax_column_count: true })).toEqual(parse(lf, { relax_column_count: true }));
  });

  test("a large chunk without quotes", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `${i},${i * 2}`);
    expect(through([b(many.join("\n") + "\n")])).toBe(many.join("\r\n") + "\r\n");
  });
});
