"use server";
import { requireUser } from "@/lib/auth";
import type { FormState } from "@/lib/validation/form-state";
import { handleCreateIncomeEntry, handleDeleteIncomeEntry, handleUpdateIncomeEntry } from "./income-handlers";
import { formDataOf, runFormHandler } from "./outcome";

// Ledger writes: session → handler (validate, scoped write) → revalidate.

export async function createIncomeEntryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleCreateIncomeEntry(user, formDataOf(formData)));
}

export async function updateIncomeEntryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleUpdateIncomeEntry(user, formDataOf(formData)));
}

export async function deleteIncomeEntryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleDeleteIncomeEntry(user, formDataOf(formData)));
}
