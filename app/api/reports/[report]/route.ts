// Serves the signed-in creator's CSV reports (videos, trend, earnings, readings, followers) as streamed downloads.
import { csvDownloadHeaders } from "@/lib/csv/download";
import { openReport, parseReportRequest } from "@/lib/data/reports";
import { isDatabaseUnavailable, ReportAbortedError, ReportRangeError } from "@/lib/errors";
import { withCreator } from "@/lib/route-handler";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const NO_STORE = { "Cache-Control": "no-store" };

/** The report stream's chunks are Buffers (ReportReadable turns text into bytes): same memory, viewed as Uint8Array. */
function bytes(chunk: unknown): Uint8Array {
  const b = chunk as Buffer;
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

export const GET = withCreator("reports", async (request, user, { params }: { params: Promise<{ report: string }> }) => {
  const { report } = await params;
  const parsed = parseReportRequest(report, new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400, headers: NO_STORE });

  let opened: Awaited<ReturnType<typeof openReport>>;
  let first: IteratorResult<unknown>;
  let chunks: AsyncIterator<unknown>;
  try {
    opened = await openReport(user, parsed.request, { signal: request.signal });
    chunks = opened.stream[Symbol.asyncIterator]();
    // The first chunk before the headers: a report that fails at once gets a clear error
    // response instead of a download cut short.
    first = await chunks.next();
  } catch (e) {
    if (e instanceof ReportRangeError) return Response.json({ error: e.message }, { status: 400, headers: NO_STORE });
    if (isDatabaseUnavailable(e)) throw e;
    if (!(e instanceof ReportAbortedError)) console.error(`[reports] ${report} failed to start:`, e);
    return Response.json(
      { error: "The report could not be made just now. Try again in a moment." },
      { status: 500, headers: NO_STORE },
    );
  }

  const stream = opened.stream;
  let abandoned = false;
  // The creator closed the tab or cancelled the download: stop the export and its query.
  const stop = () => {
    abandoned = true;
    stream.destroy();
  };
  request.signal.addEventListener("abort", stop, { once: true });
  let pending: IteratorResult<unknown> | null = first;

  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = pending ?? (await chunks.next());
          pending = null;
          if (next.done) {
            request.signal.removeEventListener("abort", stop);
            controller.close();
          } else controller.enqueue(bytes(next.value));
        } catch (e) {
          request.signal.removeEventListener("abort", stop);
          if (!abandoned && !(e instanceof ReportAbortedError)) console.error(`[reports] ${report} failed while streaming:`, e);
          controller.error(e);
        }
      },
      cancel() {
        request.signal.removeEventListener("abort", stop);
        stop();
      },
    },
    // Pull only when the response has room: one chunk in flight, never the whole file.
    { highWaterMark: 0 },
  );

  return new Response(body, { headers: csvDownloadHeaders(opened.filename) });
}, { signedOutMessage: "Sign in to download reports." });
