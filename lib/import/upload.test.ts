import { describe, expect, test } from "vitest";
import { MAX_FILE_BYTES, MAX_FILES, MAX_REQUEST_BYTES } from "./limits";
import { displayName, readImportUpload } from "./upload";

function upload(files: { name: string; bytes: number }[], headers: Record<string, string> = {}): Request {
  const form = new FormData();
  for (const f of files) form.append("files", new File([new Uint8Array(f.bytes)], f.name));
  const r = new Request("http://localhost/api/import/preview", { method: "POST", body: form });
  return new Request(r, { headers: { ...Object.fromEntries(r.headers), ...headers }, duplex: "half" } as RequestInit);
}

describe("readImportUpload", () => {
  test("files come back with their bytes and a clean name", async () => {
    const r = await readImportUpload(upload([{ name: "C:\\Users\\me\\Content.csv", bytes: 3 }]));
    expect(r).toEqual({ ok: true, sources: [{ name: "Content.csv", bytes: new Uint8Array(3) }] });
  });

  test("a file over the per-file limit is flagged, not read", async () => {
    const r = await readImportUpload(upload([{ name: "big.csv", bytes: MAX_FILE_BYTES + 1 }]));
    expect(r).toEqual({ ok: true, sources: [{ name: "big.csv", size: MAX_FILE_BYTES + 1, tooLarge: true }] });
  });

  test("a declared body over the request limit is refused before reading", async () => {
    const r = await readImportUpload(upload([{ name: "a.csv", bytes: 1 }], { "content-length": String(MAX_REQUEST_BYTES + 1) }));
    expect(r).toMatchObject({ ok: false, status: 413 });
  });

  test.each([
    ["no files", [], 400, /at least one file/],
    ["too many files", Array.from({ length: MAX_FILES + 1 }, (_, i) => ({ name: `${i}.csv`, bytes: 1 })), 400, /at most 10 files/],
  ])("%s", async (_n, files, status, message) => {
    const r = await readImportUpload(upload(files));
    expect(r).toMatchObject({ ok: false, status });
    if (!r.ok) expect(r.error).toMatch(message);
  });

  test("not multipart → 415", async () => {
    const r = await readImportUpload(new Request("http://localhost/x", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }));
    expect(r).toMatchObject({ ok: false, status: 415 });
  });

  test("a body cut short on the way says how much arrived", async () => {
    const full = upload([{ name: "a.csv", bytes: 5000 }]);
    const bytes = new Uint8Array(await full.arrayBuffer());
    const cut = new Request("http://localhost/x", {
      method: "POST",
      body: bytes.slice(0, 1000),
      headers: { "content-type": full.headers.get("content-type")!, "content-length": String(bytes.length) },
    });
    const r = await readImportUpload(cut);
    expect(r).toMatchObject({ ok: false, status: 413 });
    if (!r.ok) expect(r.error).toMatch(/Only 1000 bytes of the 5 KB upload arrived/);
  });

  test.each([
    ["../../etc/passwd", "passwd"],
    ["a\u0000b.csv", "ab.csv"],
    ["", "file"],
    ["x".repeat(300), "x".repeat(120)],
  ])("displayName(%j) = %j", (input, expected) => {
    expect(displayName(input)).toBe(expected);
  });
});
