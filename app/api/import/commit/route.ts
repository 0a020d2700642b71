// POST /api/import/commit (multipart `files`): imports them in one transaction, streaming NDJSON progress events.
import { commitImport } from "@/lib/data/imports";
import { ImportAbortedError, ImportBusyError, ImportReadError, NothingToImportError } from "@/lib/errors";
import { parseImportFilesOffThread } from "@/lib/import/parse-pool";
import type { ImportEvent } from "@/lib/import/events";
import { readImportUpload } from "@/lib/import/upload";
import { withCreator } from "@/lib/route-handler";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

export const POST = withCreator("import commit", async (request, user) => {
  const upload = await readImportUpload(request);
  if (!upload.ok) return Response.json({ error: upload.error }, { status: upload.status });
  const { timeZone } = user;

  // The client going away (tab closed) rolls the import back before its next slice.
  const abort = new AbortController();
  request.signal.addEventListener("abort", () => abort.abort(), { once: true });
  const encoder = new TextEncoder();

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportEvent) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          // The stream was cancelled: the abort above stops the work.
        }
      };
      try {
        send({ type: "reading" });
        // Stateless: the files are parsed again, exactly as for the preview.
        // In a worker thread, as for the preview: the event loop stays free for other requests.
        const parsed = await parseImportFilesOffThread(upload.sources, { timeZone, now: new Date() });
        const summary = await commitImport(user.id, timeZone, parsed, {
          signal: abort.signal,
          onStart: (total) => send({ type: "start", total }),
          onProgress: (p) => send({ type: "progress", ...p }),
        });
        send({ type: "done", summary });
      } catch (e) {
        if (e instanceof NothingToImportError || e instanceof ImportAbortedError || e instanceof ImportBusyError || e instanceof ImportReadError) {
          send({ type: "error", message: e.message });
        } else {
          console.error("[import] commit failed", e);
          send({ type: "error", message: "The import failed on our side and nothing was saved. Try again in a moment." });
        }
      } finally {
        try {
          controller.close();
        } catch {
          // Already cancelled.
        }
      }
    },
    cancel() {
      abort.abort();
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
    },
  });
});
