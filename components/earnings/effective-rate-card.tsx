"use client";
import { useActionState } from "react";
import { applyEffectiveRateAction } from "@/lib/actions/earnings";
import type { FormState } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

type Props = {
  /** "$0.052" or null when there is no rate yet. */
  rateText: string | null;
  /** The sum it rests on, or what is missing. */
  explanation: string;
  /** The current model's rates, for comparison. */
  currentText: string;
  canSave: boolean;
  /** Set when the rate already equals both saved rates. */
  alreadySaved: boolean;
};

/** The creator's own rate per 1,000 views, with the offer to use it in the model. */
export function EffectiveRateCard({ rateText, explanation, currentText, canSave, alreadySaved }: Props) {
  const [state, formAction] = useActionState(applyEffectiveRateAction, {} as FormState);
  return (
    <section aria-labelledby="effective-rate" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="effective-rate" className="text-lg font-semibold">
        Your effective rate
      </h2>
      <p className="text-3xl font-bold tabular" data-testid="effective-rate">
        {rateText ? `${rateText} per 1,000 views` : "—"}
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">{explanation}</p>
      <details className="text-sm text-slate-600 dark:text-slate-400">
        <summary className="cursor-pointer font-medium">How it is worked out</summary>
        <p className="mt-2">
          For each month with a views payout in your ledger (the amount credited in your account’s currency, refunds subtracted), Tierline takes the views your videos
          gained that month: for every video, its latest reading before the month ended minus its latest reading before the
          month began (0 if there was none). The rate is the payouts of those months divided by the views they gained, per
          1,000 views. Months with payouts but no readings, or readings but no payout, are left out. TikTok usually pays a
          month&apos;s views in the following month, so record payouts under the month of the views they pay for.
        </p>
      </details>
      <p className="text-sm text-slate-600 dark:text-slate-400">{currentText}</p>
      {canSave ? (
        <form action={formAction} className="space-y-2">
          <FormMessage tone={state.ok ? "success" : "error"}>{state.message}</FormMessage>
          {alreadySaved ? (
            <p className="text-sm text-green-800 dark:text-green-300">Your model already uses this rate.</p>
          ) : (
            <SubmitButton pendingLabel="Saving…">Use this as my rate</SubmitButton>
          )}
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Saves it as both the Creator Fund and the Creator Rewards rate, so every view is estimated at what you were actually
            paid.
          </p>
        </form>
      ) : (
        <FormMessage tone={state.ok ? "success" : "error"}>{state.message}</FormMessage>
      )}
    </section>
  );
}
