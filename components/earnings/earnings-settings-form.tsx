"use client";
import { useActionState } from "react";
import { saveEarningsSettingsAction } from "@/lib/actions/earnings";
import type { FormState } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

export type SettingsFieldView = {
  name: string;
  label: string;
  /** The saved value as the field shows it. */
  value: string;
  /** "Default $0.04 per 1,000 views." */
  defaultText: string;
  /** Where the default comes from (DOMAIN.md). */
  source: string;
  unit?: string;
  inputMode: "decimal" | "numeric";
};

/** The earnings model: every figure with its default and where that default comes from. */
export function EarningsSettingsForm({ fields, saved }: { fields: SettingsFieldView[]; saved: boolean }) {
  const [state, formAction] = useActionState(saveEarningsSettingsAction, {} as FormState);
  const values = state.ok ? undefined : state.values;
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage tone={state.ok ? "success" : "error"}>{state.message}</FormMessage>
      {!saved ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">You are using the defaults. Change any figure and save to use your own.</p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        {fields.map((f) => (
          <TextField
            key={`${f.name}-${f.value}`}
            name={f.name}
            label={f.unit ? `${f.label} (${f.unit})` : f.label}
            inputMode={f.inputMode}
            autoComplete="off"
            defaultValue={values?.[f.name] ?? f.value}
            error={errors?.[f.name]?.[0]}
            hint={
              <>
                <span className="font-medium">{f.defaultText}</span> {f.source}
              </>
            }
          />
        ))}
      </div>
      <SubmitButton pendingLabel="Saving…">Save earnings model</SubmitButton>
    </form>
  );
}
