"use client";
import "./register";
import { Bar } from "react-chartjs-2";
import type { ChartData, ChartOptions } from "chart.js";
import type { TierHistoryProps } from "@/lib/domain/dashboard-view";
import { TIER_LABELS, TIERS, tierRank } from "@/lib/domain/tier";
import { ChartFrame, chartColours, usePrefersDark, BASE_CHART_OPTIONS, periodAxis } from "./chart-frame";

// Bars as tall as the tier (Below average 1 … Excellent 4) with the tier names on the axis:
// the tier of each period reads from the height and the word, the colour only repeats it.
const LABEL_BY_HEIGHT = new Map(TIERS.map((t) => [tierRank(t) + 1, TIER_LABELS[t]]));

/** The tier of each period, readable at a glance. */
export function TierHistoryChart({ points, summary, bucketNoun }: TierHistoryProps) {
  const colours = chartColours(usePrefersDark());

  const data: ChartData<"bar", (number | null)[], string> = {
    labels: points.map((p) => p.label),
    datasets: [
      {
        label: "Tier",
        data: points.map((p) => (p.rank === null ? null : p.rank + 1)),
        backgroundColor: points.map((p) => (p.tier ? colours.tier[p.tier] : "transparent")),
        borderRadius: 3,
        maxBarThickness: 36,
      },
    ],
  };

  const options: ChartOptions<"bar"> = {
    ...BASE_CHART_OPTIONS,
    scales: {
      x: periodAxis(colours, { grid: false }),
      y: {
        min: 0,
        max: 4,
        grid: { color: colours.grid },
        ticks: { stepSize: 1, color: colours.text, callback: (v) => LABEL_BY_HEIGHT.get(Number(v)) ?? "" },
      },
    },
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          title: (items) => points[items[0]?.dataIndex ?? -1]?.longLabel ?? "",
          label: (item) => {
            const p = points[item.dataIndex];
            return p ? `${p.tierLabel} · ER ${p.rateText}` : "";
          },
        },
      },
    },
  };

  return (
    <ChartFrame
      title="Tier history"
      summary={summary}
      notes={[
        `${TIER_LABELS.excellent} from 10 %, ${TIER_LABELS.good} from 5 %, ${TIER_LABELS.average} from 3 %. A ${bucketNoun} without a bar had no views.`,
      ]}
      table={{
        caption: `Tier per ${bucketNoun}`,
        columns: [{ label: "Period" }, { label: "Tier" }, { label: "ER", numeric: true }],
        rows: points.map((p) => ({ key: p.longLabel, cells: [p.longLabel, p.tierLabel, p.rateText] })),
      }}
    >
      <Bar data={data} options={options} />
    </ChartFrame>
  );
}
