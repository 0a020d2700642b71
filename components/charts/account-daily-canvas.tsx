"use client";
import { numberFormat } from "@/lib/domain/format";
import "./register";
import { Chart } from "react-chartjs-2";
import type { ChartData, ChartOptions } from "chart.js";
import type { AccountDailyChartProps } from "@/lib/domain/dashboard-view/account-daily";
import { chartColours, usePrefersDark, BASE_CHART_OPTIONS, INDEX_INTERACTION, periodAxis, secondarySeries } from "./chart-theme";

export type AccountDailyCanvasProps = Pick<AccountDailyChartProps, "points" | "locale">;

/** The canvas of the account's day-by-day figures: views as bars, followers as a line. */
export function AccountDailyCanvas({ points, locale }: AccountDailyCanvasProps) {
  const colours = chartColours(usePrefersDark());
  const compact = numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });

  const data: ChartData<"bar" | "line", (number | null)[], string> = {
    labels: points.map((p) => p.label),
    datasets: [
      {
        type: "bar",
        label: "Video views",
        data: points.map((p) => p.videoViews),
        backgroundColor: colours.line,
        borderColor: colours.line,
        yAxisID: "views",
        order: 2,
      },
      {
        type: "line",
        label: "Profile views",
        data: points.map((p) => p.profileViews),
        ...secondarySeries(colours.secondary),
        pointRadius: 2,
        yAxisID: "views",
        spanGaps: true,
        order: 1,
      },
      {
        type: "line",
        label: "Followers",
        data: points.map((p) => p.followers),
        borderColor: colours.tier.excellent,
        backgroundColor: colours.tier.excellent,
        pointStyle: "triangle",
        pointRadius: 2,
        yAxisID: "followers",
        spanGaps: true,
        order: 0,
      },
    ],
  };

  const options: ChartOptions<"bar" | "line"> = {
    ...BASE_CHART_OPTIONS,
    interaction: INDEX_INTERACTION,
    scales: {
      x: periodAxis(colours),
      views: {
        type: "linear",
        position: "left",
        beginAtZero: true,
        title: { display: true, text: "Views", color: colours.text },
        grid: { color: colours.grid },
        ticks: { color: colours.text, callback: (v) => compact.format(Number(v)) },
      },
      followers: {
        type: "linear",
        position: "right",
        title: { display: true, text: "Followers", color: colours.text },
        grid: { drawOnChartArea: false },
        ticks: { color: colours.text, callback: (v) => compact.format(Number(v)) },
      },
    },
    plugins: {
      legend: { labels: { color: colours.text, usePointStyle: true } },
      tooltip: {
        callbacks: {
          title: (items) => points[items[0]?.dataIndex ?? -1]?.tooltipTitle ?? "",
        },
      },
    },
  };

  return <Chart type="bar" data={data} options={options} />;
}
