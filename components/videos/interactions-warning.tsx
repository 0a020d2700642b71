/**
 * Shown on a reading whose likes + comments + shares exceed its views. Real exports contain
 * such rows (replayed likes, partial days): the reading is kept and its ER shown, flagged, and
 * left out of the dashboard's rankings and chart scales (isRankableReading).
 */
export function InteractionsWarning({ compact = false }: { compact?: boolean }) {
  return (
    <span
      className="inline-flex items-center gap-1 text-xs font-medium text-amber-800 dark:text-amber-300"
      title="Likes + comments + shares are more than the views. This happens in real data (replayed likes, partial days): the ER is shown as recorded, but the video is left out of the dashboard's top lists and chart scales."
    >
      <span aria-hidden="true">⚠</span>
      {compact ? "Interactions exceed views: excluded from rankings" : "Interactions exceed views: excluded from rankings. Check this reading."}
    </span>
  );
}
