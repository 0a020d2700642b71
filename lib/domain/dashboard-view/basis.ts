// The views the cards lead with (the creator's setting) and what they are compared with.
// Interactions and ER follow the same basis, so each ER is the interactions shown divided by
// the views shown.
import type { DashboardPeriod } from "../dashboard-range";
import { rateFromSums } from "../engagement";
import { tierForSums, type Tier } from "../tier";
import type { Change } from "../trend-shaping";
import { VIEWS_BASIS_LABELS, type ViewsBasis } from "../views-basis";
import type { DashboardInput } from "./input";

type Sums = { views: bigint; interactions: bigint };

export type CardBasis = {
  basis: ViewsBasis;
  names: (typeof VIEWS_BASIS_LABELS)[ViewsBasis];
  /** The other basis, shown beside the lead figures. */
  otherNames: (typeof VIEWS_BASIS_LABELS)[ViewsBasis];
  lead: { current: Sums; previous: Sums };
  other: Sums;
  leadRate: number | null;
  leadTier: Tier | null;
  /** Nothing recorded in the previous period on the lead basis, and for the videos posted. */
  leadPreviousEmpty: boolean;
  postedPreviousEmpty: boolean;
};

export function resolveCardBasis(input: DashboardInput): CardBasis {
  const { current: cur, previous: prev } = input.summaries;
  const basis = input.viewsBasis;
  const gained = input.gained;
  const lead = basis === "gained" ? gained : { current: cur, previous: prev };
  return {
    basis,
    names: VIEWS_BASIS_LABELS[basis],
    otherNames: VIEWS_BASIS_LABELS[basis === "gained" ? "posted" : "gained"],
    lead,
    other: basis === "gained" ? cur : gained.current,
    leadRate: rateFromSums(lead.current.interactions, lead.current.views),
    leadTier: tierForSums(lead.current.interactions, lead.current.views),
    leadPreviousEmpty: basis === "gained" ? !gained.previousHasData : prev.videos === 0,
    postedPreviousEmpty: prev.videos === 0,
  };
}

export const isAllTime = (period: DashboardPeriod) => period.range.kind === "preset" && period.range.preset === "all";

/**
 * No comparison for all time (there is no period before the first post) nor when nothing was
 * recorded in the previous period: "New: none in the previous period" would then be noise.
 */
export function noComparison(period: DashboardPeriod, previousEmpty: boolean): Change | null {
  if (isAllTime(period)) return { direction: "none", amount: null, text: "All time: no earlier period to compare with" };
  return previousEmpty
    ? { direction: "none", amount: null, text: `No comparison: nothing recorded in the previous period (${period.previousDatesLabel})` }
    : null;
}

/** Under the range's heading: which views the cards count, and what is compared. */
export function basisNote(period: DashboardPeriod, { names, otherNames }: CardBasis): string {
  return (
    `${names.views}: ${names.explanation}. ${otherNames.views} are shown beside them. ` +
    (isAllTime(period)
      ? "All time has no earlier period to compare with."
      : `Compared with the previous period, ${period.previousDatesLabel}.`)
  );
}
