import "server-only";
import { encodePreamble, type CsvColumn } from "@/lib/csv/encode";
import { throwIfAborted, type ReportChunks, type ReportContext } from "@/lib/reports/context";
import { ExportSession } from "./export-connection";

/** The least a piece of the file handed to the response holds (but the last). */
const YIELD_BYTES = 256 * 1024;

/**
 * A report PostgreSQL writes itself: `COPY (select) TO STDOUT WITH (FORMAT csv)` on an export
 * connection, row ends turned into CRLF as the rows come off the socket (lib/csv/copy-data.ts),
 * our header (and BOM) in front. The rows never become JavaScript values, so memory stays flat
 * and the speed is close to COPY's.
 *
 * `select` is built by the caller from literals quoted with `session.literal` (COPY takes no
 * bind parameters); its columns must be in the order of `columns`.
 */

export async function* copyReport(
  ctx: ReportContext,
  columns: readonly CsvColumn[],
  buildSelect: (session: ExportSession) => string,
  /** Planner settings for this COPY only (`SET LOCAL …`, constants written by us). */
  settings: readonly string[] = [],
): ReportChunks {
  throwIfAborted(ctx.signal);
  const session = await ExportSession.open(ctx.timeZone);
  const onAbort = () => void session.abort();
  ctx.signal.addEventListener("abort", onAbort, { once: true });
  try {
    for (const setting of settings) await session.query(setting);
    throwIfAborted(ctx.signal);
    const copy = await session.copyCsv(buildSelect(session));
    const rows = copy[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    // Wait for the first rows before writing the header, so a query that fails at once is an
    // error response rather than a file cut short after its header.
    const first = await rows.next();
    const preamble = encodePreamble(columns, { bom: ctx.request.bom });
    yield first.done ? preamble : Buffer.concat([Buffer.from(preamble, "utf8"), first.value]);
    if (!first.done) {
      // Handed on in pieces of at least YIELD_BYTES: the socket gives whatever arrived (often a
      // few KB), and every piece costs a trip through the response streams and a write(2).
      let pieces: Buffer[] = [];
      let size = 0;
      for (let next = await rows.next(); !next.done; next = await rows.next()) {
        pieces.push(next.value);
        size += next.value.length;
        if (size >= YIELD_BYTES) {
          yield pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, size);
          pieces = [];
          size = 0;
        }
      }
      if (size > 0) yield Buffer.concat(pieces, size);
    }
    throwIfAborted(ctx.signal);
    await session.close();
  } finally {
    ctx.signal.removeEventListener("abort", onAbort);
    // A no-op after close(); otherwise (an error, an abandoned download) the backend is ended.
    await session.abort();
  }
}
