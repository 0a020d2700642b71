import { z } from "zod";

// The saves option's form: a checkbox sends "on" when ticked and nothing when not; any other
// value is refused rather than guessed.
export const SAVES_OPTION_FIELDS = ["includeSaves"] as const;

export const savesOptionSchema = z.object({
  includeSaves: z
    .enum(["on"], { message: "Tick the box or leave it empty." })
    .optional()
    .transform((v) => v === "on"),
});
