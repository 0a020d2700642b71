/**
 * Shown on a reading whose likes + comments + shares exceed its views. Real exports contain
 * such rows (replayed likes, partial days): the reading is kept and its ER shown, flagged.
 */
export function InteractionsWarning({ compact = false }: { compact?: boolean }) {
  return (
    <span
      className="inline-flex items-center gap-1 text-xs font-medium text-amber-800 dark:text-amber-300"
      title="Likes + comments + shares are more than the views. This happens in real data (replayed likes, partial days); the ER is shown as recorded."
    >
      <span aria-hidden="true">⚠</span>
      {compact ? "More interactions than views" : "More interactions than views: check this reading"}
    </span>
  );
}
