import "server-only";
import { deleteGoal, setGoal } from "@/lib/data/goals";
import { formValues } from "@/lib/validation/form-state";
import { GOAL_FIELDS, goalSchema } from "@/lib/validation/goal";
import { formText, invalidInput, type ActionOutcome, type ActionUser } from "./helpers";

// The work behind the goal forms, for a creator already known (see ./helpers.ts).

export async function handleSetGoal(user: ActionUser, formData: FormData, now = new Date()): Promise<ActionOutcome> {
  const values = formValues(formData, GOAL_FIELDS);
  const parsed = goalSchema({ timeZone: user.timeZone, now }).safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const { created } = await setGoal(user.id, parsed.data);
  return { ok: true, revalidate: ["/insights"], state: { ok: true, message: created ? "Goal set." : "Goal updated." } };
}

export async function handleDeleteGoal(user: ActionUser, formData: FormData): Promise<ActionOutcome> {
  await deleteGoal(user.id, formText(formData, "id"));
  return { ok: true, revalidate: ["/insights"], state: { ok: true, message: "Goal removed." } };
}
