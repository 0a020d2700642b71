"use client";
import "./register";
import { Line } from "react-chartjs-2";
import type { ChartData, ChartOptions, Plugin } from "chart.js";
import type { EngagementTrendProps } from "@/lib/domain/dashboard-view/engagement-trend";
import { formatRate } from "@/lib/domain/format";
import { TIER_LABELS, type Tier } from "@/lib/domain/tier";
import { chartColours, usePrefersDark, type ChartColours, BASE_CHART_OPTIONS, INDEX_INTERACTION, periodAxis, primarySeries, secondarySeries, bucketTooltip } from "./chart-theme";

export type EngagementTrendCanvasProps = Pick<EngagementTrendProps, "points" | "rollingLabel" | "thresholds" | "locale">;

/**
 * Shades the tier bands behind the lines and writes each band's name on it, so the tier of
 * a point reads from its position and a word, not from a colour.
 */
function tierBandsPlugin(thresholds: EngagementTrendProps["thresholds"], colours: ChartColours): Plugin<"line"> {
  const bands: { from: number; to: number; tier: Tier }[] = [
    { from: 0, to: thresholds.average, tier: "below" },
    { from: thresholds.average, to: thresholds.good, tier: "average" },
    { from: thresholds.good, to: thresholds.excellent, tier: "good" },
    { from: thresholds.excellent, to: Number.POSITIVE_INFINITY, tier: "excellent" },
  ];
  return {
    id: "tierBands",
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const y = scales.y;
      if (!y || !chartArea) return;
      ctx.save();
      ctx.font = "11px ui-sans-serif, system-ui, sans-serif";
      ctx.textBaseline = "top";
      for (const b of bands) {
        if (b.from >= y.max) continue;
        const top = Math.max(chartArea.top, y.getPixelForValue(Math.min(b.to, y.max)));
        const bottom = Math.min(chartArea.bottom, y.getPixelForValue(Math.max(b.from, y.min)));
        if (bottom - top < 1) continue;
        ctx.fillStyle = colours.band[b.tier];
        ctx.fillRect(chartArea.left, top, chartArea.right - chartArea.left, bottom - top);
        if (bottom - top >= 14) {
          ctx.fillStyle = colours.text;
          ctx.textAlign = "right";
          ctx.fillText(TIER_LABELS[b.tier], chartArea.right - 4, top + 2);
        }
        if (b.from > 0) {
          ctx.strokeStyle = colours.tier[b.tier];
          ctx.setLineDash([4, 4]);
          ctx.lineWidth = 1;
          ctx.beginPath();
          ctx.moveTo(chartArea.left, bottom);
          ctx.lineTo(chartArea.right, bottom);
          ctx.stroke();
        }
      }
      ctx.restore();
    },
  };
}

/** The canvas of the ER chart: ER per period with the tier bands (3 %, 5 %, 10 %) and the rolling ER. */
export function EngagementTrendCanvas({ points, rollingLabel, thresholds, locale }: EngagementTrendCanvasProps) {
  const dark = usePrefersDark();
  const colours = chartColours(dark);

  const data: ChartData<"line", (number | null)[], string> = {
    labels: points.map((p) => p.label),
    datasets: [
      {
        label: "ER",
        data: points.map((p) => p.rate),
        ...primarySeries(colours.line),
        spanGaps: false,
      },
      {
        label: rollingLabel,
        data: points.map((p) => p.rollingRate),
        ...secondarySeries(colours.secondary),
        pointRadius: 0,
        borderWidth: 2,
        spanGaps: true,
        tension: 0.15,
      },
    ],
  };

  const options: ChartOptions<"line"> = {
    ...BASE_CHART_OPTIONS,
    interaction: INDEX_INTERACTION,
    scales: {
      x: periodAxis(colours),
      y: {
        beginAtZero: true,
        suggestedMax: thresholds.excellent + 2,
        title: { display: true, text: "ER", color: colours.text },
        grid: { color: colours.grid },
        ticks: { color: colours.text, callback: (v) => formatRate(Number(v), locale) },
      },
    },
    plugins: {
      legend: { labels: { color: colours.text, usePointStyle: true } },
      tooltip: bucketTooltip(points, (p, dataset) => (dataset === 0 ? `ER ${p.rateText} (${p.tierLabel}) · ${p.viewsText} views · ${p.videosText} videos` : `${rollingLabel} ${p.rollingText}`)),
    },
  };

  return (
    /* react-chartjs-2 reads plugins only when it creates the chart: a new one per colour scheme. */
    <Line key={dark ? "dark" : "light"} data={data} options={options} plugins={[tierBandsPlugin(thresholds, colours)]} />
  );
}
