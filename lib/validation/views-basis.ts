// The dashboard's "Lead with" choice (lib/domain/views-basis.ts), as the form sends it.
import { z } from "zod";
import { VIEWS_BASES } from "@/lib/domain/views-basis";

export const viewsBasisSchema = z.object({
  viewsBasis: z.enum(VIEWS_BASES, { error: "Choose which views the dashboard leads with." }),
});
