import type { ChangeCounts, FilePreview, ImportPreview } from "@/lib/import/result";

type Props = { preview: ImportPreview; locale: string };

const ENTITY_NAMES = {
  videos: ["video", "videos"],
  readings: ["reading", "readings"],
  days: ["day", "days"],
  followers: ["follower count", "follower counts"],
} as const;

type Entity = keyof typeof ENTITY_NAMES;
const ENTITIES = Object.keys(ENTITY_NAMES) as Entity[];

function countLines(file: FilePreview, pick: (c: ChangeCounts) => number, number: Intl.NumberFormat): string[] {
  return ENTITIES.flatMap((entity) => {
    const c = file.counts[entity];
    if (!c) return [];
    const n = pick(c);
    const [one, many] = ENTITY_NAMES[entity];
    return [`${number.format(n)} ${n === 1 ? one : many}`];
  });
}

function Cell({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <ul className="space-y-0.5">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

function where(p: FilePreview["problems"][number]): string {
  const parts = [p.file];
  if (p.line !== null) parts.push(`line ${p.line}`);
  if (p.column) parts.push(`column “${p.column}”`);
  return parts.join(", ");
}

function skippedRowsText(n: number, number: Intl.NumberFormat): string {
  return `${number.format(n)} row${n === 1 ? "" : "s"} skipped`;
}

const SEVERITY_STYLE = {
  error: "text-red-800 dark:text-red-300",
  warning: "text-amber-800 dark:text-amber-300",
  info: "text-slate-700 dark:text-slate-300",
} as const;

/** One row per file: what it is, how many rows, what would change; then each file's problems and notes. */
export function FilePreviewList({ preview, locale }: Props) {
  const number = new Intl.NumberFormat(locale);
  const shown = preview.files.filter((f) => f.status !== "skipped");
  const skipped = preview.files.filter((f) => f.status === "skipped");
  const skippedCount = (c: ChangeCounts) => c.skipped;

  return (
    <div className="space-y-4">
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="min-w-full text-sm">
          <caption className="sr-only">What each file contains and what importing it would change</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs uppercase text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <th scope="col" className="px-3 py-2">File</th>
              <th scope="col" className="px-3 py-2">Recognised as</th>
              <th scope="col" className="px-3 py-2 text-right">Rows</th>
              <th scope="col" className="px-3 py-2">New</th>
              <th scope="col" className="px-3 py-2">Updated</th>
              <th scope="col" className="px-3 py-2">Unchanged</th>
              <th scope="col" className="px-3 py-2 text-right">Problems</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((file) => {
              const skippedLines = countLines(file, skippedCount, number).filter((l) => !l.startsWith("0 "));
              return (
                <tr key={file.name} className="border-t border-slate-100 align-top dark:border-slate-800">
                  <th scope="row" className="px-3 py-2 text-left font-medium break-words">
                    {file.name}
                  </th>
                  <td className="px-3 py-2">
                    {file.status === "ok" ? (
                      <>
                        {file.kindLabel}
                        {file.partialLastDay ? <p className="text-xs text-amber-800 dark:text-amber-300">Last day partial</p> : null}
                      </>
                    ) : (
                      <p className="text-red-800 dark:text-red-300">
                        <span className="font-semibold">Not imported{file.kindLabel ? ` (${file.kindLabel})` : ""}: </span>
                        {file.reason}
                      </p>
                    )}
                  </td>
                  <td className="tabular px-3 py-2 text-right">{file.status === "ok" ? number.format(file.rowCount) : "—"}</td>
                  <td className="px-3 py-2">
                    <Cell lines={countLines(file, (c) => c.new, number)} />
                  </td>
                  <td className="px-3 py-2">
                    <Cell lines={countLines(file, (c) => c.updated, number)} />
                  </td>
                  <td className="px-3 py-2">
                    <Cell lines={countLines(file, (c) => c.unchanged, number)} />
                    {skippedLines.length ? <p className="text-xs text-amber-800 dark:text-amber-300">Skipped (video not in Tierline): {skippedLines.join(", ")}</p> : null}
                  </td>
                  <td className="tabular px-3 py-2 text-right">
                    {number.format(file.problemCount)}
                    {file.status === "ok" && file.skippedRows > 0 ? (
                      <p className="text-xs text-red-800 dark:text-red-300">{skippedRowsText(file.skippedRows, number)}</p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {skipped.length ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Also in the ZIP, not imported (not a kind of file Tierline reads): {skipped.map((f) => f.name.split(" › ").pop()).join(", ")}.
        </p>
      ) : null}

      {shown
        .filter((f) => f.problems.length > 0 || f.notes.length > 0 || f.sample)
        .map((file) => (
          <details key={file.name} className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900" open={file.problems.some((p) => p.severity === "error")}>
            <summary className="cursor-pointer text-sm font-medium">
              {file.name}: {file.problemCount === 0 ? "no problems" : `${number.format(file.problemCount)} problem${file.problemCount === 1 ? "" : "s"}`}
              {file.notes.length ? `, ${file.notes.length} note${file.notes.length === 1 ? "" : "s"}` : ""}
            </summary>
            {file.status === "ok" && file.skippedRows > 0 ? (
              <p className="mt-2 text-sm font-medium text-red-800 dark:text-red-300">
                {skippedRowsText(file.skippedRows, number)} because of the errors below: nothing from {file.skippedRows === 1 ? "it" : "them"} is imported. The other
                rows are.
              </p>
            ) : null}
            {file.problems.length ? (
              <ul className="mt-2 space-y-1 text-sm" aria-label={`Problems in ${file.name}`}>
                {file.problems.map((p, i) => (
                  <li key={i} className={SEVERITY_STYLE[p.severity]}>
                    <span className="font-medium">{where(p)}:</span> {p.message}
                  </li>
                ))}
                {file.problemCount > file.problems.length ? (
                  <li className="text-slate-600 dark:text-slate-400">…and {number.format(file.problemCount - file.problems.length)} more.</li>
                ) : null}
              </ul>
            ) : null}
            {file.notes.length ? (
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
                {file.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
            {file.sample && file.sample.rows.length ? (
              <div className="mt-3 overflow-x-auto">
                <table className="min-w-full text-xs">
                  <caption className="mb-1 text-left text-slate-600 dark:text-slate-400">Rows as Tierline understood them</caption>
                  <thead>
                    <tr className="text-left text-slate-600 dark:text-slate-400">
                      {file.sample.columns.map((c) => (
                        <th key={c} scope="col" className="px-2 py-1">
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {file.sample.rows.map((r, i) => (
                      <tr key={i} className="border-t border-slate-100 dark:border-slate-800">
                        {r.map((v, j) => (
                          <td key={j} className="max-w-xs truncate px-2 py-1">
                            {v}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </details>
        ))}
    </div>
  );
}
