import { LoadingPage, Skeleton, Skeletons } from "@/components/ui/skeleton";

export default function VideoLoading() {
  return (
    <LoadingPage label="Loading video…" spacing="space-y-8">
      <div className="space-y-3">
        <Skeleton className="h-4 w-20" />
        <Skeleton className="h-8 w-2/3" />
        <Skeleton className="h-16 w-1/2" />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <Skeletons count={3} className="h-20" />
      </div>
      <Skeleton className="h-64 w-full" />
      <Skeleton className="h-48 w-full" />
    </LoadingPage>
  );
}
