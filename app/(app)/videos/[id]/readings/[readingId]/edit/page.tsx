import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getReading } from "@/lib/data/readings";
import { formatDateTime } from "@/lib/domain/time";
import { NotFoundError } from "@/lib/errors";
import { toLocalInputValue } from "@/lib/validation/datetime";
import { ReadingForm } from "@/components/videos/reading-form";

export const metadata: Metadata = { title: "Edit reading" };

export default async function EditReadingPage({ params }: { params: Promise<{ id: string; readingId: string }> }) {
  const user = await requireUser();
  const { id, readingId } = await params;
  let found;
  try {
    found = await getReading(user.id, readingId);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  // The URL names the video too; a reading of another video is not at this address.
  if (found.video.id !== id) notFound();
  const { reading, video } = found;
  const tz = user.timeZone;
  return (
    <section className="max-w-3xl space-y-6">
      <div>
        <Link href={`/videos/${video.id}`} className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
          ← {video.title}
        </Link>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">Edit reading</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">Captured {formatDateTime(reading.capturedAt, tz, user.locale)}</p>
      </div>
      <ReadingForm
        mode="edit"
        readingId={reading.id}
        timeZone={tz}
        maxDateTime={toLocalInputValue(new Date(), tz, { seconds: true })}
        initial={{
          capturedAt: toLocalInputValue(reading.capturedAt, tz, { seconds: true }),
          views: reading.views.toString(),
          likes: reading.likes.toString(),
          comments: reading.comments.toString(),
          shares: reading.shares.toString(),
          saves: reading.saves?.toString() ?? "",
          avgWatchTimeSeconds: reading.avgWatchTimeSeconds ?? "",
          completionRate: reading.completionRate ?? "",
        }}
      />
    </section>
  );
}
