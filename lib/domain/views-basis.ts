// "Views" means two numbers in Tierline, and every screen names which (issue 16, item 5):
// - views GAINED in a range: what every video (whenever posted) added between the range's
//   start and end; what TikTok Studio shows and what payouts follow (Insights, Earnings).
// - views OF VIDEOS POSTED in a range: each video posted in the range at its latest reading
//   before the range's end; what the charts by posting time and the top lists use.
// The creator picks which one the dashboard's cards lead with; the other is shown beside it.

export type ViewsBasis = "gained" | "posted";

export const VIEWS_BASES = ["gained", "posted"] as const satisfies readonly ViewsBasis[];

/** As TikTok Studio does. */
export const DEFAULT_VIEWS_BASIS: ViewsBasis = "gained";

/** The name of each basis wherever a figure of views is shown, captioned or exported. */
export const VIEWS_BASIS_LABELS: Record<ViewsBasis, { views: string; interactions: string; rate: string; explanation: string }> = {
  gained: {
    views: "Views gained",
    interactions: "Interactions gained",
    rate: "ER on views gained",
    explanation: "what all your videos, whenever posted, gained in this range (as TikTok Studio counts)",
  },
  posted: {
    views: "Views of videos posted in range",
    interactions: "Interactions on videos posted in range",
    rate: "ER of videos posted in range",
    explanation: "the videos posted in this range, each at its latest reading up to the end of the range",
  },
};

/** A stored or submitted value → a basis; anything else is the default. */
export function parseViewsBasis(value: unknown): ViewsBasis {
  return value === "posted" || value === "gained" ? value : DEFAULT_VIEWS_BASIS;
}
