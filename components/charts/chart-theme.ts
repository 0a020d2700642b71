import { useSyncExternalStore } from "react";
import type { Tier } from "@/lib/domain/tier";

// What the canvases share: colours for light and dark mode, base options, the period axis.
// Client-only (a hook reads the colour scheme): import it from canvas components, not from
// the server-rendered frame.

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

/** A tooltip title naming the hovered period in full (its `longLabel`). */
export function longLabelTitle(points: readonly { longLabel: string }[]) {
  return (items: readonly { dataIndex: number }[]) => points[items[0]?.dataIndex ?? -1]?.longLabel ?? "";
}

/**
 * A trend chart's tooltip: the bucket's long label as the title, and a line per dataset written
 * by `line` from the hovered bucket's point (and which dataset it is).
 */
export function bucketTooltip<P extends { longLabel: string }>(points: readonly P[], line: (point: P, datasetIndex: number, dataIndex: number) => string) {
  return {
    callbacks: {
      title: longLabelTitle(points),
      label: (item: { dataIndex: number; datasetIndex: number }) => {
        const p = points[item.dataIndex];
        return p ? line(p, item.datasetIndex, item.dataIndex) : "";
      },
    },
  };
}

/** The main line of a trend chart: solid, round markers, gently curved. */
export function primarySeries(colour: string) {
  return { borderColor: colour, backgroundColor: colour, pointStyle: "circle" as const, pointRadius: 3, borderWidth: 2, tension: 0.15 };
}

/** The second series of a chart: dashed, with diamond markers, a second cue besides its colour. */
export function secondarySeries(colour: string) {
  return { borderColor: colour, backgroundColor: colour, borderDash: [6, 4], pointStyle: "rectRot" as const };
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
