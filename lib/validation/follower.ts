// Follower counts as the creator records them: one count per calendar day in their zone.
import { z } from "zod";
import { countSchema } from "./count";
import { pastDateSchema, type ZonedContext } from "./datetime";

export type FollowerInput = {
  /** Calendar date in the creator's zone, "2026-03-31". */
  date: string;
  followers: bigint;
};

export const FOLLOWER_FIELDS = ["date", "followers"] as const;

export function followerSchema(ctx: ZonedContext) {
  return z
    .object({ date: pastDateSchema("Date", ctx), followers: countSchema("Followers") })
    .transform((v): FollowerInput => v);
}
