import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getVideo } from "@/lib/data/videos";
import { NotFoundError } from "@/lib/errors";

/** The signed-in creator's video for this page, once per request (layout, metadata and page share it). */
export const loadVideo = cache(async (id: string) => {
  const user = await requireUser();
  try {
    return { user, video: await getVideo(user.id, id) };
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
});
