"use client";
import { useActionState, useState } from "react";
import type { FormState } from "@/lib/validation/form-state";

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
  const pad = size === "sm" ? "px-2 py-1 text-sm" : "px-4 py-2";
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className={`rounded-md border border-red-300 font-medium text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950 ${pad}`}
      >
        {label}
        {srContext ? <span className="sr-only"> {srContext}</span> : null}
      </button>
    );
  }
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2" role="group" aria-label={label}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <span className="text-sm text-slate-700 dark:text-slate-200">{question}</span>
      <button
        type="submit"
        // The confirmation takes focus so Enter or Space finishes what the first click started.
        autoFocus
        disabled={pending}
        className={`rounded-md bg-red-700 font-semibold text-white hover:bg-red-800 disabled:cursor-wait disabled:opacity-70 ${pad}`}
      >
        {pending ? "Deleting…" : confirmLabel}
      </button>
      <button
        type="button"
        onClick={() => setConfirming(false)}
        disabled={pending}
        className={`rounded-md border border-slate-300 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800 ${pad}`}
      >
        Cancel
      </button>
      {state.message && !state.ok ? (
        <span role="alert" className="text-sm text-red-700 dark:text-red-300">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
