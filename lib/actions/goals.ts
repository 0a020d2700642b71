"use server";
import { requireUser } from "@/lib/auth";
import type { FormState } from "@/lib/validation/form-state";
import { handleDeleteGoal, handleSetGoal } from "./goal-handlers";
import { formDataOf, runFormHandler } from "./outcome";

// Goal writes: session → handler (validate, scoped write) → revalidate.

export async function setGoalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleSetGoal(user, formDataOf(formData)));
}

export async function deleteGoalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleDeleteGoal(user, formDataOf(formData)));
}
