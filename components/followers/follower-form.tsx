"use client";
import { useActionState } from "react";
import { recordFollowersAction } from "@/lib/actions/followers";
import type { FormState } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

/** Record the account's follower count for a day (a second count for the same day replaces the first). */
export function FollowerForm({ today, timeZone }: { today: string; timeZone: string }) {
  const [state, formAction] = useActionState(recordFollowersAction, {} as FormState);
  const values = state.ok ? { date: today } : (state.values ?? { date: today });
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage tone={state.ok ? "success" : "error"}>{state.message}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="date"
          label="Date"
          type="date"
          required
          max={today}
          defaultValue={values.date ?? today}
          error={errors?.date?.[0]}
          hint={`A day in your time zone (${timeZone}). Recording a day again replaces its count.`}
        />
        <TextField
          name="followers"
          label="Followers"
          inputMode="numeric"
          autoComplete="off"
          required
          defaultValue={values.followers ?? ""}
          error={errors?.followers?.[0]}
        />
      </div>
      <SubmitButton pendingLabel="Saving…">Save follower count</SubmitButton>
    </form>
  );
}
