"use client";
import "./register";
import { Bar } from "react-chartjs-2";
import type { ChartData, ChartOptions } from "chart.js";
import { STREAM_LABELS, STREAMS, type EarningsComparisonView } from "@/lib/domain/earnings-comparison-view";
import { numberFormat } from "@/lib/domain/format";
import { ChartFrame } from "./chart-frame";
import { chartColours, usePrefersDark, BASE_CHART_OPTIONS, INDEX_INTERACTION, periodAxis, longLabelTitle } from "./chart-theme";

/**
 * Per month: the estimated views payout (one bar) beside what was paid (a second bar, stacked
 * by stream, views payouts at the bottom so the comparable parts sit side by side).
 */
export function EstimateVsActualChart({ months, currency, locale, summary }: EarningsComparisonView) {
  const colours = chartColours(usePrefersDark());
  const axisMoney = numberFormat(locale, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 });
  const streamColours: Record<(typeof STREAMS)[number], string> = {
    views_payout: colours.tier.excellent,
    brand_deal: colours.tier.good,
    affiliate: colours.tier.average,
    merchandise: colours.tier.below,
    other: colours.grid,
  };
  const data: ChartData<"bar", number[], string> = {
    labels: months.map((m) => m.label),
    datasets: [
      {
        label: "Estimated views payout",
        data: months.map((m) => m.estimate),
        backgroundColor: colours.line,
        borderColor: colours.line,
        borderWidth: 1,
        stack: "estimate",
        maxBarThickness: 28,
      },
      ...STREAMS.map((s) => ({
        label: `Paid: ${STREAM_LABELS[s].toLowerCase()}`,
        data: months.map((m) => m.actual[s]),
        backgroundColor: streamColours[s],
        borderColor: streamColours[s],
        borderWidth: 1,
        stack: "actual",
        maxBarThickness: 28,
      })),
    ],
  };
  const options: ChartOptions<"bar"> = {
    ...BASE_CHART_OPTIONS,
    interaction: INDEX_INTERACTION,
    scales: {
      x: periodAxis(colours, { stacked: true, grid: false }),
      y: { stacked: true, grid: { color: colours.grid }, ticks: { color: colours.text, callback: (v) => axisMoney.format(Number(v)) } },
    },
    plugins: {
      legend: { labels: { color: colours.text } },
      tooltip: {
        filter: (item) => item.datasetIndex === 0 || Number(item.raw) !== 0,
        callbacks: {
          title: longLabelTitle(months),
          label: (item) => {
            const m = months[item.dataIndex];
            if (!m) return "";
            if (item.datasetIndex === 0) return `Estimated views payout ${m.estimateText}`;
            const s = STREAMS[item.datasetIndex - 1];
            return s ? `Paid: ${STREAM_LABELS[s].toLowerCase()} ${m.actualText[s]}` : "";
          },
        },
      },
    },
  };
  return (
    <ChartFrame<Record<string, string>>
      title="Estimate against actual, per month"
      summary={summary}
      heightClass="h-72"
      table={{
        caption: "Estimated views payout and what was paid, per month and stream",
        columns: [
          { label: "Month", field: "longLabel" },
          { label: "Estimated views payout", numeric: true, field: "estimateText" },
          ...STREAMS.map((s) => ({ label: `Paid: ${STREAM_LABELS[s].toLowerCase()}`, numeric: true, field: `paid:${s}` })),
        ],
        rows: months.map((m): Record<string, string> => ({
          key: m.key,
          longLabel: m.longLabel,
          estimateText: m.estimateText,
          ...Object.fromEntries(STREAMS.map((s) => [`paid:${s}`, m.actualText[s]])),
        })),
        rowKey: "key",
      }}
    >
      <Bar data={data} options={options} />
    </ChartFrame>
  );
}
