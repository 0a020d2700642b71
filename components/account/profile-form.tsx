"use client";
import { useActionState } from "react";
import { saveProfile } from "@/lib/actions/account";
import type { FormState } from "@/lib/validation/form-state";
import { CurrencyField } from "./currency-field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField, type SelectOption } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

export type ProfileValues = { displayName: string; timeZone: string; currency: string };

/** Display name, time zone and currency. */
export function ProfileForm({
  initial,
  timeZones,
  currencies,
}: {
  initial: ProfileValues;
  timeZones: SelectOption[];
  currencies: SelectOption[];
}) {
  const [state, formAction] = useActionState(saveProfile, {} as FormState);
  const values = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  // Re-mount the inputs when the server sends values back, so they show what was saved or typed.
  const formKey = JSON.stringify(state.values ?? initial);
  return (
    <form action={formAction} noValidate className="space-y-5" key={formKey}>
      <FormMessage tone={state.ok ? "success" : "error"}>{state.message}</FormMessage>
      <TextField
        name="displayName"
        label="Display name"
        autoComplete="nickname"
        required
        defaultValue={values.displayName}
        error={errors.displayName?.[0]}
      />
      <SelectField
        name="timeZone"
        label="Time zone"
        options={withCurrent(timeZones, values.timeZone)}
        defaultValue={values.timeZone}
        error={errors.timeZone?.[0]}
        hint="Days and weeks in your charts start at midnight here."
      />
      <CurrencyField
        current={initial.currency}
        value={values.currency}
        options={withCurrent(currencies, values.currency)}
        error={errors.currency?.[0]}
        rateError={errors.exchangeRate?.[0]}
        rateValue={state.ok ? undefined : state.values?.exchangeRate}
      />
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}

/** Keeps a value that is not in the list (an old alias, or what was just refused) selectable. */
function withCurrent(options: SelectOption[], current: string): SelectOption[] {
  if (!current || options.some((o) => o.value === current)) return options;
  return [{ value: current, label: current }, ...options];
}
