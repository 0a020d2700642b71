"use client";

// Unexpected failures on /insights (the database is down, a bug). The detail is in the server log under the reference.
export default function InsightsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">Your insights could not be loaded</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">
        Your data is safe. Try again in a moment.
        {error.digest ? <span className="mt-2 block text-xs">Reference: {error.digest}</span> : null}
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        Try again
      </button>
    </section>
  );
}
