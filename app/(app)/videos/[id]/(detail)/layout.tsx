import { loadVideo } from "./load-video";

// The video is looked up here, above this segment's loading.tsx: a missing video (or another
// creator's) is a 404 before the skeleton starts the response with a 200. The page reads the
// same cached lookup.
export default async function VideoDetailLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  await loadVideo((await params).id);
  return children;
}
