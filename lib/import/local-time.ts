// Wall-clock readings in the creator's zone → instants, fast enough for 100,000 rows.
// lib/domain/time's zonedLocalToUtc is exact but asks Intl several times per call (~65 µs);
// a day without a clock change has one offset all day, so each date is asked about once and
// only the rare day with a change goes through zonedLocalToUtc for every reading.
import { zonedLocalToUtc } from "@/lib/domain/time";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export class LocalTimeConverter {
  /** Offset (wall − instant, ms) of each date with a single offset; null for a day with a change. */
  private readonly offsets = new Map<string, number | null>();

  constructor(readonly timeZone: string) {}

  private dayOffset(date: string, wallMidnight: number): number | null {
    let offset = this.offsets.get(date);
    if (offset === undefined) {
      const start = wallMidnight - zonedLocalToUtc(`${date}T00:00:00`, this.timeZone).getTime();
      const endWall = wallMidnight + 86_399_000;
      const end = endWall - zonedLocalToUtc(`${date}T23:59:59`, this.timeZone).getTime();
      offset = start === end ? start : null;
      this.offsets.set(date, offset);
    }
    return offset;
  }

  /** The instant of a reading on the creator's wall clock (month 1–12). */
  toInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
    const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    const wallMidnight = Date.UTC(year, month - 1, day);
    const offset = this.dayOffset(date, wallMidnight);
    if (offset === null) {
      return zonedLocalToUtc(`${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`, this.timeZone);
    }
    return new Date(wallMidnight + hour * 3_600_000 + minute * 60_000 + second * 1000 - offset);
  }
}
