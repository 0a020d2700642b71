import type { Change } from "@/lib/domain/trend-shaping";

const ARROWS: Record<Change["direction"], string> = { up: "↑", down: "↓", flat: "→", new: "↑", none: "·" };
const TONES: Record<Change["direction"], string> = {
  up: "text-green-700 dark:text-green-400",
  new: "text-green-700 dark:text-green-400",
  down: "text-red-700 dark:text-red-400",
  flat: "text-slate-600 dark:text-slate-400",
  none: "text-slate-600 dark:text-slate-400",
};

/** "↑ Up 12% from 1,000 in the previous period": the words carry the meaning, arrow and colour repeat it. */
export function ChangeText({ change }: { change: Change }) {
  return (
    <p className={`flex gap-1 text-sm ${TONES[change.direction]}`}>
      <span aria-hidden="true" className="font-semibold">
        {ARROWS[change.direction]}
      </span>
      <span>{change.text}</span>
    </p>
  );
}
