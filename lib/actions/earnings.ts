"use server";
import { handleSaveEarningsSettings, handleUseEffectiveRate } from "./earnings-handlers";
import { creatorAction } from "./outcome";

// Earnings-model writes: session → handler (validate, scoped write) → revalidate.

export const saveEarningsSettingsAction = creatorAction(handleSaveEarningsSettings);
export const applyEffectiveRateAction = creatorAction(handleUseEffectiveRate);
