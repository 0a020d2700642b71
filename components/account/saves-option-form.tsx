"use client";
import { useActionState } from "react";
import { saveSavesOptionAction } from "@/lib/actions/engagement-options";
import type { FormState } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

/** "Count saves as interactions": off by default; when on, every ER is shown as "ER incl. saves". */
export function SavesOptionForm({ includeSaves }: { includeSaves: boolean }) {
  const [state, formAction] = useActionState(saveSavesOptionAction, {} as FormState);
  const checked = state.values ? state.values.includeSaves === "on" : includeSaves;
  const error = state.ok ? undefined : state.fieldErrors?.includeSaves?.[0];
  return (
    <form action={formAction} noValidate className="space-y-4" key={String(checked)}>
      <FormMessage tone={state.ok ? "success" : "error"}>{state.message}</FormMessage>
      <div className="flex items-start gap-3">
        <input
          id="includeSaves"
          name="includeSaves"
          type="checkbox"
          defaultChecked={checked}
          aria-describedby={error ? "includeSaves-hint includeSaves-error" : "includeSaves-hint"}
          aria-invalid={error ? true : undefined}
          className="mt-1 size-4 rounded border-slate-400 accent-brand-600"
        />
        <div>
          <label htmlFor="includeSaves" className="font-medium">
            Count saves as interactions
          </label>
          <p id="includeSaves-hint" className="text-sm text-slate-600 dark:text-slate-400">
            Off: ER = (likes + comments + shares) ÷ views, as TikTok Studio and most tools count it. On: saves are added to
            the interactions of every ER, on every screen and in every export, which then read “ER incl. saves”. Readings
            without a saves count add nothing.
          </p>
          {error ? (
            <p id="includeSaves-error" className="text-sm text-red-700 dark:text-red-300">
              {error}
            </p>
          ) : null}
        </div>
      </div>
      <SubmitButton pendingLabel="Saving…">Save ER option</SubmitButton>
    </form>
  );
}
