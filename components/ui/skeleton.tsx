import type { ReactNode } from "react";

/** A grey placeholder block while a page loads (hidden from screen readers; the page says "Loading"). */
export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded-md bg-slate-200 dark:bg-slate-800 ${className}`} />;
}

/** A page's loading state: its placeholders, announced once to screen readers as `label`. */
export function LoadingPage({ label, spacing = "space-y-6", children }: { label: string; spacing?: string; children: ReactNode }) {
  return (
    <section className={spacing} aria-busy="true">
      <p className="sr-only" role="status">
        {label}
      </p>
      {children}
    </section>
  );
}

/** `count` placeholders of the same size, e.g. the rows of a list or the cards of a grid. */
export function Skeletons({ count, className }: { count: number; className: string }) {
  return Array.from({ length: count }, (_, i) => <Skeleton key={i} className={className} />);
}
