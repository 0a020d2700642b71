import { ReportAbortedError } from "@/lib/errors";
import type { ReportRequest } from "./params";

/** What a report needs to know about the creator (CurrentUser has it). */
export type ReportUser = { id: string; timeZone: string; currency: string; locale: string };

/** The instants a report covers, [from, to), and the same as the creator's calendar dates (both inclusive). */
export type ReportPeriod = { from: Date; to: Date; firstDate: string; lastDate: string };

export type ReportContext = {
  user: ReportUser;
  /** The creator's zone, or UTC when Intl does not know theirs (as the dashboard does). */
  timeZone: string;
  request: ReportRequest;
  now: Date;
  /** Aborted when the download is abandoned: the report stops its database work. */
  signal: AbortSignal;
};

/** A report's file, piece by piece: the first piece is the BOM and header (plus, when cheap, the first rows). */
export type ReportChunks = AsyncGenerator<string | Buffer, void, undefined>;

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new ReportAbortedError();
}
