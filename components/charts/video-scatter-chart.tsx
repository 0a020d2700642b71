import type { VideoScatterProps } from "@/lib/domain/dashboard-view/video-scatter";
import { ChartFrame } from "./chart-frame";
import { VideoScatterCanvas } from "./lazy-canvases";

/** Every video as a point: views (log scale) against ER, with the 5 % line; the canvas loads after first paint. */
export function VideoScatterChart({ points, locale, threshold, summary, capNote, omittedNote, impossibleNote }: VideoScatterProps) {
  return (
    <ChartFrame
      title="Videos posted in range: views against ER"
      summary={summary}
      notes={[
        `Points above the dashed line reached ${threshold} % ER, the level brands look for. Select a point to open the video.`,
        capNote,
        omittedNote,
        impossibleNote,
      ]}
      heightClass="h-72"
      table={{
        caption: "Views of videos posted in range (each at its latest reading) and their ER, most viewed first",
        columns: [
          { label: "Video", field: "title" },
          { label: "Views of video", numeric: true, field: "viewsText" },
          { label: "Interactions", numeric: true, field: "interactionsText" },
          { label: "ER", numeric: true, field: "rateText" },
          { label: "Tier", field: "tierLabel" },
        ],
        rows: points,
        rowKey: "id",
      }}
    >
      <VideoScatterCanvas points={points} locale={locale} threshold={threshold} />
    </ChartFrame>
  );
}
