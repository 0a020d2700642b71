import "server-only";
import { Readable } from "node:stream";
import { CopyDataDecoder } from "@/lib/csv/copy-data";

// `COPY … TO STDOUT WITH (FORMAT csv)` on a pg client as a Readable of CSV bytes with CRLF row
// ends, decoded by lib/csv/copy-data.ts as they come off the socket. It takes the place of
// pg-copy-streams' `to()` (whose hand-over with the pg client it follows: the client's data
// listener is set aside while the COPY runs and given back what follows it), because that
// stream's per-message buffer list and a second pass for the row ends cost more per row than
// PostgreSQL spends writing the row.

/** The parts of pg's Connection this uses: its socket and its simple-query message. */
type PgConnection = { stream: NodeJS.ReadableStream; query(text: string): void };

export class CopyCsvStream extends Readable {
  private connection: PgConnection | null = null;
  private pgDataHandler: ((chunk: Buffer) => void) | null = null;
  private readonly decoder = new CopyDataDecoder();
  private wanted = false;
  private forwarding = false;
  private finished = false;
  private readonly onReadable = () => this.forward();

  constructor(private readonly text: string) {
    super({ highWaterMark: 64 * 1024 });
  }

  /** Called by pg's client when the query's turn comes. */
  submit(connection: PgConnection): void {
    this.connection = connection;
    const socket = connection.stream;
    const listeners = socket.listeners("data") as ((chunk: Buffer) => void)[];
    if (listeners.length !== 1) throw new Error("Unexpected pg connection state for COPY.");
    this.pgDataHandler = listeners[0]!;
    socket.removeListener("data", this.pgDataHandler);
    socket.pause();
    socket.on("readable", this.onReadable);
    connection.query(this.text);
    this.forward();
  }

  override _read(): void {
    this.wanted = true;
    this.forward();
  }

  private forward(): void {
    if (this.forwarding || !this.wanted || !this.connection || this.finished || this.destroyed) return;
    this.forwarding = true;
    try {
      let chunk: Buffer | null;
      // The socket has no encoding set, so it hands out Buffers.
      while (this.wanted && !this.finished && (chunk = this.connection.stream.read() as Buffer | null) !== null) {
        const { csv, end } = this.decoder.decode(chunk);
        if (csv) this.wanted = this.push(csv);
        if (end) {
          this.finished = true;
          this.handBack(end.rest);
          if (end.reason === "done") this.push(null);
          // An ErrorResponse: pg reads it and calls handleError, which fails this stream.
        }
      }
    } catch (e) {
      // A malformed stream: give up on this connection (the session ends the backend).
      this.finished = true;
      this.destroy(e as Error);
    } finally {
      this.forwarding = false;
    }
  }

  /** Gives the socket back to pg's client, with the bytes after the COPY's messages. */
  private handBack(rest: Buffer): void {
    const connection = this.connection!;
    const handler = this.pgDataHandler!;
    connection.stream.removeListener("readable", this.onReadable);
    connection.stream.on("data", handler);
    handler(rest);
    // Resumed on the next tick: pg's handler may have paused the socket meanwhile.
    process.nextTick(() => connection.stream.resume());
  }

  // The pg client's side of a submittable query.
  handleError(error: Error): void {
    this.finished = true;
    this.destroy(error);
  }

  handleCommandComplete(): void {}

  handleReadyForQuery(): void {}
}
