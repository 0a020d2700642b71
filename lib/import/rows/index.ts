// A recognised table → rows keyed for the database, one parser per kind of file. Every cell
// that can't be used becomes a problem with its line and column; a row is skipped only when
// what is missing makes it meaningless (a day without a date, a video without a post time).
import type { ImportKind } from "../types";
import { parseContent } from "./content";
import { parseFollowerHistory } from "./follower-history";
import type { KindInput, KindOutput } from "./kind";
import { parseOverview } from "./overview";
import { parseTierlineReadings } from "./tierline-readings";
import { parseTierlineVideos } from "./tierline-videos";

export type { KindInput, KindOutput } from "./kind";
export { ProblemLog } from "./problem-log";

export const PARSERS: Record<ImportKind, (input: KindInput) => Promise<KindOutput>> = {
  content: parseContent,
  overview: parseOverview,
  followerHistory: parseFollowerHistory,
  tierlineVideos: parseTierlineVideos,
  tierlineReadings: parseTierlineReadings,
};
