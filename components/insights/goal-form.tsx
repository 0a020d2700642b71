"use client";
import { useActionState } from "react";
import { setGoalAction } from "@/lib/actions/goals";
import type { FormState } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

/** Set a goal (one per kind: setting a kind again replaces its target). */
export function GoalForm({ tomorrow }: { tomorrow: string }) {
  const [state, formAction] = useActionState(setGoalAction, {} as FormState);
  const values = state.ok ? undefined : state.values;
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage tone={state.ok ? "success" : "error"}>{state.message}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          name="kind"
          label="Goal"
          defaultValue={values?.kind ?? "followers"}
          error={errors?.kind?.[0]}
          options={[
            { value: "followers", label: "Followers" },
            { value: "monthly_views", label: "Views per month" },
            { value: "engagement_rate", label: "Engagement rate (ER, %)" },
          ]}
        />
        <TextField
          name="target"
          label="Target"
          inputMode="decimal"
          autoComplete="off"
          required
          defaultValue={values?.target ?? ""}
          error={errors?.target?.[0]}
          hint="A count like 10,000, or an ER like 7.5."
        />
        <TextField
          name="targetDate"
          label="Target date (optional)"
          type="date"
          min={tomorrow}
          defaultValue={values?.targetDate ?? ""}
          error={errors?.targetDate?.[0]}
        />
      </div>
      <SubmitButton pendingLabel="Saving…">Set goal</SubmitButton>
    </form>
  );
}
