import "server-only";
import { deleteFollowerCount, recordFollowers } from "@/lib/data/followers";
import { formValues } from "@/lib/validation/form-state";
import { FOLLOWER_FIELDS, followerSchema } from "@/lib/validation/follower";
import { formText, invalidInput, type ActionOutcome, type ActionUser } from "./helpers";

// The work behind the follower form, for a creator already known (see ./helpers.ts).

export async function handleRecordFollowers(user: ActionUser, formData: FormData, now = new Date()): Promise<ActionOutcome> {
  const values = formValues(formData, FOLLOWER_FIELDS);
  const parsed = followerSchema({ timeZone: user.timeZone, now }).safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
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

export async function handleDeleteFollowerCount(user: ActionUser, formData: FormData): Promise<ActionOutcome> {
  await deleteFollowerCount(user.id, formText(formData, "id"));
  return { ok: true, revalidate: ["/followers", "/dashboard"], state: { ok: true, message: "Follower count deleted." } };
}
