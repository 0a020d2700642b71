// Earnings estimates: what a creator's views, audience and sales are likely worth.
// DOMAIN.md §3. Estimates are not income; every result carries the sum it came from.
// Every amount is in the account's currency: "cents" are its minor units (øre, yen, fils) and
// "millicents" thousandths of them. The defaults below are the published USD figures; an
// account in another currency gets them converted once (lib/data/currency.ts).
import { formatCount, formatMoney, minorDigits, numberFormat } from "./format";
import { roundMicros, viewsMicros } from "./money";
import { divideRoundHalfUp } from "./rounding";

export type EarningsSettings = {
  /** Creator Fund rate in millicents per 1,000 views (4000 = $0.04). */
  fundRateMillicentsPer1000: number;
  /** Creator Rewards rate in millicents per 1,000 qualified views (70000 = $0.70). */
  rewardsRateMillicentsPer1000: number;
  /** Videos this long or longer are paid at the Rewards rate. */
  rewardsMinDurationSeconds: number;
  /** Below this many views a Rewards video earns nothing. */
  rewardsMinViews: number;
  /** Brand deal price in cents per 1,000 followers (1500 = $15). */
  brandRateCentsPer1000Followers: number;
  /** Added to the brand price when ER ≥ brandBonusMinRate, in percent. */
  brandEngagementBonusPercent: number;
  /** ER in percent from which the brand bonus applies. */
  brandBonusMinRate: number;
  /** Affiliate commission in percent of net sales. */
  affiliateCommissionPercent: number;
};

export const DEFAULT_EARNINGS_SETTINGS: EarningsSettings = {
  fundRateMillicentsPer1000: 4000,
  rewardsRateMillicentsPer1000: 70000,
  rewardsMinDurationSeconds: 60,
  rewardsMinViews: 1000,
  brandRateCentsPer1000Followers: 1500,
  brandEngagementBonusPercent: 35,
  brandBonusMinRate: 5,
  affiliateCommissionPercent: 10,
};

/** Where each default comes from, shown next to the setting. */
export const EARNINGS_SETTING_SOURCES: Record<keyof EarningsSettings, string> = {
  fundRateMillicentsPer1000:
    "The old Creator Fund paid about $0.02–$0.04 per 1,000 views; $0.04 is the figure behind the common “$40 per million views” example.",
  rewardsRateMillicentsPer1000:
    "The Creator Rewards Program pays about $0.40–$1.00 per 1,000 qualified views; $0.70 is the midpoint.",
  rewardsMinDurationSeconds:
    "Creator Rewards only pays for videos longer than one minute; videos of 60 s and more are counted at the Rewards rate.",
  rewardsMinViews: "Creator Rewards pays from 1,000 qualified views on.",
  brandRateCentsPer1000Followers:
    "Brand deals are priced at about $10–$20 per 1,000 followers; $15 is the midpoint.",
  brandEngagementBonusPercent:
    "Brands add about 20–50 % for creators with an ER of 5 % or more; 35 % is the midpoint.",
  brandBonusMinRate: "Brands treat creators above 5 % ER as highly valuable.",
  affiliateCommissionPercent: "Affiliate commission rates of 5–20 % are typical; 10 % is a middle value.",
};

/** How amounts in explanations are written: the account's currency and the reader's locale. */
export type EarningsDisplay = { currency: string; locale: string };
const DEFAULT_DISPLAY: EarningsDisplay = { currency: "USD", locale: "en-US" };

// Settings are plain numbers (they come from a form); fractional percents are kept to
// two decimals (basis points) so 12.5 % is exact.
function settingToBigInt(name: string, value: number, scale = 1): bigint {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`Earnings setting ${name} must be a non-negative number, got ${value}`);
  }
  return BigInt(Math.round(value * scale));
}

function plural(n: bigint, one: string, many: string): string {
  return n === 1n ? one : many;
}

function percentText(p: number): string {
  return `${Number(p.toFixed(2))} %`;
}

/**
 * A rate in milli-minor units per 1,000 → "$0.04", "$0.025", "kr 0.41", "¥6" (at least the
 * currency's usual decimals, at most three more: every digit the setting holds).
 */
export function formatRatePer1000(millicents: number, display: EarningsDisplay = DEFAULT_DISPLAY): string {
  const value = settingToBigInt("rate per 1,000 views", millicents);
  const places = minorDigits(display.currency) + 3;
  const unit = 10n ** BigInt(places);
  const whole = value / unit;
  const fraction = (value % unit).toString().padStart(places, "0").replace(/0+$/, "");
  const decimal = (fraction ? `${whole}.${fraction}` : `${whole}`) as Intl.StringNumericLiteral;
  return numberFormat(display.locale, {
    style: "currency",
    currency: display.currency,
    maximumFractionDigits: places,
  }).format(decimal);
}

export type ViewsPayout = { cents: bigint; program: "fund" | "rewards"; explanation: string };

/**
 * Platform payout for one video. Videos of rewardsMinDurationSeconds or longer are under
 * Creator Rewards (and earn nothing below rewardsMinViews); shorter videos, and videos whose
 * length is unknown (the conservative choice), are counted at the Fund rate.
 */
export function viewsPayout(
  input: { views: bigint; durationSeconds: number | null },
  s: EarningsSettings,
  display: EarningsDisplay = DEFAULT_DISPLAY,
): ViewsPayout {
  const views = input.views < 0n ? 0n : input.views;
  const viewsText = `${formatCount(views, display.locale)} ${plural(views, "view", "views")}`;
  const qualifiesForRewards =
    input.durationSeconds !== null && input.durationSeconds >= s.rewardsMinDurationSeconds;

  if (qualifiesForRewards) {
    const minViews = settingToBigInt("rewardsMinViews", s.rewardsMinViews);
    if (views < minViews) {
      return {
        cents: 0n,
        program: "rewards",
        explanation: `No Creator Rewards payout yet: ${viewsText}, and the program pays from ${formatCount(minViews, display.locale)} qualified views.`,
      };
    }
    const rate = settingToBigInt("rewardsRateMillicentsPer1000", s.rewardsRateMillicentsPer1000);
    const cents = divideRoundHalfUp(views * rate, 1_000_000n);
    return {
      cents,
      program: "rewards",
      explanation: `${viewsText} × ${formatRatePer1000(s.rewardsRateMillicentsPer1000, display)} per 1,000 views (Creator Rewards rate, video of ${s.rewardsMinDurationSeconds} s or more) = ${formatMoney(cents, display.currency, display.locale)}`,
    };
  }

  const rate = settingToBigInt("fundRateMillicentsPer1000", s.fundRateMillicentsPer1000);
  const cents = divideRoundHalfUp(views * rate, 1_000_000n);
  const why =
    input.durationSeconds === null ? "video length unknown" : `video under ${s.rewardsMinDurationSeconds} s`;
  return {
    cents,
    program: "fund",
    explanation: `${viewsText} × ${formatRatePer1000(s.fundRateMillicentsPer1000, display)} per 1,000 views (Creator Fund rate, ${why}) = ${formatMoney(cents, display.currency, display.locale)}`,
  };
}

export type BrandDealValue = { cents: bigint; bonusApplied: boolean; explanation: string };

/** Estimated price of one sponsored video: followers / 1,000 × rate, plus the bonus when ER qualifies. */
export function brandDealValue(
  input: { followers: bigint; engagementRate: number | null },
  s: EarningsSettings,
  display: EarningsDisplay = DEFAULT_DISPLAY,
): BrandDealValue {
  const followers = input.followers < 0n ? 0n : input.followers;
  const rate = settingToBigInt("brandRateCentsPer1000Followers", s.brandRateCentsPer1000Followers);
  const bonusBasisPoints = settingToBigInt("brandEngagementBonusPercent", s.brandEngagementBonusPercent, 100);
  const er = input.engagementRate;
  const bonusApplied = er !== null && Number.isFinite(er) && er >= s.brandBonusMinRate;
  const base = divideRoundHalfUp(followers * rate, 1000n);
  // One rounding on the exact product, so the bonus never adds a stray cent.
  const cents = bonusApplied
    ? divideRoundHalfUp(followers * rate * (10_000n + bonusBasisPoints), 1000n * 10_000n)
    : base;
  const money = (c: bigint) => formatMoney(c, display.currency, display.locale);
  const head = `${formatCount(followers, display.locale)} ${plural(followers, "follower", "followers")} ÷ 1,000 × ${money(rate)} = ${money(base)}`;
  const minRate = percentText(s.brandBonusMinRate);
  const erText = er === null ? "no ER yet" : `ER ${percentText(er)}`;
  const explanation = bonusApplied
    ? `${head}, plus ${percentText(s.brandEngagementBonusPercent)} because ${erText} is at least ${minRate} = ${money(cents)}`
    : `${head}; no engagement bonus (${erText}${er === null ? "" : ` is below ${minRate}`})`;
  return { cents, bonusApplied, explanation };
}

export type AffiliateIncome = { cents: bigint; explanation: string };

/** Commission on net sales. Negative when refunds exceed sales in the period (a clawback). */
export function affiliateIncome(
  input: { salesCents: bigint; refundsCents: bigint },
  s: EarningsSettings,
  display: EarningsDisplay = DEFAULT_DISPLAY,
): AffiliateIncome {
  const basisPoints = settingToBigInt("affiliateCommissionPercent", s.affiliateCommissionPercent, 100);
  const net = input.salesCents - input.refundsCents;
  const cents = divideRoundHalfUp(net * basisPoints, 10_000n);
  const money = (c: bigint) => formatMoney(c, display.currency, display.locale);
  return {
    cents,
    explanation: `(${money(input.salesCents)} sales − ${money(input.refundsCents)} refunds) × ${percentText(s.affiliateCommissionPercent)} commission = ${money(cents)}`,
  };
}

export type EstimatedEarnings = {
  fundCents: bigint;
  rewardsCents: bigint;
  /** fund + rewards, rounded once from the exact sum. */
  viewsCents: bigint;
  brandCents: bigint;
  affiliateCents: bigint;
  totalCents: bigint;
  /** Videos of Rewards length that earned nothing because they had too few views. */
  videosBelowRewardsMinimum: number;
};

/** Estimate for a period, summed by stream. Brand deals count `deals` sponsored videos at one price. */
export function estimatedEarnings(
  input: {
    videos: readonly { views: bigint; durationSeconds: number | null }[];
    brand?: { followers: bigint; engagementRate: number | null; deals: number } | null;
    affiliate?: { salesCents: bigint; refundsCents: bigint } | null;
  },
  s: EarningsSettings,
): EstimatedEarnings {
  // Summed exactly (views × rate, in micros) and rounded once per figure (lib/domain/money.ts):
  // a sum of per-video roundings drifts by a cent per two videos at worst.
  let fundMicros = 0n;
  let rewardsMicros = 0n;
  let videosBelowRewardsMinimum = 0;
  const minViews = BigInt(Math.round(s.rewardsMinViews));
  for (const v of input.videos) {
    const views = v.views < 0n ? 0n : v.views;
    if (v.durationSeconds !== null && v.durationSeconds >= s.rewardsMinDurationSeconds) {
      if (views >= minViews) rewardsMicros += viewsMicros(views, s.rewardsRateMillicentsPer1000);
      else videosBelowRewardsMinimum += 1;
    } else fundMicros += viewsMicros(views, s.fundRateMillicentsPer1000);
  }
  const fundCents = roundMicros(fundMicros);
  const rewardsCents = roundMicros(rewardsMicros);
  const deals = input.brand ? Math.max(0, Math.trunc(input.brand.deals)) : 0;
  const brandCents = input.brand && deals > 0 ? brandDealValue(input.brand, s).cents * BigInt(deals) : 0n;
  const affiliateCents = input.affiliate ? affiliateIncome(input.affiliate, s).cents : 0n;
  const viewsCents = roundMicros(fundMicros + rewardsMicros);
  return {
    fundCents,
    rewardsCents,
    viewsCents,
    brandCents,
    affiliateCents,
    totalCents: viewsCents + brandCents + affiliateCents,
    videosBelowRewardsMinimum,
  };
}
