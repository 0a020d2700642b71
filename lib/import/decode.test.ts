import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { BINARY_MESSAGE, decodeText, sniffSignature } from "./decode";

const bytes = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

describe("decodeText", () => {
  test("UTF-8 with a byte-order mark: the mark is dropped", () => {
    expect(decodeText(bytes("\uFEFFDate,Vídeo 🎵"))).toEqual({ ok: true, text: "Date,Vídeo 🎵", encoding: "UTF-8", hadBom: true });
  });
  test("UTF-8 without a mark", () => {
    expect(decodeText(bytes("Fecha,Título"))).toMatchObject({ ok: true, text: "Fecha,Título", encoding: "UTF-8" });
  });
  test("invalid UTF-8 is read as Windows-1252 (Excel on Windows)", () => {
    const win = new Uint8Array(iconv.encode("Título del vídeo,Visualizações,„Gefällt mir“,€", "win1252"));
    expect(decodeText(win)).toMatchObject({ ok: true, text: "Título del vídeo,Visualizações,„Gefällt mir“,€", encoding: "Windows-1252" });
  });
  test("UTF-16 with and without a mark", () => {
    expect(decodeText(new Uint8Array(iconv.encode("\uFEFFDatum,Follower", "utf16le")))).toMatchObject({ text: "Datum,Follower", encoding: "UTF-16LE" });
    expect(decodeText(new Uint8Array(iconv.encode("Datum,Follower\r\n", "utf16le")))).toMatchObject({ text: "Datum,Follower\r\n", encoding: "UTF-16LE" });
    expect(decodeText(new Uint8Array(iconv.encode("\uFEFFDatum", "utf16be")))).toMatchObject({ text: "Datum", encoding: "UTF-16BE" });
  });
  test.each([
    ["nothing at all", new Uint8Array()],
    ["a byte-order mark only", bytes("\uFEFF")],
    ["blank lines", bytes("\r\n \r\n")],
  ])("empty: %s", (_n, b) => {
    expect(decodeText(b)).toEqual({ ok: false, error: "This file is empty." });
  });
  test("binary data is refused", () => {
    const b = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(decodeText(b)).toEqual({ ok: false, error: BINARY_MESSAGE });
  });
});

describe("sniffSignature", () => {
  test.each([
    [[0x50, 0x4b, 0x03, 0x04, 0], "zip"],
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "xls"],
    [[0x25, 0x50, 0x44, 0x46, 0x2d], "pdf"],
    [[0x89, 0x50, 0x4e, 0x47], "png"],
    [[0x1f, 0x8b, 8], "gzip"],
    [[0x44, 0x61, 0x74, 0x65], null],
  ] as const)("%s → %s", (b, kind) => {
    expect(sniffSignature(new Uint8Array(b))).toBe(kind);
  });
});
