"use client";
import { numberFormat } from "@/lib/domain/format";
import "./register";
import { Chart } from "react-chartjs-2";
import type { ChartData, ChartOptions } from "chart.js";
import type { AccountDailyChartDay } from "@/lib/data/daily-account-stats";
import { chartColours, usePrefersDark, BASE_CHART_OPTIONS, INDEX_INTERACTION, periodAxis, secondarySeries } from "./chart-theme";
import { dayLabel, longDayLabel } from "./account-daily-labels";

export type AccountDailyCanvasProps = {
  days: AccountDailyChartDay[];
  locale: string;
  /** The day whose figures are still partial (today), marked in the tooltip; null when none is. */
  partial: string | null;
};

/** The canvas of the account's day-by-day figures: views as bars, followers as a line. */
export function AccountDailyCanvas({ days, locale, partial }: AccountDailyCanvasProps) {
  const colours = chartColours(usePrefersDark());
  const compact = numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const short = (date: string) => dayLabel(date, locale, { day: "numeric", month: "short" });
  const long = (date: string) => longDayLabel(date, locale);

  const data: ChartData<"bar" | "line", (number | null)[], string> = {
    labels: days.map((d) => short(d.date)),
    datasets: [
      {
        type: "bar",
        label: "Video views",
        data: days.map((d) => d.videoViews),
        backgroundColor: colours.line,
        borderColor: colours.line,
        yAxisID: "views",
        order: 2,
      },
      {
        type: "line",
        label: "Profile views",
        data: days.map((d) => d.profileViews),
        ...secondarySeries(colours.secondary),
        pointRadius: 2,
        yAxisID: "views",
        spanGaps: true,
        order: 1,
      },
      {
        type: "line",
        label: "Followers",
        data: days.map((d) => d.followers),
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
          title: (items) => {
            const d = days[items[0]?.dataIndex ?? -1];
            return d ? `${long(d.date)}${d.date === partial ? " (partial day)" : ""}` : "";
          },
        },
      },
    },
  };

  return <Chart type="bar" data={data} options={options} />;
}
