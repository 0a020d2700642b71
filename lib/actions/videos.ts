"use server";
import { requireUser } from "@/lib/auth";
import type { FormState } from "@/lib/validation/form-state";
import { formDataOf, runFormHandler } from "./outcome";
import {
  handleCreateVideo,
  handleDeleteSnapshot,
  handleDeleteVideo,
  handleRecordSnapshot,
  handleUpdateSnapshot,
  handleUpdateVideo,
} from "./video-handlers";

// Video and reading writes: session → the handler (validate, scoped write) → revalidate →
// redirect, or field messages with the typed values for useActionState.

export async function createVideoAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleCreateVideo(user, formDataOf(formData)));
}

export async function updateVideoAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleUpdateVideo(user, formDataOf(formData)));
}

export async function deleteVideoAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleDeleteVideo(user, formDataOf(formData)));
}

export async function recordSnapshotAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleRecordSnapshot(user, formDataOf(formData)));
}

export async function updateSnapshotAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleUpdateSnapshot(user, formDataOf(formData)));
}

export async function deleteSnapshotAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormHandler(() => handleDeleteSnapshot(user, formDataOf(formData)));
}
