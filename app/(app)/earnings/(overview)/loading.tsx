import { LoadingPage, Skeleton, Skeletons } from "@/components/ui/skeleton";

export default function EarningsLoading() {
  return (
    <LoadingPage label="Loading your earnings…">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-72 w-full" />
      <div className="grid gap-4 lg:grid-cols-2">
        <Skeletons count={2} className="h-48 w-full" />
      </div>
      <Skeleton className="h-64 w-full" />
    </LoadingPage>
  );
}
