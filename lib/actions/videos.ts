"use server";
import {
  handleCreateVideo,
  handleDeleteReading,
  handleDeleteVideo,
  handleRecordReading,
  handleUpdateReading,
  handleUpdateVideo,
} from "./video-handlers";
import { creatorAction } from "./outcome";

// Video and reading writes: session → the handler (validate, scoped write) → revalidate →
// redirect, or field messages with the typed values for useActionState.

export const createVideoAction = creatorAction(handleCreateVideo);
export const updateVideoAction = creatorAction(handleUpdateVideo);
export const deleteVideoAction = creatorAction(handleDeleteVideo);
export const recordReadingAction = creatorAction(handleRecordReading);
export const updateReadingAction = creatorAction(handleUpdateReading);
export const deleteReadingAction = creatorAction(handleDeleteReading);
