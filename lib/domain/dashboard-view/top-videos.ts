// The top lists: videos posted in the range, best first, each linking to its page.
import { formatRate } from "../format";
import { tierForSums, type Tier } from "../tier";
import { displayText, type DashboardVideoInput, type DisplayPrefs } from "./input";

export type TopVideo = {
  id: string;
  title: string;
  href: string;
  tier: Tier | null;
  rateText: string;
  viewsText: string;
  interactionsText: string;
  payoutText: string;
  programText: string;
};

export function buildTopVideos(videos: readonly DashboardVideoInput[], prefs: DisplayPrefs): TopVideo[] {
  const { count, money } = displayText(prefs);
  return videos.map((v) => ({
    id: v.id,
    title: v.title,
    href: `/videos/${v.id}`,
    tier: tierForSums(v.interactions, v.views),
    rateText: formatRate(v, prefs.locale),
    viewsText: count(v.views),
    interactionsText: count(v.interactions),
    payoutText: money(v.payoutCents),
    programText: v.program === "rewards" ? "Creator Rewards" : "Creator Fund",
  }));
}
