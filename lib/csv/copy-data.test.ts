import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { CopyDataDecoder } from "./copy-data";

const b = (s: string) => Buffer.from(s, "utf8");

/** One backend message: code, length (itself included), payload. */
function message(code: string, payload: Buffer = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(5);
  header.write(code, 0, "latin1");
  header.writeUInt32BE(payload.length + 4, 1);
  return Buffer.concat([header, payload]);
}

/** What the backend sends for COPY TO STDOUT: CopyOutResponse, one CopyData per row (LF-ended), CopyDone, then what follows. */
function copyOut(rows: string[], after: Buffer = b("C\0\0\0\x0dCOPY 1\0Z\0\0\0\x05I")): Buffer {
  return Buffer.concat([message("H", Buffer.from([0, 0, 1, 0, 0])), ...rows.map((r) => message("d", b(`${r}\n`))), message("c"), after]);
}

/** Splits `bytes` into `size`-byte chunks (copies: the decoder rewrites chunks in place). */
function chunksOf(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(Buffer.from(bytes.subarray(i, i + size)));
  return out;
}

function decodeAll(chunks: Buffer[]) {
  const d = new CopyDataDecoder();
  const csv: Buffer[] = [];
  for (const [i, c] of chunks.entries()) {
    const r = d.decode(c);
    if (r.csv) csv.push(Buffer.from(r.csv));
    if (r.end) return { text: Buffer.concat(csv).toString("utf8"), end: r.end.reason, rest: Buffer.concat([r.end.rest, ...chunks.slice(i + 1)]) };
  }
  return { text: Buffer.concat(csv).toString("utf8"), end: null, rest: Buffer.alloc(0) };
}

describe("CopyDataDecoder", () => {
  // Each row is one CopyData message: its last LF is the row end, any other LF is data.
  test.each([
    { rows: ["a,b", "c,d"], expected: "a,b\r\nc,d\r\n" },
    { rows: ['"x\ny",1'], expected: '"x\ny",1\r\n' },
    { rows: ['"say ""hi""\n",2'], expected: '"say ""hi""\n",2\r\n' },
    { rows: ['"x\r\ny",3'], expected: '"x\r\ny",3\r\n' },
    { rows: ['1,"open\n', 'still",x'], expected: '1,"open\n\r\nstill",x\r\n' },
    { rows: ['💃,"🔥\n",9'], expected: '💃,"🔥\n",9\r\n' },
    { rows: [], expected: "" },
  ])("$rows", ({ rows, expected }) => {
    const r = decodeAll([copyOut(rows)]);
    expect(r.text).toBe(expected);
    expect(r.end).toBe("done");
  });

  const rows = ['id,"title, with comma"', '1,"line\nbreak ""quoted"""', "2,=not-touched-here", '3,"💃🏽"', "4,"];
  const bytes = copyOut(rows);

  test.each([1, 2, 3, 4, 5, 6, 7, 11, 64, bytes.length])("split into %i-byte chunks, the result is the same", (size) => {
    const r = decodeAll(chunksOf(bytes, size));
    expect(r.text).toBe(rows.join("\r\n") + "\r\n");
    expect(parse(r.text, { relax_column_count: true })).toEqual(parse(rows.join("\n") + "\n", { relax_column_count: true }));
    expect(r.end).toBe("done");
    // What follows CopyDone (CommandComplete, ReadyForQuery) is handed back untouched, to the byte.
    expect(r.rest.toString("latin1")).toBe("C\0\0\0\x0dCOPY 1\0Z\0\0\0\x05I");
  });

  test("a large chunk of short rows", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `${i},${i * 2}`);
    expect(decodeAll([copyOut(many)]).text).toBe(many.join("\r\n") + "\r\n");
  });

  test("an ErrorResponse stops the COPY and is handed back whole, from its first byte", () => {
    const error = message("E", b("SERROR\0Mboom\0\0"));
    const all = Buffer.concat([message("H", Buffer.from([0, 0, 1, 0, 0])), message("d", b("1,a\n")), message("d", b("2,b\n")), error]);
    for (const size of [1, 3, 9, all.length]) {
      const r = decodeAll(chunksOf(all, size));
      expect(r.text).toBe("1,a\r\n2,b\r\n");
      expect(r.end).toBe("error");
      expect(r.rest.equals(error)).toBe(true);
    }
  });

  test("notices in the middle of a COPY are skipped", () => {
    const all = Buffer.concat([message("d", b("1\n")), message("N", b("SNOTICE\0Mhi\0\0")), message("d", b("2\n")), message("c")]);
    expect(decodeAll(chunksOf(all, 4)).text).toBe("1\r\n2\r\n");
  });

  test("refuses a row that does not end with LF rather than guess", () => {
    expect(() => new CopyDataDecoder().decode(message("d", b("1,a")))).toThrow(/newline/);
    const d = new CopyDataDecoder();
    const [first, second] = chunksOf(message("d", b("1,a")), 6);
    d.decode(first!);
    expect(() => d.decode(second!)).toThrow(/newline/);
  });
});
