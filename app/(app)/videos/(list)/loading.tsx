import { Skeleton } from "@/components/ui/skeleton";

export default function VideosLoading() {
  return (
    <section className="space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        Loading videos…
      </p>
      <div className="flex items-center justify-between">
        <Skeleton className="h-8 w-32" />
        <Skeleton className="h-10 w-28" />
      </div>
      <Skeleton className="h-20 w-full" />
      <div className="space-y-2">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className="h-12 w-full" />
        ))}
      </div>
    </section>
  );
}
