// The summary cards: one builder per card, each a figure, a second line and its change
// against the previous period in words.
import { rateFromSums } from "../engagement";
import { accountPerFollowerRate, interactionsDefinition, NO_FOLLOWER_COUNT_REASON, perFollowerErLabel } from "../engagement-variants";
import { formatRate } from "../format";
import { roundMicros } from "../money";
import { tierLabel, type Tier } from "../tier";
import { describeChange, describeRateChange, type Change } from "../trend-shaping";
import { noComparison, type CardBasis } from "./basis";
import { displayText, plural, type DashboardInput, type DisplayPrefs, type FollowerCountAt } from "./input";

export type DashboardCard = {
  id: "views" | "interactions" | "engagement" | "earnings" | "videos" | "followers" | "perFollower";
  title: string;
  value: string;
  /** A second line: the tier, the median, the streams. */
  detail: string | null;
  tier: Tier | null;
  change: Change;
};

type CardArgs = { input: DashboardInput; basis: CardBasis; prefs: DisplayPrefs };

const withSaves = (title: string, includeSaves: boolean | undefined) => (includeSaves ? `${title} (incl. saves)` : title);

function viewsCard({ input, basis, prefs }: CardArgs): DashboardCard {
  const { count } = displayText(prefs);
  const { lead } = basis;
  return {
    id: "views",
    title: basis.names.views,
    value: count(lead.current.views),
    detail: `${basis.otherNames.views}: ${count(basis.other.views)}`,
    tier: null,
    change:
      noComparison(input.period, basis.leadPreviousEmpty) ??
      describeChange(lead.current.views, lead.previous.views, count(lead.previous.views), prefs.locale),
  };
}

function interactionsCard({ input, basis, prefs }: CardArgs): DashboardCard {
  const { count } = displayText(prefs);
  const { lead } = basis;
  return {
    id: "interactions",
    title: withSaves(basis.names.interactions, input.includeSaves),
    value: count(lead.current.interactions),
    detail: interactionsDefinition({ includeSaves: input.includeSaves }),
    tier: null,
    change:
      noComparison(input.period, basis.leadPreviousEmpty) ??
      describeChange(lead.current.interactions, lead.previous.interactions, count(lead.previous.interactions), prefs.locale),
  };
}

function engagementCard({ input, basis, prefs }: CardArgs): DashboardCard {
  const { lead, leadTier } = basis;
  const median = input.summaries.current.medianRate;
  return {
    id: "engagement",
    title: withSaves(basis.names.rate, input.includeSaves),
    value: formatRate(lead.current, prefs.locale),
    detail:
      basis.basis === "gained"
        ? `${tierLabel(leadTier)} · interactions gained ÷ views gained`
        : median === null
          ? `${tierLabel(leadTier)} · view-weighted`
          : `${tierLabel(leadTier)} · median video ${formatRate(median, prefs.locale)}`,
    tier: leadTier,
    change:
      noComparison(input.period, basis.leadPreviousEmpty) ??
      describeRateChange(basis.leadRate, rateFromSums(lead.previous.interactions, lead.previous.views), prefs.locale),
  };
}

function earningsCard({ input, basis, prefs }: CardArgs): DashboardCard {
  const { money } = displayText(prefs);
  const { current: cur, previous: prev } = input.summaries;
  // Each figure rounded once from its exact sum (lib/domain/money.ts).
  const current = roundMicros(cur.fundMicros + cur.rewardsMicros);
  const previous = roundMicros(prev.fundMicros + prev.rewardsMicros);
  return {
    id: "earnings",
    title: "Estimated earnings",
    value: money(current),
    detail: `from views of videos posted in range: Rewards ${money(roundMicros(cur.rewardsMicros))} + Fund ${money(roundMicros(cur.fundMicros))}`,
    tier: null,
    change: noComparison(input.period, basis.postedPreviousEmpty) ?? describeChange(current, previous, money(previous), prefs.locale),
  };
}

function videosCard({ input, basis, prefs }: CardArgs): DashboardCard {
  const { count } = displayText(prefs);
  const { current: cur, previous: prev } = input.summaries;
  return {
    id: "videos",
    title: "Videos posted",
    value: count(cur.videos),
    detail: cur.videos === 0 ? "none in this range" : `${plural(cur.videos, "video", "videos")} in this range`,
    tier: null,
    change:
      noComparison(input.period, basis.postedPreviousEmpty) ??
      describeChange(BigInt(cur.videos), BigInt(prev.videos), count(prev.videos), prefs.locale),
  };
}

function followersCard({ input, prefs }: CardArgs): DashboardCard {
  const { count, date } = displayText(prefs);
  const { atEnd: end, atStart: start } = input.followers;
  if (!end) {
    return {
      id: "followers",
      title: "Followers",
      value: "—",
      detail: "No follower count recorded yet",
      tier: null,
      change: { direction: "none", amount: null, text: "Record your followers to see the change" },
    };
  }
  return {
    id: "followers",
    title: "Followers",
    value: count(end.followers),
    detail: `As of ${date(end.date)}`,
    tier: null,
    change:
      noComparison(input.period, false) ??
      (start
        ? describeChange(end.followers, start.followers, count(start.followers), prefs.locale, `on ${date(start.date)}, before this range`)
        : { direction: "new", amount: null, text: "No count recorded before this range" }),
  };
}

/**
 * The account's ER per follower over the range (lib/domain/engagement-variants.ts
 * `accountPerFollowerRate`): the range's interactions ÷ the follower count in force at its end.
 * No change line: a previous period's figure would mix two audiences and two sets of videos.
 */
function perFollowerCard({ input, basis, prefs }: CardArgs): DashboardCard {
  const { count, date } = displayText(prefs);
  const end: FollowerCountAt | null = input.followers.atEnd;
  const rate = accountPerFollowerRate(basis.lead.current.interactions, end?.followers ?? null);
  return {
    id: "perFollower",
    title: perFollowerErLabel({ includeSaves: input.includeSaves ?? false }),
    value: formatRate(rate, prefs.locale),
    detail:
      end && rate !== null
        ? `Interactions ÷ ${count(end.followers)} followers (count of ${date(end.date)})`
        : end
          ? "The follower count in force at the end of the range is 0."
          : NO_FOLLOWER_COUNT_REASON,
    tier: null,
    change: { direction: "none", amount: null, text: "Per view is the ER the tiers use" },
  };
}

const CARDS = [viewsCard, interactionsCard, engagementCard, earningsCard, videosCard, followersCard, perFollowerCard];

/** The cards in the order the dashboard shows them. */
export function buildSummaryCards(input: DashboardInput, basis: CardBasis, prefs: DisplayPrefs): DashboardCard[] {
  return CARDS.map((card) => card({ input, basis, prefs }));
}
