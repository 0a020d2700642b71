"use client";
import { useActionState } from "react";
import { setViewsBasisAction } from "@/lib/actions/dashboard";
import { VIEWS_BASES, VIEWS_BASIS_LABELS, type ViewsBasis } from "@/lib/domain/views-basis";
import type { FormState } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

/** Which views the dashboard's cards lead with: saved per creator, works without JavaScript too. */
export function ViewsBasisForm({ current }: { current: ViewsBasis }) {
  const [state, formAction] = useActionState(setViewsBasisAction, {} as FormState);
  const error = state.fieldErrors?.viewsBasis?.[0];
  return (
    <form action={formAction} className="space-y-2 text-sm">
      <fieldset aria-describedby={error ? "views-basis-error" : undefined}>
        <legend className="font-medium">Cards lead with</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {VIEWS_BASES.map((b) => (
            <label key={b} className="inline-flex items-center gap-2">
              <input type="radio" name="viewsBasis" value={b} defaultChecked={b === current} className="accent-brand-600" />
              {VIEWS_BASIS_LABELS[b].views}
            </label>
          ))}
        </div>
        {error ? (
          <p id="views-basis-error" className="mt-1 text-red-700 dark:text-red-400">
            {error}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pendingLabel="Saving…">Save choice</SubmitButton>
      <FormMessage tone={state.ok ? "success" : "error"}>{state.message}</FormMessage>
    </form>
  );
}
