import "server-only";
import { deleteGoal, setGoal } from "@/lib/data/goals";
import { fieldErrorsFrom, formValues } from "@/lib/validation/form-state";
import { GOAL_FIELDS, goalSchema } from "@/lib/validation/goal";
import { NOTHING_SAVED, type ActionOutcome, type ActionUser } from "./video-handlers";

// The work behind the goal forms, for a creator already known (see video-handlers.ts).

export async function handleSetGoal(user: ActionUser, formData: FormData, now = new Date()): Promise<ActionOutcome> {
  const values = formValues(formData, GOAL_FIELDS);
  const parsed = goalSchema({ timeZone: user.timeZone, now }).safeParse(values);
  if (!parsed.success) return { ok: false, state: { fieldErrors: fieldErrorsFrom(parsed.error), values, message: NOTHING_SAVED } };
  const { created } = await setGoal(user.id, parsed.data);
  return { ok: true, revalidate: ["/insights"], state: { ok: true, message: created ? "Goal set." : "Goal updated." } };
}

export async function handleDeleteGoal(user: ActionUser, formData: FormData): Promise<ActionOutcome> {
  const id = formData.get("id");
  await deleteGoal(user.id, typeof id === "string" ? id : "");
  return { ok: true, revalidate: ["/insights"], state: { ok: true, message: "Goal removed." } };
}
