import "server-only";
import { getAccountCurrency } from "@/lib/data/currency";
import { createIncomeEntry, deleteIncomeEntry, updateIncomeEntry } from "@/lib/data/income";
import { formValues } from "@/lib/validation/form-state";
import { INCOME_FIELDS, incomeEntrySchema } from "@/lib/validation/income";
import { formText, invalidInput, type ActionOutcome, type ActionUser } from "./helpers";

// The work behind the ledger forms, for a creator already known (see ./helpers.ts). A
// video of another creator (or a deleted one) is a NotFoundError, shown as the 404 page.

const REVALIDATE = ["/earnings", "/dashboard"];

export async function handleCreateIncomeEntry(user: ActionUser, formData: FormData, now = new Date()): Promise<ActionOutcome> {
  const values = formValues(formData, INCOME_FIELDS);
  const parsed = incomeEntrySchema({ timeZone: user.timeZone, now, accountCurrency: await getAccountCurrency(user.id) }).safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  await createIncomeEntry(user.id, parsed.data);
  return { ok: true, revalidate: REVALIDATE, state: { ok: true, message: "Entry added to your ledger." } };
}

export async function handleUpdateIncomeEntry(user: ActionUser, formData: FormData, now = new Date()): Promise<ActionOutcome> {
  const id = formText(formData, "id");
  const values = formValues(formData, INCOME_FIELDS);
  const parsed = incomeEntrySchema({ timeZone: user.timeZone, now, accountCurrency: await getAccountCurrency(user.id) }).safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  await updateIncomeEntry(user.id, id, parsed.data);
  return { ok: true, revalidate: REVALIDATE, redirectTo: "/earnings?saved=1#ledger" };
}

export async function handleDeleteIncomeEntry(user: ActionUser, formData: FormData): Promise<ActionOutcome> {
  await deleteIncomeEntry(user.id, formText(formData, "id"));
  return { ok: true, revalidate: REVALIDATE, state: { ok: true, message: "Entry deleted." } };
}
