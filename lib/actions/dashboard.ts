"use server";
import { requireUser } from "@/lib/auth";
import type { FormState } from "@/lib/validation/form-state";
import { handleSetViewsBasis } from "./dashboard-handlers";
import { runFormHandler } from "./outcome";

// Dashboard settings: session → the handler (validate, scoped write) → revalidate.

export async function setViewsBasisAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleSetViewsBasis(user, formData));
}
