"use client";
import "./register";
import { useId, useState } from "react";
import { Line } from "react-chartjs-2";
import type { ChartData, ChartOptions } from "chart.js";
import { BASE_CHART_OPTIONS, INDEX_INTERACTION, secondarySeries } from "./chart-theme";
import { TableToggleButton } from "./chart-table-toggle";
import { formatRate, numberFormat } from "@/lib/domain/format";
import type { VideoHistory } from "@/lib/domain/video-history";

type Props = VideoHistory & { locale: string };

const VIEWS_COLOUR = "#2f6fed";
const ER_COLOUR = "#d97706";
const GRID = "rgba(148, 163, 184, 0.25)";
const TEXT = "#64748b";

/** Views and ER of one video against time since posting, with a table for those who prefer one. */
export function VideoHistoryChart({ points, unit, summary, locale }: Props) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const compact = numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const unitLabel = unit === "hours" ? "Hours since posting" : "Days since posting";

  const data: ChartData<"line", { x: number; y: number | null }[]> = {
    datasets: [
      {
        label: "Views",
        data: points.map((p) => ({ x: p.elapsed, y: p.views })),
        borderColor: VIEWS_COLOUR,
        backgroundColor: VIEWS_COLOUR,
        pointStyle: "circle",
        yAxisID: "views",
        tension: 0.2,
      },
      {
        label: "ER",
        data: points.map((p) => ({ x: p.elapsed, y: p.engagementRate })),
        ...secondarySeries(ER_COLOUR),
        pointRadius: 4,
        yAxisID: "er",
        tension: 0.2,
      },
    ],
  };

  const options: ChartOptions<"line"> = {
    ...BASE_CHART_OPTIONS,
    interaction: INDEX_INTERACTION,
    scales: {
      x: {
        type: "linear",
        min: 0,
        title: { display: true, text: unitLabel, color: TEXT },
        grid: { color: GRID },
        ticks: { color: TEXT },
      },
      views: {
        type: "linear",
        position: "left",
        beginAtZero: true,
        title: { display: true, text: "Views", color: TEXT },
        grid: { color: GRID },
        ticks: { color: TEXT, callback: (v) => compact.format(Number(v)) },
      },
      er: {
        type: "linear",
        position: "right",
        beginAtZero: true,
        title: { display: true, text: "ER", color: TEXT },
        grid: { drawOnChartArea: false },
        ticks: { color: TEXT, callback: (v) => formatRate(Number(v), locale) },
      },
    },
    plugins: {
      legend: { labels: { color: TEXT, usePointStyle: true } },
      tooltip: {
        callbacks: {
          title: (items) => {
            const p = points[items[0]?.dataIndex ?? -1];
            return p ? `${p.elapsedText} after posting (${p.capturedText})` : "";
          },
          label: (item) => {
            const p = points[item.dataIndex];
            if (!p) return "";
            return item.dataset.yAxisID === "er" ? `ER ${p.erText}` : `Views ${p.viewsText}`;
          },
        },
      },
    },
  };

  return (
    <figure className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="relative h-64">
        <Line data={data} options={options} role="img" aria-label={`Chart of views and ER against time since posting. ${summary}`} />
      </div>
      <figcaption className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700 dark:text-slate-300">
        <span>{summary}</span>
        <TableToggleButton expanded={showTable} controls={tableId} onToggle={() => setShowTable((s) => !s)} />
      </figcaption>
      <div id={tableId} hidden={!showTable} className="mt-3 overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Views and ER by time since posting</caption>
          <thead>
            <tr className="text-left text-xs uppercase text-slate-600 dark:text-slate-400">
              <th scope="col" className="px-2 py-1">
                Since posting
              </th>
              <th scope="col" className="px-2 py-1">
                Captured
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                Views
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                ER
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={i} className="border-t border-slate-100 dark:border-slate-800">
                <td className="px-2 py-1">{p.elapsedText}</td>
                <td className="px-2 py-1">{p.capturedText}</td>
                <td className="tabular px-2 py-1 text-right">{p.viewsText}</td>
                <td className="tabular px-2 py-1 text-right">{p.erText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
