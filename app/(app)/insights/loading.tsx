import { LoadingPage, Skeleton, Skeletons } from "@/components/ui/skeleton";

export default function InsightsLoading() {
  return (
    <LoadingPage label="Loading your insights…">
      <Skeleton className="h-8 w-40" />
      <div className="grid gap-4 lg:grid-cols-2">
        <Skeletons count={2} className="h-48 w-full" />
      </div>
      <Skeleton className="h-64 w-full" />
    </LoadingPage>
  );
}
