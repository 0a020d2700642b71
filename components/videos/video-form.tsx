"use client";
import { useActionState } from "react";
import { createVideoAction, updateVideoAction } from "@/lib/actions/videos";
import type { FormState } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { InteractionsConfirm } from "./interactions-confirm";
import { ReadingFields, type ReadingFormValues } from "./reading-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorClass, hintClass, inputClass, TextField } from "@/components/forms/text-field";

export type VideoFormValues = Partial<
  Record<"title" | "link" | "postedAt" | "durationSeconds" | "hashtags" | "sound" | "notes", string>
> &
  ReadingFormValues;

type VideoFormProps = {
  timeZone: string;
  /** "Now" in the creator's zone, for the date pickers' upper bound. */
  maxDateTime?: string;
  initial: VideoFormValues;
} & ({ mode: "create" } | { mode: "edit"; videoId: string; version: number });

/**
 * One form for adding a video (with its first stats reading) and for editing it. An edit
 * carries the version it was opened at; if the video changed meanwhile the save is refused
 * and everything typed stays in the form.
 */
export function VideoForm(props: VideoFormProps) {
  const [state, formAction] = useActionState(props.mode === "create" ? createVideoAction : updateVideoAction, {} as FormState);
  const values: VideoFormValues = state.values ?? props.initial;
  const errors = state.fieldErrors;
  const err = (name: string) => errors?.[name]?.[0];
  const notesError = err("notes");
  return (
    <form action={formAction} noValidate className="space-y-8" aria-describedby="video-form-message">
      {props.mode === "edit" ? (
        <>
          <input type="hidden" name="id" value={props.videoId} />
          <input type="hidden" name="version" value={props.version} />
        </>
      ) : null}
      <FormMessage id="video-form-message" tone="error">
        {state.message ? (
          <>
            {state.message}
            {state.conflict && props.mode === "edit" ? (
              <>
                {" "}
                <a href={`/videos/${props.videoId}/edit`} className="font-semibold underline">
                  Load the latest version
                </a>
              </>
            ) : null}
          </>
        ) : undefined}
      </FormMessage>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Video</legend>
        <TextField name="title" label="Title" required defaultValue={values.title ?? ""} error={err("title")} />
        <TextField
          name="link"
          label="Link (optional)"
          type="url"
          inputMode="url"
          placeholder="https://www.tiktok.com/@you/video/7234567890123456789"
          defaultValue={values.link ?? ""}
          error={err("link")}
          hint="A TikTok link is recognised; any other link is fine too."
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="postedAt"
            label="Posted at"
            type="datetime-local"
            required
            max={props.maxDateTime}
            defaultValue={values.postedAt ?? ""}
            error={err("postedAt")}
            hint={`Date and time in your time zone (${props.timeZone}).`}
          />
          <TextField
            name="durationSeconds"
            label="Duration, seconds (optional)"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.durationSeconds ?? ""}
            error={err("durationSeconds")}
          />
        </div>
        <TextField
          name="hashtags"
          label="Hashtags (optional)"
          autoComplete="off"
          placeholder="#dance #fyp"
          defaultValue={values.hashtags ?? ""}
          error={err("hashtags")}
          hint="Separate with spaces or commas. #Dance and dance are the same hashtag."
        />
        <TextField name="sound" label="Sound (optional)" defaultValue={values.sound ?? ""} error={err("sound")} />
        <div>
          <label htmlFor="notes" className="block text-sm font-medium">
            Notes (optional)
          </label>
          <textarea
            id="notes"
            name="notes"
            rows={3}
            defaultValue={values.notes ?? ""}
            aria-invalid={notesError ? true : undefined}
            aria-describedby={notesError ? "notes-error notes-hint" : "notes-hint"}
            className={inputClass}
          />
          {notesError ? (
            <p id="notes-error" className={errorClass}>
              {notesError}
            </p>
          ) : null}
          <p id="notes-hint" className={hintClass}>
            The hook, what you tried, anything you want to compare later.
          </p>
        </div>
      </fieldset>

      {props.mode === "create" ? (
        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">First stats reading</legend>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            The numbers as TikTok shows them now. You can record new readings as the video grows.
          </p>
          <ReadingFields values={values} errors={errors} timeZone={props.timeZone} maxDateTime={props.maxDateTime} />
        </fieldset>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">{props.mode === "create" ? "Add video" : "Save changes"}</SubmitButton>
        <InteractionsConfirm state={state} messageId="video-form-message" />
      </div>
    </form>
  );
}
