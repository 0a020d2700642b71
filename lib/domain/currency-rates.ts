// Default exchange rates offered when a creator changes the account's currency. They are only
// a starting value: the settings form shows "1 USD = x NOK" prefilled from here, the creator
// can type their bank's rate, and the rate actually used is recorded with the change
// (currency_conversions). Not live rates: this machine has no market data feed.

/** When and where the defaults come from (shown beside the field). */
export const DEFAULT_RATES_AS_OF = "2026-12-01";
export const DEFAULT_RATES_SOURCE =
  "approximate mid-market rates, rounded to 3–4 significant figures; check the rate your bank or TikTok used";

/** Units of each currency per 1 USD. */
export const DEFAULT_USD_RATES: Readonly<Record<string, string>> = {
  USD: "1",
  EUR: "0.86",
  GBP: "0.76",
  NOK: "10.15",
  SEK: "9.45",
  DKK: "6.42",
  CHF: "0.80",
  PLN: "3.65",
  CAD: "1.39",
  AUD: "1.52",
  NZD: "1.74",
  JPY: "155.0",
  KRW: "1465",
  CNY: "7.07",
  INR: "89.5",
  IDR: "16650",
  PHP: "58.8",
  THB: "32.2",
  VND: "26350",
  MYR: "4.13",
  SGD: "1.30",
  BRL: "5.33",
  MXN: "18.3",
  ZAR: "17.2",
  TRY: "42.5",
  AED: "3.6725",
  SAR: "3.75",
  KWD: "0.307",
  NGN: "1445",
};

/** The default "1 from = x to", as text with at most 6 significant decimals; null when a currency is not in the table. */
export function defaultExchangeRate(from: string, to: string): string | null {
  if (from === to) return "1";
  const a = DEFAULT_USD_RATES[from];
  const b = DEFAULT_USD_RATES[to];
  if (a === undefined || b === undefined) return null;
  const r = Number(b) / Number(a);
  // Six significant digits, written out (never "1.8e-5"), so the form and parseExchangeRate take it.
  const places = Math.min(10, Math.max(0, 5 - Math.floor(Math.log10(r))));
  const text = r.toFixed(places);
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}
