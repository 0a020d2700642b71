/** The banner above a form: errors are announced at once, confirmations politely. */
export function FormMessage({ id, tone, children }: { id?: string; tone: "error" | "success" | "info"; children?: React.ReactNode }) {
  const styles = {
    error: "border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
    success: "border-green-300 bg-green-50 text-green-800 dark:border-green-800 dark:bg-green-950 dark:text-green-200",
    info: "border-brand-100 bg-brand-50 text-brand-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200",
  }[tone];
  // The live region stays mounted so screen readers announce each new message.
  return (
    <div id={id} role={tone === "error" ? "alert" : "status"} aria-live={tone === "error" ? "assertive" : "polite"}>
      {children ? <p className={`rounded-md border px-3 py-2 text-sm ${styles}`}>{children}</p> : null}
    </div>
  );
}
