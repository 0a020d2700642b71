"use client";
import { numberFormat } from "@/lib/domain/format";
import "./register";
import { Line } from "react-chartjs-2";
import type { ChartData, ChartOptions } from "chart.js";
import type { FollowersTrendProps } from "@/lib/domain/dashboard-view/followers-trend";
import { chartColours, usePrefersDark, BASE_CHART_OPTIONS, INDEX_INTERACTION, periodAxis, primarySeries, bucketTooltip } from "./chart-theme";

export type FollowersTrendCanvasProps = Pick<FollowersTrendProps, "points" | "locale">;

/** The canvas of the followers chart: the last count recorded in each period. */
export function FollowersTrendCanvas({ points, locale }: FollowersTrendCanvasProps) {
  const colours = chartColours(usePrefersDark());
  const compact = numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });

  const data: ChartData<"line", (number | null)[], string> = {
    labels: points.map((p) => p.label),
    datasets: [
      {
        label: "Followers",
        data: points.map((p) => p.followers),
        ...primarySeries(colours.line),
        // A period without a count is bridged: followers do not drop to nothing in between.
        spanGaps: true,
      },
    ],
  };

  const options: ChartOptions<"line"> = {
    ...BASE_CHART_OPTIONS,
    interaction: INDEX_INTERACTION,
    scales: {
      x: periodAxis(colours),
      y: {
        grid: { color: colours.grid },
        ticks: { color: colours.text, callback: (v) => compact.format(Number(v)) },
      },
    },
    plugins: {
      legend: { display: false },
      tooltip: bucketTooltip(points, (p) => `${p.followersText} followers (${p.dateText})`),
    },
  };

  return <Line data={data} options={options} />;
}
