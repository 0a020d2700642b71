"use client";
import { useActionState, useEffect } from "react";
import { recordReadingAction, updateReadingAction } from "@/lib/actions/videos";
import type { FormState } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { InteractionsConfirm } from "./interactions-confirm";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

export type ReadingFormValues = Partial<
  Record<"capturedAt" | "views" | "likes" | "comments" | "shares" | "saves" | "avgWatchTimeSeconds" | "completionRate", string>
>;

type Errors = FormState["fieldErrors"];

const first = (errors: Errors, name: string) => errors?.[name]?.[0];

/**
 * The inputs of one stats reading. Counts are text inputs (inputMode numeric) so "12,345" and
 * "12 345" reach the server, which explains anything it refuses at the field.
 */
export function ReadingFields({
  values,
  errors,
  idPrefix = "",
  timeZone,
  maxDateTime,
  capturedAtHint = "Leave empty for now.",
}: {
  values: ReadingFormValues;
  errors: Errors;
  idPrefix?: string;
  timeZone: string;
  maxDateTime?: string;
  capturedAtHint?: string;
}) {
  const count = (name: keyof ReadingFormValues, label: string, required: boolean, hint?: string) => (
    <TextField
      key={name}
      idPrefix={idPrefix}
      name={name}
      label={required ? label : `${label} (optional)`}
      inputMode="numeric"
      autoComplete="off"
      required={required}
      defaultValue={values[name] ?? ""}
      error={first(errors, name)}
      hint={hint}
    />
  );
  return (
    <div className="space-y-4">
      <TextField
        idPrefix={idPrefix}
        name="capturedAt"
        label="Captured at"
        type="datetime-local"
        step={1}
        max={maxDateTime}
        defaultValue={values.capturedAt ?? ""}
        error={first(errors, "capturedAt")}
        hint={`${capturedAtHint} Your time zone: ${timeZone}.`}
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {count("views", "Views", true)}
        {count("likes", "Likes", true)}
        {count("comments", "Comments", true)}
        {count("shares", "Shares", true)}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {count("saves", "Saves", false)}
        <TextField
          idPrefix={idPrefix}
          name="avgWatchTimeSeconds"
          label="Average watch time, seconds (optional)"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={values.avgWatchTimeSeconds ?? ""}
          error={first(errors, "avgWatchTimeSeconds")}
        />
        <TextField
          idPrefix={idPrefix}
          name="completionRate"
          label="Completion rate, % (optional)"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={values.completionRate ?? ""}
          error={first(errors, "completionRate")}
        />
      </div>
    </div>
  );
}

type ReadingFormProps = {
  timeZone: string;
  maxDateTime?: string;
  /** Where the form starts: the last reading when recording, the reading itself when editing. */
  initial: ReadingFormValues;
} & ({ mode: "record"; videoId: string } | { mode: "edit"; readingId: string });

/** Record a new reading for a video, or correct one. */
export function ReadingForm(props: ReadingFormProps) {
  const action = props.mode === "record" ? recordReadingAction : updateReadingAction;
  const [state, formAction] = useActionState(action, {} as FormState);
  // After a successful save the page re-renders with the new reading as the starting point.
  const values = state.ok ? props.initial : (state.values ?? props.initial);
  const idPrefix = props.mode === "record" ? "record-" : "reading-";
  // Arriving from the list's "Record stats" link: put the cursor in Views, ready to type.
  useEffect(() => {
    if (props.mode === "record" && window.location.hash === "#record-stats") {
      const views = document.getElementById("record-views");
      if (views instanceof HTMLInputElement) {
        views.focus();
        views.select();
      }
    }
  }, [props.mode]);
  return (
    <form action={formAction} noValidate className="space-y-4">
      {props.mode === "record" ? (
        <input type="hidden" name="videoId" value={props.videoId} />
      ) : (
        <input type="hidden" name="readingId" value={props.readingId} />
      )}
      <FormMessage id={`${idPrefix}form-message`} tone={state.ok ? "success" : "error"}>
        {state.message}
      </FormMessage>
      <ReadingFields
        values={values}
        errors={state.ok ? undefined : state.fieldErrors}
        idPrefix={idPrefix}
        timeZone={props.timeZone}
        maxDateTime={props.maxDateTime}
        capturedAtHint={props.mode === "record" ? "Leave empty for now." : "When these numbers were read."}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">{props.mode === "record" ? "Save reading" : "Save changes"}</SubmitButton>
        <InteractionsConfirm state={state} messageId={`${idPrefix}form-message`} />
      </div>
    </form>
  );
}
