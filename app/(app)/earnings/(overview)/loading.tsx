import { Skeleton } from "@/components/ui/skeleton";

export default function EarningsLoading() {
  return (
    <section className="space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        Loading your earnings…
      </p>
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-72 w-full" />
      <div className="grid gap-4 lg:grid-cols-2">
        <Skeleton className="h-48 w-full" />
        <Skeleton className="h-48 w-full" />
      </div>
      <Skeleton className="h-64 w-full" />
    </section>
  );
}
