"use client";
import { useId, useState, useSyncExternalStore } from "react";
import type { Tier } from "@/lib/domain/tier";

// The frame every dashboard chart sits in: a heading, the canvas (an image to assistive
// technology, labelled with the summary), the summary as visible text with the key figure,
// and a "Show as table" toggle that reveals the same numbers as an accessible table.

export type ChartTable = {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: { key: string; cells: string[] }[];
};

type Props = {
  title: string;
  /** The key figure in words: visible under the chart and the canvas's accessible name. */
  summary: string;
  notes?: (string | null)[];
  table: ChartTable;
  /** Height class of the canvas box; the chart fills it. */
  heightClass?: string;
  children: React.ReactNode;
};

export function ChartFrame({ title, summary, notes = [], table, heightClass = "h-64", children }: Props) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const headingId = useId();
  const shownNotes = notes.filter((n): n is string => Boolean(n));
  return (
    <figure
      aria-labelledby={headingId}
      className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h3 id={headingId} className="font-semibold">
        {title}
      </h3>
      <div className={`relative mt-3 ${heightClass}`} role="img" aria-label={`${title}. ${summary}`}>
        {children}
      </div>
      <figcaption className="mt-3 space-y-2 text-sm text-slate-700 dark:text-slate-300">
        <p>{summary}</p>
        {shownNotes.map((n) => (
          <p key={n} className="text-slate-600 dark:text-slate-400">
            {n}
          </p>
        ))}
        <button
          type="button"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((s) => !s)}
          className="rounded-md border border-slate-300 px-3 py-1 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {showTable ? "Hide table" : "Show as table"}
          <span className="sr-only">: {title}</span>
        </button>
      </figcaption>
      <div id={tableId} hidden={!showTable} className="mt-3 max-h-96 overflow-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{table.caption}</caption>
          <thead>
            <tr className="text-left text-xs uppercase text-slate-600 dark:text-slate-400">
              {table.columns.map((c) => (
                <th key={c.label} scope="col" className={`px-2 py-1 ${c.numeric ? "text-right" : ""}`}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.key} className="border-t border-slate-100 dark:border-slate-800">
                {r.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="px-2 py-1 text-left font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className={`px-2 py-1 ${table.columns[i]?.numeric ? "tabular text-right" : ""}`}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

// Colours ---------------------------------------------------------------------------------

const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void): () => void {
  const m = window.matchMedia(DARK_QUERY);
  m.addEventListener("change", onChange);
  return () => m.removeEventListener("change", onChange);
}

/** True when the system is in dark mode (the app follows it); false while rendering on the server. */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(DARK_QUERY).matches,
    () => false,
  );
}

export type ChartColours = {
  text: string;
  grid: string;
  line: string;
  secondary: string;
  tier: Record<Tier, string>;
  band: Record<Tier, string>;
};

/** Options every chart shares: sized by its frame, drawn without animation. */
export const BASE_CHART_OPTIONS = { responsive: true, maintainAspectRatio: false, animation: false } as const;

/** Hovering anywhere over a period shows every series' value for that period. */
export const INDEX_INTERACTION = { mode: "index", intersect: false } as const;

/** The period (x) axis: labels never rotated; `grid: false` for bar charts, `stacked` for stacked bars. */
export function periodAxis(colours: ChartColours, opts: { stacked?: boolean; grid?: boolean } = {}) {
  return {
    ...(opts.stacked ? { stacked: true } : {}),
    grid: opts.grid === false ? { display: false } : { color: colours.grid },
    ticks: { color: colours.text, maxRotation: 0, autoSkipPadding: 12 },
  };
}

/** Chart colours with enough contrast on the card background in light and dark mode. */
export function chartColours(dark: boolean): ChartColours {
  return dark
    ? {
        text: "#cbd5e1",
        grid: "rgba(100, 116, 139, 0.35)",
        line: "#7aa7ff",
        secondary: "#fbbf24",
        tier: { excellent: "#4ade80", good: "#38bdf8", average: "#fbbf24", below: "#94a3b8" },
        band: {
          excellent: "rgba(74, 222, 128, 0.10)",
          good: "rgba(56, 189, 248, 0.10)",
          average: "rgba(251, 191, 36, 0.10)",
          below: "rgba(148, 163, 184, 0.08)",
        },
      }
    : {
        text: "#475569",
        grid: "rgba(148, 163, 184, 0.3)",
        line: "#1f57c9",
        secondary: "#b45309",
        tier: { excellent: "#15803d", good: "#0369a1", average: "#b45309", below: "#64748b" },
        band: {
          excellent: "rgba(22, 163, 74, 0.09)",
          good: "rgba(2, 132, 199, 0.08)",
          average: "rgba(217, 119, 6, 0.08)",
          below: "rgba(100, 116, 139, 0.06)",
        },
      };
}

/** A marker shape per tier, so a point's tier reads without its colour. */
export const TIER_POINT_STYLE: Record<Tier, "triangle" | "rectRot" | "rect" | "circle"> = {
  excellent: "triangle",
  good: "rectRot",
  average: "rect",
  below: "circle",
};
