import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { toLocalInputValue } from "@/lib/validation/datetime";
import { VideoForm } from "@/components/videos/video-form";

export const metadata: Metadata = { title: "Add video" };

export default async function NewVideoPage() {
  const user = await requireUser();
  return (
    <section className="max-w-3xl space-y-6">
      <div>
        <Link href="/videos" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
          ← Videos
        </Link>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">Add video</h1>
      </div>
      <VideoForm mode="create" timeZone={user.timeZone} maxDateTime={toLocalInputValue(new Date(), user.timeZone)} initial={{}} />
    </section>
  );
}
