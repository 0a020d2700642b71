import "server-only";
import { saveIncludeSaves } from "@/lib/data/earnings-settings";
import { savesOptionSchema, SAVES_OPTION_FIELDS } from "@/lib/validation/engagement-options";
import { formValues } from "@/lib/validation/form-state";
import { invalidInput, type ActionOutcome, type ActionUser } from "./helpers";

// "Count saves as interactions": every screen that shows an ER or interactions reads it.
const SCREENS_WITH_ER = ["/settings", "/dashboard", "/videos", "/followers", "/insights", "/earnings"];

export async function handleSaveSavesOption(user: ActionUser, formData: FormData): Promise<ActionOutcome> {
  const values = formValues(formData, SAVES_OPTION_FIELDS);
  const parsed = savesOptionSchema.safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  await saveIncludeSaves(user.id, parsed.data.includeSaves);
  return {
    ok: true,
    revalidate: SCREENS_WITH_ER,
    state: {
      ok: true,
      message: parsed.data.includeSaves
        ? "Saves now count as interactions: every ER is shown as “ER incl. saves”."
        : "Saves no longer count as interactions.",
    },
  };
}
