"use client";
import { useActionState, useState } from "react";
import type { FormState } from "@/lib/validation/form-state";
import { Button } from "./button";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields naming what to delete (ids). */
  fields: Record<string, string>;
  /** The first button: "Delete video". */
  label: string;
  /** Said before anything is deleted: what goes, and that it can't be undone. */
  question: string;
  /** The button that deletes: "Yes, delete video". */
  confirmLabel: string;
  /** Extra words for screen readers on the first button ("reading of 3 Mar 10:00"). */
  srContext?: string;
  size?: "sm" | "md";
};

/** Delete in two steps: the first click asks, the second deletes. Works with the keyboard alone. */
export function ConfirmDelete({ action, fields, label, question, confirmLabel, srContext, size = "md" }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useActionState(action, {});
  if (!confirming) {
    return (
      <Button variant="danger-outline" size={size} onClick={() => setConfirming(true)}>
        {label}
        {srContext ? <span className="sr-only"> {srContext}</span> : null}
      </Button>
    );
  }
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2" role="group" aria-label={label}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <span className="text-sm text-slate-700 dark:text-slate-200">{question}</span>
      <Button
        type="submit"
        variant="danger"
        size={size}
        className="disabled:cursor-wait disabled:opacity-70"
        // The confirmation takes focus so Enter or Space finishes what the first click started.
        autoFocus
        disabled={pending}
      >
        {pending ? "Deleting…" : confirmLabel}
      </Button>
      <Button variant="secondary" size={size} onClick={() => setConfirming(false)} disabled={pending}>
        Cancel
      </Button>
      {state.message && !state.ok ? (
        <span role="alert" className="text-sm text-red-700 dark:text-red-300">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
