"use client";
import { useFormAction } from "@/components/forms/use-form-action";
import { saveEarningsSettingsAction } from "@/lib/actions/earnings";
import { FormStateMessage } from "@/components/forms/form-message";
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
  const { state, formAction, values, errors } = useFormAction(saveEarningsSettingsAction);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormStateMessage state={state} />
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
