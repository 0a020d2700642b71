import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { defaultEarningsSettingsIn, getEarningsSettingsRecord } from "@/lib/data/earnings-settings";
import { calibrationMonths, getMonthlyComparison, listIncomeEntries, listLedgerVideoOptions } from "@/lib/data/income";
import { describeEffectiveRate, effectiveRate } from "@/lib/domain/calibration";
import { DEFAULT_EARNINGS_SETTINGS, EARNINGS_SETTING_SOURCES, formatRatePer1000, type EarningsSettings } from "@/lib/domain/earnings";
import { buildEarningsComparisonView, STREAM_LABELS } from "@/lib/domain/earnings-comparison-view";
import { formatCount, formatMoney } from "@/lib/domain/format";
import { bucketLongLabel } from "@/lib/domain/trend-shaping";
import { localDateString } from "@/lib/domain/time";
import { earningsSettingsFormValues, maxRateMillicents } from "@/lib/validation/earnings";
import { INCOME_STREAM_LABELS, INCOME_STREAMS } from "@/lib/validation/income";
import { currencyOptions } from "@/lib/validation/settings";
import { EstimateVsActualChart } from "@/components/charts/estimate-vs-actual-chart";
import { ComparisonTable } from "@/components/earnings/comparison-table";
import { EarningsSettingsForm, type SettingsFieldView } from "@/components/earnings/earnings-settings-form";
import { EffectiveRateCard } from "@/components/earnings/effective-rate-card";
import { IncomeEntryForm } from "@/components/earnings/income-entry-form";
import { IncomeLedgerTable } from "@/components/earnings/income-ledger-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportButton } from "@/components/reports/export-button";
import { PageSection } from "@/components/ui/page-section";

export const metadata: Metadata = { title: "Earnings" };

// The published defaults are in US dollars; an account in another currency sees them converted
// (the figure its model started from) beside the USD original the sources quote.
const usd = { currency: "USD", locale: "en-US" };

function settingsFields(s: EarningsSettings, currency: string, locale: string): SettingsFieldView[] {
  const v = earningsSettingsFormValues(s, currency);
  const d = DEFAULT_EARNINGS_SETTINGS;
  const dc = defaultEarningsSettingsIn(currency);
  const display = { currency, locale };
  const src = EARNINGS_SETTING_SOURCES;
  const converted = (inCurrency: string, inUsd: string) => (currency === "USD" ? `Default ${inUsd}.` : `Default ${inCurrency} (${inUsd} converted).`);
  return [
    { name: "fundRate", label: "Creator Fund rate", unit: `${currency} per 1,000 views`, value: v.fundRate, inputMode: "decimal",
      defaultText: converted(formatRatePer1000(dc.fundRateMillicentsPer1000, display), formatRatePer1000(d.fundRateMillicentsPer1000, usd)), source: src.fundRateMillicentsPer1000 },
    { name: "rewardsRate", label: "Creator Rewards rate", unit: `${currency} per 1,000 views`, value: v.rewardsRate, inputMode: "decimal",
      defaultText: converted(formatRatePer1000(dc.rewardsRateMillicentsPer1000, display), formatRatePer1000(d.rewardsRateMillicentsPer1000, usd)), source: src.rewardsRateMillicentsPer1000 },
    { name: "rewardsMinDurationSeconds", label: "Creator Rewards minimum length", unit: "seconds", value: v.rewardsMinDurationSeconds,
      inputMode: "numeric", defaultText: `Default ${d.rewardsMinDurationSeconds} s.`, source: src.rewardsMinDurationSeconds },
    { name: "rewardsMinViews", label: "Creator Rewards minimum views", unit: "views", value: v.rewardsMinViews, inputMode: "numeric",
      defaultText: `Default ${formatCount(d.rewardsMinViews, "en-US")}.`, source: src.rewardsMinViews },
    { name: "brandRate", label: "Brand rate", unit: `${currency} per 1,000 followers`, value: v.brandRate, inputMode: "decimal",
      defaultText: converted(formatMoney(BigInt(dc.brandRateCentsPer1000Followers), currency, locale), formatMoney(BigInt(d.brandRateCentsPer1000Followers), "USD", "en-US")), source: src.brandRateCentsPer1000Followers },
    { name: "brandEngagementBonusPercent", label: "Brand bonus for high ER", unit: "%", value: v.brandEngagementBonusPercent,
      inputMode: "numeric", defaultText: `Default ${d.brandEngagementBonusPercent} %.`, source: src.brandEngagementBonusPercent },
    { name: "brandBonusMinRate", label: "ER from which the bonus applies", unit: "%", value: v.brandBonusMinRate, inputMode: "decimal",
      defaultText: `Default ${d.brandBonusMinRate} %.`, source: src.brandBonusMinRate },
    { name: "affiliateCommissionPercent", label: "Affiliate commission", unit: "%", value: v.affiliateCommissionPercent,
      inputMode: "decimal", defaultText: `Default ${d.affiliateCommissionPercent} %.`, source: src.affiliateCommissionPercent },
  ];
}

// The money page: the earnings model, the ledger of what was actually paid, estimate against
// actual per month and stream, and the creator's own rate per 1,000 views.
export default async function EarningsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const sp = await searchParams;
  const { timeZone } = user;
  const [record, entries, videos] = await Promise.all([
    getEarningsSettingsRecord(user.id),
    listIncomeEntries(user.id),
    listLedgerVideoOptions(user.id),
  ]);
  const currency = user.currency;
  const comparison = await getMonthlyComparison(user.id, { timeZone, currency, settings: record.settings });
  const view = buildEarningsComparisonView(comparison.months, { currency, locale: user.locale });
  const rate = effectiveRate(calibrationMonths(comparison));
  const monthLabel = (key: string) => bucketLongLabel(key, "month", user.locale);
  const display = { currency, locale: user.locale };
  const today = localDateString(new Date(), timeZone);
  const s = record.settings;
  const alreadySaved =
    rate.kind === "rate" &&
    s.fundRateMillicentsPer1000 === rate.millicentsPer1000 &&
    s.rewardsRateMillicentsPer1000 === rate.millicentsPer1000;
  const currencies = currencyOptions();

  return (
    <section className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Earnings</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-300">
            What your videos are estimated to earn, what you were actually paid, and how the two compare.
          </p>
        </div>
        <ExportButton report="earnings" searchParams={{ from: comparison.months[0]?.key, to: today }} />
      </div>

      {sp.saved ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800 dark:border-green-800 dark:bg-green-950 dark:text-green-200">
          Entry saved.
        </p>
      ) : null}

      <PageSection id="comparison" title="Estimate against actual" className="space-y-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The last 12 months in your time zone ({timeZone}). The estimate counts the views each video gained in a month from your
          readings at your Creator Fund rate ({formatRatePer1000(s.fundRateMillicentsPer1000, display)}) or, for videos of{" "}
          {s.rewardsMinDurationSeconds} s and more with {formatCount(s.rewardsMinViews, user.locale)} views, your Creator Rewards
          rate ({formatRatePer1000(s.rewardsRateMillicentsPer1000, display)}) per 1,000 views. Paid amounts are your ledger entries
          in {currency} (for a payment in another currency, the amount credited in {currency}) by the date received.
        </p>
        <EstimateVsActualChart {...view} />
        <ComparisonTable view={view} />
        {comparison.otherCurrencies.length ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Not compared (no amount credited in {currency} recorded):{" "}
            {comparison.otherCurrencies
              .map((o) => `${STREAM_LABELS[o.stream]} ${formatMoney(o.cents, o.currency, user.locale)}`)
              .join("; ")}
            .
          </p>
        ) : null}
      </PageSection>

      <EffectiveRateCard
        rateText={rate.kind === "rate" ? formatRatePer1000(rate.millicentsPer1000, display) : null}
        explanation={describeEffectiveRate(rate, display, monthLabel)}
        currentText={`Your model now: Creator Fund ${formatRatePer1000(s.fundRateMillicentsPer1000, display)}, Creator Rewards ${formatRatePer1000(s.rewardsRateMillicentsPer1000, display)} per 1,000 views.`}
        canSave={rate.kind === "rate" && rate.millicentsPer1000 <= maxRateMillicents(currency)}
        alreadySaved={alreadySaved}
      />

      <PageSection id="ledger" title="Income ledger" anchorId="ledger" className="space-y-4">
        <div className="max-w-3xl rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h3 className="mb-3 font-semibold">Record income</h3>
          <IncomeEntryForm
            initial={{ receivedOn: today, stream: "views_payout", amount: "", currency, credited: "", isRefund: false, videoId: "", note: "" }}
            accountCurrency={currency}
            today={today}
            timeZone={timeZone}
            streams={INCOME_STREAMS.map((v) => ({ value: v, label: INCOME_STREAM_LABELS[v] }))}
            currencies={currencies.includes(user.currency) ? currencies : [user.currency, ...currencies]}
            videos={videos.map((v) => ({ value: v.id, label: v.title }))}
          />
        </div>
        {entries.length ? (
          <IncomeLedgerTable rows={entries} locale={user.locale} accountCurrency={currency} />
        ) : (
          <EmptyState title="No income recorded yet">
            <p>
              Record what TikTok, brands and shops actually paid you. Tierline then compares it with the estimate and works out your
              own rate per 1,000 views.
            </p>
          </EmptyState>
        )}
      </PageSection>

      <PageSection id="model" title="Earnings model" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The figures every estimate uses (this page, the <Link href="/dashboard" className="underline">dashboard</Link> and the brand-deal
          estimate), in {currency}. TikTok publishes its rates in US dollars; the defaults are those rates converted to {currency}{" "}
          at the rate recorded when the account&apos;s currency was set (Settings).
        </p>
        <EarningsSettingsForm fields={settingsFields(s, currency, user.locale)} saved={record.saved} />
      </PageSection>
    </section>
  );
}
