"use client";
import "./register";
import { Chart } from "react-chartjs-2";
import type { ChartData, ChartOptions } from "chart.js";
import type { AccountDailyChartDay } from "@/lib/data/daily-account-stats";
import { ChartFrame, chartColours, usePrefersDark, BASE_CHART_OPTIONS, INDEX_INTERACTION, periodAxis } from "./chart-frame";

type Props = {
  days: AccountDailyChartDay[];
  locale: string;
  /** The creator's today ("2026-08-31"): a last day equal to it is marked partial. */
  today?: string;
};

function dayLabel(date: string, locale: string, opts: Intl.DateTimeFormatOptions): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: "UTC" }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

const sum = (values: (number | null)[]) => values.reduce<number>((a, v) => a + (v ?? 0), 0);

/** The account's day-by-day figures from TikTok Studio (Overview and FollowerHistory): views as bars, followers as a line. */
export function AccountDailyChart({ days, locale, today }: Props) {
  const colours = chartColours(usePrefersDark());
  const number = new Intl.NumberFormat(locale);
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, { signDisplay: "always" });
  const short = (date: string) => dayLabel(date, locale, { day: "numeric", month: "short" });
  const long = (date: string) => dayLabel(date, locale, { day: "numeric", month: "short", year: "numeric" });
  const show = (v: number | null) => (v === null ? "—" : number.format(v));

  const first = days[0];
  const last = days[days.length - 1];
  const partial = last && today && last.date === today ? last.date : null;
  const withFollowers = days.filter((d) => d.followers !== null);
  const f0 = withFollowers[0]?.followers ?? null;
  const f1 = withFollowers[withFollowers.length - 1]?.followers ?? null;

  let summary: string;
  if (!first || !last) {
    summary = "No daily account figures in this range yet. Import TikTok Studio's Overview and FollowerHistory files to see them.";
  } else {
    const views = sum(days.map((d) => d.videoViews));
    const profile = sum(days.map((d) => d.profileViews));
    const parts = [`${long(first.date)} – ${long(last.date)}: ${number.format(views)} video views and ${number.format(profile)} profile views`];
    if (f0 !== null && f1 !== null) parts.push(`followers ${number.format(f0)} → ${number.format(f1)} (${signed.format(f1 - f0)})`);
    summary = `${parts.join("; ")}.`;
  }

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
        borderColor: colours.secondary,
        backgroundColor: colours.secondary,
        borderDash: [6, 4], // a second cue besides colour
        pointStyle: "rectRot",
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

  return (
    <ChartFrame
      title="Account, day by day"
      summary={summary}
      notes={[partial ? `${long(partial)} is today: its figures are still partial.` : null]}
      table={{
        caption: "Daily account figures from TikTok Studio",
        columns: [
          { label: "Day" },
          { label: "Video views", numeric: true },
          { label: "Profile views", numeric: true },
          { label: "Likes", numeric: true },
          { label: "Comments", numeric: true },
          { label: "Shares", numeric: true },
          { label: "Followers", numeric: true },
        ],
        rows: days.map((d) => ({
          key: d.date,
          cells: [
            `${long(d.date)}${d.date === partial ? " (partial)" : ""}`,
            show(d.videoViews),
            show(d.profileViews),
            show(d.likes),
            show(d.comments),
            show(d.shares),
            show(d.followers),
          ],
        })),
      }}
    >
      <Chart type="bar" data={data} options={options} />
    </ChartFrame>
  );
}
