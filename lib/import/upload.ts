// The import routes' request body: multipart form data with one or more `files`. Sizes are
// checked before the body is read (Content-Length) and while it is read (a counting stream), so
// an oversized upload is refused without being held in memory.
import { formatBytes, LIMIT_MESSAGES, MAX_FILE_BYTES, MAX_FILES, MAX_REQUEST_BYTES } from "./limits";
import type { ImportSource } from "./types";

export type UploadResult = { ok: true; sources: ImportSource[] } | { ok: false; status: number; error: string };

/** Field name the form uses for its files. */
export const FILES_FIELD = "files";

class TooLargeError extends Error {}

function limitedBody(body: ReadableStream<Uint8Array>, limit: number, counter: { seen: number }): ReadableStream<Uint8Array> {
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        counter.seen += chunk.byteLength;
        if (counter.seen > limit) controller.error(new TooLargeError());
        else controller.enqueue(chunk);
      },
    }),
  );
}

/** A file name as shown back to the creator: no path, no control characters, not endless. */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return (clean || "file").slice(0, 120);
}

export async function readImportUpload(request: Request): Promise<UploadResult> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) {
    return { ok: false, status: 415, error: "Send the files as multipart/form-data." };
  }
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_REQUEST_BYTES) {
    return { ok: false, status: 413, error: LIMIT_MESSAGES.requestTooLarge };
  }
  if (!request.body) return { ok: false, status: 400, error: "Choose at least one file to import." };

  let form: FormData;
  const counter = { seen: 0 };
  try {
    form = await new Response(limitedBody(request.body, MAX_REQUEST_BYTES, counter), { headers: { "content-type": type } }).formData();
  } catch (e) {
    if (e instanceof TooLargeError || (e as { cause?: unknown })?.cause instanceof TooLargeError) {
      return { ok: false, status: 413, error: LIMIT_MESSAGES.requestTooLarge };
    }
    if (Number.isFinite(declared) && declared > counter.seen) {
      // Something between the browser and this handler cut the body short (a proxy's body limit).
      console.error(`[import] upload truncated: ${counter.seen} of ${declared} bytes arrived`);
      return { ok: false, status: 413, error: `Only ${formatBytes(counter.seen)} of the ${formatBytes(declared)} upload arrived. Try fewer or smaller files.` };
    }
    return { ok: false, status: 400, error: "The upload could not be read. Choose the files again." };
  }
  const files = form.getAll(FILES_FIELD).filter((f): f is File => typeof f !== "string");
  if (files.length === 0) return { ok: false, status: 400, error: "Choose at least one file to import." };
  if (files.length > MAX_FILES) return { ok: false, status: 400, error: LIMIT_MESSAGES.tooManyFiles };

  const sources: ImportSource[] = [];
  for (const file of files) {
    const name = displayName(file.name);
    if (file.size > MAX_FILE_BYTES) sources.push({ name, size: file.size, tooLarge: true });
    else sources.push({ name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return { ok: true, sources };
}
