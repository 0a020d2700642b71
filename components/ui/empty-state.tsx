/** A friendly box for a list with nothing in it yet, with the next step. */
export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center dark:border-slate-700 dark:bg-slate-900">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children ? <div className="mt-2 text-slate-600 dark:text-slate-300">{children}</div> : null}
    </div>
  );
}
