import { useId } from "react";
import { ChartTableToggle, type ChartTable } from "./chart-table-toggle";

// The frame every dashboard chart sits in: a heading, the canvas (an image to assistive
// technology, labelled with the summary), the summary as visible text with the key figure,
// and a "Show as table" toggle that reveals the same numbers as an accessible table.
// A server component: the heading and caption render on the server, the table toggle is a
// small client component (also server-rendered), and the canvas it is given loads after first
// paint, so the figures and the table are in the page's HTML before (and without) Chart.js.

export type { ChartTable };

type Props<Row extends object> = {
  title: string;
  /** The key figure in words: visible under the chart and the canvas's accessible name. */
  summary: string;
  notes?: (string | null)[];
  table: ChartTable<Row>;
  /** Height class of the canvas box; the chart (or its placeholder while it loads) fills it. */
  heightClass?: string;
  children: React.ReactNode;
};

export function ChartFrame<Row extends object>({ title, summary, notes = [], table, heightClass = "h-64", children }: Props<Row>) {
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
      <ChartTableToggle
        title={title}
        caption={
          <>
            <p>{summary}</p>
            {shownNotes.map((n) => (
              <p key={n} className="text-slate-600 dark:text-slate-400">
                {n}
              </p>
            ))}
          </>
        }
        table={table}
      />
    </figure>
  );
}
