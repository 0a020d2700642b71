import "server-only";
import { createVideoWithReading, deleteVideo, updateVideo } from "@/lib/data/videos";
import { deleteReading, recordReading, updateReading } from "@/lib/data/readings";
import { ConflictError, ValidationError } from "@/lib/errors";
import {
  CONFIRM_INTERACTIONS_FIELD,
  fieldErrorsFrom,
  formValues,
  INTERACTIONS_EXCEED_VIEWS_QUESTION,
} from "@/lib/validation/form-state";
import { SNAPSHOT_FIELDS, readingSchema, type ReadingInput } from "@/lib/validation/reading";
import { interactionsExceedViews } from "@/lib/domain/engagement";
import { editVideoSchema, newVideoSchema, VIDEO_FIELDS } from "@/lib/validation/video";
import { formText, invalidInput, NOTHING_SAVED, refused, type ActionOutcome, type ActionUser } from "./helpers";

// The work behind the video and reading forms, for a creator already known (see ./helpers.ts).
// Not a server action module on purpose: nothing here is callable from a browser.

/**
 * The server's half of the confirmation step (no JavaScript needed): a reading with more
 * interactions than views is saved only when the form carries the confirmation; otherwise
 * nothing is saved and the form asks, with everything typed kept.
 */
function unconfirmedImpossibleReading(
  formData: FormData,
  reading: ReadingInput,
  values: Record<string, string>,
): ActionOutcome | null {
  if (!interactionsExceedViews(reading) || formText(formData, CONFIRM_INTERACTIONS_FIELD) === "1") return null;
  return { ok: false, state: { values, message: INTERACTIONS_EXCEED_VIEWS_QUESTION, needsConfirmation: "interactions-exceed-views" } };
}

/** Adding a video with its first reading. */
export async function handleCreateVideo(user: ActionUser, formData: FormData, now = new Date()): Promise<ActionOutcome> {
  const values = formValues(formData, [...VIDEO_FIELDS, ...SNAPSHOT_FIELDS]);
  const parsed = newVideoSchema({ timeZone: user.timeZone, now }).safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const ask = unconfirmedImpossibleReading(formData, parsed.data.reading, values);
  if (ask) return ask;
  try {
    const { id } = await createVideoWithReading(user.id, parsed.data);
    return { ok: true, revalidate: ["/videos", "/dashboard"], redirectTo: `/videos/${id}` };
  } catch (e) {
    if (e instanceof ValidationError) return refused(e, values);
    throw e;
  }
}

/** Saving an edit made from the version the form was opened at. */
export async function handleUpdateVideo(user: ActionUser, formData: FormData, now = new Date()): Promise<ActionOutcome> {
  const id = formText(formData, "id");
  const values = formValues(formData, [...VIDEO_FIELDS, "version"]);
  const parsed = editVideoSchema({ timeZone: user.timeZone, now }).safeParse(values);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error);
    const message = fieldErrors.version?.[0] ?? NOTHING_SAVED;
    return { ok: false, state: { fieldErrors, values, message } };
  }
  try {
    await updateVideo(user.id, id, parsed.data.version, parsed.data.video);
    return { ok: true, revalidate: ["/videos", `/videos/${id}`, "/dashboard"], redirectTo: `/videos/${id}` };
  } catch (e) {
    if (e instanceof ValidationError) return refused(e, values);
    if (e instanceof ConflictError) {
      return {
        ok: false,
        state: {
          values,
          message:
            "This video was changed since you opened it (in another tab or window), so your changes were not saved. " +
            "Your text is still here: copy what you need, then reload the page to see the latest version.",
          conflict: true,
        },
      };
    }
    throw e;
  }
}

export async function handleDeleteVideo(user: ActionUser, formData: FormData): Promise<ActionOutcome> {
  await deleteVideo(user.id, formText(formData, "id"));
  return { ok: true, revalidate: ["/videos", "/dashboard"], redirectTo: "/videos?deleted=1" };
}

/** Recording new stats: stays on the video page, whose form then starts from this reading. */
export async function handleRecordReading(user: ActionUser, formData: FormData, now = new Date()): Promise<ActionOutcome> {
  const videoId = formText(formData, "videoId");
  const values = formValues(formData, SNAPSHOT_FIELDS);
  const parsed = readingSchema({ timeZone: user.timeZone, now }).safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const ask = unconfirmedImpossibleReading(formData, parsed.data, values);
  if (ask) return ask;
  try {
    await recordReading(user.id, videoId, parsed.data);
  } catch (e) {
    if (e instanceof ValidationError) return refused(e, values);
    throw e;
  }
  return {
    ok: true,
    revalidate: ["/videos", `/videos/${videoId}`, "/dashboard"],
    state: { ok: true, message: "Reading saved." },
  };
}

/** Correcting one reading. */
export async function handleUpdateReading(user: ActionUser, formData: FormData, now = new Date()): Promise<ActionOutcome> {
  const readingId = formText(formData, "readingId");
  const values = formValues(formData, SNAPSHOT_FIELDS);
  const parsed = readingSchema({ timeZone: user.timeZone, now }).safeParse(values);
  if (!parsed.success) return invalidInput(parsed.error, values);
  const ask = unconfirmedImpossibleReading(formData, parsed.data, values);
  if (ask) return ask;
  try {
    const r = await updateReading(user.id, readingId, parsed.data);
    return { ok: true, revalidate: ["/videos", `/videos/${r.videoId}`, "/dashboard"], redirectTo: `/videos/${r.videoId}` };
  } catch (e) {
    if (e instanceof ValidationError) return refused(e, values);
    throw e;
  }
}

export async function handleDeleteReading(user: ActionUser, formData: FormData): Promise<ActionOutcome> {
  const { videoId } = await deleteReading(user.id, formText(formData, "readingId"));
  return { ok: true, revalidate: ["/videos", `/videos/${videoId}`, "/dashboard"], state: { ok: true, message: "Reading deleted." } };
}
