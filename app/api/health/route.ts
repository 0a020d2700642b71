// Serves the health check: 200 when PostgreSQL answers, 503 with a JSON reason when not.
import { checkDatabase } from "@/lib/data/health";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/errors";
import { withRouteErrors } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

export const GET = withRouteErrors("health", async () => {
  const result = await checkDatabase();
  if (result.ok) {
    return Response.json({ status: "ok", database: "up", latencyMs: result.latencyMs });
  }
  console.error("[health] database check failed:", result.detail);
  return Response.json(
    { status: "unavailable", database: "down", error: DATABASE_UNAVAILABLE_MESSAGE },
    { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } },
  );
});
