// A goal as the creator sets it: followers, views per month or ER, with an optional date.
// One goal per kind; setting a kind again replaces its target.
import { z } from "zod";
import { localDateString } from "@/lib/domain/time";
import { formTextSchema, parseCount, parseDecimal } from "./count";
import { isRealDate, type ZonedContext } from "./datetime";

export const GOAL_KINDS = ["followers", "monthly_views", "engagement_rate"] as const;
export type GoalKindName = (typeof GOAL_KINDS)[number];
export const GOAL_FIELDS = ["kind", "target", "targetDate"] as const;

export type GoalInput = {
  kind: GoalKindName;
  /** Decimal text: a whole count, or an ER in percent with up to 2 decimals ("7.5"). */
  target: string;
  /** "2026-12-31" or null. */
  targetDate: string | null;
};

export function goalSchema(ctx: ZonedContext) {
  return z
    .object({
      kind: formTextSchema.pipe(z.enum(GOAL_KINDS, { error: "Choose what the goal is about." })),
      target: formTextSchema,
      targetDate: formTextSchema.transform((t, issue): string | null => {
        const d = t.trim();
        if (d === "") return null;
        if (!isRealDate(d)) {
          issue.addIssue({ code: "custom", message: "Target date must be a date like 2026-12-31." });
          return z.NEVER;
        }
        if (d <= localDateString(ctx.now, ctx.timeZone)) {
          issue.addIssue({ code: "custom", message: "Target date must be after today." });
          return z.NEVER;
        }
        return d;
      }),
    })
    .transform((v, issue): GoalInput => {
      if (v.kind === "engagement_rate") {
        const r = parseDecimal(v.target, "Target ER", { min: 0.01, max: 100, scale: 2, unit: "%" });
        if (!r.ok) {
          issue.addIssue({ code: "custom", path: ["target"], message: r.error });
          return z.NEVER;
        }
        return { kind: v.kind, target: r.value, targetDate: v.targetDate };
      }
      const label = v.kind === "followers" ? "Target followers" : "Target views per month";
      const r = parseCount(v.target, label);
      if (!r.ok) {
        issue.addIssue({ code: "custom", path: ["target"], message: r.error });
        return z.NEVER;
      }
      if (r.value < 1n) {
        issue.addIssue({ code: "custom", path: ["target"], message: `${label} must be at least 1.` });
        return z.NEVER;
      }
      return { kind: v.kind, target: r.value.toString(), targetDate: v.targetDate };
    });
}
