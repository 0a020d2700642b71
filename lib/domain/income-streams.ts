// Where a creator's income comes from: the streams of the income ledger, the earnings
// comparison and the Earnings report, in the order they are listed.
export const INCOME_STREAMS = ["views_payout", "brand_deal", "affiliate", "merchandise", "other"] as const;
export type IncomeStreamName = (typeof INCOME_STREAMS)[number];
