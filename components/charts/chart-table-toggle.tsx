"use client";
import { useId, useState } from "react";

/**
 * A chart's numbers as a table: each column shows one text field of the rows. The rows are
 * usually the very objects the chart's canvas draws (its points), so the page's payload
 * carries them once, not once for the canvas and again as table cells.
 */
export type ChartTable<Row extends object = Record<string, unknown>> = {
  caption: string;
  /** The first column heads its row. */
  columns: { label: string; numeric?: boolean; field: keyof Row & string }[];
  rows: readonly Row[];
  /** The field that tells rows apart. */
  rowKey: keyof Row & string;
};

/**
 * The figure's caption with its "Show as table" button, and the table it reveals: the same
 * numbers as the chart, for screen readers and anyone who prefers them. Needing none of the
 * chart code, it works as soon as the page hydrates. The table arrives as data, not as
 * elements, and becomes elements only when opened: the server does not render (and the HTML
 * does not carry) six hidden tables on every dashboard request.
 */
export function ChartTableToggle<Row extends object>({ title, caption, table }: { title: string; caption: React.ReactNode; table: ChartTable<Row> }) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <>
      <figcaption className="mt-3 space-y-2 text-sm text-slate-700 dark:text-slate-300">
        {caption}
        <TableToggleButton expanded={showTable} controls={tableId} onToggle={() => setShowTable((s) => !s)}>
          <span className="sr-only">: {title}</span>
        </TableToggleButton>
      </figcaption>
      <div id={tableId} hidden={!showTable} className="mt-3 max-h-96 overflow-auto">
        {showTable ? <DataTable table={table} /> : null}
      </div>
    </>
  );
}

/** The "Show as table" / "Hide table" button; `children` (optional) completes its accessible name. */
export function TableToggleButton({
  expanded,
  controls,
  onToggle,
  children,
}: {
  expanded: boolean;
  controls: string;
  onToggle: () => void;
  children?: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
      className="rounded-md border border-slate-300 px-3 py-1 font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
    >
      {expanded ? "Hide table" : "Show as table"}
      {children}
    </button>
  );
}

function cellText(row: object, field: string): string {
  const value = (row as Record<string, unknown>)[field];
  return value === null || value === undefined ? "" : String(value);
}

function DataTable<Row extends object>({ table }: { table: ChartTable<Row> }) {
  return (
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
              <tr key={cellText(r, table.rowKey)} className="border-t border-slate-100 dark:border-slate-800">
                {table.columns.map((c, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="px-2 py-1 text-left font-normal">
                      {cellText(r, c.field)}
                    </th>
                  ) : (
                    <td key={i} className={`px-2 py-1 ${c.numeric ? "tabular text-right" : ""}`}>
                      {cellText(r, c.field)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
  );
}
