"use server";
import { handleDeleteFollowerCount, handleRecordFollowers } from "./follower-handlers";
import { creatorAction } from "./outcome";

// Follower count writes: session → handler (validate, scoped write) → revalidate.

export const recordFollowersAction = creatorAction(handleRecordFollowers);
export const deleteFollowerCountAction = creatorAction(handleDeleteFollowerCount);
