import type { ReactNode } from "react";

/**
 * A titled part of a page: a `<section>` named by its `<h2>` (`${id}-heading`), so landmarks and
 * headings list it. `anchorId` gives the section itself an id to link to (`#ledger`).
 */
export function PageSection({ id, title, anchorId, className, children }: { id: string; title: ReactNode; anchorId?: string; className?: string; children: ReactNode }) {
  return (
    <section id={anchorId} aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
