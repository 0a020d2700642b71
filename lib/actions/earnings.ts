"use server";
import { requireUser } from "@/lib/auth";
import type { FormState } from "@/lib/validation/form-state";
import { handleSaveEarningsSettings, handleUseEffectiveRate } from "./earnings-handlers";
import { formDataOf, runFormHandler } from "./outcome";

// Earnings-model writes: session → handler (validate, scoped write) → revalidate.

export async function saveEarningsSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleSaveEarningsSettings(user, formDataOf(formData)));
}

export async function applyEffectiveRateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleUseEffectiveRate(user, formDataOf(formData)));
}
