"use client";
import { useState } from "react";
import { DEFAULT_RATES_AS_OF, DEFAULT_RATES_SOURCE, defaultExchangeRate } from "@/lib/domain/currency-rates";
import { SelectField, type SelectOption } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";

/**
 * The account's currency, and when it changes, the rate it is converted at: "1 USD = x NOK",
 * prefilled from the shipped defaults (with their date and source) and editable. The rate is
 * used once, to convert the earnings model and the ledger's credited amounts, and recorded.
 */
export function CurrencyField({
  current,
  value,
  options,
  error,
  rateError,
  rateValue,
}: {
  /** The account's currency now (what the figures are in). */
  current: string;
  /** The selected one (what was typed back after a refused save). */
  value: string;
  options: SelectOption[];
  error?: string;
  rateError?: string;
  rateValue?: string;
}) {
  const [selected, setSelected] = useState(value);
  const [rate, setRate] = useState(() => rateValue || (defaultExchangeRate(current, value) ?? ""));
  const changing = selected !== current;
  const fallback = defaultExchangeRate(current, selected);
  return (
    <div className="space-y-4" onChange={(e) => {
      // The select is SelectField's (uncontrolled): its change bubbles here.
      const t = e.target;
      if (!(t instanceof HTMLSelectElement) || t.name !== "currency") return;
      setSelected(t.value);
      setRate(defaultExchangeRate(current, t.value) ?? "");
    }}>
      <SelectField
        name="currency"
        label="Currency"
        options={options}
        defaultValue={value}
        error={error}
        hint="Every amount is shown and counted in this currency: estimates, the earnings model, the ledger and exports."
      />
      {changing ? (
        <TextField
          key={selected}
          name="exchangeRate"
          label={`1 ${current} = how many ${selected}`}
          inputMode="decimal"
          autoComplete="off"
          required
          value={rate}
          onChange={(e) => setRate(e.target.value)}
          error={rateError}
          hint={
            fallback
              ? `Your earnings model and recorded credits are converted once at this rate, and the rate is kept. Prefilled with a default of ${DEFAULT_RATES_AS_OF} (${DEFAULT_RATES_SOURCE}).`
              : `Your earnings model and recorded credits are converted once at this rate, and the rate is kept. Tierline has no default rate for ${selected}: enter your bank's.`
          }
        />
      ) : null}
    </div>
  );
}
