"use server";
import {
  handleCreateVideo,
  handleDeleteSnapshot,
  handleDeleteVideo,
  handleRecordSnapshot,
  handleUpdateSnapshot,
  handleUpdateVideo,
} from "./video-handlers";
import { creatorAction } from "./outcome";

// Video and reading writes: session → the handler (validate, scoped write) → revalidate →
// redirect, or field messages with the typed values for useActionState.

export const createVideoAction = creatorAction(handleCreateVideo);
export const updateVideoAction = creatorAction(handleUpdateVideo);
export const deleteVideoAction = creatorAction(handleDeleteVideo);
export const recordSnapshotAction = creatorAction(handleRecordSnapshot);
export const updateSnapshotAction = creatorAction(handleUpdateSnapshot);
export const deleteSnapshotAction = creatorAction(handleDeleteSnapshot);
