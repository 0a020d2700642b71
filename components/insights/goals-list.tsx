import { deleteGoalAction } from "@/lib/actions/goals";
import type { GoalPace } from "@/lib/domain/pacing";
import { ConfirmDelete } from "@/components/ui/confirm-delete";

export type GoalView = { id: string; title: string; targetText: string; pace: GoalPace };

const STATUS_LABELS: Record<GoalPace["status"], string> = {
  reached: "Reached",
  "on-track": "On track",
  behind: "Behind",
  "not-enough-data": "Not enough data",
};

/** The creator's goals, each with its pace in words. */
export function GoalsList({ goals }: { goals: GoalView[] }) {
  return (
    <ul className="space-y-3">
      {goals.map((g) => (
        <li key={g.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" aria-label={`${g.title} goal`}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-semibold">
              {g.title}: {g.targetText}
            </h3>
            <span className="text-sm font-medium text-slate-600 dark:text-slate-400">{STATUS_LABELS[g.pace.status]}</span>
          </div>
          <p className="mt-1 text-sm text-slate-800 dark:text-slate-200" data-testid={`pace-${g.id}`}>
            {g.pace.text}
          </p>
          <div className="mt-2">
            <ConfirmDelete
              action={deleteGoalAction}
              fields={{ id: g.id }}
              label="Remove goal"
              srContext={g.title}
              question="Remove this goal?"
              confirmLabel="Yes, remove goal"
              size="sm"
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
