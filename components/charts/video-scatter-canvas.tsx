"use client";
import { formatRate, numberFormat } from "@/lib/domain/format";
import "./register";
import { useRouter } from "next/navigation";
import { Scatter } from "react-chartjs-2";
import type { ChartData, ChartOptions, Plugin } from "chart.js";
import type { VideoScatterPoint, VideoScatterProps } from "@/lib/domain/dashboard-view/video-scatter";
import { TIER_LABELS, TIERS } from "@/lib/domain/tier";
import { chartColours, TIER_POINT_STYLE, usePrefersDark, type ChartColours, BASE_CHART_OPTIONS } from "./chart-theme";

export type VideoScatterCanvasProps = Pick<VideoScatterProps, "points" | "locale" | "threshold">;

type Datum = { x: number; y: number; video: VideoScatterPoint };

/** The ER line brands look for, labelled on the chart. */
function thresholdLinePlugin(threshold: number, colours: ChartColours): Plugin<"scatter"> {
  return {
    id: "erThreshold",
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const y = scales.y;
      if (!y || !chartArea || threshold > y.max || threshold < y.min) return;
      const py = y.getPixelForValue(threshold);
      ctx.save();
      ctx.strokeStyle = colours.tier.good;
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(chartArea.left, py);
      ctx.lineTo(chartArea.right, py);
      ctx.stroke();
      ctx.fillStyle = colours.text;
      ctx.font = "11px ui-sans-serif, system-ui, sans-serif";
      ctx.textAlign = "right";
      ctx.textBaseline = "bottom";
      ctx.fillText(`${threshold} % ER`, chartArea.right - 4, py - 2);
      ctx.restore();
    },
  };
}

/** The canvas of the scatter: every video as a point, views (log scale) against ER, with the 5 % line; a point opens its video. */
export function VideoScatterCanvas({ points, locale, threshold }: VideoScatterCanvasProps) {
  const dark = usePrefersDark();
  const colours = chartColours(dark);
  const router = useRouter();
  const compact = numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });

  const data: ChartData<"scatter", Datum[]> = {
    datasets: TIERS.map((tier) => ({
      label: TIER_LABELS[tier],
      data: points.filter((p) => p.tier === tier).map((p) => ({ x: p.views, y: p.rate, video: p })),
      backgroundColor: colours.tier[tier],
      borderColor: colours.tier[tier],
      pointStyle: TIER_POINT_STYLE[tier],
      pointRadius: 5,
      pointHoverRadius: 7,
    })),
  };

  const options: ChartOptions<"scatter"> = {
    ...BASE_CHART_OPTIONS,
    scales: {
      x: {
        type: "logarithmic",
        title: { display: true, text: "Views of each video (log scale)", color: colours.text },
        grid: { color: colours.grid },
        ticks: {
          color: colours.text,
          // Label the powers of ten only; the rest of a log axis is noise.
          callback: (v) => {
            const n = Number(v);
            return Number.isInteger(Math.log10(n)) ? compact.format(n) : "";
          },
        },
      },
      y: {
        beginAtZero: true,
        suggestedMax: Math.max(threshold * 3, 12),
        title: { display: true, text: "ER", color: colours.text },
        grid: { color: colours.grid },
        ticks: { color: colours.text, callback: (v) => formatRate(Number(v), locale) },
      },
    },
    onClick: (_event, elements, chart) => {
      const el = elements[0];
      if (!el) return;
      const datum = chart.data.datasets[el.datasetIndex]?.data[el.index] as Datum | undefined;
      if (datum) router.push(`/videos/${datum.video.id}`);
    },
    onHover: (event, elements) => {
      const target = event.native?.target as HTMLElement | undefined;
      if (target) target.style.cursor = elements.length ? "pointer" : "default";
    },
    plugins: {
      legend: { labels: { color: colours.text, usePointStyle: true } },
      tooltip: {
        callbacks: {
          title: (items) => (items[0]?.raw as Datum | undefined)?.video.title ?? "",
          label: (item) => {
            const v = (item.raw as Datum).video;
            return `${v.viewsText} views · ER ${v.rateText} (${v.tierLabel})`;
          },
        },
      },
    },
  };

  return (
    /* react-chartjs-2 reads plugins only when it creates the chart: a new one per colour scheme. */
    <Scatter key={dark ? "dark" : "light"} data={data} options={options} plugins={[thresholdLinePlugin(threshold, colours)]} />
  );
}
