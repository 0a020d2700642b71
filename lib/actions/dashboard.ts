"use server";
import { handleSetViewsBasis } from "./dashboard-handlers";
import { creatorAction } from "./outcome";

// Dashboard settings: session → the handler (validate, scoped write) → revalidate.

export const setViewsBasisAction = creatorAction(handleSetViewsBasis);
