import type { Insight } from "@/lib/domain/insights";

/** The observations from the creator's own data, each with its numbers and what it rests on. */
export function InsightsList({ insights }: { insights: Insight[] }) {
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {insights.map((i) => (
        <li key={i.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h3 className="font-semibold">{i.title}</h3>
          {i.findings.map((f) => (
            <p key={f} className="text-sm text-slate-800 dark:text-slate-200">
              {f}
            </p>
          ))}
          {i.missing.map((m) => (
            <p key={m} className="text-sm text-slate-600 dark:text-slate-400">
              <span className="font-medium">Not enough data: </span>
              {m}
            </p>
          ))}
          <p className="text-xs text-slate-600 dark:text-slate-400">{i.basis}</p>
          {i.table ? (
            <details className="text-sm">
              <summary className="cursor-pointer font-medium">Show the numbers</summary>
              <table className="mt-2 min-w-full text-sm">
                <caption className="sr-only">{i.table.caption}</caption>
                <thead>
                  <tr className="text-left text-xs uppercase text-slate-600 dark:text-slate-400">
                    {i.table.columns.map((c, n) => (
                      <th key={c} scope="col" className={`px-2 py-1 ${n > 0 ? "text-right" : ""}`}>
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {i.table.rows.map((r) => (
                    <tr key={r.join("|")} className="border-t border-slate-100 dark:border-slate-800">
                      {r.map((cell, n) =>
                        n === 0 ? (
                          <th key={n} scope="row" className="px-2 py-1 text-left font-normal">
                            {cell}
                          </th>
                        ) : (
                          <td key={n} className="tabular px-2 py-1 text-right">
                            {cell}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
