"use client";
import "./register";
import { Bar } from "react-chartjs-2";
import type { ChartData, ChartOptions } from "chart.js";
import type { TierHistoryProps } from "@/lib/domain/dashboard-view/tier-history";
import { TIER_LABELS, TIERS, tierRank } from "@/lib/domain/tier";
import { chartColours, usePrefersDark, BASE_CHART_OPTIONS, periodAxis, bucketTooltip } from "./chart-theme";

export type TierHistoryCanvasProps = Pick<TierHistoryProps, "points">;

// Bars as tall as the tier (Below average 1 … Excellent 4) with the tier names on the axis:
// the tier of each period reads from the height and the word, the colour only repeats it.
const LABEL_BY_HEIGHT = new Map(TIERS.map((t) => [tierRank(t) + 1, TIER_LABELS[t]]));

/** The canvas of the tier history: the tier of each period, readable at a glance. */
export function TierHistoryCanvas({ points }: TierHistoryCanvasProps) {
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
      tooltip: bucketTooltip(points, (p) => `${p.tierLabel} · ER ${p.rateText}`),
    },
  };

  return <Bar data={data} options={options} />;
}
