// PostgreSQL's COPY ends each CSV row with a bare LF; RFC 4180 (and Excel on Windows) wants
// CRLF. rowEndsToCrlf rewrites the row ends only, chunk by chunk: a newline inside a quoted
// field is data and is left as it is. The quote state is carried from chunk to chunk, and
// quotes and newlines are found with Buffer#indexOf (native), so it keeps up with COPY.

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF_BYTES = Buffer.from("\r\n");

/** Rewrites one chunk; `inQuotes` is the state carried over from the previous chunk. */
export function rowEndsToCrlf(chunk: Buffer, inQuotes: boolean): { out: Buffer; inQuotes: boolean } {
  const parts: Buffer[] = [];
  let start = 0;
  let pos = 0;
  let quoted = inQuotes;
  // The next quote and the next LF at or after `pos`, found once each and reused until passed,
  // so a chunk is scanned about once whatever mix of quotes and rows it holds.
  let nextQuote = -2;
  let nextLf = -2;
  while (pos < chunk.length) {
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = chunk.indexOf(QUOTE, pos);
    if (quoted) {
      // A doubled quote inside a field closes and reopens: the state comes out right either way.
      if (nextQuote === -1) break;
      quoted = false;
      pos = nextQuote + 1;
      continue;
    }
    if (nextLf !== -1 && nextLf < pos) nextLf = chunk.indexOf(LF, pos);
    if (nextQuote !== -1 && (nextLf === -1 || nextQuote < nextLf)) {
      quoted = true;
      pos = nextQuote + 1;
      continue;
    }
    if (nextLf === -1) break;
    // COPY never writes a CR of its own outside quotes, so every bare LF here is a row end.
    parts.push(chunk.subarray(start, nextLf), CRLF_BYTES);
    start = nextLf + 1;
    pos = nextLf + 1;
  }
  if (parts.length === 0) return { out: chunk, inQuotes: quoted };
  if (start < chunk.length) parts.push(chunk.subarray(start));
  return { out: Buffer.concat(parts), inQuotes: quoted };
}
