// The response headers of a CSV download.
//
// `no-transform` keeps the file uncompressed: Next's gzip (level 6 in the app's one Node
// process) cost more CPU than PostgreSQL spends writing the rows, throttled the download to
// the compressor's speed (~30 MB/s on a 2-core server) and starved other requests while it ran.
// A CSV of a million readings is ~150 MB either way on disk; a deployment that wants it
// compressed on the wire can do so at its edge, off the app's cores.

/** Headers for a CSV file sent as an attachment named `filename` (already safe for a header). */
export function csvDownloadHeaders(filename: string): Record<string, string> {
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "no-store, no-transform",
  };
}
