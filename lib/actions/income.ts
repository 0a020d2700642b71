"use server";
import { handleCreateIncomeEntry, handleDeleteIncomeEntry, handleUpdateIncomeEntry } from "./income-handlers";
import { creatorAction } from "./outcome";

// Ledger writes: session → handler (validate, scoped write) → revalidate.

export const createIncomeEntryAction = creatorAction(handleCreateIncomeEntry);
export const updateIncomeEntryAction = creatorAction(handleUpdateIncomeEntry);
export const deleteIncomeEntryAction = creatorAction(handleDeleteIncomeEntry);
