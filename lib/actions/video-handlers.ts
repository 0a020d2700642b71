import "server-only";
import { createVideoWithReading, deleteVideo, updateVideo } from "@/lib/data/videos";
import { deleteSnapshot, recordSnapshot, updateSnapshot } from "@/lib/data/snapshots";
import { ConflictError, ValidationError } from "@/lib/errors";
import {
  CONFIRM_INTERACTIONS_FIELD,
  fieldErrorsFrom,
  formValues,
  INTERACTIONS_EXCEED_VIEWS_QUESTION,
  type FormState,
} from "@/lib/validation/form-state";
import { SNAPSHOT_FIELDS, snapshotSchema, type SnapshotInput } from "@/lib/validation/snapshot";
import { interactionsExceedViews } from "@/lib/domain/engagement";
import { editVideoSchema, newVideoSchema, VIDEO_FIELDS } from "@/lib/validation/video";

// The work behind the video and reading forms, for a creator already known: validate the
// FormData, call the scoped data layer, and say what to revalidate and where to go. The
// "use server" actions in ./videos.ts add the session and carry the outcome out; keeping
// this part free of Next's request APIs lets the integration tests (the cross-creator matrix)
// run it directly. Not a server action module on purpose: nothing here is callable from a browser.

export type ActionUser = { id: string; timeZone: string };

export type ActionOutcome =
  /** Nothing saved: show these messages and the typed values. */
  | { ok: false; state: FormState }
  /** Saved: revalidate these paths, then go to redirectTo or show state. */
  | { ok: true; revalidate: string[]; redirectTo?: string; state?: FormState };

export const NOTHING_SAVED = "Some fields need attention. Nothing was saved.";

/**
 * The server's half of the confirmation step (no JavaScript needed): a reading with more
 * interactions than views is saved only when the form carries the confirmation; otherwise
 * nothing is saved and the form asks, with everything typed kept.
 */
function unconfirmedImpossibleReading(
  formData: FormData,
  reading: SnapshotInput,
  values: Record<string, string>,
): ActionOutcome | null {
  if (!interactionsExceedViews(reading) || text(formData, CONFIRM_INTERACTIONS_FIELD) === "1") return null;
  return { ok: false, state: { values, message: INTERACTIONS_EXCEED_VIEWS_QUESTION, needsConfirmation: "interactions-exceed-views" } };
}

function text(formData: FormData, name: string): string {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
}

function refused(e: ValidationError, values: Record<string, string>): ActionOutcome {
  // A refusal that names no field (an import is being saved) says its own sentence.
  const message = Object.keys(e.fieldErrors).length > 0 ? NOTHING_SAVED : e.message;
  return { ok: false, state: { fieldErrors: e.fieldErrors, values, message } };
}

/** Adding a video with its first reading. */
export async function handleCreateVideo(user: ActionUser, formData: FormData, now = new Date()): Promise<ActionOutcome> {
  const values = formValues(formData, [...VIDEO_FIELDS, ...SNAPSHOT_FIELDS]);
  const parsed = newVideoSchema({ timeZone: user.timeZone, now }).safeParse(values);
  if (!parsed.success) return { ok: false, state: { fieldErrors: fieldErrorsFrom(parsed.error), values, message: NOTHING_SAVED } };
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
  const id = text(formData, "id");
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
  await deleteVideo(user.id, text(formData, "id"));
  return { ok: true, revalidate: ["/videos", "/dashboard"], redirectTo: "/videos?deleted=1" };
}

/** Recording new stats: stays on the video page, whose form then starts from this reading. */
export async function handleRecordSnapshot(user: ActionUser, formData: FormData, now = new Date()): Promise<ActionOutcome> {
  const videoId = text(formData, "videoId");
  const values = formValues(formData, SNAPSHOT_FIELDS);
  const parsed = snapshotSchema({ timeZone: user.timeZone, now }).safeParse(values);
  if (!parsed.success) return { ok: false, state: { fieldErrors: fieldErrorsFrom(parsed.error), values, message: NOTHING_SAVED } };
  const ask = unconfirmedImpossibleReading(formData, parsed.data, values);
  if (ask) return ask;
  try {
    await recordSnapshot(user.id, videoId, parsed.data);
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
export async function handleUpdateSnapshot(user: ActionUser, formData: FormData, now = new Date()): Promise<ActionOutcome> {
  const snapshotId = text(formData, "snapshotId");
  const values = formValues(formData, SNAPSHOT_FIELDS);
  const parsed = snapshotSchema({ timeZone: user.timeZone, now }).safeParse(values);
  if (!parsed.success) return { ok: false, state: { fieldErrors: fieldErrorsFrom(parsed.error), values, message: NOTHING_SAVED } };
  const ask = unconfirmedImpossibleReading(formData, parsed.data, values);
  if (ask) return ask;
  try {
    const r = await updateSnapshot(user.id, snapshotId, parsed.data);
    return { ok: true, revalidate: ["/videos", `/videos/${r.videoId}`, "/dashboard"], redirectTo: `/videos/${r.videoId}` };
  } catch (e) {
    if (e instanceof ValidationError) return refused(e, values);
    throw e;
  }
}

export async function handleDeleteSnapshot(user: ActionUser, formData: FormData): Promise<ActionOutcome> {
  const { videoId } = await deleteSnapshot(user.id, text(formData, "snapshotId"));
  return { ok: true, revalidate: ["/videos", `/videos/${videoId}`, "/dashboard"], state: { ok: true, message: "Reading deleted." } };
}
