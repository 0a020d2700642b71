"use server";
import { handleDeleteGoal, handleSetGoal } from "./goal-handlers";
import { creatorAction } from "./outcome";

// Goal writes: session → handler (validate, scoped write) → revalidate.

export const setGoalAction = creatorAction(handleSetGoal);
export const deleteGoalAction = creatorAction(handleDeleteGoal);
