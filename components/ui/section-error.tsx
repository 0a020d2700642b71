"use client";

export type ErrorBoundaryProps = { error: Error & { digest?: string }; reset: () => void };

/**
 * What a section's error.tsx shows for an unexpected failure (the database is down, a bug):
 * what could not be loaded, that nothing is lost, a retry, and the reference under which the
 * detail is in the server log.
 */
export function SectionError({ title, reassurance, error, reset }: ErrorBoundaryProps & { title: string; reassurance: string }) {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">
        {reassurance} Try again in a moment.
        {error.digest ? <span className="mt-2 block text-xs">Reference: {error.digest}</span> : null}
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        Try again
      </button>
    </section>
  );
}
