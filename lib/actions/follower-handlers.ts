import "server-only";
import { deleteFollowerSnapshot, recordFollowers } from "@/lib/data/followers";
import { fieldErrorsFrom, formValues } from "@/lib/validation/form-state";
import { FOLLOWER_FIELDS, followerSchema } from "@/lib/validation/follower";
import { NOTHING_SAVED, type ActionOutcome, type ActionUser } from "./video-handlers";

// The work behind the follower form, for a creator already known (see video-handlers.ts).

export async function handleRecordFollowers(user: ActionUser, formData: FormData, now = new Date()): Promise<ActionOutcome> {
  const values = formValues(formData, FOLLOWER_FIELDS);
  const parsed = followerSchema({ timeZone: user.timeZone, now }).safeParse(values);
  if (!parsed.success) return { ok: false, state: { fieldErrors: fieldErrorsFrom(parsed.error), values, message: NOTHING_SAVED } };
  const { created } = await recordFollowers(user.id, parsed.data);
  return {
    ok: true,
    revalidate: ["/followers", "/dashboard"],
    state: {
      ok: true,
      message: created ? `Saved the follower count for ${parsed.data.date}.` : `Replaced the follower count for ${parsed.data.date}.`,
    },
  };
}

export async function handleDeleteFollowerSnapshot(user: ActionUser, formData: FormData): Promise<ActionOutcome> {
  const id = formData.get("id");
  await deleteFollowerSnapshot(user.id, typeof id === "string" ? id : "");
  return { ok: true, revalidate: ["/followers", "/dashboard"], state: { ok: true, message: "Follower count deleted." } };
}
