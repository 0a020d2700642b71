"use client";
import { numberFormat } from "@/lib/domain/format";
import "./register";
import { useMemo } from "react";
import { Bar } from "react-chartjs-2";
import type { ChartData, ChartOptions } from "chart.js";
import type { EarningsTrendProps } from "@/lib/domain/dashboard-view/earnings-trend";
import type { ActualEarningsProps } from "@/lib/domain/dashboard-view/actual-income";
import { chartColours, usePrefersDark, BASE_CHART_OPTIONS, INDEX_INTERACTION, periodAxis, longLabelTitle } from "./chart-theme";

export type EarningsTrendCanvasProps = Pick<EarningsTrendProps, "points" | "currency" | "locale"> & {
  actual: Pick<ActualEarningsProps, "viewsPayout" | "viewsPayoutText"> | null;
};

/** Diagonal hatching, so the Fund part of a bar differs from Rewards by more than colour. */
function hatch(colour: string): CanvasPattern | string {
  if (typeof document === "undefined") return colour;
  const c = document.createElement("canvas");
  c.width = 8;
  c.height = 8;
  const ctx = c.getContext("2d");
  if (!ctx) return colour;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  return ctx.createPattern(c, "repeat") ?? colour;
}

/**
 * The canvas of the earnings chart: estimated earnings per period, stacked by stream (Creator
 * Rewards, Creator Fund), with the views payouts actually received as a second bar when given.
 */
export function EarningsTrendCanvas({ points, currency, locale, actual }: EarningsTrendCanvasProps) {
  const colours = chartColours(usePrefersDark());
  const fundFill = useMemo(() => hatch(colours.secondary), [colours.secondary]);
  const axisMoney = numberFormat(locale, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 });

  const data: ChartData<"bar", number[], string> = {
    labels: points.map((p) => p.label),
    datasets: [
      {
        label: "Creator Rewards",
        data: points.map((p) => p.rewards),
        backgroundColor: colours.line,
        borderColor: colours.line,
        borderWidth: 1,
        stack: "views",
        maxBarThickness: 36,
      },
      {
        label: "Creator Fund",
        data: points.map((p) => p.fund),
        backgroundColor: fundFill,
        borderColor: colours.secondary,
        borderWidth: 1,
        stack: "views",
        maxBarThickness: 36,
      },
      ...(actual
        ? [
            {
              label: "Paid: views payouts",
              data: actual.viewsPayout,
              backgroundColor: colours.tier.excellent,
              borderColor: colours.tier.excellent,
              borderWidth: 1,
              stack: "actual",
              maxBarThickness: 36,
            },
          ]
        : []),
    ],
  };

  const options: ChartOptions<"bar"> = {
    ...BASE_CHART_OPTIONS,
    interaction: INDEX_INTERACTION,
    scales: {
      x: periodAxis(colours, { stacked: true, grid: false }),
      y: {
        stacked: true,
        beginAtZero: true,
        grid: { color: colours.grid },
        ticks: { color: colours.text, callback: (v) => axisMoney.format(Number(v)) },
      },
    },
    plugins: {
      legend: { labels: { color: colours.text } },
      tooltip: {
        callbacks: {
          title: longLabelTitle(points),
          label: (item) => {
            const p = points[item.dataIndex];
            if (!p) return "";
            if (item.datasetIndex === 2) return `Paid: views payouts ${actual?.viewsPayoutText[item.dataIndex] ?? ""}`;
            return item.datasetIndex === 0 ? `Creator Rewards ${p.rewardsText}` : `Creator Fund ${p.fundText}`;
          },
          footer: (items) => {
            const p = points[items[0]?.dataIndex ?? -1];
            return p ? `Estimated total ${p.totalText}` : "";
          },
        },
      },
    },
  };

  return <Bar data={data} options={options} />;
}
