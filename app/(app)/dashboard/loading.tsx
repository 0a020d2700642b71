import { LoadingPage, Skeleton, Skeletons } from "@/components/ui/skeleton";

export default function DashboardLoading() {
  return (
    <LoadingPage label="Loading your dashboard…">
      <div className="space-y-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-5 w-56" />
      </div>
      <Skeleton className="h-36 w-full" />
      <div className="grid grid-cols-1 gap-3 min-[375px]:grid-cols-2 lg:grid-cols-3">
        <Skeletons count={6} className="h-32 w-full" />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Skeletons count={2} className="h-80 w-full" />
      </div>
      <Skeleton className="h-96 w-full" />
    </LoadingPage>
  );
}
