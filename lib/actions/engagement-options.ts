"use server";
import { requireUser } from "@/lib/auth";
import type { FormState } from "@/lib/validation/form-state";
import { handleSaveSavesOption } from "./engagement-option-handlers";
import { runFormHandler } from "./outcome";

// The ER options in Settings: session → handler (validate, scoped write) → revalidate.

export async function saveSavesOptionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleSaveSavesOption(user, formData));
}
