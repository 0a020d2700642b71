import { LoadingPage, Skeleton, Skeletons } from "@/components/ui/skeleton";

export default function VideosLoading() {
  return (
    <LoadingPage label="Loading videos…">
      <div className="flex items-center justify-between">
        <Skeleton className="h-8 w-32" />
        <Skeleton className="h-10 w-28" />
      </div>
      <Skeleton className="h-20 w-full" />
      <div className="space-y-2">
        <Skeletons count={8} className="h-12 w-full" />
      </div>
    </LoadingPage>
  );
}
