import "server-only";
import { setDashboardViewsBasis } from "@/lib/data/dashboard";
import { VIEWS_BASIS_LABELS } from "@/lib/domain/views-basis";
import { fieldErrorsFrom, formValues } from "@/lib/validation/form-state";
import { viewsBasisSchema } from "@/lib/validation/views-basis";
import type { ActionOutcome, ActionUser } from "./helpers";

// The dashboard's own setting, for a creator already known (the "use server" action in
// ./dashboard.ts adds the session): which views the cards lead with.

export async function handleSetViewsBasis(user: Pick<ActionUser, "id">, formData: FormData): Promise<ActionOutcome> {
  const values = formValues(formData, ["viewsBasis"]);
  const parsed = viewsBasisSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, state: { fieldErrors: fieldErrorsFrom(parsed.error), values, message: "Nothing was saved." } };
  }
  await setDashboardViewsBasis(user.id, parsed.data.viewsBasis);
  return {
    ok: true,
    revalidate: ["/dashboard"],
    state: { ok: true, message: `Saved: the cards lead with ${VIEWS_BASIS_LABELS[parsed.data.viewsBasis].views.toLowerCase()}.` },
  };
}
