"use server";
import { requireUser } from "@/lib/auth";
import type { FormState } from "@/lib/validation/form-state";
import { handleDeleteFollowerSnapshot, handleRecordFollowers } from "./follower-handlers";
import { formDataOf, runFormHandler } from "./outcome";

// Follower count writes: session → handler (validate, scoped write) → revalidate.

export async function recordFollowersAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleRecordFollowers(user, formDataOf(formData)));
}

export async function deleteFollowerSnapshotAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleDeleteFollowerSnapshot(user, formDataOf(formData)));
}
