import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getVideo } from "@/lib/data/videos";
import { NotFoundError } from "@/lib/errors";
import { toLocalInputValue } from "@/lib/validation/datetime";
import { VideoForm } from "@/components/videos/video-form";

export const metadata: Metadata = { title: "Edit video" };

export default async function EditVideoPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  let video;
  try {
    video = await getVideo(user.id, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  return (
    <section className="max-w-3xl space-y-6">
      <div>
        <Link href={`/videos/${video.id}`} className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
          ← Back to the video
        </Link>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">Edit video</h1>
      </div>
      <VideoForm
        mode="edit"
        videoId={video.id}
        version={video.version}
        timeZone={user.timeZone}
        maxDateTime={toLocalInputValue(new Date(), user.timeZone)}
        initial={{
          title: video.title,
          link: video.link ?? "",
          postedAt: toLocalInputValue(video.postedAt, user.timeZone, { seconds: true }),
          durationSeconds: video.durationSeconds?.toString() ?? "",
          hashtags: video.hashtags.map((h) => `#${h}`).join(" "),
          sound: video.sound ?? "",
          notes: video.notes ?? "",
        }}
      />
    </section>
  );
}
