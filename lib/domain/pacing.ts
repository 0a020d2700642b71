// Goal pacing: when the creator reaches a goal at their current pace, or how far behind they
// are. Pure. The pace is the slope of a least-squares line through the recent points
// (followers per day from follower counts, views per month from views gained per month, ER
// per week from weekly view-weighted ER); the projection starts from the latest point.

import { addDaysToDateString, daysBetweenDateStrings } from "./time";
import { formatCount, formatRate, numberFormat } from "./format";

export type GoalKind = "followers" | "monthly_views" | "engagement_rate";

export const GOAL_LABELS: Record<GoalKind, string> = {
  followers: "Followers",
  monthly_views: "Views per month",
  engagement_rate: "Engagement rate (ER)",
};

/** How many points the fit needs, and the unit the pace is said in, per kind. */
export const PACE_RULES: Record<GoalKind, { minPoints: number; unit: "day" | "month" | "week"; unitDays: number; window: string }> = {
  followers: { minPoints: 3, unit: "day", unitDays: 1, window: "follower counts of the last 90 days" },
  monthly_views: { minPoints: 2, unit: "month", unitDays: 365.25 / 12, window: "views gained in each of the last 6 complete months" },
  engagement_rate: { minPoints: 3, unit: "week", unitDays: 7, window: "weekly ER of the last 12 weeks (videos by posting week)" },
};

/** Beyond this the projection says "more than ten years", not a date. */
export const MAX_PROJECTION_DAYS = 3653;

export type PacePoint = { date: string; value: number };

/** Least-squares slope and intercept of value over days since the first point; null under 2 distinct days. */
export function linearFit(points: readonly PacePoint[]): { slopePerDay: number; intercept: number } | null {
  if (points.length < 2) return null;
  const first = points[0] as PacePoint;
  const xs = points.map((p) => daysBetweenDateStrings(first.date, p.date));
  const n = points.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = points.reduce((a, p) => a + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  points.forEach((p, i) => {
    const dx = (xs[i] as number) - meanX;
    sxx += dx * dx;
    sxy += dx * (p.value - meanY);
  });
  if (sxx === 0) return null;
  const slopePerDay = sxy / sxx;
  return { slopePerDay, intercept: meanY - slopePerDay * meanX };
}

export type GoalPace =
  | { status: "reached"; current: number; text: string }
  | { status: "not-enough-data"; current: number | null; text: string }
  | { status: "on-track"; current: number; reachDate: string | null; pacePerUnit: number; text: string }
  | {
      status: "behind";
      current: number;
      reachDate: string | null;
      pacePerUnit: number;
      /** Value projected at the target date (when there is one). */
      projectedAtTarget: number | null;
      /** Pace per unit needed to reach the target by its date. */
      neededPerUnit: number | null;
      text: string;
    };

export type GoalPaceInput = {
  kind: GoalKind;
  target: number;
  targetDate: string | null;
  /** Oldest first. */
  points: readonly PacePoint[];
  today: string;
  locale: string;
  /** Formats a calendar date for the sentence. */
  formatDay: (date: string) => string;
};

function valueText(kind: GoalKind, v: number, locale: string): string {
  return kind === "engagement_rate" ? formatRate(v, locale) : formatCount(Math.round(v), locale);
}

function paceText(kind: GoalKind, perUnit: number, locale: string): string {
  const unit = PACE_RULES[kind].unit;
  const sign = perUnit >= 0 ? "+" : "−";
  const abs = Math.abs(perUnit);
  const amount =
    kind === "engagement_rate"
      ? `${numberFormat(locale, { maximumFractionDigits: 2 }).format(abs)} ${abs === 1 ? "point" : "points"}`
      : `${formatCount(Math.round(abs), locale)}`;
  return `${sign}${amount} a ${unit}`;
}

export function goalPace(input: GoalPaceInput): GoalPace {
  const { kind, target, targetDate, points, today, locale, formatDay } = input;
  const rule = PACE_RULES[kind];
  const last = points.at(-1);
  const v = (n: number) => valueText(kind, n, locale);
  if (!last) {
    return { status: "not-enough-data", current: null, text: `No data yet: pacing uses the ${rule.window}.` };
  }
  const current = last.value;
  if (current >= target) {
    return { status: "reached", current, text: `Reached: ${v(current)} (${formatDay(last.date)}) against a goal of ${v(target)}.` };
  }
  const fit = points.length >= rule.minPoints ? linearFit(points) : null;
  if (!fit) {
    return {
      status: "not-enough-data",
      current,
      text: `Not enough data for a pace: ${points.length} of at least ${rule.minPoints} points (${rule.window}). Currently ${v(current)}.`,
    };
  }
  const pacePerUnit = fit.slopePerDay * rule.unitDays;
  const basis = `at your current pace (${paceText(kind, pacePerUnit, locale)} over ${points.length} points since ${formatDay((points[0] as PacePoint).date)})`;
  const daysFromLast = fit.slopePerDay > 0 ? Math.ceil((target - current) / fit.slopePerDay) : null;
  const reachDate =
    daysFromLast !== null && daysFromLast <= MAX_PROJECTION_DAYS ? addDaysToDateString(last.date, daysFromLast) : null;
  const when =
    fit.slopePerDay <= 0
      ? `you are not moving towards ${v(target)} ${basis}`
      : reachDate === null
        ? `you reach ${v(target)} in more than ten years ${basis}`
        : `you reach ${v(target)} around ${formatDay(reachDate)} ${basis}`;

  if (targetDate === null) {
    const status = reachDate === null ? "behind" : "on-track";
    const text = `Currently ${v(current)}: ${when}.`;
    return status === "on-track"
      ? { status, current, reachDate, pacePerUnit, text }
      : { status, current, reachDate, pacePerUnit, projectedAtTarget: null, neededPerUnit: null, text };
  }
  if (reachDate !== null && reachDate <= targetDate) {
    const spare = daysBetweenDateStrings(reachDate, targetDate);
    return {
      status: "on-track",
      current,
      reachDate,
      pacePerUnit,
      text: `On track. Currently ${v(current)}: ${when}, ${spare === 0 ? "right on" : `${formatCount(spare, locale)} ${spare === 1 ? "day" : "days"} before`} your target date (${formatDay(targetDate)}).`,
    };
  }
  const daysToTarget = Math.max(0, daysBetweenDateStrings(last.date, targetDate));
  const projected = current + fit.slopePerDay * daysToTarget;
  const needed = daysToTarget > 0 ? ((target - current) / daysToTarget) * rule.unitDays : null;
  const overdue = targetDate < today;
  const text = overdue
    ? `Behind: the target date (${formatDay(targetDate)}) has passed and you are at ${v(current)}, ${v(target - current)} short; ${when}.`
    : `Behind. Currently ${v(current)}: ${when}. By ${formatDay(targetDate)} that makes about ${v(Math.max(projected, 0))}, ${v(target - projected)} short` +
      (needed !== null ? `; reaching ${v(target)} by then takes ${paceText(kind, needed, locale)}.` : ".");
  return { status: "behind", current, reachDate, pacePerUnit, projectedAtTarget: projected, neededPerUnit: needed, text };
}
