"use server";
import { handleSaveSavesOption } from "./engagement-option-handlers";
import { creatorAction } from "./outcome";

// The ER options in Settings: session → handler (validate, scoped write) → revalidate.

export const saveSavesOptionAction = creatorAction(handleSaveSavesOption);
