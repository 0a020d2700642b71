"use client";
import { useActionState } from "react";
import { createIncomeEntryAction, updateIncomeEntryAction } from "@/lib/actions/income";
import type { FormState } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField, type SelectOption } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { errorClass, hintClass, inputClass, TextField } from "@/components/forms/text-field";

export type IncomeEntryValues = {
  receivedOn: string;
  stream: string;
  amount: string;
  currency: string;
  /** For a payment in another currency: what the bank credited in the account's currency. */
  credited: string;
  isRefund: boolean;
  videoId: string;
  note: string;
};

type Props = {
  /** Editing an entry (its id), or adding one. */
  entryId?: string;
  initial: IncomeEntryValues;
  today: string;
  timeZone: string;
  streams: SelectOption[];
  currencies: string[];
  videos: SelectOption[];
  /** Every figure is counted in it. */
  accountCurrency: string;
};

/** One form for adding and editing a ledger entry. */
export function IncomeEntryForm({ entryId, initial, today, timeZone, streams, currencies, videos, accountCurrency }: Props) {
  const [state, formAction] = useActionState(entryId ? updateIncomeEntryAction : createIncomeEntryAction, {} as FormState);
  // React resets the form after each submit: a refused save puts the typed values back.
  const typed = state.ok ? undefined : state.values;
  const v = {
    receivedOn: typed?.receivedOn ?? initial.receivedOn,
    stream: typed?.stream ?? initial.stream,
    amount: typed?.amount ?? initial.amount,
    currency: typed?.currency ?? initial.currency,
    credited: typed?.credited ?? initial.credited,
    isRefund: typed ? typed.isRefund === "on" : initial.isRefund,
    videoId: typed?.videoId ?? initial.videoId,
    note: typed?.note ?? initial.note,
  };
  const errors = state.ok ? undefined : state.fieldErrors;
  const refundError = errors?.isRefund?.[0];
  return (
    // Re-mounted when a refused save sends the typed values back: a select's default only
    // applies when it mounts, so a chosen currency would otherwise fall back to the account's.
    <form action={formAction} noValidate className="space-y-4" key={typed ? JSON.stringify(typed) : "initial"}>
      {entryId ? <input type="hidden" name="id" value={entryId} /> : null}
      <FormMessage tone={state.ok ? "success" : "error"}>{state.message}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="receivedOn"
          label="Date received"
          type="date"
          required
          max={today}
          defaultValue={v.receivedOn}
          error={errors?.receivedOn?.[0]}
          hint={`A day in your time zone (${timeZone}); not in the future.`}
        />
        <SelectField name="stream" label="Stream" options={streams} defaultValue={v.stream} error={errors?.stream?.[0]} />
        <TextField
          name="amount"
          label="Amount"
          inputMode="decimal"
          autoComplete="off"
          required
          defaultValue={v.amount}
          error={errors?.amount?.[0]}
          hint="Like 1,234.50: a dot for decimals, at most the currency's decimal places."
        />
        <SelectField
          name="currency"
          label="Currency"
          options={currencies.map((c) => ({ value: c, label: c }))}
          defaultValue={v.currency}
          error={errors?.currency?.[0]}
          hint={`The currency you were paid in. Your figures are in ${accountCurrency}.`}
        />
        <TextField
          name="credited"
          label={`Amount credited in ${accountCurrency}`}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={v.credited}
          error={errors?.credited?.[0]}
          hint={`Only for a payment in another currency: what arrived in your account in ${accountCurrency}. That amount is compared with the estimate. Leave empty when paid in ${accountCurrency}.`}
          className="sm:col-span-2"
        />
        <div className="sm:col-span-2">
          <div className="flex items-start gap-2">
            <input
              id="isRefund"
              name="isRefund"
              type="checkbox"
              defaultChecked={v.isRefund}
              aria-describedby={["isRefund-hint", refundError ? "isRefund-error" : ""].filter(Boolean).join(" ")}
              className="mt-1 h-4 w-4"
            />
            <label htmlFor="isRefund" className="text-sm font-medium">
              Refund or clawback (money paid back)
            </label>
          </div>
          <p id="isRefund-hint" className={hintClass}>
            A refund is stored as a negative amount whichever sign you type; a negative amount needs this box.
          </p>
          {refundError ? (
            <p id="isRefund-error" className={errorClass}>
              {refundError}
            </p>
          ) : null}
        </div>
        <SelectField
          name="videoId"
          label="Video (optional)"
          options={[{ value: "", label: "No particular video" }, ...videos]}
          defaultValue={v.videoId}
          error={errors?.videoId?.[0]}
        />
        <div>
          <label htmlFor="note" className="block text-sm font-medium">
            Note (optional)
          </label>
          <textarea
            id="note"
            name="note"
            rows={2}
            maxLength={1000}
            defaultValue={v.note}
            aria-invalid={errors?.note ? true : undefined}
            aria-describedby={errors?.note ? "note-error" : undefined}
            className={inputClass}
          />
          {errors?.note ? (
            <p id="note-error" className={errorClass}>
              {errors.note[0]}
            </p>
          ) : null}
        </div>
      </div>
      <SubmitButton pendingLabel="Saving…">{entryId ? "Save entry" : "Add entry"}</SubmitButton>
    </form>
  );
}
