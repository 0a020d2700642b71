// The brand deal estimate: one sponsored video at the audience and the ER of the cards.
import { brandDealValue } from "../earnings";
import { formatRate } from "../format";
import type { CardBasis } from "./basis";
import { displayText, type DashboardInput, type DisplayPrefs } from "./input";

export type BrandDealView =
  | { available: true; valueText: string; explanation: string; followersText: string; rateText: string; followersDate: string }
  | { available: false; reason: string };

export function buildBrandDeal(input: DashboardInput, basis: CardBasis, prefs: DisplayPrefs): BrandDealView {
  const end = input.followers.atEnd;
  if (!end || end.followers <= 0n) {
    return { available: false, reason: "Record your follower count to estimate what one sponsored video is worth." };
  }
  const { count, money, date } = displayText(prefs);
  const deal = brandDealValue({ followers: end.followers, engagementRate: basis.leadRate }, input.settings, {
    currency: prefs.currency,
    locale: prefs.locale,
  });
  return {
    available: true,
    valueText: money(deal.cents),
    explanation: deal.explanation,
    followersText: count(end.followers),
    rateText: formatRate(basis.lead.current, prefs.locale),
    followersDate: date(end.date),
  };
}
