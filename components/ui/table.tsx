import type { ThHTMLAttributes } from "react";

const HEADER_CELL = "px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";

/**
 * The framed, sideways-scrolling shell of a data table. Every table has a caption (screen
 * readers announce it); it is visually hidden unless `captionClassName` shows it.
 */
export function Table({
  caption,
  captionClassName = "sr-only",
  children,
}: {
  caption: React.ReactNode;
  captionClassName?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        <caption className={captionClassName}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** The rows, with a hairline between each. */
export function TableBody({ children }: { children: React.ReactNode }) {
  return <tbody className="divide-y divide-slate-100 dark:divide-slate-800">{children}</tbody>;
}

/** A column's header; numbers are right-aligned, like their cells. */
export function ColumnHeader({ numeric = false, children, ...th }: Omit<ThHTMLAttributes<HTMLTableCellElement>, "className" | "scope"> & { numeric?: boolean }) {
  return (
    <th scope="col" className={`${HEADER_CELL} ${numeric ? "text-right" : "text-left"}`} {...th}>
      {children}
    </th>
  );
}

/** The header of the last column, where each row's edit and delete buttons are. */
export function ActionsHeader() {
  return (
    <ColumnHeader>
      <span className="sr-only">Actions</span>
    </ColumnHeader>
  );
}

/** The first cell of a row, naming it (a date, a month). */
export function RowHeader({ children }: { children: React.ReactNode }) {
  return (
    <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-medium">
      {children}
    </th>
  );
}
