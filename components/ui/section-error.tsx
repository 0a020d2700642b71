"use client";
import { Button } from "./button";

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
      <Button onClick={reset} weight="medium" className="mt-6">
        Try again
      </Button>
    </section>
  );
}
